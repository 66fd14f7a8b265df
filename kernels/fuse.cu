// Multi-stream fusion (and resampling, its one-stream case) in one launch.
//
// A block owns `rows_per_block` output rows (a row is one (b, t) pair).
// Phase 1: one thread per (row, stream) finds the source segment of the
// target time in f64 and writes the validity byte; segments go to shared
// memory. Phase 2: threads fill VEC output elements at a time (a chunk),
// UNROLL chunks with their loads in flight together, from the two source
// samples of each segment, in whatever element types the streams and the
// output use. Where a row has few chunks, the block is whole rows of chunks
// and each thread keeps one chunk column as it walks the rows; otherwise
// threads take chunks in row-major order.
// Slerp chunks are done apart, after the others. Nothing but the output and
// the mask is written.
//
// Semantics are SPEC section 1 and the CPU backend's `locate`: search
// "right", hold the edge samples, nearest ties go to the earliest sample of
// the earliest time, a linear weight of exactly 0 holds the left sample.
#include "common.cuh"

namespace robocache {

constexpr uint32_t MAX_STREAMS = 16;
constexpr uint32_t MAX_ROWS_PER_BLOCK = 64;

enum Mode : uint32_t { LINEAR = 0, NEAREST = 1, PREVIOUS = 2, SLERP = 3 };

// Mirrors `robocache_ptx::fuse::StreamArgs` (repr(C)).
struct StreamArgs {
    const void* data;          // [B, S, D] of `element`
    const void* times;         // [B, S], f64 or f32
    const uint32_t* lengths;   // [B] ragged lengths, or null
    double tolerance;          // validity tolerance; negative: none
    uint32_t samples;          // S
    uint32_t width;            // D
    uint32_t offset;           // first output column
    uint32_t element;          // ElementType
    uint32_t f64_times;        // 1: times are f64, 0: f32
    uint32_t mode;             // Mode
};

// Mirrors `robocache_ptx::fuse::FuseArgs` (repr(C)).
struct FuseArgs {
    StreamArgs streams[MAX_STREAMS];
    const void* targets;       // [B, T], f64 or f32
    void* out;                 // [B, T, width] of `out_element`
    uint8_t* valid;            // [B, T, K] or null
    uint32_t stream_count;
    uint32_t targets_per_row;  // T
    uint32_t rows;             // B * T
    uint32_t width;            // sum of D
    uint32_t out_element;
    uint32_t f64_targets;
    uint32_t rows_per_block;
    uint32_t any_slerp;        // 1 when a stream interpolates quaternions
    uint32_t fixed_columns;    // 1: blockDim is a multiple of width / VEC
    uint32_t padding;
};

// 16 bytes, so the copy loops read one with a single shared load.
struct alignas(16) Segment {
    uint32_t lo;
    uint32_t hi;
    float weight;
    uint32_t padding;
};

__device__ __forceinline__ double time_at(const void* times, size_t i, uint32_t f64) {
    return f64 ? __ldg(static_cast<const double*>(times) + i)
               : double(__ldg(static_cast<const float*>(times) + i));
}

// The number of samples in [lo, hi) at or before t (partition point of
// `s <= t`), given that every sample before lo is and none from hi on is.
__device__ uint32_t count_at_or_before(const void* times, size_t row, uint32_t lo, uint32_t hi, double t,
                                       uint32_t f64) {
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (time_at(times, row + mid, f64) <= t) lo = mid + 1; else hi = mid;
    }
    return lo;
}

// The earliest index recorded at the same time as sample i.
__device__ uint32_t first_with_time(const void* times, size_t row, uint32_t i, uint32_t f64) {
    double time = time_at(times, row + i, f64);
    if (i == 0 || time_at(times, row + i - 1, f64) < time) return i;
    uint32_t lo = 0, hi = i;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (time_at(times, row + mid, f64) < time) lo = mid + 1; else hi = mid;
    }
    return lo;
}

// The first of four samples read at once around sample `guess`, kept
// within the row's `last + 1` samples.
__device__ __forceinline__ uint32_t window_start(uint32_t guess, uint32_t last) {
    return min(guess > 0 ? guess - 1 : 0u, last > 3 ? last - 3 : 0u);
}

// Finds the segment of t in batch row b of stream s; returns validity.
// `place` is t's row within its batch and `places` the batch's target count.
__device__ bool locate(const StreamArgs& s, uint32_t b, double t, uint32_t place, uint32_t places, Segment& seg) {
    const size_t row = size_t(b) * s.samples;
    const uint32_t n = s.lengths ? min(max(s.lengths[b], 1u), s.samples) : s.samples;
    const uint32_t last = n - 1;
    // Targets usually cover the samples' span evenly: a guess from t's place
    // among the targets needs no time, so its four samples are read in the
    // same memory round trip as t and the row's ends.
    const uint32_t hunch = window_start(uint32_t(uint64_t(place) * last / max(places - 1, 1u)), last);
    double window[4];
#pragma unroll
    for (uint32_t j = 0; j < 4; ++j) window[j] = time_at(s.times, row + min(hunch + j, last), s.f64_times);
    const double first_time = time_at(s.times, row, s.f64_times);
    const double last_time = time_at(s.times, row + last, s.f64_times);

    // Every sample before w is at or before window[0] <= t < window[3].
    auto bracketed = [&](uint32_t w) { return w + 1 + (window[1] <= t) + (window[2] <= t); };
    uint32_t after;  // samples at or before t
    if (!(t >= first_time)) {
        after = 0;
    } else if (t >= last_time) {
        // Equal last times: every sample counts.
        after = n;
    } else if (window[0] <= t && t < window[3]) {
        after = bracketed(hunch);
    } else {
        // Sensors tick at a nearly even rate: guess from it, read the four
        // samples around the guess at once (one memory round trip brackets t
        // unless the spacing is far from even), and bisect only beyond them.
        const double position = (t - first_time) / (last_time - first_time) * double(last);
        const uint32_t w = window_start(min(uint32_t(position), last - 1), last);
#pragma unroll
        for (uint32_t j = 0; j < 4; ++j) window[j] = time_at(s.times, row + min(w + j, last), s.f64_times);
        if (t < window[0]) {
            after = count_at_or_before(s.times, row, 1, w, t, s.f64_times);
        } else if (t >= window[3]) {
            after = count_at_or_before(s.times, row, min(w + 4, last), last, t, s.f64_times);
        } else {
            after = bracketed(w);
        }
    }

    bool valid = after > 0 && t <= last_time;
    if (valid && s.tolerance >= 0.0) {
        double left = t - time_at(s.times, row + after - 1, s.f64_times);
        double nearest = after < n ? fmin(left, time_at(s.times, row + after, s.f64_times) - t) : left;
        valid = nearest <= s.tolerance;
    }

    seg.weight = 0.0f;
    if (after == 0) {
        seg.lo = seg.hi = 0;
    } else if (after > last) {
        seg.lo = seg.hi = s.mode == NEAREST ? first_with_time(s.times, row, last, s.f64_times) : last;
    } else {
        const uint32_t i = after - 1;
        const double left_time = time_at(s.times, row + i, s.f64_times);
        const double right_time = time_at(s.times, row + i + 1, s.f64_times);
        if (s.mode == PREVIOUS) {
            seg.lo = seg.hi = i;
        } else if (s.mode == NEAREST) {
            seg.lo = seg.hi = (right_time - t < t - left_time) ? i + 1 : first_with_time(s.times, row, i, s.f64_times);
        } else {
            double weight = (t - left_time) / (right_time - left_time);
            seg.lo = i;
            seg.hi = weight == 0.0 ? i : i + 1;
            seg.weight = float(weight);
        }
    }
    return valid;
}

// Quaternion helpers, as the CPU backend's `quaternion.rs`.
constexpr float NLERP_COSINE = 0.9995f;

__device__ __forceinline__ float dot4(const float (&a)[4], const float (&b)[4]) {
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3];
}

__device__ __forceinline__ void normalize4(float (&q)[4]) {
    float norm2 = dot4(q, q);
    if (norm2 == 1.0f || norm2 == 0.0f || !isfinite(norm2)) return;
    float norm = sqrtf(norm2);
    for (int i = 0; i < 4; ++i) q[i] = q[i] / norm;
}

__device__ void slerp4(float (&a)[4], float (&b)[4], float weight, float (&out)[4]) {
    normalize4(a);
    if (weight == 0.0f) {
        for (int i = 0; i < 4; ++i) out[i] = a[i];
        return;
    }
    normalize4(b);
    float cosine = dot4(a, b);
    if (cosine < 0.0f) {
        for (int i = 0; i < 4; ++i) b[i] = -b[i];
        cosine = -cosine;
    }
    float wa, wb;
    if (cosine > NLERP_COSINE) {
        wa = 1.0f - weight;
        wb = weight;
    } else {
        float theta = acosf(fminf(cosine, 1.0f));
        float sin_theta = sinf(theta);
        wa = sinf((1.0f - weight) * theta) / sin_theta;
        wb = sinf(weight * theta) / sin_theta;
    }
    for (int i = 0; i < 4; ++i) out[i] = wa * a[i] + wb * b[i];
    normalize4(out);
}

// The stream that output column `column` belongs to.
__device__ __forceinline__ uint32_t stream_of(const FuseArgs& args, uint32_t column) {
    uint32_t k = 0;
    while (k + 1 < args.stream_count && column >= args.streams[k + 1].offset) ++k;
    return k;
}

// What phase 2 needs of a stream, in shared memory: one copy per block
// instead of parameter reads per chunk. Aligned so that what every chunk
// reads (data, width, offset) is one 16-byte shared load.
struct alignas(16) StreamView {
    const void* data;
    uint32_t width;
    uint32_t offset;
    uint32_t element;
    uint32_t mode;
};

// The two source samples of a chunk: VEC features from d0 on, of the
// segment's left and right samples, as loaded.
template <int VEC, uint32_t TYPE>
struct Fetched {
    Loaded<VEC, TYPE> lo;
    Loaded<VEC, TYPE> hi;
};

// Linear, nearest and previous: loads the chunk's samples (the right one
// only when the segment has two).
template <int VEC, uint32_t TYPE>
__device__ __forceinline__ void fetch(const void* data, uint32_t width, uint32_t element, uint32_t d0,
                                      const Segment& seg, Fetched<VEC, TYPE>& f) {
    load_packed<VEC, TYPE>(data, size_t(seg.lo) * width + d0, element, f.lo);
    if (seg.hi != seg.lo) load_packed<VEC, TYPE>(data, size_t(seg.hi) * width + d0, element, f.hi);
}

// The copy loops read a segment and a stream's place for every chunk: one
// 16-byte shared load each.
__device__ __forceinline__ Segment read_segment(const Segment& shared) {
    const uint4 raw = *reinterpret_cast<const uint4*>(&shared);
    return Segment{raw.x, raw.y, __uint_as_float(raw.z), 0};
}

struct Source {
    const void* data;
    uint32_t width;
    uint32_t offset;
};

__device__ __forceinline__ Source read_source(const StreamView& shared) {
    const uint4 raw = *reinterpret_cast<const uint4*>(&shared);
    return Source{reinterpret_cast<const void*>((uint64_t(raw.y) << 32) | raw.x), raw.z, raw.w};
}

template <int VEC, uint32_t TYPE>
__device__ __forceinline__ void interpolate(const Segment& seg, const Fetched<VEC, TYPE>& f, float (&v)[VEC]) {
    float lo[VEC], hi[VEC];
    unpack(f.lo, lo);
    unpack(f.hi, hi);
#pragma unroll
    for (int e = 0; e < VEC; ++e) v[e] = seg.hi != seg.lo ? lo[e] + seg.weight * (hi[e] - lo[e]) : lo[e];
}

// Slerp: the chunk's quaternions (a chunk narrower than a quaternion
// computes its whole quaternion and keeps its part).
template <int VEC, uint32_t TYPE>
__device__ void slerp_chunk(const StreamView& s, uint32_t d0, const Segment& seg, float (&v)[VEC]) {
    const size_t lo = size_t(seg.lo) * s.width, hi = size_t(seg.hi) * s.width;
    for (uint32_t q0 = d0 & ~3u; q0 < d0 + VEC; q0 += 4) {
        float a[4], c[4], out[4];
        for (int i = 0; i < 4; ++i) {
            float x[1], y[1];
            load_elements<1, TYPE>(s.data, lo + q0 + i, s.element, x);
            load_elements<1, TYPE>(s.data, hi + q0 + i, s.element, y);
            a[i] = x[0];
            c[i] = y[0];
        }
        slerp4(a, c, seg.weight, out);
        for (int e = 0; e < VEC; ++e) {
            if (d0 + e >= q0 && d0 + e < q0 + 4) v[e] = out[d0 + e - q0];
        }
    }
}

// Chunks each thread has in flight at once: their loads are issued
// together, so a thread waits for memory once per UNROLL chunks. Wide
// chunks take more registers, so fewer of them.
template <int VEC>
constexpr uint32_t UNROLL = VEC >= 8 ? 2 : 4;

// Chunk columns whose stream a block looks up in a shared table; wider
// outputs search the stream offsets instead.
constexpr uint32_t MAX_TABLE = 2048;

// n / d as a multiply-high by ceil(2^32 / d): exact while n * d < 2^32,
// which the caller checks.
struct Divider {
    uint32_t d;
    uint32_t magic;
    bool exact;
    __device__ explicit Divider(uint32_t divisor, uint32_t largest)
        : d(divisor),
          magic(uint32_t((0x100000000ull + divisor - 1) / divisor)),
          exact(uint64_t(largest) * divisor < 0x100000000ull) {}
    __device__ __forceinline__ uint32_t operator()(uint32_t n) const { return exact ? __umulhi(n, magic) : n / d; }
};

// TYPE: the element type of every stream and of the output, or ANY_ELEMENT.
template <int VEC, uint32_t TYPE>
__device__ void fuse(const FuseArgs& args) {
    __shared__ Segment segments[MAX_ROWS_PER_BLOCK * MAX_STREAMS];
    __shared__ StreamView views[MAX_STREAMS];
    __shared__ uint8_t chunk_stream[MAX_TABLE];
    const uint32_t k_count = args.stream_count;
    const uint32_t first_row = blockIdx.x * args.rows_per_block;
    const uint32_t rows = min(args.rows_per_block, args.rows - first_row);
    const uint32_t chunks_per_row = args.width / VEC;
    const bool tabled = chunks_per_row <= MAX_TABLE;

    // Phase 1: the segments (as sample rows of the whole stream), the
    // validity bytes, and the per-block tables.
    for (uint32_t task = threadIdx.x; task < rows * k_count; task += blockDim.x) {
        const uint32_t r = task / k_count, k = task - r * k_count;
        const uint32_t row = first_row + r;
        const uint32_t b = row / args.targets_per_row;
        const StreamArgs& s = args.streams[k];
        const double t = time_at(args.targets, row, args.f64_targets);
        Segment seg;
        const bool valid = locate(s, b, t, row - b * args.targets_per_row, args.targets_per_row, seg);
        seg.lo += b * s.samples;
        seg.hi += b * s.samples;
        segments[task] = seg;
        if (args.valid) args.valid[size_t(row) * k_count + k] = valid;
    }
    if (threadIdx.x < k_count) {
        const StreamArgs& s = args.streams[threadIdx.x];
        views[threadIdx.x] = StreamView{s.data, s.width, s.offset, s.element, s.mode};
    }
    if (tabled) {
        for (uint32_t c = threadIdx.x; c < chunks_per_row; c += blockDim.x) {
            chunk_stream[c] = uint8_t(stream_of(args, c * VEC));
        }
    }
    __syncthreads();
    // The stream of the chunk that starts at output column `column`.
    auto stream_at = [&](uint32_t column) { return tabled ? chunk_stream[column / VEC] : stream_of(args, column); };

    const uint32_t chunks = rows * chunks_per_row;
    const Divider per_row(chunks_per_row, chunks);
    constexpr uint32_t unroll = UNROLL<VEC>;
    if (args.fixed_columns) {
        // Phase 2 when the block is whole rows of chunks (the host makes it
        // so for rows of few chunks): each thread keeps one chunk column (its
        // stream, offsets and addressing fixed) and walks the block's rows.
        const uint32_t row_lanes = blockDim.x / chunks_per_row;
        const uint32_t lane_row = threadIdx.x / chunks_per_row;
        const uint32_t column = (threadIdx.x - lane_row * chunks_per_row) * VEC;
        const uint32_t k = stream_at(column);
        const StreamView& s = views[k];
        const uint32_t d0 = column - s.offset;
        if (s.mode == SLERP) {
            for (uint32_t r = lane_row; r < rows; r += row_lanes) {
                float v[VEC];
                slerp_chunk<VEC, TYPE>(s, d0, segments[r * k_count + k], v);
                store_elements<VEC, TYPE>(args.out, size_t(first_row + r) * args.width + column, args.out_element, v);
            }
            return;
        }
        for (uint32_t first = lane_row; first < rows; first += unroll * row_lanes) {
            Fetched<VEC, TYPE> fetched[unroll];
#pragma unroll
            for (uint32_t u = 0; u < unroll; ++u) {
                const uint32_t r = first + u * row_lanes;
                if (r < rows) {
                    fetch<VEC, TYPE>(s.data, s.width, s.element, d0, read_segment(segments[r * k_count + k]),
                                     fetched[u]);
                }
            }
#pragma unroll
            for (uint32_t u = 0; u < unroll; ++u) {
                const uint32_t r = first + u * row_lanes;
                if (r < rows) {
                    float v[VEC];
                    interpolate<VEC, TYPE>(read_segment(segments[r * k_count + k]), fetched[u], v);
                    store_elements<VEC, TYPE>(args.out, size_t(first_row + r) * args.width + column, args.out_element, v);
                }
            }
        }
        return;
    }

    // Phase 2 otherwise: VEC output elements per chunk, UNROLL chunks per
    // thread at once.
    for (uint32_t first = threadIdx.x; first < chunks; first += unroll * blockDim.x) {
        Fetched<VEC, TYPE> fetched[unroll];
        uint32_t r[unroll], column[unroll], stream[unroll];
#pragma unroll
        for (uint32_t u = 0; u < unroll; ++u) {
            const uint32_t chunk = first + u * blockDim.x;
            if (chunk < chunks) {
                r[u] = per_row(chunk);
                const uint32_t c = chunk - r[u] * chunks_per_row;
                column[u] = c * VEC;
                stream[u] = stream_at(column[u]);
                if (!args.any_slerp || views[stream[u]].mode != SLERP) {
                    const Source source = read_source(views[stream[u]]);
                    const uint32_t element = TYPE == ANY_ELEMENT ? views[stream[u]].element : TYPE;
                    fetch<VEC, TYPE>(source.data, source.width, element, column[u] - source.offset,
                                     read_segment(segments[r[u] * k_count + stream[u]]), fetched[u]);
                }
            }
        }
#pragma unroll
        for (uint32_t u = 0; u < unroll; ++u) {
            const uint32_t chunk = first + u * blockDim.x;
            if (chunk < chunks && (!args.any_slerp || views[stream[u]].mode != SLERP)) {
                float v[VEC];
                interpolate<VEC, TYPE>(read_segment(segments[r[u] * k_count + stream[u]]), fetched[u], v);
                store_elements<VEC, TYPE>(args.out, size_t(first_row + r[u]) * args.width + column[u], args.out_element,
                                    v);
            }
        }
    }

    // Slerp streams, apart: their arithmetic would weigh on the loop above.
    if (!args.any_slerp) return;
    for (uint32_t chunk = threadIdx.x; chunk < chunks; chunk += blockDim.x) {
        const uint32_t r = per_row(chunk);
        const uint32_t column = (chunk - r * chunks_per_row) * VEC;
        const uint32_t k = stream_at(column);
        const StreamView& s = views[k];
        if (s.mode == SLERP) {
            float v[VEC];
            slerp_chunk<VEC, TYPE>(s, column - s.offset, segments[r * k_count + k], v);
            store_elements<VEC, TYPE>(args.out, size_t(first_row + r) * args.width + column, args.out_element, v);
        }
    }
}

}  // namespace robocache

using robocache::FuseArgs;

// One entry point per vector width and element type: the host picks the
// widest vector that every stream's width and every buffer's alignment
// allow, and the fixed-type kernel where every stream and the output share
// one type. Blocks of whole rows of chunks take up to 320 threads (two row
// lanes of 160 chunks).
#define ROBOCACHE_FUSE(VEC, NAME, TYPE)                                                               \
    extern "C" __global__ void __launch_bounds__(320) NAME(const __grid_constant__ FuseArgs args) { \
        robocache::fuse<VEC, TYPE>(args);                                                            \
    }
#define ROBOCACHE_FUSE_WIDTH(VEC)                                      \
    ROBOCACHE_FUSE(VEC, fuse_vec##VEC, robocache::ANY_ELEMENT)         \
    ROBOCACHE_FUSE(VEC, fuse_vec##VEC##_f32, robocache::F32)           \
    ROBOCACHE_FUSE(VEC, fuse_vec##VEC##_f16, robocache::F16)           \
    ROBOCACHE_FUSE(VEC, fuse_vec##VEC##_bf16, robocache::BF16)

ROBOCACHE_FUSE_WIDTH(1)
ROBOCACHE_FUSE_WIDTH(2)
ROBOCACHE_FUSE_WIDTH(4)
ROBOCACHE_FUSE_WIDTH(8)
