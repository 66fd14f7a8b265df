//! Typed host memory: borrowed views of caller slices and owned buffers.

use half::{bf16, f16};

use crate::dtype::{DType, Element};
use crate::error::{Error, Result};

/// Expands `$body` once per dtype with `$v` bound to the typed slice or vector.
#[macro_export]
#[doc(hidden)]
macro_rules! match_dtype {
    ($enum:ident, $value:expr, $v:ident => $body:expr) => {
        match $value {
            $enum::F32($v) => $body,
            $enum::F16($v) => $body,
            $enum::BF16($v) => $body,
            $enum::F64($v) => $body,
            $enum::U8($v) => $body,
            $enum::U32($v) => $body,
            $enum::I32($v) => $body,
        }
    };
}

/// A borrowed, typed, contiguous slice of host memory: zero-copy.
///
/// ```
/// use robocache_core::{HostData, DType};
/// let values = [1.0f32, 2.0];
/// let data = HostData::from(&values[..]);
/// assert_eq!(data.dtype(), DType::F32);
/// assert_eq!(data.len(), 2);
/// ```
#[derive(Debug, Clone, Copy)]
pub enum HostData<'a> {
    /// f32 elements.
    F32(&'a [f32]),
    /// f16 elements.
    F16(&'a [f16]),
    /// bf16 elements.
    BF16(&'a [bf16]),
    /// f64 elements.
    F64(&'a [f64]),
    /// u8 elements.
    U8(&'a [u8]),
    /// u32 elements.
    U32(&'a [u32]),
    /// i32 elements.
    I32(&'a [i32]),
}

/// A mutable, typed, contiguous slice of host memory.
///
/// ```
/// use robocache_core::{HostDataMut, DType};
/// let mut values = [0u8; 4];
/// assert_eq!(HostDataMut::from(&mut values[..]).dtype(), DType::U8);
/// ```
#[derive(Debug)]
pub enum HostDataMut<'a> {
    /// f32 elements.
    F32(&'a mut [f32]),
    /// f16 elements.
    F16(&'a mut [f16]),
    /// bf16 elements.
    BF16(&'a mut [bf16]),
    /// f64 elements.
    F64(&'a mut [f64]),
    /// u8 elements.
    U8(&'a mut [u8]),
    /// u32 elements.
    U32(&'a mut [u32]),
    /// i32 elements.
    I32(&'a mut [i32]),
}

/// An owned, typed buffer of host memory.
///
/// ```
/// use robocache_core::{HostBuffer, DType};
/// let buffer = HostBuffer::zeros(DType::U32, 3, "counts")?;
/// assert_eq!(buffer.as_slice::<u32>(), Some(&[0u32, 0, 0][..]));
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum HostBuffer {
    /// f32 elements.
    F32(Vec<f32>),
    /// f16 elements.
    F16(Vec<f16>),
    /// bf16 elements.
    BF16(Vec<bf16>),
    /// f64 elements.
    F64(Vec<f64>),
    /// u8 elements.
    U8(Vec<u8>),
    /// u32 elements.
    U32(Vec<u32>),
    /// i32 elements.
    I32(Vec<i32>),
}

impl<'a, T: Element> From<&'a [T]> for HostData<'a> {
    fn from(slice: &'a [T]) -> Self {
        T::wrap_slice(slice)
    }
}

impl<'a, T: Element> From<&'a mut [T]> for HostDataMut<'a> {
    fn from(slice: &'a mut [T]) -> Self {
        T::wrap_slice_mut(slice)
    }
}

impl<'a> HostData<'a> {
    /// The element type.
    pub fn dtype(&self) -> DType {
        match_dtype!(HostData, self, v => element_dtype(v))
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        match_dtype!(HostData, self, v => v.len())
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The raw bytes, in the host's byte order (what a device upload copies).
    ///
    /// ```
    /// use robocache_core::HostData;
    /// assert_eq!(HostData::from(&[1u32][..]).as_bytes(), &1u32.to_ne_bytes());
    /// ```
    pub fn as_bytes(&self) -> &'a [u8] {
        match_dtype!(HostData, *self, v => bytemuck::cast_slice(v))
    }

    /// The slice as `&[T]`, or `None` when `T` is not this dtype.
    ///
    /// ```
    /// use robocache_core::HostData;
    /// let values = [7u32];
    /// let data = HostData::from(&values[..]);
    /// assert_eq!(data.as_slice::<u32>(), Some(&[7u32][..]));
    /// assert!(data.as_slice::<f32>().is_none());
    /// ```
    pub fn as_slice<T: Element>(&self) -> Option<&'a [T]> {
        T::unwrap_slice(*self)
    }
}

impl<'a> HostDataMut<'a> {
    /// The element type.
    pub fn dtype(&self) -> DType {
        match_dtype!(HostDataMut, self, v => element_dtype(v))
    }

    /// The slice as `&mut [T]`, or `None` when `T` is not this dtype.
    pub fn into_slice<T: Element>(self) -> Option<&'a mut [T]> {
        T::unwrap_slice_mut(self)
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        match_dtype!(HostDataMut, self, v => v.len())
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn element_dtype<T: Element>(_: &[T]) -> DType {
    T::DTYPE
}

fn zeroed_vec<T: Element>(len: usize, what: &'static str) -> Result<Vec<T>> {
    // `alloc_zeroed` lets the OS hand out pages that are already zero, so a
    // large output costs no separate clearing pass.
    bytemuck::allocation::try_zeroed_slice_box::<T>(len)
        .map(|boxed| boxed.into_vec())
        .map_err(|()| Error::OutOfMemory {
            what,
            bytes: (len as u64).saturating_mul(std::mem::size_of::<T>() as u64),
            available: None,
        })
}

impl HostBuffer {
    /// A zero-filled buffer, or [`Error::OutOfMemory`] when it cannot be had.
    pub fn zeros(dtype: DType, len: usize, what: &'static str) -> Result<Self> {
        Ok(match dtype {
            DType::F32 => HostBuffer::F32(zeroed_vec(len, what)?),
            DType::F16 => HostBuffer::F16(zeroed_vec(len, what)?),
            DType::BF16 => HostBuffer::BF16(zeroed_vec(len, what)?),
            DType::F64 => HostBuffer::F64(zeroed_vec(len, what)?),
            DType::U8 => HostBuffer::U8(zeroed_vec(len, what)?),
            DType::U32 => HostBuffer::U32(zeroed_vec(len, what)?),
            DType::I32 => HostBuffer::I32(zeroed_vec(len, what)?),
        })
    }

    /// Copies a host slice into a new buffer, or [`Error::OutOfMemory`].
    pub fn copy_from(data: HostData<'_>, what: &'static str) -> Result<Self> {
        match_dtype!(HostData, data, v => {
            let mut out = Vec::new();
            out.try_reserve_exact(v.len()).map_err(|_| Error::OutOfMemory {
                what,
                bytes: std::mem::size_of_val(v) as u64,
                available: None,
            })?;
            out.extend_from_slice(v);
            Ok(HostBuffer::from_vec(out))
        })
    }

    /// A buffer of `len` elements of `dtype` decoded from native-endian
    /// `bytes` (what a device download returns; extra trailing bytes, such
    /// as a device's padding to whole words, are ignored).
    ///
    /// ```
    /// use robocache_core::{DType, HostBuffer};
    /// let bytes = [1u8, 0, 2, 0, 0, 0]; // two u16-sized elements and padding
    /// let buffer = HostBuffer::from_bytes(DType::U8, 3, &bytes, "a download")?;
    /// assert_eq!(buffer.as_slice::<u8>(), Some(&[1u8, 0, 2][..]));
    /// # Ok::<(), robocache_core::Error>(())
    /// ```
    pub fn from_bytes(dtype: DType, len: usize, bytes: &[u8], what: &'static str) -> Result<Self> {
        Self::from_byte_parts(dtype, len, &[bytes], what)
    }

    /// [`HostBuffer::from_bytes`] of the concatenation of `parts` (a download
    /// read in parts), without concatenating them first.
    ///
    /// ```
    /// use robocache_core::{DType, HostBuffer};
    /// let parts: [&[u8]; 2] = [&[1, 0, 0, 0], &[2, 0, 0, 0, 9]];
    /// let buffer = HostBuffer::from_byte_parts(DType::U32, 2, &parts, "a download")?;
    /// assert_eq!(buffer.as_slice::<u32>(), Some(&[1u32, 2][..]));
    /// # Ok::<(), robocache_core::Error>(())
    /// ```
    pub fn from_byte_parts(
        dtype: DType,
        len: usize,
        parts: &[impl AsRef<[u8]>],
        what: &'static str,
    ) -> Result<Self> {
        let needed = len.saturating_mul(dtype.size_in_bytes());
        let available: usize = parts.iter().map(|p| p.as_ref().len()).sum();
        if available < needed {
            return Err(Error::ShapeDataMismatch {
                tensor: what.to_string(),
                shape: vec![len],
                expected: len,
                actual: available / dtype.size_in_bytes(),
            });
        }
        let mut buffer = HostBuffer::zeros(dtype, len, what)?;
        match_dtype!(HostDataMut, buffer.view_mut(), v => {
            let mut out = bytemuck::cast_slice_mut::<_, u8>(v);
            for part in parts {
                if out.is_empty() {
                    break;
                }
                let part = part.as_ref();
                let take = part.len().min(out.len());
                out[..take].copy_from_slice(&part[..take]);
                out = &mut out[take..];
            }
        });
        Ok(buffer)
    }

    /// Wraps a vector without copying.
    ///
    /// ```
    /// use robocache_core::{HostBuffer, DType};
    /// assert_eq!(HostBuffer::from_vec(vec![1.0f64]).dtype(), DType::F64);
    /// ```
    pub fn from_vec<T: Element>(values: Vec<T>) -> Self {
        T::wrap_vec(values)
    }

    /// The element type.
    pub fn dtype(&self) -> DType {
        self.view().dtype()
    }

    /// Number of elements.
    pub fn len(&self) -> usize {
        self.view().len()
    }

    /// Whether there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Borrows the whole buffer.
    pub fn view(&self) -> HostData<'_> {
        match_dtype!(HostBuffer, self, v => HostData::from(&v[..]))
    }

    /// Borrows the whole buffer mutably.
    pub fn view_mut(&mut self) -> HostDataMut<'_> {
        match_dtype!(HostBuffer, self, v => HostDataMut::from(&mut v[..]))
    }

    /// The elements as `&[T]`, or `None` when `T` is not this dtype.
    pub fn as_slice<T: Element>(&self) -> Option<&[T]> {
        self.view().as_slice()
    }

    /// The vector inside, or the buffer back when `T` is not its dtype.
    ///
    /// ```
    /// use robocache_core::HostBuffer;
    /// let buffer = HostBuffer::from_vec(vec![3u8]);
    /// assert_eq!(buffer.into_vec::<u8>().unwrap(), vec![3u8]);
    /// ```
    pub fn into_vec<T: Element>(self) -> Result<Vec<T>, Self> {
        T::unwrap_vec(self)
    }
}
