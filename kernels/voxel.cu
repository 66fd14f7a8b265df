// Point-cloud voxelization, every mode, one cloud or a batch.
//
// Count and occupancy are one pass over the points: a fire-and-forget
// atomic add (count) or a plain byte store (occupancy; every writer stores
// the same 1). Random updates of a grid are bound by L2's rate of sector
// updates, not by bandwidth, so with many points on a grid of at most
// MAX_BINS * BIN_VOXELS voxels they are two passes instead: one sorts each
// tile of points by bin (2^14 voxels) in shared memory and writes their
// 16-bit offsets within the bin, grouped by bin; then a block per bin counts
// its points in shared memory and writes its part of the grid whole.
//
// Mean and max need each voxel's points together, without float atomics
// (whose order, and so whose rounding, changes from run to run). One pass
// links every kept point into its voxel's list: an atomic exchange of the
// voxel's head, and the previous head written at the point's own slot of
// `next` (coalesced). Then one thread per (voxel, feature) walks the list.
// The order of a list is arbitrary, and neither reduction depends on it:
// - max: the largest key in f32's total order;
// - mean: 64-bit fixed-point terms on a per-(voxel, feature) power-of-two
//   scale taken from the largest |feature|: integer sums are exact, so the
//   mean is the same on every run, and each term's rounding is below
//   2^-61 of the largest |feature| times the count.
//
// Each point pass counts kept, out-of-grid and non-finite points per cloud
// into `stats` (three words per cloud); the walks record the first point
// slot with a non-finite feature in the last word as `UINT32_MAX - slot`
// (zero means none).
#include "common.cuh"

namespace robocache {

constexpr uint32_t POINT_THREADS = 256;
constexpr uint32_t POINTS_PER_THREAD = 8;
constexpr uint32_t OUTSIDE = 0xFFFFFFFFu;
constexpr uint32_t EMPTY = 0xFFFFFFFFu;  // the end of a voxel's list
constexpr uint32_t NON_FINITE = 0xFFFFFFFEu;

// Mirrors `robocache_ptx::voxel::GridArgs` (repr(C)).
struct GridArgs {
    const float* points;     // [clouds * points_per_cloud, 3]
    const float* features;   // [clouds * points_per_cloud, F] or null
    const uint32_t* lengths; // [clouds] or null
    uint32_t* stats;         // [3 * clouds + 1], zeroed
    float origin[3];
    float inv[3];            // 1 / voxel_size, rounded once on the host
    float limit[3];          // smallest f32 >= dims
    uint32_t dim_y;
    uint32_t dim_z;
    uint32_t voxels_per_cloud;
    uint32_t points_per_cloud;
    uint32_t features_per_point;
    uint32_t clouds;
    uint32_t padding;
};

// SPEC's voxel expression, as the CPU's `VoxelIndexer::slot`.
__device__ __forceinline__ uint32_t voxel_of(const GridArgs& g, float px, float py, float pz) {
    const float cx = (px - g.origin[0]) * g.inv[0];
    const float cy = (py - g.origin[1]) * g.inv[1];
    const float cz = (pz - g.origin[2]) * g.inv[2];
    if (cx >= 0.0f && cx < g.limit[0] && cy >= 0.0f && cy < g.limit[1] && cz >= 0.0f && cz < g.limit[2]) {
        return (uint32_t(cx) * g.dim_y + uint32_t(cy)) * g.dim_z + uint32_t(cz);
    }
    return isfinite(px) && isfinite(py) && isfinite(pz) ? OUTSIDE : NON_FINITE;
}

// Adds a block's kept/out/non-finite counts to its cloud's stats: warp sums,
// then shared atomics, then three global atomics per block.
__device__ __forceinline__ void add_stats(const GridArgs& g, uint32_t cloud, uint32_t kept, uint32_t outside,
                                          uint32_t non_finite) {
    __shared__ uint32_t block[3];
    if (threadIdx.x < 3) block[threadIdx.x] = 0;
    __syncthreads();
    kept = __reduce_add_sync(0xFFFFFFFFu, kept);
    outside = __reduce_add_sync(0xFFFFFFFFu, outside);
    non_finite = __reduce_add_sync(0xFFFFFFFFu, non_finite);
    if ((threadIdx.x & 31) == 0) {
        atomicAdd(&block[0], kept);
        atomicAdd(&block[1], outside);
        atomicAdd(&block[2], non_finite);
    }
    __syncthreads();
    if (threadIdx.x < 3 && block[threadIdx.x] != 0) atomicAdd(&g.stats[3 * cloud + threadIdx.x], block[threadIdx.x]);
}

// Visits this thread's points: f(slot, key, j) for each, where key is the
// voxel's index in the whole batch, OUTSIDE or NON_FINITE, and j < PER_THREAD
// the point's place among this thread's (a constant once unrolled); then
// adds stats. A thread takes groups of 4 consecutive points, read as three
// 16-byte loads where the group is whole and aligned.
template <uint32_t THREADS, uint32_t PER_THREAD, typename F>
__device__ __forceinline__ void for_each_point(const GridArgs& g, F&& f) {
    static_assert(PER_THREAD % 4 == 0, "points come in groups of 4");
    const uint32_t cloud = blockIdx.y;
    const uint32_t count = g.lengths ? min(g.lengths[cloud], g.points_per_cloud) : g.points_per_cloud;
    const size_t cloud_start = size_t(cloud) * g.points_per_cloud;
    uint32_t kept = 0, outside = 0, non_finite = 0;
#pragma unroll
    for (uint32_t group = 0; group < PER_THREAD / 4; ++group) {
        const uint32_t i = blockIdx.x * THREADS * PER_THREAD + (group * THREADS + threadIdx.x) * 4;
        float p[12];
        if (i + 4 <= count && (cloud_start + i) % 4 == 0) {
            // Streamed once: keep them out of L2, where the counts live.
            const float4* v = reinterpret_cast<const float4*>(g.points + 3 * (cloud_start + i));
#pragma unroll
            for (int j = 0; j < 3; ++j) {
                const float4 x = __ldcs(v + j);
                p[4 * j] = x.x; p[4 * j + 1] = x.y; p[4 * j + 2] = x.z; p[4 * j + 3] = x.w;
            }
        } else {
#pragma unroll
            for (int j = 0; j < 12; ++j) {
                p[j] = i + j / 3 < count ? __ldcs(g.points + 3 * (cloud_start + i) + j) : 0.0f;
            }
        }
#pragma unroll
        for (uint32_t j = 0; j < 4; ++j) {
            if (i + j < count) {
                uint32_t voxel = voxel_of(g, p[3 * j], p[3 * j + 1], p[3 * j + 2]);
                if (voxel == OUTSIDE) {
                    ++outside;
                } else if (voxel == NON_FINITE) {
                    ++non_finite;
                } else {
                    ++kept;
                    voxel += cloud * g.voxels_per_cloud;
                }
                f(cloud_start + i + j, voxel, group * 4 + j);
            }
        }
    }
    add_stats(g, cloud, kept, outside, non_finite);
}

// The point links are read back, at random, by the walks right after the
// linking pass: ask L2 to keep them (40 MB for 10M points) and to let the
// streamed points and features go first.
__device__ __forceinline__ uint64_t keep_in_l2() {
    uint64_t policy;
    asm("createpolicy.fractional.L2::evict_last.b64 %0, 1.0;" : "=l"(policy));
    return policy;
}

__device__ __forceinline__ void store_link(uint32_t* p, uint32_t value, uint64_t policy) {
    asm volatile("st.global.L2::cache_hint.u32 [%0], %1, %2;" ::"l"(p), "r"(value), "l"(policy) : "memory");
}

__device__ __forceinline__ uint32_t load_link(const uint32_t* p, uint64_t policy) {
    uint32_t value;
    asm volatile("ld.global.L2::cache_hint.u32 %0, [%1], %2;" : "=r"(value) : "l"(p), "l"(policy));
    return value;
}

__device__ __forceinline__ bool is_voxel(uint32_t key) { return key < NON_FINITE; }

// A u32 whose unsigned order is f32's total order (-0.0 below +0.0).
__device__ __forceinline__ uint32_t ordered_key(float value) {
    const uint32_t bits = __float_as_uint(value);
    return bits & 0x80000000u ? ~bits : bits | 0x80000000u;
}

__device__ __forceinline__ float from_ordered_key(uint32_t key) {
    return __uint_as_float(key & 0x80000000u ? key & 0x7FFFFFFFu : ~key);
}

__device__ __forceinline__ void flag_bad_feature(const GridArgs& g, uint32_t slot) {
    atomicMax(&g.stats[3 * g.clouds], OUTSIDE - slot);
}

}  // namespace robocache

using namespace robocache;

extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_count(const __grid_constant__ GridArgs g, uint32_t* counts) {
    for_each_point<POINT_THREADS, POINTS_PER_THREAD>(g, [&](size_t, uint32_t key, uint32_t) {
        if (is_voxel(key)) atomicAdd(counts + key, 1u);
    });
}

extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_occupancy(const __grid_constant__ GridArgs g, uint8_t* occupied) {
    for_each_point<POINT_THREADS, POINTS_PER_THREAD>(g, [&](size_t, uint32_t key, uint32_t) {
        if (is_voxel(key)) occupied[key] = 1;
    });
}

// Binned count and occupancy. A bin is BIN_VOXELS consecutive voxels of the
// whole batch; a tile is BIN_TILE consecutive point slots of one cloud.
constexpr uint32_t BIN_SHIFT = 14;
constexpr uint32_t BIN_VOXELS = 1u << BIN_SHIFT;
constexpr uint32_t MAX_BINS = 256;
constexpr uint32_t BIN_THREADS = 512;
constexpr uint32_t BIN_TILE = 8192;
constexpr uint32_t BIN_POINTS_PER_THREAD = BIN_TILE / BIN_THREADS;
constexpr uint32_t TALLY_THREADS = 1024;
// Tiles whose keys a warp of the tally has in flight at once.
constexpr uint32_t TALLY_TILES_IN_FLIGHT = 16;

// Exclusive prefix sum of one value per thread of a BIN_THREADS block;
// `total` gets the sum. Every thread must call it.
__device__ __forceinline__ uint32_t exclusive_scan(uint32_t value, uint32_t& total) {
    __shared__ uint32_t warp_sums[BIN_THREADS / 32];
    const uint32_t lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    uint32_t inclusive = value;
#pragma unroll
    for (uint32_t d = 1; d < 32; d *= 2) {
        const uint32_t other = __shfl_up_sync(0xFFFFFFFFu, inclusive, d);
        if (lane >= d) inclusive += other;
    }
    if (lane == 31) warp_sums[warp] = inclusive;
    __syncthreads();
    uint32_t before = 0;
    total = 0;
#pragma unroll
    for (uint32_t w = 0; w < BIN_THREADS / 32; ++w) {
        before += w < warp ? warp_sums[w] : 0;
        total += warp_sums[w];
    }
    return before + inclusive - value;
}

// Pass 1: tile t = (blockIdx.y, blockIdx.x) sorts its kept points by bin.
// keys[t * BIN_TILE + i] for i < kept are their voxels' offsets within their
// bins, bin by bin; starts[b * tiles + t] is where bin b's group begins,
// and starts[bins * tiles + t] is the tile's kept count. The order within a
// group is arbitrary (counts do not depend on it).
extern "C" __global__ void __launch_bounds__(BIN_THREADS)
voxel_bin(const __grid_constant__ GridArgs g, uint16_t* keys, uint32_t* starts, uint32_t bins) {
    __shared__ uint32_t cursor[MAX_BINS];
    __shared__ __align__(16) uint16_t staged[BIN_TILE];
    const uint32_t tiles = gridDim.x * gridDim.y;
    const uint32_t tile = blockIdx.y * gridDim.x + blockIdx.x;
    for (uint32_t b = threadIdx.x; b < bins; b += BIN_THREADS) cursor[b] = 0;
    __syncthreads();

    uint32_t key[BIN_POINTS_PER_THREAD];
#pragma unroll
    for (uint32_t j = 0; j < BIN_POINTS_PER_THREAD; ++j) key[j] = OUTSIDE;
    for_each_point<BIN_THREADS, BIN_POINTS_PER_THREAD>(g, [&](size_t, uint32_t voxel, uint32_t j) {
        key[j] = voxel;
        if (is_voxel(voxel)) atomicAdd(&cursor[voxel >> BIN_SHIFT], 1u);
    });
    __syncthreads();

    const uint32_t bin = threadIdx.x;
    uint32_t kept;
    const uint32_t start = exclusive_scan(bin < bins ? cursor[bin] : 0, kept);
    if (bin < bins) starts[size_t(bin) * tiles + tile] = start;
    if (threadIdx.x == 0) starts[size_t(bins) * tiles + tile] = kept;
    __syncthreads();
    if (bin < bins) cursor[bin] = start;
    __syncthreads();

    // A second pass over the same shared counters hands out the places
    // (keeping the first pass's ranks instead costs registers, and with
    // them occupancy).
#pragma unroll
    for (uint32_t j = 0; j < BIN_POINTS_PER_THREAD; ++j) {
        if (is_voxel(key[j])) {
            staged[atomicAdd(&cursor[key[j] >> BIN_SHIFT], 1u)] = uint16_t(key[j] & (BIN_VOXELS - 1));
        }
    }
    __syncthreads();
    // Whole 16-byte words: a tile's keys start 16-byte aligned.
    const uint4* from = reinterpret_cast<const uint4*>(staged);
    uint4* to = reinterpret_cast<uint4*>(keys + size_t(tile) * BIN_TILE);
    for (uint32_t w = threadIdx.x; w * 8 < kept; w += BIN_THREADS) to[w] = from[w];
}

// Pass 2: block (s, b) counts the points of bin b in the s-th of gridDim.x
// equal ranges of tiles, in shared memory. With one range it writes the
// bin's voxels whole (count, or occupancy's 0/1); with more, the grid starts
// zeroed and each block adds its nonzero counts (or stores occupancy's 1).
template <bool OCCUPANCY>
__device__ __forceinline__ void tally(const uint16_t* keys, const uint32_t* starts, uint32_t tiles,
                                      size_t total_voxels, void* out) {
    extern __shared__ uint32_t counter[];  // BIN_VOXELS
    const uint32_t bin = blockIdx.y, ranges = gridDim.x;
    for (uint32_t v = threadIdx.x; v < BIN_VOXELS; v += TALLY_THREADS) counter[v] = 0;
    __syncthreads();

    const uint32_t first_tile = uint32_t(uint64_t(tiles) * blockIdx.x / ranges);
    const uint32_t end_tile = uint32_t(uint64_t(tiles) * (blockIdx.x + 1) / ranges);
    const uint32_t* begins = starts + size_t(bin) * tiles;
    const uint32_t* ends = starts + size_t(bin + 1) * tiles;
    const uint32_t lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
    constexpr uint32_t warps = TALLY_THREADS / 32;
    // Each warp takes an equal share of the block's tiles, 32 at a time
    // (lane l reads tile l's group bounds). It reads the first 64 keys of
    // each group together, two per lane, TALLY_TILES_IN_FLIGHT groups before
    // it counts any; then each lane reads the rest of its own tile's group.
    const uint32_t share = (end_tile - first_tile + warps - 1) / warps;
    const uint32_t warp_first = min(end_tile, first_tile + warp * share);
    const uint32_t warp_end = min(end_tile, warp_first + share);
    for (uint32_t base = warp_first; base < warp_end; base += 32) {
        const uint32_t n = min(32u, warp_end - base);
        uint32_t begin = 0, end = 0;
        if (lane < n) {
            begin = begins[base + lane];
            end = ends[base + lane];
        }
        for (uint32_t i = 0; i < n; i += TALLY_TILES_IN_FLIGHT) {
            uint32_t got[2 * TALLY_TILES_IN_FLIGHT];
#pragma unroll
            for (uint32_t u = 0; u < TALLY_TILES_IN_FLIGHT; ++u) {
                const uint32_t b0 = __shfl_sync(0xFFFFFFFFu, begin, i + u);
                const uint32_t b1 = __shfl_sync(0xFFFFFFFFu, end, i + u);
                const uint16_t* tile_keys = keys + size_t(base + i + u) * BIN_TILE;
                got[2 * u] = b0 + lane < b1 ? tile_keys[b0 + lane] : OUTSIDE;
                got[2 * u + 1] = b0 + 32 + lane < b1 ? tile_keys[b0 + 32 + lane] : OUTSIDE;
            }
#pragma unroll
            for (uint32_t u = 0; u < 2 * TALLY_TILES_IN_FLIGHT; ++u) {
                if (got[u] != OUTSIDE) atomicAdd(&counter[got[u]], 1u);
            }
        }
        const uint16_t* tile_keys = keys + size_t(base + lane) * BIN_TILE;
#pragma unroll 4
        for (uint32_t k = begin + 64; k < end; ++k) atomicAdd(&counter[tile_keys[k]], 1u);
    }
    __syncthreads();

    const size_t first_voxel = size_t(bin) * BIN_VOXELS;
    const uint32_t voxels = uint32_t(min(size_t(BIN_VOXELS), total_voxels - first_voxel));
    for (uint32_t v = threadIdx.x; v < voxels; v += TALLY_THREADS) {
        const uint32_t n = counter[v];
        if (OCCUPANCY) {
            uint8_t* occupied = static_cast<uint8_t*>(out) + first_voxel;
            if (ranges == 1) occupied[v] = n != 0; else if (n != 0) occupied[v] = 1;
        } else {
            uint32_t* counts = static_cast<uint32_t*>(out) + first_voxel;
            if (ranges == 1) counts[v] = n; else if (n != 0) atomicAdd(counts + v, n);
        }
    }
}

extern "C" __global__ void __launch_bounds__(TALLY_THREADS)
voxel_tally_count(const uint16_t* keys, const uint32_t* starts, uint32_t tiles, size_t total_voxels,
                  uint32_t* counts) {
    tally<false>(keys, starts, tiles, total_voxels, counts);
}

extern "C" __global__ void __launch_bounds__(TALLY_THREADS)
voxel_tally_occupancy(const uint16_t* keys, const uint32_t* starts, uint32_t tiles, size_t total_voxels,
                      uint8_t* occupied) {
    tally<true>(keys, starts, tiles, total_voxels, occupied);
}

// Sets `bytes` bytes at `p` (16-byte aligned) to `value`: 16 per thread,
// then the tail.
extern "C" __global__ void __launch_bounds__(256) fill_bytes(uint8_t* p, size_t bytes, uint32_t value) {
    const uint32_t word = value * 0x01010101u;
    const size_t stride = size_t(gridDim.x) * blockDim.x;
    const size_t vectors = bytes / 16;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < vectors; i += stride) {
        reinterpret_cast<uint4*>(p)[i] = make_uint4(word, word, word, word);
    }
    const size_t tail = vectors * 16 + size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (tail < bytes) p[tail] = uint8_t(value);
}

// Links each kept point into its voxel's list: head[v] is the last point
// linked, next[slot] the one before it; EMPTY ends a list. `head` starts
// all EMPTY.
extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_link(const __grid_constant__ GridArgs g, uint32_t* head, uint32_t* next) {
    const uint64_t policy = keep_in_l2();
    for_each_point<POINT_THREADS, POINTS_PER_THREAD>(g, [&](size_t slot, uint32_t key, uint32_t) {
        if (is_voxel(key)) store_link(next + slot, atomicExch(head + key, uint32_t(slot)), policy);
    });
}

// The feature of a listed point, flagging it when not finite.
__device__ __forceinline__ float listed_feature(const GridArgs& g, uint32_t slot, uint32_t f) {
    const float value = __ldcs(g.features + size_t(slot) * g.features_per_point + f);
    if (!isfinite(value)) flag_bad_feature(g, slot);
    return value;
}

// Visits this thread's (voxel, feature) values of the grid, grid-stride:
// f(i, voxel, feature) with i = voxel * F + feature.
template <typename F>
__device__ __forceinline__ void for_each_value(const GridArgs& g, size_t values, F&& f) {
    const uint32_t width = g.features_per_point;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < values; i += size_t(gridDim.x) * blockDim.x) {
        const size_t v = i / width;
        f(i, v, uint32_t(i - v * width));
    }
}

// One thread per (voxel, feature): the maximum, or 0 for an empty voxel.
extern "C" __global__ void __launch_bounds__(256)
voxel_max(const __grid_constant__ GridArgs g, const uint32_t* head, const uint32_t* next, float* out,
          size_t values) {
    const uint64_t policy = keep_in_l2();
    for_each_value(g, values, [&](size_t i, size_t v, uint32_t f) {
        uint32_t best = 0;
        for (uint32_t slot = head[v]; slot != EMPTY; slot = load_link(next + slot, policy)) {
            best = max(best, ordered_key(listed_feature(g, slot, f)));
        }
        out[i] = best ? from_ordered_key(best) : 0.0f;
    });
}

// Values of a list a mean thread keeps in registers: the scale needs the
// largest |feature| before the sum, and most voxels hold fewer points than
// this, so most lists are read once.
constexpr uint32_t CACHED = 8;

// One thread per (voxel, feature): the mean, or 0 for an empty voxel.
extern "C" __global__ void __launch_bounds__(256)
voxel_mean(const __grid_constant__ GridArgs g, const uint32_t* head, const uint32_t* next, float* out,
           size_t values) {
    const uint64_t policy = keep_in_l2();
    for_each_value(g, values, [&](size_t i, size_t v, uint32_t f) {
        float cached[CACHED];
        uint32_t count = 0;
        float largest = 0.0f;
        uint32_t slot = head[v];
#pragma unroll
        for (uint32_t j = 0; j < CACHED; ++j) {
            cached[j] = 0.0f;
            if (slot != EMPTY) {
                cached[j] = listed_feature(g, slot, f);
                if (isfinite(cached[j])) largest = fmaxf(largest, fabsf(cached[j])); else cached[j] = 0.0f;
                ++count;
                slot = load_link(next + slot, policy);
            }
        }
        const uint32_t rest = slot;
        for (; slot != EMPTY; slot = load_link(next + slot, policy)) {
            const float value = listed_feature(g, slot, f);
            if (isfinite(value)) largest = fmaxf(largest, fabsf(value));
            ++count;
        }
        float mean = 0.0f;
        if (count != 0 && largest != 0.0f) {
            // |value| < 2^(e+1); scaled by 2^k every term stays below
            // 2^(62 - ceil(log2 count)), so the sum stays below 2^62.
            const int e = int((__float_as_uint(largest) >> 23) & 0xFF) - 127;
            const int k = 62 - int(32 - __clz(count - 1)) - (e + 1);
            const double scale = ldexp(1.0, k);
            long long sum = 0;
#pragma unroll
            for (uint32_t j = 0; j < CACHED; ++j) sum += __double2ll_rn(double(cached[j]) * scale);
            for (slot = rest; slot != EMPTY; slot = load_link(next + slot, policy)) {
                const float value = g.features[size_t(slot) * g.features_per_point + f];
                if (isfinite(value)) sum += __double2ll_rn(double(value) * scale);
            }
            mean = __double2float_rn(double(sum) / double(count) * ldexp(1.0, -k));
        }
        out[i] = mean;
    });
}
