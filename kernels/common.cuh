// Shared by the robocache raw-PTX kernels: element types and their loads.
//
// Built with -fmad=false: SPEC fixes the voxel expression without fused
// multiply-add, and the lerp `a + w * (b - a)` then rounds as the CPU's does.
#pragma once

#include <cuda_bf16.h>
#include <cuda_fp16.h>
#include <stdint.h>

namespace robocache {

// Element types, numbered as the host's `ElementType`.
enum ElementType : uint32_t { F32 = 0, F16 = 1, BF16 = 2 };

// The element type a kernel is compiled for, or ANY_ELEMENT where it reads
// each tensor's type at run time. A fixed type drops the per-element
// choice between conversions, which costs more issue slots than the memory
// access in the copy loops.
constexpr uint32_t ANY_ELEMENT = 0xFFFFFFFFu;

template <uint32_t FIXED>
__device__ __forceinline__ uint32_t element_type(uint32_t runtime) {
    return FIXED == ANY_ELEMENT ? runtime : FIXED;
}

__device__ __forceinline__ float widen(uint16_t bits, uint32_t type) {
    return type == F16 ? __half2float(__ushort_as_half(bits))
                       : __bfloat162float(__ushort_as_bfloat16(bits));
}

__device__ __forceinline__ uint16_t narrow(float value, uint32_t type) {
    return type == F16 ? __half_as_ushort(__float2half_rn(value))
                       : __bfloat16_as_ushort(__float2bfloat16_rn(value));
}

// Two values rounded to `type` and packed, the first in the low half: one
// paired conversion instead of two and a shift.
__device__ __forceinline__ uint32_t narrow_pair(float low, float high, uint32_t type) {
    if (type == F16) {
        const __half2 pair = __floats2half2_rn(low, high);
        return *reinterpret_cast<const uint32_t*>(&pair);
    }
    const __nv_bfloat162 pair = __floats2bfloat162_rn(low, high);
    return *reinterpret_cast<const uint32_t*>(&pair);
}

// Loads and stores of `WORDS` 32-bit words as one vector instruction (up to
// 16 bytes) or two.
template <int WORDS>
struct Words {
    uint32_t w[WORDS];
};

template <int WORDS>
__device__ __forceinline__ Words<WORDS> load_words(const void* p) {
    Words<WORDS> x;
    if constexpr (WORDS == 8) {
        const uint4 a = __ldg(static_cast<const uint4*>(p));
        const uint4 b = __ldg(static_cast<const uint4*>(p) + 1);
        x.w[0] = a.x; x.w[1] = a.y; x.w[2] = a.z; x.w[3] = a.w;
        x.w[4] = b.x; x.w[5] = b.y; x.w[6] = b.z; x.w[7] = b.w;
    } else if constexpr (WORDS == 4) {
        const uint4 a = __ldg(static_cast<const uint4*>(p));
        x.w[0] = a.x; x.w[1] = a.y; x.w[2] = a.z; x.w[3] = a.w;
    } else if constexpr (WORDS == 2) {
        const uint2 a = __ldg(static_cast<const uint2*>(p));
        x.w[0] = a.x; x.w[1] = a.y;
    } else {
        x.w[0] = __ldg(static_cast<const uint32_t*>(p));
    }
    return x;
}

template <int WORDS>
__device__ __forceinline__ void store_words(void* p, const Words<WORDS>& x) {
    if constexpr (WORDS == 8) {
        static_cast<uint4*>(p)[0] = make_uint4(x.w[0], x.w[1], x.w[2], x.w[3]);
        static_cast<uint4*>(p)[1] = make_uint4(x.w[4], x.w[5], x.w[6], x.w[7]);
    } else if constexpr (WORDS == 4) {
        *static_cast<uint4*>(p) = make_uint4(x.w[0], x.w[1], x.w[2], x.w[3]);
    } else if constexpr (WORDS == 2) {
        *static_cast<uint2*>(p) = make_uint2(x.w[0], x.w[1]);
    } else {
        *static_cast<uint32_t*>(p) = x.w[0];
    }
}

// VEC consecutive elements of `type` (FIXED where it is not ANY_ELEMENT) at
// element `index` of `base`, widened to f32. The caller guarantees `index`
// is a multiple of VEC and `base` is aligned to VEC elements, so vector
// loads serve them all (read-only data).
template <int VEC, uint32_t FIXED = ANY_ELEMENT>
__device__ __forceinline__ void load_elements(const void* base, size_t index, uint32_t type, float (&v)[VEC]) {
    type = element_type<FIXED>(type);
    if (type == F32) {
        const float* p = static_cast<const float*>(base) + index;
        if constexpr (VEC == 1) {
            v[0] = __ldg(p);
        } else {
            const Words<VEC> x = load_words<VEC>(p);
#pragma unroll
            for (int e = 0; e < VEC; ++e) v[e] = __uint_as_float(x.w[e]);
        }
    } else {
        const uint16_t* p = static_cast<const uint16_t*>(base) + index;
        if constexpr (VEC == 1) {
            v[0] = widen(__ldg(p), type);
        } else {
            const Words<VEC / 2> x = load_words<VEC / 2>(p);
#pragma unroll
            for (int e = 0; e < VEC; ++e) v[e] = widen(uint16_t(x.w[e / 2] >> (16 * (e % 2))), type);
        }
    }
}

// Stores VEC values at element `index` of `base`, rounded once to `type`
// (FIXED where it is not ANY_ELEMENT).
template <int VEC, uint32_t FIXED = ANY_ELEMENT>
__device__ __forceinline__ void store_elements(void* base, size_t index, uint32_t type, const float (&v)[VEC]) {
    type = element_type<FIXED>(type);
    if (type == F32) {
        float* p = static_cast<float*>(base) + index;
        if constexpr (VEC == 1) {
            *p = v[0];
        } else {
            Words<VEC> x;
#pragma unroll
            for (int e = 0; e < VEC; ++e) x.w[e] = __float_as_uint(v[e]);
            store_words<VEC>(p, x);
        }
    } else {
        uint16_t* p = static_cast<uint16_t*>(base) + index;
        if constexpr (VEC == 1) {
            *p = narrow(v[0], type);
        } else {
            Words<VEC / 2> x;
#pragma unroll
            for (int e = 0; e < VEC / 2; ++e) x.w[e] = narrow_pair(v[2 * e], v[2 * e + 1], type);
            store_words<VEC / 2>(p, x);
        }
    }
}

// VEC elements as loaded, before widening. A 16-bit fixed type keeps its
// loaded words, half the registers of the widened values: the copy loops
// hold several chunks' loads in flight, and those registers decide how many
// blocks fit on a multiprocessor. Anything else holds the f32 bits.
template <int VEC, uint32_t FIXED>
struct Loaded {
    static constexpr bool PACKED = (FIXED == F16 || FIXED == BF16) && VEC >= 2;
    uint32_t w[PACKED ? VEC / 2 : VEC];
};

template <int VEC, uint32_t FIXED>
__device__ __forceinline__ void load_packed(const void* base, size_t index, uint32_t type, Loaded<VEC, FIXED>& x) {
    if constexpr (Loaded<VEC, FIXED>::PACKED) {
        const Words<VEC / 2> words = load_words<VEC / 2>(static_cast<const uint16_t*>(base) + index);
#pragma unroll
        for (int e = 0; e < VEC / 2; ++e) x.w[e] = words.w[e];
    } else {
        float v[VEC];
        load_elements<VEC, FIXED>(base, index, type, v);
#pragma unroll
        for (int e = 0; e < VEC; ++e) x.w[e] = __float_as_uint(v[e]);
    }
}

// Widens what `load_packed` loaded.
template <int VEC, uint32_t FIXED>
__device__ __forceinline__ void unpack(const Loaded<VEC, FIXED>& x, float (&v)[VEC]) {
#pragma unroll
    for (int e = 0; e < VEC; ++e) {
        if constexpr (Loaded<VEC, FIXED>::PACKED) {
            v[e] = widen(uint16_t(x.w[e / 2] >> (16 * (e % 2))), FIXED);
        } else {
            v[e] = __uint_as_float(x.w[e]);
        }
    }
}

}  // namespace robocache
