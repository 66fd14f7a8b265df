//! Uploads on CUDA through page-locked host buffers that robocache keeps
//! and reuses: the caller's bytes are copied once, into a staging buffer,
//! and the device reads them from there by DMA on the stream of the call's
//! work, while the host goes on. A staging buffer is reused once an event
//! recorded after its copy has passed.
//!
//! Neither of the other ways does as well for a lidar cloud (1.9 MB in two
//! uploads, on an H200's host, `examples/cloud_anatomy.rs`,
//! `benches/RESULTS.md`): CubeCL's own pinned staging took 830-880 us,
//! this way 210-300 us. The driver's copy from pageable memory took
//! 160-260 us, but it may wait for the work queued on the stream before it
//! (it stages the bytes itself), which would make a call wait for the
//! device.

use std::sync::{Arc, Mutex};

use cudarc::driver::{result, CudaContext, CudaEvent, PinnedHostSlice};
use robocache_core::{DType, Error, Result};
use robocache_cubecl_cuda::CudaRuntime;

use crate::buffer::GpuBuffer;
use crate::device::Gpu;

/// Uploads smaller than this go CubeCL's own way: their copies are cheap.
pub(crate) const STAGED_UPLOAD_MIN_BYTES: usize = 64 << 10;

/// Uploads larger than this go CubeCL's own way too, so that the pool holds
/// at most [`STAGING_BUFFERS`] times this much page-locked memory.
pub(crate) const STAGED_UPLOAD_MAX_BYTES: usize = 16 << 20;

/// Staging buffers kept per device, idle or in flight. With every one in
/// flight, an upload waits for one of their copies to finish.
const STAGING_BUFFERS: usize = 8;

/// A page-locked buffer, and the event after the last copy out of it.
struct Staging {
    memory: PinnedHostSlice<u8>,
    copied: Option<CudaEvent>,
}

impl Staging {
    fn is_free(&self) -> bool {
        // A failed query (the device is lost) frees it: nothing will run.
        self.copied
            .as_ref()
            .is_none_or(|event| event.try_is_complete().unwrap_or(true))
    }
}

/// The staging buffers of one device.
struct StagingPool {
    context: Arc<CudaContext>,
    buffers: Mutex<Vec<Staging>>,
}

impl StagingPool {
    /// The pool of device `ordinal`, one per device and process.
    fn of_device(ordinal: usize) -> Result<Arc<Self>> {
        static POOLS: Mutex<Vec<(usize, Arc<StagingPool>)>> = Mutex::new(Vec::new());
        let mut pools = POOLS.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((_, pool)) = pools.iter().find(|(o, _)| *o == ordinal) {
            return Ok(Arc::clone(pool));
        }
        let context = CudaContext::new(ordinal).map_err(|e| driver_error("opening the device", e))?;
        let pool = Arc::new(StagingPool {
            context,
            buffers: Mutex::new(Vec::new()),
        });
        pools.push((ordinal, Arc::clone(&pool)));
        Ok(pool)
    }

    /// A buffer of at least `len` bytes whose last copy has run: the
    /// smallest free one that fits, else a new one (a free one too small
    /// making room if the pool is full), else, with every buffer in flight,
    /// the first of the pool once its copy has run.
    fn take(&self, len: usize) -> Result<Staging> {
        let mut buffers = self
            .buffers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let fitting = buffers
            .iter()
            .enumerate()
            .filter(|(_, b)| b.memory.len() >= len && b.is_free())
            .min_by_key(|(_, b)| b.memory.len())
            .map(|(i, _)| i);
        if let Some(i) = fitting {
            return Ok(buffers.swap_remove(i));
        }
        if buffers.len() >= STAGING_BUFFERS {
            let smallest_free = buffers
                .iter()
                .enumerate()
                .filter(|(_, b)| b.is_free())
                .min_by_key(|(_, b)| b.memory.len())
                .map(|(i, _)| i);
            match smallest_free {
                Some(i) => drop(buffers.swap_remove(i)),
                None => {
                    // Taken out, then waited for with the pool unlocked, so
                    // that other threads' uploads go on meanwhile.
                    let first = buffers.remove(0);
                    drop(buffers);
                    if let Some(event) = &first.copied {
                        event
                            .synchronize()
                            .map_err(|e| driver_error("waiting for a staging copy", e))?;
                    }
                    if first.memory.len() >= len {
                        return Ok(first);
                    }
                    return self.allocate(len);
                }
            }
        }
        drop(buffers);
        self.allocate(len)
    }

    /// A new buffer of `len` bytes or more (a power of two, so that sizes
    /// repeat).
    fn allocate(&self, len: usize) -> Result<Staging> {
        let bytes = len.next_power_of_two();
        // SAFETY: the bytes are written (the upload's) before anything reads
        // them, and only the first `len` are read.
        let memory = unsafe { self.context.alloc_pinned::<u8>(bytes) }
            .map_err(|e| driver_error("allocating page-locked memory", e))?;
        Ok(Staging { memory, copied: None })
    }

    /// Returns a buffer whose copy was queued before `copied`.
    fn give_back(&self, staging: Staging) {
        let mut buffers = self
            .buffers
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        buffers.push(staging);
    }
}

fn driver_error(what: &str, error: result::DriverError) -> Error {
    Error::Device {
        backend: "cuda",
        message: format!("{what}: {error}"),
    }
}

impl Gpu<CudaRuntime> {
    /// A new device buffer of `dtype` holding `bytes`, queued through a
    /// staging buffer on the calling thread's stream, inside a submission;
    /// `None` where staging does not pay (see the limits above) or the
    /// device has no CUDA ordinal.
    pub(crate) fn upload_through_staging(
        &self,
        bytes: &[u8],
        dtype: DType,
        len: usize,
        what: &'static str,
    ) -> Result<Option<GpuBuffer>> {
        if !(STAGED_UPLOAD_MIN_BYTES..=STAGED_UPLOAD_MAX_BYTES).contains(&bytes.len()) {
            return Ok(None);
        }
        let Some(ordinal) = self.ptx_path().map(|ptx| ptx.ordinal()) else {
            return Ok(None);
        };
        let pool = StagingPool::of_device(ordinal)?;
        let (buffer, destination, stream) = self.alloc_on_thread_stream(dtype, len, what)?;
        let mut staging = pool.take(bytes.len())?;
        let mut copy_queued = false;
        let queued = (|| {
            let staged = &mut staging
                .memory
                .as_mut_slice()
                .map_err(|e| driver_error("reaching page-locked memory", e))?[..bytes.len()];
            staged.copy_from_slice(bytes);
            pool.context
                .bind_to_thread()
                .map_err(|e| driver_error("binding the device", e))?;
            // SAFETY: `destination` is a live CubeCL buffer of at least
            // `bytes.len()` bytes (`Gpu::alloc` of the words they fill);
            // `staged` stays allocated and unwritten until the event recorded
            // below has passed (`StagingPool::take`); the stream is CubeCL's
            // for this thread, which it keeps while the process lives.
            unsafe { result::memcpy_htod_async(destination, staged, stream) }
                .map_err(|e| driver_error("queueing an upload", e))?;
            copy_queued = true;
            // SAFETY: as above, for the stream.
            let on_stream = unsafe { pool.context.wrap_borrowed_stream(stream) };
            staging.copied = Some(
                on_stream
                    .record_event(None)
                    .map_err(|e| driver_error("recording an event after an upload", e))?,
            );
            Ok::<_, Error>(())
        })();
        match queued {
            Ok(()) => pool.give_back(staging),
            // A copy queued without its event: the buffer goes once the
            // stream has run it.
            Err(_) if copy_queued => {
                // SAFETY: as above, for the stream.
                let _ = unsafe { result::stream::synchronize(stream) };
            }
            Err(_) => pool.give_back(staging),
        }
        queued.map(|()| Some(buffer))
    }
}
