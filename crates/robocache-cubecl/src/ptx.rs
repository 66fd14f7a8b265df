//! The raw-PTX path on CUDA: hands the buffers CubeCL owns to the kernels of
//! `robocache-ptx`, ordered with CubeCL's own work.
//!
//! CubeCL queues on a stream of its own that it does not expose, so the
//! hand-off synchronises on the host: CubeCL's queue is drained before a PTX
//! kernel reads anything (uploads, check kernels and allocations are then
//! complete), and the PTX stream is drained before the call returns (work
//! queued on CubeCL afterwards sees the results, and no buffer the kernel
//! reads can be freed and reused while it runs). `benches/kernels.rs`
//! measures what this costs in a chained resample -> fuse -> voxelize.

use std::sync::{Arc, Mutex, OnceLock};

use robocache_core::{Error, FusePlan, Result, VoxelPlan};
use robocache_cubecl_cuda::CudaRuntime;
use robocache_ptx::{FuseBuffers, PtxKernels, VoxelBuffers, VoxelScratch};

use crate::buffer::GpuBuffer;
use crate::device::Gpu;
use crate::selection::choose;

/// The PTX kernels of one device, loaded on first use.
pub(crate) struct PtxPath {
    ordinal: usize,
    kernels: OnceLock<std::result::Result<PtxKernels, Error>>,
}

impl PtxPath {
    /// The PTX path of device `ordinal`, one per device and process: every
    /// context shares its modules, which the driver compiles when they load
    /// (and tools such as compute-sanitizer instrument then), and its stream.
    pub(crate) fn of_device(ordinal: usize) -> Arc<Self> {
        static PATHS: Mutex<Vec<Arc<PtxPath>>> = Mutex::new(Vec::new());
        let mut paths = PATHS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(path) = paths.iter().find(|p| p.ordinal == ordinal) {
            return Arc::clone(path);
        }
        let path = Arc::new(PtxPath {
            ordinal,
            kernels: OnceLock::new(),
        });
        paths.push(Arc::clone(&path));
        path
    }

    /// The loaded kernels, or why they did not load. The first failure is
    /// logged once; later calls get the same error without a log line.
    pub(crate) fn kernels(&self) -> std::result::Result<&PtxKernels, &Error> {
        self.kernels
            .get_or_init(|| {
                PtxKernels::load(self.ordinal)
                    .inspect(|kernels| {
                        log::debug!(
                            "robocache: PTX kernels for {} loaded as {}",
                            kernels.arch(),
                            kernels.form()
                        );
                    })
                    .inspect_err(|error| {
                        log::warn!(
                            "robocache: the PTX kernels did not load ({error}); \
                             KernelPath::Auto runs the CubeCL kernels instead"
                        );
                    })
            })
            .as_ref()
    }
}

impl Gpu<CudaRuntime> {
    /// The PTX kernels if this call should run on them: the path allows it,
    /// the kernel `applies`, and they load. `Ptx` turns each "no" into an
    /// error; `Auto` into the CubeCL kernels.
    pub(crate) fn ptx_kernels(&self, applies: bool, what: &str) -> Result<Option<&PtxKernels>> {
        match self.ptx_path() {
            Some(ptx) => choose(self.kernel_path(), applies, what, || ptx.kernels()),
            None => Ok(None),
        }
    }

    /// The raw device address of a buffer, looked up once per buffer (a
    /// round trip to CubeCL's server thread).
    fn device_pointer(&self, buffer: &GpuBuffer) -> Result<u64> {
        buffer.device_address(|| {
            let resource = self
                .client()
                .get_resource(buffer.handle().clone())
                .map_err(|e| self.device_error("locating a buffer", e))?;
            Ok(resource.resource().ptr)
        })
    }

    /// Runs the fusion on the PTX kernels; returns once the output is written.
    pub(crate) fn fuse_on_ptx(
        &self,
        kernels: &PtxKernels,
        plan: &FusePlan,
        buffers: &FusionBuffers<'_>,
    ) -> Result<()> {
        self.sync()?;
        let pointers = |list: &[&GpuBuffer]| {
            list.iter()
                .map(|b| self.device_pointer(b))
                .collect::<Result<Vec<_>>>()
        };
        let data = pointers(&buffers.data)?;
        let times = pointers(&buffers.times)?;
        let lengths = buffers
            .lengths
            .iter()
            .map(|l| l.map(|b| self.device_pointer(b)).transpose())
            .collect::<Result<Vec<_>>>()?;
        let io = FuseBuffers {
            data: &data,
            times: &times,
            lengths: &lengths,
            targets: self.device_pointer(buffers.targets)?,
            out: self.device_pointer(buffers.values)?,
            valid: buffers.valid.map(|v| self.device_pointer(v)).transpose()?,
        };
        // SAFETY: every pointer addresses a live CubeCL buffer (held by the
        // caller until we return) of the size the plan gives; CubeCL's queue
        // is drained above and nothing else runs on these buffers until the
        // synchronisation below; the caller validated the inputs.
        unsafe { kernels.fuse(plan, &io) }?;
        kernels.synchronize()
    }

    /// Runs the voxelization on the PTX kernels; returns the statistics words.
    pub(crate) fn voxelize_on_ptx(
        &self,
        kernels: &PtxKernels,
        plan: &VoxelPlan,
        points: &GpuBuffer,
        features: Option<&GpuBuffer>,
        lengths: Option<&GpuBuffer>,
        out: &GpuBuffer,
    ) -> Result<Vec<u32>> {
        let words = VoxelScratch::words(plan);
        let names = [
            "the voxel statistics",
            "the voxel lists",
            "the point links",
            "the bin starts",
            "the bin keys",
        ];
        // Only the buffers this call uses: each new buffer costs a round trip
        // to CubeCL's server thread for its address.
        let scratch_buffers = words
            .iter()
            .zip(names)
            .map(|(&n, name)| {
                (n > 0)
                    .then(|| self.alloc(robocache_core::DType::U32, n, name))
                    .transpose()
            })
            .collect::<Result<Vec<_>>>()?;
        self.sync()?;
        let p = scratch_buffers
            .iter()
            .map(|b| b.as_ref().map_or(Ok(0), |b| self.device_pointer(b)))
            .collect::<Result<Vec<_>>>()?;
        let io = VoxelBuffers {
            points: self.device_pointer(points)?,
            features: features.map(|f| self.device_pointer(f)).transpose()?,
            lengths: lengths.map(|l| self.device_pointer(l)).transpose()?,
            out: self.device_pointer(out)?,
            scratch: VoxelScratch {
                stats: p[0],
                head: p[1],
                next: p[2],
                bin_starts: p[3],
                bin_keys: p[4],
            },
        };
        // SAFETY: as in `fuse_on_ptx`; the scratch buffers hold the words
        // `VoxelScratch::words` asks for, and `voxelize` synchronises before
        // it returns, while every buffer is still held here.
        unsafe { kernels.voxelize(plan, &io) }
    }
}

/// The device buffers of one fusion, in the plan's stream order.
pub(crate) struct FusionBuffers<'a> {
    pub(crate) data: Vec<&'a GpuBuffer>,
    pub(crate) times: Vec<&'a GpuBuffer>,
    /// One entry per stream: its lengths when ragged.
    pub(crate) lengths: Vec<Option<&'a GpuBuffer>>,
    pub(crate) targets: &'a GpuBuffer,
    pub(crate) values: &'a GpuBuffer,
    pub(crate) valid: Option<&'a GpuBuffer>,
}
