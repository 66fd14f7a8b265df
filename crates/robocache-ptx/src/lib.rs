//! The raw-PTX fast path of robocache: hand-tuned CUDA kernels for fusion
//! and voxelization (sources in the workspace's `kernels/`, committed as PTX
//! for sm_80 and sm_90, and as the SASS ptxas assembles from it), loaded
//! with cudarc into the device's primary context and launched on raw device
//! pointers.
//!
//! This crate launches; it does not validate, allocate or own a stream.
//! `robocache-cubecl` validates the inputs, allocates every buffer in
//! CubeCL's memory pool and hands this crate their device pointers and
//! CubeCL's stream, so a tensor flows through either path and the kernels of
//! both run in one order. Users reach it through `robocache::Context` on CUDA, which picks it
//! wherever it applies (see `robocache::KernelPath`).
//!
//! ```no_run
//! use robocache_ptx::PtxKernels;
//! // Loads the SASS built for the device, or PTX for the driver to compile.
//! let kernels = PtxKernels::load(0)?;
//! println!("PTX path for {} ({})", kernels.arch(), kernels.form());
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
const FUSE_SM80_CUBIN: &[u8] = include_bytes!("../../../kernels/ptx/fuse.sm_80.cubin");
const FUSE_SM90_CUBIN: &[u8] = include_bytes!("../../../kernels/ptx/fuse.sm_90.cubin");
const VOXEL_SM80_CUBIN: &[u8] = include_bytes!("../../../kernels/ptx/voxel.sm_80.cubin");
const VOXEL_SM90_CUBIN: &[u8] = include_bytes!("../../../kernels/ptx/voxel.sm_90.cubin");

/// One target's kernels, as PTX and as the SASS assembled from it.
struct Target {
    arch: &'static str,
    fuse: (&'static str, &'static [u8]),
    voxel: (&'static str, &'static [u8]),
}

/// How the kernels reached the device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KernelForm {
    /// SASS assembled ahead of time for the device's architecture: loads in
    /// milliseconds.
    Cubin,
    /// PTX, compiled by the driver at load time: seconds the first time on a
    /// machine, then from the driver's cache (`~/.nv/ComputeCache`).
    Ptx,
}

impl std::fmt::Display for KernelForm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            KernelForm::Cubin => "cubin",
            KernelForm::Ptx => "ptx",
        })
    }
}

/// The loaded kernels of one device.
pub struct PtxKernels {
    context: Arc<CudaContext>,
    arch: &'static str,
    form: KernelForm,
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
    /// CubeCL's CUDA runtime uses). A device of compute capability 8.x runs
    /// the sm_80 SASS and one of 9.0 the sm_90 SASS; newer devices get the
    /// sm_90 PTX, which the driver compiles for them, and so does any device
    /// whose driver refuses the SASS. Fails on older devices and when the
    /// driver cannot load the PTX either (a driver older than CUDA 13.0
    /// rejects PTX ISA 9.0).
    pub fn load(ordinal: usize) -> Result<Self> {
        let context = CudaContext::new(ordinal).map_err(driver_error("opening the device"))?;
        let (major, minor) = context
            .compute_capability()
            .map_err(driver_error("reading the compute capability"))?;
        let sm90 = Target {
            arch: "sm_90",
            fuse: (FUSE_SM90, FUSE_SM90_CUBIN),
            voxel: (VOXEL_SM90, VOXEL_SM90_CUBIN),
        };
        let sm80 = Target {
            arch: "sm_80",
            fuse: (FUSE_SM80, FUSE_SM80_CUBIN),
            voxel: (VOXEL_SM80, VOXEL_SM80_CUBIN),
        };
        // SASS runs on its own major version, at its minor or above; sm_90
        // has no minor versions besides 9.0.
        let (target, sass) = match (major, minor) {
            (9, 0) => (sm90, true),
            (9.., _) => (sm90, false),
            (8, _) => (sm80, true),
            _ => {
                return Err(device_error(format!(
                    "compute capability {major}.{minor}: the PTX targets sm_80 and newer"
                )))
            }
        };
        let load = |(ptx, cubin): (&'static str, &'static [u8]), what: &'static str| {
            if sass {
                if let Ok(module) = context.load_module(Ptx::from_binary(cubin.to_vec())) {
                    return Ok((module, KernelForm::Cubin));
                }
            }
            context
                .load_module(Ptx::from_src(ptx))
                .map(|module| (module, KernelForm::Ptx))
                .map_err(driver_error(what))
        };
        let (fuse_module, fuse_form) = load(target.fuse, "loading the fusion PTX")?;
        let (voxel_module, voxel_form) = load(target.voxel, "loading the voxelization PTX")?;
        let form = if fuse_form == voxel_form {
            fuse_form
        } else {
            KernelForm::Ptx
        };
        let arch = target.arch;
        let multiprocessors = context
            .attribute(cudarc::driver::sys::CUdevice_attribute::CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT)
            .map_err(driver_error("reading the multiprocessor count"))? as u32;
        Ok(PtxKernels {
            fuse: fuse::Functions::load(&fuse_module)?,
            voxel: voxel::Functions::load(&voxel_module)?,
            context,
            arch,
            form,
            multiprocessors,
        })
    }

    /// The PTX target in use: `"sm_90"` or `"sm_80"`.
    pub fn arch(&self) -> &'static str {
        self.arch
    }

    /// Whether the kernels were loaded as SASS or compiled from PTX (when
    /// either module needed PTX, [`KernelForm::Ptx`]).
    pub fn form(&self) -> KernelForm {
        self.form
    }

    /// A stream of the device's primary context that another library owns
    /// (CubeCL's, or a caller's), to queue these kernels on, ordered with
    /// that library's own work by the stream itself.
    ///
    /// # Safety
    /// `stream` must be a live stream of this device's primary context, and
    /// stay so while the returned handle, or any kernel queued through it,
    /// may use it.
    pub unsafe fn borrow_stream(&self, stream: cudarc::driver::sys::CUstream) -> Arc<CudaStream> {
        // SAFETY: the caller vouches for the stream and its lifetime; the
        // wrapper never destroys it.
        unsafe { self.context.wrap_borrowed_stream(stream) }
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
