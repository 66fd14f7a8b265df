//! A cache of large host buffers, reused across calls.
//!
//! A fresh multi-megabyte allocation comes from the OS as untouched pages,
//! and the first write to each page faults: for a 64 MB output that costs
//! more than the resampling itself. Pipelines call the same operations with
//! the same shapes every step, so buffers that come back are kept and handed
//! out again for the next request of the same dtype and length.

use std::ops::{Deref, DerefMut};
use std::sync::Mutex;

use robocache_core::{DType, Element, Error, HostBuffer, HostData, Result};

/// Buffers smaller than this go straight back to the allocator, which
/// recycles small blocks well by itself.
const MIN_POOLED_BYTES: usize = 256 * 1024;

/// Fresh allocations at least this large are first checked against the
/// memory the OS reports available: the OS may promise more than it has and
/// only fail (by killing the process) once the pages are written.
const CHECKED_ALLOCATION_BYTES: u64 = 64 << 20;

/// Fails with [`Error::OutOfMemory`] when `bytes` exceed what the OS reports
/// available, before anything is allocated.
fn check_available(bytes: u64, what: &'static str) -> Result<()> {
    if bytes < CHECKED_ALLOCATION_BYTES {
        return Ok(());
    }
    match available_memory() {
        Some(available) if bytes > available => Err(Error::OutOfMemory {
            what,
            bytes,
            available: Some(available),
        }),
        _ => Ok(()),
    }
}

/// `MemAvailable` of `/proc/meminfo`, in bytes.
#[cfg(target_os = "linux")]
fn available_memory() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = meminfo.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib.saturating_mul(1024))
}

/// Other systems fail the allocation itself, which is also an error.
#[cfg(not(target_os = "linux"))]
fn available_memory() -> Option<u64> {
    None
}

/// Large host buffers kept for reuse, bounded in total size.
///
/// ```
/// use robocache_core::DType;
/// use robocache_cpu::BufferPool;
/// let pool = BufferPool::new(64 << 20);
/// let buffer = pool.take(DType::F32, 1 << 20, "output")?;
/// pool.give(buffer);
/// assert_eq!(pool.cached_bytes(), 4 << 20);
/// pool.clear();
/// assert_eq!(pool.cached_bytes(), 0);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug)]
pub struct BufferPool {
    limit_bytes: usize,
    /// Least recently returned first.
    free: Mutex<Vec<HostBuffer>>,
}

fn bytes_of(buffer: &HostBuffer) -> usize {
    buffer.len() * buffer.dtype().size_in_bytes()
}

impl BufferPool {
    /// A pool that keeps at most `limit_bytes` of idle buffers.
    pub fn new(limit_bytes: usize) -> Self {
        BufferPool {
            limit_bytes,
            free: Mutex::new(Vec::new()),
        }
    }

    fn free_list(&self) -> std::sync::MutexGuard<'_, Vec<HostBuffer>> {
        // A panic while holding the lock cannot leave the list inconsistent:
        // every operation on it is a single push, remove or clear.
        self.free.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A buffer of `len` elements of `dtype`. Its contents are unspecified
    /// (zeros, or what a previous call left): callers overwrite every element.
    ///
    /// A request for more than the OS reports available is an
    /// [`Error::OutOfMemory`] before anything is allocated.
    pub fn take(&self, dtype: DType, len: usize, what: &'static str) -> Result<HostBuffer> {
        let bytes = (len as u64).saturating_mul(dtype.size_in_bytes() as u64);
        if bytes >= MIN_POOLED_BYTES as u64 {
            let mut free = self.free_list();
            if let Some(i) = free.iter().rposition(|b| b.dtype() == dtype && b.len() == len) {
                return Ok(free.remove(i));
            }
        }
        check_available(bytes, what)?;
        HostBuffer::zeros(dtype, len, what)
    }

    /// A copy of `data` in a buffer from the pool: freshly allocated only
    /// where no idle buffer has its dtype and length, so that uploading the
    /// same shape every step faults no new pages in.
    ///
    /// ```
    /// use robocache_core::{DType, HostData};
    /// use robocache_cpu::BufferPool;
    /// let pool = BufferPool::new(64 << 20);
    /// let values = vec![2.5f32; 1 << 20];
    /// let copy = pool.copy_of(HostData::from(&values[..]), "an upload")?;
    /// assert_eq!(copy.as_slice::<f32>(), Some(&values[..]));
    /// pool.give(copy);
    /// let again = pool.copy_of(HostData::from(&values[..]), "an upload")?;
    /// assert_eq!(pool.cached_bytes(), 0); // the idle buffer was taken
    /// # drop(again);
    /// # Ok::<(), robocache_core::Error>(())
    /// ```
    pub fn copy_of(&self, data: HostData<'_>, what: &'static str) -> Result<HostBuffer> {
        let bytes = data.as_bytes();
        if bytes.len() < MIN_POOLED_BYTES {
            return HostBuffer::copy_from(data, what);
        }
        let mut buffer = self.take(data.dtype(), data.len(), what)?;
        robocache_core::match_dtype!(HostBuffer, &mut buffer, v => {
            bytemuck::cast_slice_mut::<_, u8>(&mut v[..]).copy_from_slice(bytes)
        });
        Ok(buffer)
    }

    /// A vector of `len` elements, returned to the pool when the guard drops.
    pub fn take_vec<T: Element>(&self, len: usize, what: &'static str) -> Result<PooledVec<'_, T>> {
        let buffer = self.take(T::DTYPE, len, what)?;
        let values = T::unwrap_vec(buffer).map_err(|other| Error::DTypeMismatch {
            tensor: what.to_string(),
            expected: T::DTYPE.name(),
            actual: other.dtype(),
        })?;
        Ok(PooledVec { pool: self, values })
    }

    /// Returns a buffer for reuse; the oldest buffers go once the pool holds
    /// more than its limit.
    pub fn give(&self, buffer: HostBuffer) {
        let bytes = bytes_of(&buffer);
        if bytes < MIN_POOLED_BYTES || bytes > self.limit_bytes {
            return;
        }
        let mut free = self.free_list();
        free.push(buffer);
        let mut total: usize = free.iter().map(bytes_of).sum();
        while total > self.limit_bytes {
            total -= bytes_of(&free.remove(0));
        }
    }

    /// Bytes held by idle buffers.
    pub fn cached_bytes(&self) -> usize {
        self.free_list().iter().map(bytes_of).sum()
    }

    /// Frees every idle buffer.
    pub fn clear(&self) {
        self.free_list().clear();
    }
}

/// A vector borrowed from a [`BufferPool`], given back on drop.
///
/// ```
/// use robocache_cpu::BufferPool;
/// let pool = BufferPool::new(16 << 20);
/// {
///     let mut scratch = pool.take_vec::<u32>(1 << 20, "scratch")?;
///     scratch[0] = 1;
/// }
/// assert_eq!(pool.cached_bytes(), 4 << 20);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug)]
pub struct PooledVec<'p, T: Element> {
    pool: &'p BufferPool,
    values: Vec<T>,
}

impl<T: Element> Deref for PooledVec<'_, T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.values
    }
}

impl<T: Element> DerefMut for PooledVec<'_, T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        &mut self.values
    }
}

impl<T: Element> Drop for PooledVec<'_, T> {
    fn drop(&mut self) {
        self.pool.give(T::wrap_vec(std::mem::take(&mut self.values)));
    }
}
