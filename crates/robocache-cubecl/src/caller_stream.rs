//! Work ordered with a stream the caller owns (PyTorch's current stream, an
//! inference engine's), by events between it and the stream CubeCL queues
//! the calling thread's work on; the host waits for neither.
//!
//! CubeCL 0.10 queues each host thread's work on a stream of its own and
//! takes no stream from outside. A call on a context made with
//! [`Gpu::on_caller_stream`] therefore starts by making that stream wait for
//! what the caller queued on theirs before the call, and ends by making the
//! caller's stream wait for what the call queued: the caller's next kernel
//! on their stream sees the call's results, as if it had been queued there.

use std::cell::RefCell;
use std::fmt;
use std::sync::Arc;

use cubecl::Runtime;
use cudarc::driver::sys::CUstream;
use cudarc::driver::{CudaContext, CudaStream};
use robocache_core::{DType, Result};
use robocache_cubecl_cuda::CudaRuntime;

use crate::buffer::GpuBuffer;
use crate::device::Gpu;

/// The caller's stream of a context, and the device's context to reach it.
pub(crate) struct CallerStream {
    ordinal: usize,
    stream: Arc<CudaStream>,
}

impl fmt::Debug for CallerStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallerStream")
            .field("ordinal", &self.ordinal)
            .field("stream", &self.stream.cu_stream())
            .finish()
    }
}

/// The calling thread's stream of a submission that waited for the
/// caller's stream, to hand the submission's work back on (resolved once
/// per submission).
pub(crate) struct JoinedStream {
    ours: Arc<CudaStream>,
    caller: Arc<CallerStream>,
}

impl<R: Runtime> Gpu<R> {
    /// Inside a submission, after its work: the caller's stream waits for
    /// what this submission queued on the stream it joined.
    pub(crate) fn hand_over_to_caller_stream(&self, joined: JoinedStream) -> Result<()> {
        let done = joined
            .ours
            .record_event(None)
            .map_err(|e| self.device_error("recording an event after a call", e))?;
        joined
            .caller
            .stream
            .wait(&done)
            .map_err(|e| self.device_error("making the caller's stream wait", e))
    }
}

thread_local! {
    /// The stream CubeCL queues this thread's work on, per device ordinal:
    /// CubeCL makes it on the thread's first use of the device and keeps it
    /// while the device's server lives, which is the process.
    static THREAD_STREAMS: RefCell<Vec<(usize, usize)>> = const { RefCell::new(Vec::new()) };
}

impl Gpu<CudaRuntime> {
    /// The same device, with every submission ordered after the work queued
    /// on `stream` before it, and `stream` ordered after the submission.
    ///
    /// # Safety
    ///
    /// `stream` must be a live stream of this device's primary context
    /// (the one the CUDA runtime API, and so PyTorch, uses), or null for its
    /// legacy default stream, and stay live as long as the returned device
    /// or any clone of it.
    pub unsafe fn on_caller_stream(&self, stream: CUstream) -> Result<Self> {
        let ordinal = self
            .ptx_path()
            .map(|ptx| ptx.ordinal())
            .ok_or_else(|| self.device_error("joining the caller's stream", "no device ordinal"))?;
        let context =
            CudaContext::new(ordinal).map_err(|e| self.device_error("opening the caller's context", e))?;
        // SAFETY: the caller vouches for the stream and its lifetime (this
        // function's contract); the wrapper never destroys it.
        let stream = unsafe { context.wrap_borrowed_stream(stream) };
        let mut on_stream = self.clone();
        on_stream.caller = Some(Arc::new(CallerStream { ordinal, stream }));
        Ok(on_stream)
    }

    /// Inside a submission, before its work: the calling thread's stream
    /// waits for what the caller queued on theirs. Returns that stream, for
    /// [`Self::hand_over_to_caller_stream`] after the work, or `None` on a
    /// device without a caller's stream.
    pub(crate) fn wait_for_caller_stream(&self) -> Result<Option<JoinedStream>> {
        let Some(caller) = &self.caller else {
            return Ok(None);
        };
        let ours = self.thread_stream(caller)?;
        let queued = caller
            .stream
            .record_event(None)
            .map_err(|e| self.device_error("recording an event on the caller's stream", e))?;
        ours.wait(&queued)
            .map_err(|e| self.device_error("waiting for the caller's stream", e))?;
        Ok(Some(JoinedStream {
            ours,
            caller: Arc::clone(caller),
        }))
    }

    /// The stream CubeCL queues the calling thread's work on, as CubeCL
    /// reports it with a buffer's address (the first time on each thread).
    fn thread_stream(&self, caller: &CallerStream) -> Result<Arc<CudaStream>> {
        let known = THREAD_STREAMS.with_borrow(|streams| {
            streams
                .iter()
                .find(|(ordinal, _)| *ordinal == caller.ordinal)
                .map(|&(_, stream)| stream)
        });
        let stream = match known {
            Some(stream) => stream as CUstream,
            None => {
                let (_probe, _, stream) =
                    self.alloc_on_thread_stream(DType::U32, 1, "a probe of the thread's stream")?;
                THREAD_STREAMS.with_borrow_mut(|streams| streams.push((caller.ordinal, stream as usize)));
                stream
            }
        };
        // SAFETY: CubeCL's stream for this thread on this device's primary
        // context, which CubeCL never destroys while its server lives (the
        // process); the wrapper never destroys it either.
        Ok(unsafe { caller.stream.context().wrap_borrowed_stream(stream) })
    }

    /// A new buffer of `len` elements from the pool, with its device address
    /// and the calling thread's stream, on which work writing it is to be
    /// queued (CubeCL orders its own later use of the buffer there).
    pub(crate) fn alloc_on_thread_stream(
        &self,
        dtype: DType,
        len: usize,
        what: &'static str,
    ) -> Result<(GpuBuffer, u64, CUstream)> {
        let buffer = self.alloc(dtype, len, what)?;
        let resource = self
            .client()
            .get_resource(buffer.handle().clone())
            .map_err(|e| self.device_error("locating a buffer", e))?;
        let (address, stream) = (resource.resource().ptr, resource.resource().stream);
        if stream.is_null() {
            return Err(self.device_error(what, "CubeCL named no stream"));
        }
        Ok((buffer, address, stream))
    }

    /// The device address of a buffer's first element.
    pub fn buffer_address(&self, buffer: &GpuBuffer) -> Result<u64> {
        Ok(self
            .client()
            .get_resource(buffer.handle().clone())
            .map_err(|e| self.device_error("locating a buffer", e))?
            .resource()
            .ptr)
    }
}
