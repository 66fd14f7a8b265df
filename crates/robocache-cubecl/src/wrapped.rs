//! Device memory a caller owns (a PyTorch tensor's, handed over through
//! DLPack), taken as an operation's input without taking it over.
//!
//! CubeCL's kernels read only buffers of CubeCL's own memory pool, which
//! cannot adopt memory allocated elsewhere. An operation therefore copies a
//! wrapped input once, device to device, into a pooled buffer, queued on the
//! calling thread's stream inside the operation's submission: ordered after
//! the caller's stream where the device has one (`Gpu::on_caller_stream`).
//! The caller's memory is never written.
//!
//! The caller's owner (DLPack's deleter, a `CudaSlice`) is dropped only
//! when the wrapping tensor has been and every copy queued from the memory
//! has run: the device's `InFlight` (`crate::ptx`) holds it until an event
//! recorded after the copy has passed, and lets go of it at a later call or
//! synchronisation.

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use cudarc::driver::sys::CUdeviceptr;
use cudarc::driver::{result, CudaContext};
use robocache_core::{DType, Error, Result};
use robocache_cubecl_cuda::CudaRuntime;

use crate::buffer::{words_for, GpuBuffer};
use crate::device::Gpu;

/// `len` elements of `dtype` at a device address, in memory the caller
/// owns, and what keeps that memory alive.
pub struct CudaMemory {
    address: CUdeviceptr,
    dtype: DType,
    len: usize,
    context: Arc<CudaContext>,
    /// Dropped with this value: the caller's memory may go then.
    _owner: Box<dyn Any + Send + Sync>,
}

impl fmt::Debug for CudaMemory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CudaMemory")
            .field("address", &format_args!("{:#x}", self.address))
            .field("dtype", &self.dtype)
            .field("len", &self.len)
            .finish()
    }
}

impl CudaMemory {
    /// The device address of the first element.
    pub fn address(&self) -> u64 {
        self.address
    }

    /// The element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the memory holds no element.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    fn bytes(&self) -> usize {
        self.len * self.dtype.size_in_bytes()
    }
}

impl Gpu<CudaRuntime> {
    /// Wraps `len` elements of `dtype` at `address` without a copy, once
    /// the driver confirms that they lie within one allocation of this
    /// device; `owner` is dropped when the memory is no longer read (see
    /// the module's documentation).
    ///
    /// # Safety
    ///
    /// The memory must hold the values, written by work that is complete or
    /// queued on the caller's stream of this device (see
    /// `Gpu::on_caller_stream`), and must not be freed or written until
    /// `owner` is dropped.
    pub unsafe fn wrap_memory(
        &self,
        address: u64,
        dtype: DType,
        len: usize,
        owner: Box<dyn Any + Send + Sync>,
    ) -> Result<Arc<CudaMemory>> {
        let bytes = len as u64 * dtype.size_in_bytes() as u64;
        let refuse = |why: String| Error::UnwrappableMemory { address, bytes, why };
        let ordinal = self
            .ptx_path()
            .map(|ptx| ptx.ordinal())
            .ok_or_else(|| refuse("the device has no CUDA ordinal".into()))?;
        let context =
            CudaContext::new(ordinal).map_err(|e| refuse(format!("opening device {ordinal}: {e}")))?;
        if bytes > 0 {
            let (base, size) = allocation_of(&context, address)
                .map_err(|e| refuse(format!("not memory of CUDA device {ordinal} ({e})")))?;
            if address.saturating_add(bytes) > base + size as u64 {
                return Err(refuse(format!(
                    "its allocation ends {} bytes after it",
                    (base + size as u64).saturating_sub(address)
                )));
            }
        }
        Ok(Arc::new(CudaMemory {
            address,
            dtype,
            len,
            context,
            _owner: owner,
        }))
    }

    /// Queues a copy of `memory` into a new pooled buffer on the calling
    /// thread's stream, inside a submission, and holds `memory` until the
    /// copy has run.
    pub(crate) fn copy_in(&self, memory: &Arc<CudaMemory>, what: &'static str) -> Result<GpuBuffer> {
        let (copy, destination, stream) = self.alloc_on_thread_stream(memory.dtype, memory.len, what)?;
        let bytes = memory.bytes();
        let padded = words_for(memory.dtype, memory.len) * 4;
        let queued = || -> std::result::Result<(), result::DriverError> {
            memory.context.bind_to_thread()?;
            // SAFETY: `destination` is a live CubeCL buffer of `padded` bytes,
            // at least `bytes` (see `Gpu::alloc`); the source is `bytes` of
            // one allocation of this device (checked when wrapped), alive
            // until `memory` drops, which `hold` below delays until the copy
            // has run. The stream is CubeCL's for this thread, which it
            // keeps while the process lives.
            unsafe {
                if padded > bytes {
                    // The last word's padding is zero, as after an upload.
                    result::memset_d8_async(destination + bytes as u64, 0, padded - bytes, stream)?;
                }
                result::memcpy_dtod_async(destination, memory.address, bytes, stream)
            }
        };
        if bytes > 0 {
            queued().map_err(|e| self.device_error(what, e))?;
        }
        let in_flight = &self
            .ptx_path()
            .ok_or_else(|| self.device_error(what, "no CUDA ordinal"))?
            .in_flight;
        // SAFETY: as above, the thread's stream, which outlives the wrapper.
        let stream = unsafe { memory.context.wrap_borrowed_stream(stream) };
        in_flight.hold(&stream, vec![Box::new(Arc::clone(memory))])?;
        Ok(copy)
    }
}

/// The base and size of the allocation holding `address`, as the driver
/// knows them in `context`.
fn allocation_of(
    context: &CudaContext,
    address: u64,
) -> std::result::Result<(u64, usize), result::DriverError> {
    context.bind_to_thread()?;
    let (mut base, mut size) = (0, 0);
    // SAFETY: the driver writes the two values and reads nothing through
    // `address`; an address it does not know is an error, not a fault.
    unsafe { cudarc::driver::sys::cuMemGetAddressRange_v2(&mut base, &mut size, address) }.result()?;
    Ok((base, size))
}
