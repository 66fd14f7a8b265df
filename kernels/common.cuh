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

__device__ __forceinline__ uint32_t element_bytes(uint32_t type) { return type == F32 ? 4 : 2; }

__device__ __forceinline__ float widen(uint16_t bits, uint32_t type) {
    return type == F16 ? __half2float(__ushort_as_half(bits))
                       : __bfloat162float(__ushort_as_bfloat16(bits));
}

__device__ __forceinline__ uint16_t narrow(float value, uint32_t type) {
    return type == F16 ? __half_as_ushort(__float2half_rn(value))
                       : __bfloat16_as_ushort(__float2bfloat16_rn(value));
}

// VEC consecutive elements of `type` at element `index` of `base`, widened to
// f32. The caller guarantees `index` is a multiple of VEC and `base` is
// aligned to VEC elements, so one vector load serves them all.
template <int VEC>
__device__ __forceinline__ void load_elements(const void* base, size_t index, uint32_t type, float (&v)[VEC]) {
    if (type == F32) {
        const float* p = static_cast<const float*>(base) + index;
        if constexpr (VEC == 4) {
            float4 x = *reinterpret_cast<const float4*>(p);
            v[0] = x.x; v[1] = x.y; v[2] = x.z; v[3] = x.w;
        } else if constexpr (VEC == 2) {
            float2 x = *reinterpret_cast<const float2*>(p);
            v[0] = x.x; v[1] = x.y;
        } else {
            v[0] = *p;
        }
    } else {
        const uint16_t* p = static_cast<const uint16_t*>(base) + index;
        if constexpr (VEC == 4) {
            uint2 x = *reinterpret_cast<const uint2*>(p);
            v[0] = widen(x.x & 0xFFFF, type); v[1] = widen(x.x >> 16, type);
            v[2] = widen(x.y & 0xFFFF, type); v[3] = widen(x.y >> 16, type);
        } else if constexpr (VEC == 2) {
            uint32_t x = *reinterpret_cast<const uint32_t*>(p);
            v[0] = widen(x & 0xFFFF, type); v[1] = widen(x >> 16, type);
        } else {
            v[0] = widen(*p, type);
        }
    }
}

// Stores VEC values at element `index` of `base`, rounded once to `type`.
template <int VEC>
__device__ __forceinline__ void store_elements(void* base, size_t index, uint32_t type, const float (&v)[VEC]) {
    if (type == F32) {
        float* p = static_cast<float*>(base) + index;
        if constexpr (VEC == 4) {
            *reinterpret_cast<float4*>(p) = make_float4(v[0], v[1], v[2], v[3]);
        } else if constexpr (VEC == 2) {
            *reinterpret_cast<float2*>(p) = make_float2(v[0], v[1]);
        } else {
            *p = v[0];
        }
    } else {
        uint16_t* p = static_cast<uint16_t*>(base) + index;
        if constexpr (VEC == 4) {
            uint2 x;
            x.x = narrow(v[0], type) | (uint32_t(narrow(v[1], type)) << 16);
            x.y = narrow(v[2], type) | (uint32_t(narrow(v[3], type)) << 16);
            *reinterpret_cast<uint2*>(p) = x;
        } else if constexpr (VEC == 2) {
            *reinterpret_cast<uint32_t*>(p) = narrow(v[0], type) | (uint32_t(narrow(v[1], type)) << 16);
        } else {
            *p = narrow(v[0], type);
        }
    }
}

}  // namespace robocache
