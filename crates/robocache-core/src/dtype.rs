//! Element types and the traits that tie Rust types to them.

use std::fmt;

use half::{bf16, f16};

use crate::buffer::{HostBuffer, HostData, HostDataMut};

/// The element type of a tensor.
///
/// ```
/// use robocache_core::DType;
/// assert_eq!(DType::BF16.size_in_bytes(), 2);
/// assert_eq!(DType::F32.to_string(), "f32");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DType {
    /// IEEE 754 single precision.
    F32,
    /// IEEE 754 half precision.
    F16,
    /// bfloat16: f32's exponent with a 7-bit mantissa.
    BF16,
    /// IEEE 754 double precision; used for times.
    F64,
    /// Unsigned byte; validity masks and occupancy grids.
    U8,
    /// Unsigned 32-bit integer; voxel counts and ragged row lengths.
    U32,
    /// Signed 32-bit integer; voxel coordinates and point-to-voxel maps,
    /// where -1 marks a dropped point.
    I32,
}

impl DType {
    /// Bytes one element occupies.
    ///
    /// ```
    /// assert_eq!(robocache_core::DType::F64.size_in_bytes(), 8);
    /// ```
    pub const fn size_in_bytes(self) -> usize {
        match self {
            DType::F32 | DType::U32 | DType::I32 => 4,
            DType::F16 | DType::BF16 => 2,
            DType::F64 => 8,
            DType::U8 => 1,
        }
    }

    /// Whether sensor data of this dtype can be resampled (f32, f16, bf16).
    ///
    /// ```
    /// use robocache_core::DType;
    /// assert!(DType::F16.is_sample());
    /// assert!(!DType::F64.is_sample());
    /// ```
    pub const fn is_sample(self) -> bool {
        matches!(self, DType::F32 | DType::F16 | DType::BF16)
    }

    /// The lower-case name used in messages (`"bf16"`).
    ///
    /// ```
    /// assert_eq!(robocache_core::DType::U32.name(), "u32");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            DType::F32 => "f32",
            DType::F16 => "f16",
            DType::BF16 => "bf16",
            DType::F64 => "f64",
            DType::U8 => "u8",
            DType::U32 => "u32",
            DType::I32 => "i32",
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

mod sealed {
    pub trait Sealed {}
}

/// A Rust type that is the element of a robocache tensor.
///
/// Implemented for `f32`, `half::f16`, `half::bf16`, `f64`, `u8`, `u32` and `i32`;
/// sealed, since backends only know those.
///
/// ```
/// use robocache_core::{DType, Element};
/// assert_eq!(<half::bf16 as Element>::DTYPE, DType::BF16);
/// ```
pub trait Element: bytemuck::Pod + Send + Sync + sealed::Sealed + 'static {
    /// The dtype this type stores.
    const DTYPE: DType;
    #[doc(hidden)]
    fn wrap_slice(slice: &[Self]) -> HostData<'_>;
    #[doc(hidden)]
    fn wrap_slice_mut(slice: &mut [Self]) -> HostDataMut<'_>;
    #[doc(hidden)]
    fn wrap_vec(values: Vec<Self>) -> HostBuffer;
    #[doc(hidden)]
    fn unwrap_slice(data: HostData<'_>) -> Option<&[Self]>;
    #[doc(hidden)]
    fn unwrap_slice_mut(data: HostDataMut<'_>) -> Option<&mut [Self]>;
    #[doc(hidden)]
    fn unwrap_vec(buffer: HostBuffer) -> Result<Vec<Self>, HostBuffer>;
}

/// A sensor-data element: converted to f32 for arithmetic and rounded back once.
///
/// ```
/// use robocache_core::Sample;
/// let x = <half::bf16 as Sample>::from_f32(1.5);
/// assert_eq!(x.to_f32(), 1.5);
/// ```
pub trait Sample: Element {
    /// Widens to f32 exactly.
    fn to_f32(self) -> f32;
    /// Rounds an f32 to this type (round to nearest, ties to even).
    fn from_f32(value: f32) -> Self;
}

macro_rules! element {
    ($ty:ty, $dtype:ident) => {
        impl sealed::Sealed for $ty {}
        impl Element for $ty {
            const DTYPE: DType = DType::$dtype;
            fn wrap_slice(slice: &[Self]) -> HostData<'_> {
                HostData::$dtype(slice)
            }
            fn wrap_slice_mut(slice: &mut [Self]) -> HostDataMut<'_> {
                HostDataMut::$dtype(slice)
            }
            fn wrap_vec(values: Vec<Self>) -> HostBuffer {
                HostBuffer::$dtype(values)
            }
            fn unwrap_slice(data: HostData<'_>) -> Option<&[Self]> {
                match data {
                    HostData::$dtype(slice) => Some(slice),
                    _ => None,
                }
            }
            fn unwrap_slice_mut(data: HostDataMut<'_>) -> Option<&mut [Self]> {
                match data {
                    HostDataMut::$dtype(slice) => Some(slice),
                    _ => None,
                }
            }
            fn unwrap_vec(buffer: HostBuffer) -> Result<Vec<Self>, HostBuffer> {
                match buffer {
                    HostBuffer::$dtype(values) => Ok(values),
                    other => Err(other),
                }
            }
        }
    };
}

element!(f32, F32);
element!(f16, F16);
element!(bf16, BF16);
element!(f64, F64);
element!(u8, U8);
element!(u32, U32);
element!(i32, I32);

impl Sample for f32 {
    #[inline(always)]
    fn to_f32(self) -> f32 {
        self
    }
    #[inline(always)]
    fn from_f32(value: f32) -> Self {
        value
    }
}

impl Sample for f16 {
    #[inline(always)]
    fn to_f32(self) -> f32 {
        f16::to_f32(self)
    }
    #[inline(always)]
    fn from_f32(value: f32) -> Self {
        f16::from_f32(value)
    }
}

impl Sample for bf16 {
    #[inline(always)]
    fn to_f32(self) -> f32 {
        bf16::to_f32(self)
    }
    #[inline(always)]
    fn from_f32(value: f32) -> Self {
        bf16::from_f32(value)
    }
}
