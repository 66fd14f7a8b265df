// Point-cloud voxelization, every mode, one cloud or a batch.
//
// Count and occupancy are one pass over the points: a fire-and-forget
// atomic add (count) or a plain byte store (occupancy; every writer stores
// the same 1). Mean and max group the points by voxel first, then reduce each
// voxel's points in one thread per (voxel, feature), with no float atomics:
//   1. voxel_keys: each point's voxel key (cloud * voxels + voxel), counts;
//   2. scan_counts + scan_block_sums: exclusive prefix sums of the counts;
//   3. voxel_group: every kept point's features copied into its voxel's
//      range of a grouped array (whole 32-byte sectors where F is 8, no
//      read-modify-write), checking that they are finite; the order within
//      a voxel is arbitrary, and the reductions below do not depend on it;
//   4. voxel_max / voxel_mean: per (voxel, feature), from its contiguous rows.
// The mean adds 64-bit fixed-point terms on a per-(voxel, feature) power-of-
// two scale taken from the largest |feature|: integer sums are exact, so the
// mean is the same on every run whatever order the points arrive in, and its
// error is about 2^-62 of the largest |feature| times the count.
//
// Each point pass also counts kept, out-of-grid and non-finite points per
// cloud into `stats` (three words per cloud), and the grouping records the
// first point slot with a non-finite feature in the last word as
// `UINT32_MAX - slot` (zero means none).
#include "common.cuh"

namespace robocache {

constexpr uint32_t POINT_THREADS = 256;
constexpr uint32_t POINTS_PER_THREAD = 8;
constexpr uint32_t SCAN_THREADS = 256;
constexpr uint32_t SCAN_ITEMS = 8;  // per thread: one block scans 2048 counts
constexpr uint32_t SCAN_BLOCK = SCAN_THREADS * SCAN_ITEMS;
constexpr uint32_t OUTSIDE = 0xFFFFFFFFu;
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

// Visits this thread's points: f(slot, key) for each, where key is the
// voxel's index in the whole batch, OUTSIDE or NON_FINITE; then adds stats.
// A thread takes groups of 4 consecutive points, read as three 16-byte loads
// where the group is whole and aligned.
template <typename F>
__device__ __forceinline__ void for_each_point(const GridArgs& g, F&& f) {
    const uint32_t cloud = blockIdx.y;
    const uint32_t count = g.lengths ? min(g.lengths[cloud], g.points_per_cloud) : g.points_per_cloud;
    const size_t cloud_start = size_t(cloud) * g.points_per_cloud;
    uint32_t kept = 0, outside = 0, non_finite = 0;
#pragma unroll
    for (uint32_t group = 0; group < POINTS_PER_THREAD / 4; ++group) {
        const uint32_t i = blockIdx.x * POINT_THREADS * POINTS_PER_THREAD + (group * POINT_THREADS + threadIdx.x) * 4;
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
                f(cloud_start + i + j, voxel);
            }
        }
    }
    add_stats(g, cloud, kept, outside, non_finite);
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

// Inclusive sum over the block (256 threads) of one value per thread.
__device__ __forceinline__ uint32_t block_inclusive_sum(uint32_t x, uint32_t& total) {
    __shared__ uint32_t warp_totals[32];
    const uint32_t lane = threadIdx.x & 31, warp = threadIdx.x >> 5;
#pragma unroll
    for (uint32_t d = 1; d < 32; d <<= 1) {
        const uint32_t y = __shfl_up_sync(0xFFFFFFFFu, x, d);
        if (lane >= d) x += y;
    }
    if (lane == 31) warp_totals[warp] = x;
    __syncthreads();
    if (warp == 0) {
        const uint32_t warps = blockDim.x >> 5;
        uint32_t w = lane < warps ? warp_totals[lane] : 0;
#pragma unroll
        for (uint32_t d = 1; d < 32; d <<= 1) {
            const uint32_t y = __shfl_up_sync(0xFFFFFFFFu, w, d);
            if (lane >= d) w += y;
        }
        warp_totals[lane] = w;
    }
    __syncthreads();
    total = warp_totals[(blockDim.x >> 5) - 1];
    const uint32_t result = x + (warp > 0 ? warp_totals[warp - 1] : 0);
    __syncthreads();  // warp_totals is reused by the next call
    return result;
}

}  // namespace robocache

using namespace robocache;

extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_count(const __grid_constant__ GridArgs g, uint32_t* counts) {
    for_each_point(g, [&](size_t, uint32_t key) {
        if (is_voxel(key)) atomicAdd(counts + key, 1u);
    });
}

extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_occupancy(const __grid_constant__ GridArgs g, uint8_t* occupied) {
    for_each_point(g, [&](size_t, uint32_t key) {
        if (is_voxel(key)) occupied[key] = 1;
    });
}

// Zeroes `bytes` bytes at `p` (16-byte aligned): 16 per thread, then the tail.
extern "C" __global__ void __launch_bounds__(256) zero_bytes(uint8_t* p, size_t bytes) {
    const size_t stride = size_t(gridDim.x) * blockDim.x;
    const size_t vectors = bytes / 16;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < vectors; i += stride) {
        reinterpret_cast<uint4*>(p)[i] = make_uint4(0, 0, 0, 0);
    }
    const size_t tail = vectors * 16 + size_t(blockIdx.x) * blockDim.x + threadIdx.x;
    if (tail < bytes) p[tail] = 0;
}

// keys[slot] for every point slot below its cloud's length; counts per voxel.
extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_keys(const __grid_constant__ GridArgs g, uint32_t* keys, uint32_t* counts) {
    for_each_point(g, [&](size_t slot, uint32_t key) {
        keys[slot] = key;
        if (is_voxel(key)) atomicAdd(counts + key, 1u);
    });
}

// Per block of SCAN_BLOCK counts: exclusive prefix sums within the block into
// `offsets`, the block's total into `block_sums`. Both buffers are padded to
// whole blocks (zeros), and 16-byte aligned.
extern "C" __global__ void __launch_bounds__(SCAN_THREADS)
scan_counts(const uint32_t* counts, uint32_t* offsets, uint32_t* block_sums) {
    const size_t base = size_t(blockIdx.x) * SCAN_BLOCK + threadIdx.x * SCAN_ITEMS;
    const uint4 a = *reinterpret_cast<const uint4*>(counts + base);
    const uint4 b = *reinterpret_cast<const uint4*>(counts + base + 4);
    const uint32_t own = a.x + a.y + a.z + a.w + b.x + b.y + b.z + b.w;
    uint32_t total;
    uint32_t prefix = block_inclusive_sum(own, total) - own;
    uint4 o, p;
    o.x = prefix; prefix += a.x;
    o.y = prefix; prefix += a.y;
    o.z = prefix; prefix += a.z;
    o.w = prefix; prefix += a.w;
    p.x = prefix; prefix += b.x;
    p.y = prefix; prefix += b.y;
    p.z = prefix; prefix += b.z;
    p.w = prefix;
    *reinterpret_cast<uint4*>(offsets + base) = o;
    *reinterpret_cast<uint4*>(offsets + base + 4) = p;
    if (threadIdx.x == 0) block_sums[blockIdx.x] = total;
}

// One block: the exclusive prefix sums of the `n` block totals, in place.
extern "C" __global__ void __launch_bounds__(1024) scan_block_sums(uint32_t* block_sums, uint32_t n) {
    __shared__ uint32_t carry;
    if (threadIdx.x == 0) carry = 0;
    __syncthreads();
    for (uint32_t base = 0; base < n; base += blockDim.x) {
        const uint32_t i = base + threadIdx.x;
        const uint32_t x = i < n ? block_sums[i] : 0;
        uint32_t total;
        const uint32_t inclusive = block_inclusive_sum(x, total);
        if (i < n) block_sums[i] = carry + inclusive - x;
        __syncthreads();
        if (threadIdx.x == 0) carry += total;
        __syncthreads();
    }
}

// Copies each kept point's features into its voxel's range of `grouped`
// ([kept, F]), flagging non-finite ones. After this, offsets[v] +
// block_sums[v / SCAN_BLOCK] is the end of voxel v's range.
extern "C" __global__ void __launch_bounds__(POINT_THREADS)
voxel_group(const __grid_constant__ GridArgs g, const uint32_t* keys, uint32_t* offsets,
            const uint32_t* block_sums, float* grouped) {
    const uint32_t cloud = blockIdx.y;
    const uint32_t count = g.lengths ? min(g.lengths[cloud], g.points_per_cloud) : g.points_per_cloud;
    const uint32_t first = blockIdx.x * POINT_THREADS * POINTS_PER_THREAD + threadIdx.x;
    const uint32_t width = g.features_per_point;
    const bool vectors = width % 4 == 0;
    uint32_t position[POINTS_PER_THREAD];
#pragma unroll
    for (uint32_t p = 0; p < POINTS_PER_THREAD; ++p) {
        const uint32_t i = first + p * POINT_THREADS;
        position[p] = OUTSIDE;
        if (i < count) {
            const uint32_t key = __ldcs(keys + size_t(cloud) * g.points_per_cloud + i);
            if (is_voxel(key)) position[p] = atomicAdd(offsets + key, 1u) + block_sums[key / SCAN_BLOCK];
        }
    }
#pragma unroll
    for (uint32_t p = 0; p < POINTS_PER_THREAD; ++p) {
        if (position[p] == OUTSIDE) continue;
        const size_t slot = size_t(cloud) * g.points_per_cloud + first + p * POINT_THREADS;
        const float* from = g.features + slot * width;
        float* to = grouped + size_t(position[p]) * width;
        bool finite = true;
        if (vectors) {
            for (uint32_t f = 0; f < width; f += 4) {
                const float4 x = __ldcs(reinterpret_cast<const float4*>(from + f));
                finite = finite && isfinite(x.x) && isfinite(x.y) && isfinite(x.z) && isfinite(x.w);
                *reinterpret_cast<float4*>(to + f) = x;
            }
        } else {
            for (uint32_t f = 0; f < width; ++f) {
                const float x = __ldcs(from + f);
                finite = finite && isfinite(x);
                to[f] = x;
            }
        }
        if (!finite) flag_bad_feature(g, uint32_t(slot));
    }
}

// The range of voxel `v`'s rows in `grouped`, and its count.
__device__ __forceinline__ uint32_t voxel_range(const uint32_t* counts, const uint32_t* offsets,
                                                const uint32_t* block_sums, size_t v, uint32_t& start) {
    const uint32_t count = counts[v];
    start = offsets[v] + block_sums[v / SCAN_BLOCK] - count;
    return count;
}

// One thread per (voxel, feature): the maximum, or 0 for an empty voxel.
extern "C" __global__ void __launch_bounds__(256)
voxel_max(const __grid_constant__ GridArgs g, const uint32_t* counts, const uint32_t* offsets,
          const uint32_t* block_sums, const float* grouped, float* out, size_t values) {
    const uint32_t width = g.features_per_point;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < values; i += size_t(gridDim.x) * blockDim.x) {
        const size_t v = i / width;
        const uint32_t f = uint32_t(i - v * width);
        uint32_t start;
        const uint32_t count = voxel_range(counts, offsets, block_sums, v, start);
        const float* column = grouped + size_t(start) * width + f;
        uint32_t best = 0;
        for (uint32_t j = 0; j < count; ++j) best = max(best, ordered_key(column[size_t(j) * width]));
        out[i] = count ? from_ordered_key(best) : 0.0f;
    }
}

// One thread per (voxel, feature): the mean, or 0 for an empty voxel.
extern "C" __global__ void __launch_bounds__(256)
voxel_mean(const __grid_constant__ GridArgs g, const uint32_t* counts, const uint32_t* offsets,
           const uint32_t* block_sums, const float* grouped, float* out, size_t values) {
    const uint32_t width = g.features_per_point;
    for (size_t i = size_t(blockIdx.x) * blockDim.x + threadIdx.x; i < values; i += size_t(gridDim.x) * blockDim.x) {
        const size_t v = i / width;
        const uint32_t f = uint32_t(i - v * width);
        uint32_t start;
        const uint32_t count = voxel_range(counts, offsets, block_sums, v, start);
        const float* column = grouped + size_t(start) * width + f;
        float largest = 0.0f;
        for (uint32_t j = 0; j < count; ++j) {
            const float value = column[size_t(j) * width];
            if (isfinite(value)) largest = fmaxf(largest, fabsf(value));
        }
        float mean = 0.0f;
        if (count != 0 && largest != 0.0f) {
            // |value| < 2^(e+1); scaled by 2^k every term stays below
            // 2^(62 - ceil(log2 count)), so the sum stays below 2^62.
            const int e = int((__float_as_uint(largest) >> 23) & 0xFF) - 127;
            const int k = 62 - int(32 - __clz(count - 1)) - (e + 1);
            const double scale = ldexp(1.0, k);
            long long sum = 0;
            for (uint32_t j = 0; j < count; ++j) {
                const float value = column[size_t(j) * width];
                if (isfinite(value)) sum += __double2ll_rn(double(value) * scale);
            }
            mean = __double2float_rn(double(sum) / double(count) * ldexp(1.0, -k));
        }
        out[i] = mean;
    }
}
