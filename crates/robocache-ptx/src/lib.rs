//! The raw-PTX fast path of robocache: hand-tuned CUDA kernels for fusion
//! and voxelization (sources in the workspace's `kernels/`, committed as PTX
//! for sm_80 and sm_90), loaded with cudarc into the device's primary
//! context and launched on raw device pointers.
//!
//! This crate launches; it does not validate or allocate. `robocache-cubecl`
//! validates the inputs, allocates every buffer in CubeCL's memory pool and
//! hands this crate their device pointers, so a tensor flows through either
//! path. Users reach it through `robocache::Context` on CUDA, which picks it
//! wherever it applies (see `robocache::KernelPath`).
//!
//! ```no_run
//! use robocache_ptx::PtxKernels;
//! // Loads the PTX for the device's architecture (the driver compiles it once).
//! let kernels = PtxKernels::load(0)?;
//! println!("PTX path for {}", kernels.arch());
//! # Ok::<(), robocache_core::Error>(())
//! ```

#![warn(missing_docs)]

mod fuse;
mod voxel;

use std::sync::Arc;

use cudarc::driver::{CudaContext, CudaFunction, CudaModule, CudaStream, DriverError};
use cudarc::nvrtc::Ptx;
use robocache_core::{Error, Result};

pub use fuse::{FuseBuffers, FUSE_ELEMENTS_ENV, MAX_STREAMS};
pub use voxel::{VoxelBuffers, VoxelScratch, VOXEL_BIN_MIN_POINTS_ENV};

/// The backend name in errors from this path.
pub const BACKEND: &str = "cuda-ptx";

const FUSE_SM80: &str = include_str!("../../../kernels/ptx/fuse.sm_80.ptx");
const FUSE_SM90: &str = include_str!("../../../kernels/ptx/fuse.sm_90.ptx");
const VOXEL_SM80: &str = include_str!("../../../kernels/ptx/voxel.sm_80.ptx");
const VOXEL_SM90: &str = include_str!("../../../kernels/ptx/voxel.sm_90.ptx");

/// The loaded kernels of one device, and the stream they run on.
pub struct PtxKernels {
    context: Arc<CudaContext>,
    stream: Arc<CudaStream>,
    arch: &'static str,
    multiprocessors: u32,
    fuse: fuse::Functions,
    voxel: voxel::Functions,
}

impl std::fmt::Debug for PtxKernels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PtxKernels").field("arch", &self.arch).finish()
    }
}

impl PtxKernels {
    /// Loads the kernels into device `ordinal`'s primary context (the one
    /// CubeCL's CUDA runtime uses), choosing the sm_90 PTX on compute
    /// capability 9.0 and newer and the sm_80 PTX on 8.x. Fails on older
    /// devices and when the driver cannot load the PTX (a driver older than
    /// CUDA 13.0 rejects PTX ISA 9.0).
    pub fn load(ordinal: usize) -> Result<Self> {
        let context = CudaContext::new(ordinal).map_err(driver_error("opening the device"))?;
        let (major, minor) = context
            .compute_capability()
            .map_err(driver_error("reading the compute capability"))?;
        let (arch, fuse_ptx, voxel_ptx) = match major {
            9.. => ("sm_90", FUSE_SM90, VOXEL_SM90),
            8 => ("sm_80", FUSE_SM80, VOXEL_SM80),
            _ => {
                return Err(device_error(format!(
                    "compute capability {major}.{minor}: the PTX targets sm_80 and newer"
                )))
            }
        };
        let load = |ptx: &str, what: &'static str| -> Result<Arc<CudaModule>> {
            context
                .load_module(Ptx::from_src(ptx))
                .map_err(driver_error(what))
        };
        let fuse_module = load(fuse_ptx, "loading the fusion PTX")?;
        let voxel_module = load(voxel_ptx, "loading the voxelization PTX")?;
        let multiprocessors = context
            .attribute(cudarc::driver::sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT)
            .map_err(driver_error("reading the multiprocessor count"))? as u32;
        let stream = context.new_stream().map_err(driver_error("creating a stream"))?;
        Ok(PtxKernels {
            fuse: fuse::Functions::load(&fuse_module)?,
            voxel: voxel::Functions::load(&voxel_module)?,
            context,
            stream,
            arch,
            multiprocessors,
        })
    }

    /// The PTX target in use: `"sm_90"` or `"sm_80"`.
    pub fn arch(&self) -> &'static str {
        self.arch
    }

    /// Waits for every kernel this path has queued.
    pub fn synchronize(&self) -> Result<()> {
        self.stream.synchronize().map_err(driver_error("synchronising"))
    }
}

fn function(module: &Arc<CudaModule>, name: &str) -> Result<CudaFunction> {
    module
        .load_function(name)
        .map_err(|e| device_error(format!("kernel {name} missing from the PTX: {e}")))
}

fn device_error(message: String) -> Error {
    Error::Device {
        backend: BACKEND,
        message,
    }
}

fn driver_error(what: &'static str) -> impl Fn(DriverError) -> Error {
    move |e| device_error(format!("{what}: {e}"))
}
