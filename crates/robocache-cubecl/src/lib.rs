//! The portable GPU backend of robocache: every operation of SPEC written once
//! in CubeCL and run through its CUDA runtime (feature `cuda`) or its wgpu
//! runtime (feature `wgpu`: Vulkan, Metal, DX12, Mesa's software Vulkan).
//!
//! Users reach it through `robocache::Context`; this crate holds the kernels
//! and the code that launches them, generic over the CubeCL runtime.
//!
//! Device memory is always an array of 32-bit words, whatever the element
//! type: WGSL has no f64, f16 (without an extension), bf16 or byte storage,
//! so kernels pack and unpack those themselves ([`codec`]) and the same
//! kernel source serves both runtimes.
//!
//! ```no_run
//! # #[cfg(feature = "wgpu")] {
//! use robocache_cubecl::Gpu;
//! let gpu = Gpu::<cubecl::wgpu::WgpuRuntime>::wgpu()?;
//! println!("{}", gpu.device_name());
//! # }
//! # Ok::<(), robocache_core::Error>(())
//! ```

#![warn(missing_docs)]

mod buffer;
#[cfg(feature = "cuda")]
mod caller_stream;
mod codec;
mod detector;
mod device;
mod fault;
mod fuse;
mod kernel_cache;
#[cfg(feature = "cuda")]
mod ptx;
mod records;
#[cfg_attr(not(feature = "cuda"), allow(dead_code))]
mod selection;
#[cfg(feature = "cuda")]
mod staging;
mod voxel;
#[cfg(feature = "cuda")]
mod wrapped;

pub use buffer::{GpuBuffer, GpuInput, Shadow};
pub use cubecl;
/// The CUDA driver bindings the CUDA backend uses, for callers that hand it
/// their streams.
#[cfg(feature = "cuda")]
pub use cudarc;
pub use detector::{GpuDynamic, GpuHard};
pub use device::{Gpu, GPU_CACHE_LIMIT_ENV, GPU_CACHE_LIMIT_MIN_BYTES};
#[doc(hidden)]
pub use fault::InjectedFault;
pub use fuse::{GpuStream, FUSE_ELEMENTS_ENV};
pub use kernel_cache::{kernel_cache_dir, KERNEL_CACHE_ENV};
/// CubeCL's CUDA runtime, from `robocache-cubecl-cuda` (cubecl-cuda with the
/// calling thread's stream exposed).
#[cfg(feature = "cuda")]
pub use robocache_cubecl_cuda::{CudaDevice, CudaRuntime};
#[cfg(feature = "cuda")]
pub use wrapped::CudaMemory;

#[cfg(feature = "wgpu")]
pub use wgpu;
