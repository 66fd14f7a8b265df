//! Uploads on CUDA through CubeCL's pinned staging memory: the caller's
//! bytes are copied once, into page-locked memory CubeCL pools and reuses,
//! and the device reads them from there by DMA, asynchronously.
//!
//! CubeCL's `create_from_slice` copies a slice twice into fresh vectors and
//! hands the driver pageable memory, which the driver copies a third time
//! and waits for. On an H200's host this way took a 120k-point cloud's
//! voxelization from 0.74 to 0.50 ms (`examples/cloud_anatomy.rs`,
//! `benches/RESULTS.md`).

use std::mem::MaybeUninit;

use cubecl::server::Handle;
use cubecl_common::bytes::{AllocationController, AllocationProperty, Bytes};
use robocache_cubecl_cuda::CudaRuntime;

use crate::device::Gpu;

/// Uploads smaller than this go CubeCL's own way: their copies are cheap,
/// and a staging buffer is a request to CubeCL's pool.
pub(crate) const STAGED_UPLOAD_MIN_BYTES: usize = 64 << 10;

/// A caller's bytes, lent to CubeCL for the one copy into its staging
/// memory; never written through.
struct Lent {
    start: *const MaybeUninit<u8>,
    len: usize,
}

impl AllocationController for Lent {
    fn alloc_align(&self) -> usize {
        1
    }

    fn property(&self) -> AllocationProperty {
        AllocationProperty::Native
    }

    unsafe fn memory_mut(&mut self) -> &mut [MaybeUninit<u8>] {
        // Staging only reads (`copy_into`); a lent slice is never written,
        // so a writer gets no bytes (and `Bytes`' DerefMut would panic on
        // its range, not write).
        &mut []
    }

    fn memory(&self) -> &[MaybeUninit<u8>] {
        // SAFETY: `start` and `len` are those of a live slice (`upload_staged`
        // drops the `Bytes` holding this before the slice's borrow ends).
        unsafe { std::slice::from_raw_parts(self.start, self.len) }
    }
}

impl Gpu<CudaRuntime> {
    /// A new device buffer holding `bytes`, copied through CubeCL's pinned
    /// staging memory; `None` where CubeCL could not stage them (its pinned
    /// pool refused), for the caller to upload them its own way.
    pub(crate) fn upload_staged(&self, bytes: &[u8]) -> Option<Handle> {
        let lent = Box::new(Lent {
            start: bytes.as_ptr().cast(),
            len: bytes.len(),
        });
        // SAFETY: the controller holds `bytes.len()` initialised bytes. The
        // `Bytes` lending them does not outlive this function: staging
        // swaps it out for its pinned copy and drops it, and where it did
        // not, it is dropped below, before the borrow of `bytes` ends.
        let mut staged = unsafe { Bytes::from_controller(lent, bytes.len()) };
        self.client.staging(std::iter::once(&mut staged), false);
        match staged.property() {
            AllocationProperty::Pinned => Some(self.client.create(staged)),
            _ => None,
        }
    }
}
