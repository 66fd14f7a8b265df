//! The raw-PTX path on CUDA: hands the buffers CubeCL owns to the kernels of
//! `robocache-ptx`, queued on the stream CubeCL queues the calling thread's
//! own work on.
//!
//! One stream orders everything: the uploads and check kernels CubeCL queued
//! before a PTX kernel, the PTX kernel, and whatever CubeCL queues after it
//! (kernels, reads, frees and reuses of memory), so a call returns without
//! waiting for the device. `robocache-cubecl-cuda` (cubecl-cuda with one
//! change) tells us that stream with each buffer's address, having made it
//! wait for the buffer's last use on any other stream. The one thing the
//! stream does not order is a buffer from another thread's stream going back
//! to that stream's pool once dropped: [`InFlight`] holds such a buffer until
//! an event after the kernel that uses it has passed (and a caller's wrapped
//! memory until its copy has run, `crate::wrapped`).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, OnceLock};

use robocache_core::{Error, FusePlan, Result, VoxelPlan};
use robocache_cubecl_cuda::CudaRuntime;

use cubecl_common::stream_id::StreamId;
use cudarc::driver::{CudaEvent, CudaStream};
use robocache_ptx::{FuseBuffers, PtxKernels, VoxelBuffers, VoxelScratch};

use crate::buffer::GpuBuffer;
use crate::device::Gpu;
use crate::selection::choose;

/// The PTX kernels of one device, loaded on first use.
pub(crate) struct PtxPath {
    ordinal: usize,
    kernels: OnceLock<std::result::Result<PtxKernels, Error>>,
    pub(crate) in_flight: InFlight,
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
            in_flight: InFlight::default(),
        });
        paths.push(Arc::clone(&path));
        path
    }

    /// The CUDA ordinal of the device.
    pub(crate) fn ordinal(&self) -> usize {
        self.ordinal
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

    /// Runs `launch` on the calling thread's CubeCL stream with the device
    /// addresses of `buffers`, in order, and holds the buffers until what it
    /// queued has run.
    fn on_stream<T>(
        &self,
        kernels: &PtxKernels,
        buffers: &[&GpuBuffer],
        launch: impl FnOnce(&CudaStream, &[u64]) -> Result<T>,
    ) -> Result<T> {
        let mut stream = None;
        let mut addresses = Vec::with_capacity(buffers.len());
        for buffer in buffers {
            let resource = self
                .client()
                .get_resource(buffer.handle().clone())
                .map_err(|e| self.device_error("locating a buffer", e))?;
            let resource = resource.resource();
            addresses.push(resource.ptr);
            match stream {
                None => stream = Some(resource.stream),
                Some(s) if s == resource.stream => {}
                Some(_) => {
                    return Err(self.device_error("locating a buffer", "CubeCL named two streams in one call"))
                }
            }
        }
        let Some(stream) = stream.filter(|s| !s.is_null()) else {
            return Err(self.device_error("locating a buffer", "CubeCL named no stream"));
        };
        // SAFETY: the stream is CubeCL's for this thread on this device's
        // primary context; CubeCL never destroys its streams while its
        // server lives, and the server lives as long as the process.
        let stream = unsafe { kernels.borrow_stream(stream) };
        let in_flight = &self
            .ptx_path()
            .ok_or_else(|| self.device_error("launching a PTX kernel", "no PTX path on this device"))?
            .in_flight;
        let value = launch(&stream, &addresses);
        // Buffers of this thread's stream go back to its pool, and are
        // reused, in its order; the others are held, whether the launch
        // succeeded or not (a failure part way may leave kernels queued).
        let current = StreamId::current();
        let foreign: Vec<Held> = buffers
            .iter()
            .filter(|b| b.handle().stream != current)
            .map(|&b| Box::new(b.clone()) as Held)
            .collect();
        if foreign.is_empty() {
            in_flight.release();
        } else {
            in_flight.hold(&stream, foreign)?;
        }
        value
    }

    /// Queues the fusion on the PTX kernels and returns without waiting.
    pub(crate) fn fuse_on_ptx(
        &self,
        kernels: &PtxKernels,
        plan: &FusePlan,
        buffers: &FusionBuffers<'_>,
    ) -> Result<()> {
        let k = buffers.data.len();
        let ragged: Vec<&GpuBuffer> = buffers.lengths.iter().flatten().copied().collect();
        let mut all: Vec<&GpuBuffer> = Vec::with_capacity(2 * k + ragged.len() + 3);
        all.extend(&buffers.data);
        all.extend(&buffers.times);
        all.extend(&ragged);
        all.push(buffers.targets);
        all.push(buffers.values);
        all.extend(buffers.valid);
        self.on_stream(kernels, &all, |stream, addresses| {
            let (data, rest) = addresses.split_at(k);
            let (times, rest) = rest.split_at(k);
            let (ragged, rest) = rest.split_at(ragged.len());
            let mut ragged = ragged.iter();
            let lengths: Vec<Option<u64>> = buffers
                .lengths
                .iter()
                .map(|l| l.and_then(|_| ragged.next().copied()))
                .collect();
            let io = FuseBuffers {
                data,
                times,
                lengths: &lengths,
                targets: rest[0],
                out: rest[1],
                valid: rest.get(2).copied(),
            };
            // SAFETY: every address is that of a live CubeCL buffer of the
            // size the plan gives, which outlives the kernel: this thread's
            // stream reuses its own buffers only after the kernel, in its
            // order, and `InFlight` holds the others until it has run. The
            // stream is the one CubeCL queued the inputs' uploads and checks
            // on, or made wait for them. The kernels stay in bounds whatever
            // the values of times and lengths (lengths are clamped), so
            // inputs that only the device checks cannot make them fault.
            unsafe { kernels.fuse(stream, plan, &io) }
        })
    }

    /// Queues the voxelization on the PTX kernels and returns without
    /// waiting; returns the buffer its statistics words will be in.
    pub(crate) fn voxelize_on_ptx(
        &self,
        kernels: &PtxKernels,
        plan: &VoxelPlan,
        points: &GpuBuffer,
        features: Option<&GpuBuffer>,
        lengths: Option<&GpuBuffer>,
        out: &GpuBuffer,
    ) -> Result<GpuBuffer> {
        let words = VoxelScratch::words(plan);
        let names = [
            "the voxel statistics",
            "the voxel lists",
            "the point links",
            "the bin starts",
            "the bin keys",
        ];
        // Only the buffers this call uses: each costs a lookup.
        let scratch_buffers = words
            .iter()
            .zip(names)
            .map(|(&n, name)| {
                (n > 0)
                    .then(|| self.alloc(robocache_core::DType::U32, n, name))
                    .transpose()
            })
            .collect::<Result<Vec<_>>>()?;
        let mut all: Vec<&GpuBuffer> = vec![points, out];
        all.extend(features);
        all.extend(lengths);
        all.extend(scratch_buffers.iter().flatten());
        self.on_stream(kernels, &all, |stream, addresses| {
            let mut next = addresses[2..].iter().copied();
            let features = features.and_then(|_| next.next());
            let lengths = lengths.and_then(|_| next.next());
            let mut scratch = scratch_buffers
                .iter()
                .map(|b| b.as_ref().map_or(0, |_| next.next().unwrap_or(0)));
            let mut take = || scratch.next().unwrap_or(0);
            let io = VoxelBuffers {
                points: addresses[0],
                features,
                lengths,
                out: addresses[1],
                scratch: VoxelScratch {
                    stats: take(),
                    head: take(),
                    next: take(),
                    bin_starts: take(),
                    bin_keys: take(),
                },
            };
            // SAFETY: as in `fuse_on_ptx`; the scratch buffers hold the
            // words `VoxelScratch::words` asks for.
            unsafe { kernels.voxelize(stream, plan, &io) }
        })?;
        scratch_buffers
            .into_iter()
            .next()
            .flatten()
            .ok_or_else(|| self.device_error("voxelizing", "no statistics words"))
    }
}

/// Buffers from other threads' streams that PTX kernels still use, each
/// call's held until an event recorded after its kernels has passed.
///
/// CubeCL returns a dropped buffer to the pool of the stream that made it,
/// and reuses it in that stream's order. A buffer made on another thread's
/// stream could so be rewritten there while a PTX kernel on this thread's
/// stream still read it; CubeCL's own kernels are covered by CubeCL, which
/// records its guarding event after the launch, where a lookup's event
/// comes before ours.
#[derive(Default)]
pub(crate) struct InFlight {
    calls: Mutex<VecDeque<(CudaEvent, Vec<Held>)>>,
}

/// What queued work reads and must outlive it: another stream's buffer, or
/// a caller's wrapped memory (`crate::wrapped`).
pub(crate) type Held = Box<dyn Send>;

impl InFlight {
    /// Holds `held` until the work queued on `stream` so far has run, and
    /// lets go of those of earlier calls whose work has.
    pub(crate) fn hold(&self, stream: &CudaStream, held: Vec<Held>) -> Result<()> {
        let event = stream.record_event(None).map_err(|e| Error::Device {
            backend: robocache_ptx::BACKEND,
            message: format!("recording an event after a kernel: {e}"),
        })?;
        let mut calls = self.calls.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        Self::release_passed(&mut calls);
        calls.push_back((event, held));
        Ok(())
    }

    /// Lets go of the buffers of calls whose work has run, so that a thread
    /// that stops lending buffers across threads does not keep the last
    /// ones it lent.
    pub(crate) fn release(&self) {
        let mut calls = self.calls.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        Self::release_passed(&mut calls);
    }

    fn release_passed(calls: &mut VecDeque<(CudaEvent, Vec<Held>)>) {
        // Events complete in their stream's order; a failed query (the
        // device is lost) ends the wait, since nothing will run any more.
        while calls
            .front()
            .is_some_and(|(event, _)| event.try_is_complete().unwrap_or(true))
        {
            calls.pop_front();
        }
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
