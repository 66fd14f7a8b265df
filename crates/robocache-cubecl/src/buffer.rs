//! Device buffers and the inputs of an operation: what lives in device
//! memory, and in which sizes it is allocated and read.

use std::fmt;

use cubecl::prelude::*;
use cubecl::server::Handle;
use robocache_core::{DType, HostData, KnownValid};

/// Device allocations are rounded up to one of this many sizes per octave
/// (at most an eighth more than asked). With shapes that change every call,
/// exact sizes never repeat: CubeCL's wgpu runtime stages every read in a
/// pool of host buffers that it never frees and that reuses a buffer only
/// for a read no larger, so reads of ever-new sizes grew host memory
/// without end (`benches/RESULTS.md`). There a download reads the whole
/// allocation in parts whose sizes are powers of two (see
/// [`read_parts`]), so its pool meets a few sizes, all of them within
/// the first calls.
pub(crate) const SIZE_CLASSES_PER_OCTAVE: u32 = 8;

/// Most parts a download is read in (see [`read_parts`]).
const MOST_READ_PARTS: usize = 4;

/// `bytes` as consecutive `(offset, length)` parts, largest first, whose
/// lengths are powers of two: a size from [`allocation_bytes`] has at most
/// [`MOST_READ_PARTS`] bits set. Another size (an uploaded buffer's, exact)
/// ends in one part of what is left, so that its read stays a few copies.
pub(crate) fn read_parts(bytes: u64) -> Vec<(u64, u64)> {
    let mut parts = Vec::with_capacity(MOST_READ_PARTS);
    let mut offset = 0;
    for bit in (0..u64::BITS).rev().filter(|bit| bytes >> bit & 1 == 1) {
        if parts.len() == MOST_READ_PARTS - 1 {
            parts.push((offset, bytes - offset));
            break;
        }
        parts.push((offset, 1 << bit));
        offset += 1 << bit;
    }
    parts
}

/// The bytes to allocate for a buffer of `bytes` (a multiple of four).
pub(crate) fn allocation_bytes(bytes: usize) -> usize {
    let octave = usize::BITS - 1 - bytes.max(1).leading_zeros();
    let step = 1usize << octave.saturating_sub(SIZE_CLASSES_PER_OCTAVE.ilog2());
    bytes.next_multiple_of(step.max(4))
}

/// A buffer in device memory: `len` elements of `dtype`, packed into 32-bit
/// words (the last word padded).
#[derive(Clone)]
pub struct GpuBuffer {
    pub(crate) handle: Handle,
    pub(crate) dtype: DType,
    pub(crate) len: usize,
    /// The bytes asked of the pool: the elements' words, or more (see
    /// [`allocation_bytes`]). CubeCL's handle may report more still
    /// (alignment), but its offsets count from these.
    pub(crate) allocated_bytes: u64,
}

impl fmt::Debug for GpuBuffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GpuBuffer")
            .field("dtype", &self.dtype)
            .field("len", &self.len)
            .finish()
    }
}

impl GpuBuffer {
    /// The element type.
    pub fn dtype(&self) -> DType {
        self.dtype
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the buffer holds no element.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Words the buffer spans (at least one, so every buffer can be bound).
    pub(crate) fn words(&self) -> usize {
        words_for(self.dtype, self.len)
    }

    pub(crate) fn arg<R: Runtime>(&self) -> ArrayArg<R> {
        // SAFETY: the handle was allocated with `words()` words (see
        // `Gpu::alloc` and `Gpu::upload`), so the kernel's bound checks and
        // ours see the true length.
        unsafe { ArrayArg::from_raw_parts(self.handle.clone(), self.words()) }
    }

    /// The CubeCL handle, for code that launches its own kernels on the
    /// same device memory.
    pub fn handle(&self) -> &Handle {
        &self.handle
    }

    pub(crate) fn new(handle: Handle, dtype: DType, len: usize, allocated_bytes: usize) -> Self {
        GpuBuffer {
            handle,
            dtype,
            len,
            allocated_bytes: allocated_bytes as u64,
        }
    }
}

pub(crate) fn words_for(dtype: DType, len: usize) -> usize {
    (len * dtype.size_in_bytes()).div_ceil(4).max(1)
}

/// An operation's input: host memory (copied to the device for the call) or
/// a buffer already there.
#[derive(Debug, Clone, Copy)]
pub enum GpuInput<'a> {
    /// Caller memory on the host.
    Host(HostData<'a>),
    /// A buffer on this device, with a host copy of its values when the
    /// caller kept one (small tensors uploaded from the host), which lets
    /// validation skip the device checks.
    Device(&'a GpuBuffer, Option<Shadow<'a>>),
    /// Memory of this device that the caller owns, copied into a buffer
    /// of the device's pool by the operation that reads it.
    #[cfg(feature = "cuda")]
    Wrapped(&'a std::sync::Arc<crate::CudaMemory>),
}

/// A host copy of a device tensor's values, and what validation has already
/// found true of them.
#[derive(Debug, Clone, Copy)]
pub struct Shadow<'a> {
    /// The values.
    pub data: HostData<'a>,
    /// Checks they have passed.
    pub known: &'a KnownValid,
}

impl<'a> GpuInput<'a> {
    /// The values on the host, when they are there without a download.
    pub(crate) fn host(&self) -> Option<HostData<'a>> {
        match *self {
            GpuInput::Host(data) => Some(data),
            GpuInput::Device(_, shadow) => shadow.map(|s| s.data),
            #[cfg(feature = "cuda")]
            GpuInput::Wrapped(_) => None,
        }
    }

    /// What validation has already found true of the values, if they are
    /// a tensor that remembers.
    pub(crate) fn known(&self) -> Option<&'a KnownValid> {
        match *self {
            GpuInput::Device(_, Some(shadow)) => Some(shadow.known),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allocation_sizes_come_from_eight_per_octave() {
        assert_eq!(allocation_bytes(4), 4);
        assert_eq!(allocation_bytes(36), 36);
        for exact in (4..1 << 22).step_by(4 * 997) {
            let rounded = allocation_bytes(exact);
            assert!(rounded >= exact && rounded % 4 == 0, "{exact} -> {rounded}");
            assert!(rounded as f64 <= exact as f64 * 1.125, "{exact} -> {rounded}");
        }
        let classes: std::collections::BTreeSet<_> =
            ((1 << 20)..(1 << 21)).step_by(4).map(allocation_bytes).collect();
        assert_eq!(classes.len(), 8 + 1, "{classes:?}");
    }

    #[test]
    fn reads_go_in_at_most_four_parts_powers_of_two_for_allocations() {
        for exact in (4..1 << 24).step_by(4 * 9973) {
            for (whole, all_powers_of_two) in [(allocation_bytes(exact) as u64, true), (exact as u64, false)]
            {
                let parts = read_parts(whole);
                assert!(parts.len() <= MOST_READ_PARTS, "{whole}: {parts:?}");
                let mut next = 0;
                for &(at, len) in &parts {
                    assert_eq!(at, next, "{whole}: {parts:?}");
                    assert!(len > 0 && len % 4 == 0, "{whole}: {parts:?}");
                    if all_powers_of_two {
                        assert!(len.is_power_of_two(), "{whole}: {parts:?}");
                    }
                    next += len;
                }
                assert_eq!(next, whole);
            }
        }
    }
}
