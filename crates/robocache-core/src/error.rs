//! The one error type every robocache backend returns.

use std::fmt;

use crate::dtype::DType;

/// Where a time value sits: which stream (fusion only), batch row and sample.
///
/// ```
/// use robocache_core::TimeLocation;
/// let at = TimeLocation { stream: Some(2), row: 0, index: 7 };
/// assert_eq!(at.to_string(), "stream 2, row 0, index 7");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeLocation {
    /// Stream position in a fusion call; `None` for a plain resample.
    pub stream: Option<usize>,
    /// Batch row.
    pub row: usize,
    /// Sample index within the row.
    pub index: usize,
}

impl fmt::Display for TimeLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(stream) = self.stream {
            write!(f, "stream {stream}, ")?;
        }
        write!(f, "row {}, index {}", self.row, self.index)
    }
}

/// Which time tensor a [`TimeLocation`] refers to.
///
/// ```
/// assert_eq!(robocache_core::TimeRole::Target.to_string(), "target time");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRole {
    /// The times at which the source samples were recorded.
    Source,
    /// The times to resample at.
    Target,
}

impl fmt::Display for TimeRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TimeRole::Source => "source time",
            TimeRole::Target => "target time",
        })
    }
}

/// Every way a robocache call can fail.
///
/// Each variant carries what was wrong and where, so that the message alone
/// lets a caller find the offending tensor, row or point. No call panics on
/// bad input: it returns one of these and leaves the caller's data untouched.
///
/// ```
/// use robocache_core::{Error, DType};
/// let err = Error::DTypeMismatch { tensor: "data".into(), expected: "f32, f16 or bf16", actual: DType::U8 };
/// assert_eq!(err.to_string(), "data has dtype u8, expected f32, f16 or bf16");
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A slice does not hold as many elements as the shape it was given.
    #[error("{tensor}: shape {shape:?} needs {expected} elements but the slice holds {actual}")]
    ShapeDataMismatch {
        /// The tensor's role in the call.
        tensor: String,
        /// The shape the caller claimed.
        shape: Vec<usize>,
        /// Elements that shape needs.
        expected: usize,
        /// Elements the slice holds.
        actual: usize,
    },
    /// A tensor has the wrong number of axes.
    #[error("{tensor} must have {expected} axes ({layout}), got shape {actual:?}")]
    Rank {
        /// The tensor's role in the call.
        tensor: String,
        /// Axes expected.
        expected: usize,
        /// What the axes mean, for the message.
        layout: &'static str,
        /// The shape given.
        actual: Vec<usize>,
    },
    /// Two tensors disagree on an axis they must share.
    #[error("{tensor} has {axis} = {actual}, but {expected} is required to match {reference}")]
    ShapeMismatch {
        /// The tensor with the mismatching axis.
        tensor: String,
        /// The axis's name.
        axis: &'static str,
        /// The size found.
        actual: usize,
        /// The size required.
        expected: usize,
        /// The tensor that fixed the required size.
        reference: String,
    },
    /// An axis that must be non-empty is zero.
    #[error("{tensor} has {axis} = 0; {why}")]
    EmptyAxis {
        /// The tensor's role in the call.
        tensor: String,
        /// The axis's name.
        axis: &'static str,
        /// Why the axis may not be empty.
        why: &'static str,
    },
    /// A tensor has a dtype the operation does not take.
    #[error("{tensor} has dtype {actual}, expected {expected}")]
    DTypeMismatch {
        /// The tensor's role in the call.
        tensor: String,
        /// The dtypes accepted.
        expected: &'static str,
        /// The dtype given.
        actual: DType,
    },
    /// A time is NaN or infinite.
    #[error("{role} at {at} is {value}, but times must be finite")]
    NonFiniteTime {
        /// Source or target times.
        role: TimeRole,
        /// Where it sits.
        at: TimeLocation,
        /// The value found.
        value: f64,
    },
    /// Source times go backwards.
    #[error("source times must be non-decreasing, but at {at} the time {value} follows {previous}")]
    DecreasingTime {
        /// Where the decrease happens (the later sample).
        at: TimeLocation,
        /// The earlier sample's time.
        previous: f64,
        /// The later, smaller time.
        value: f64,
    },
    /// A ragged row length is outside `min..=max`.
    #[error("{tensor}: row {row} has length {length}, but lengths must be in {min}..={max}{}", stream_suffix(*.stream))]
    RowLength {
        /// The lengths tensor's role.
        tensor: String,
        /// Stream position in a fusion call.
        stream: Option<usize>,
        /// Batch row.
        row: usize,
        /// The length given.
        length: u64,
        /// The smallest length allowed.
        min: u64,
        /// The padded axis size.
        max: usize,
    },
    /// Quaternion interpolation on features that are not groups of four.
    #[error("slerp needs features in groups of 4 (x, y, z, w), but {tensor} has {features} features{}", stream_suffix(*.stream))]
    QuaternionWidth {
        /// The data tensor's role.
        tensor: String,
        /// Stream position in a fusion call.
        stream: Option<usize>,
        /// The feature count found.
        features: usize,
    },
    /// A tolerance that is negative or not finite.
    #[error("tolerance must be finite and >= 0, got {value}{}", stream_suffix(*.stream))]
    InvalidTolerance {
        /// Stream position in a fusion call.
        stream: Option<usize>,
        /// The tolerance given.
        value: f64,
    },
    /// A fusion call with no stream.
    #[error("fusion needs at least one stream")]
    NoStreams,
    /// A voxel grid parameter is out of its domain.
    #[error("voxel grid {parameter}[{axis}] = {value} is invalid: {why}")]
    InvalidGrid {
        /// `origin`, `voxel_size` or `dims`.
        parameter: &'static str,
        /// Axis 0, 1 or 2.
        axis: usize,
        /// The value given.
        value: f64,
        /// The rule it breaks.
        why: &'static str,
    },
    /// A limit of hard voxelization is out of its domain.
    #[error("{option} = {value} is invalid: {why}")]
    InvalidLimit {
        /// `max_points_per_voxel` or `max_voxels`.
        option: &'static str,
        /// The value given.
        value: usize,
        /// The rule it breaks.
        why: &'static str,
    },
    /// `Mean` or `Max` voxelization without per-point features.
    #[error("voxel mode {mode} reduces per-point features, but none were given")]
    MissingFeatures {
        /// The mode asked for.
        mode: &'static str,
    },
    /// A feature value of a kept point is NaN or infinite.
    #[error("feature {feature} of point {point}{} is {value}, but features must be finite", cloud_suffix(*.cloud))]
    NonFiniteFeature {
        /// Cloud position in a batched call.
        cloud: Option<usize>,
        /// Point index within the cloud.
        point: usize,
        /// Feature index.
        feature: usize,
        /// The value found.
        value: f32,
    },
    /// An output or index space larger than the backend can address.
    #[error("{what} needs {needed} {unit}, more than this backend's limit of {limit}")]
    TooLarge {
        /// What is too large.
        what: &'static str,
        /// How many are needed (saturated at `u64::MAX`).
        needed: u64,
        /// The unit of `needed` and `limit`.
        unit: &'static str,
        /// The most the backend takes.
        limit: u64,
    },
    /// Memory for an output or scratch buffer is not to be had: more than
    /// the device reports available (checked before allocating), or the
    /// allocation itself failed.
    #[error("{what} needs {bytes} bytes{}", available_suffix(*.available))]
    OutOfMemory {
        /// The buffer's role.
        what: &'static str,
        /// The bytes asked for.
        bytes: u64,
        /// The bytes the device reported available, when that was the check
        /// that failed; `None` when the allocation failed.
        available: Option<u64>,
    },
    /// The requested backend is not compiled in or has no usable device.
    #[error("backend {requested} is unavailable: {reason}; available: {available}")]
    BackendUnavailable {
        /// The backend asked for.
        requested: String,
        /// Why it cannot be used.
        reason: String,
        /// The backends that can be used here, comma separated.
        available: String,
    },
    /// A selection environment variable (backend, kernel path) holds an unknown name.
    #[error("environment variable {variable}={value:?} is not one of: {choices}")]
    InvalidBackendName {
        /// The variable read.
        variable: &'static str,
        /// Its value.
        value: String,
        /// The accepted values.
        choices: &'static str,
    },
    /// A device tensor was passed to a context that does not own it.
    #[error("{tensor} belongs to another context ({owner}); upload it to this one ({this}) first")]
    ForeignTensor {
        /// The tensor's role in the call.
        tensor: String,
        /// The owning context's description.
        owner: String,
        /// This context's description.
        this: String,
    },
    /// Work was to be split over contexts, and none was given.
    #[error("a batch cannot be split over no contexts")]
    NoContexts,
    /// Device memory offered to a context to wrap is not memory it can
    /// read: not on its device, not one allocation, or on another backend.
    #[error("device memory at {address:#x} ({bytes} bytes) cannot be wrapped: {why}")]
    UnwrappableMemory {
        /// The memory's device address.
        address: u64,
        /// The bytes the tensor's shape and dtype span.
        bytes: u64,
        /// Why not.
        why: String,
    },
    /// Point records do not make points: a value that does not end within
    /// its record, or bytes that are not whole records.
    #[error("point records: {why}")]
    InvalidRecords {
        /// Why not.
        why: String,
    },
    /// A device reported a failure.
    #[error("{backend} device error: {message}")]
    Device {
        /// The backend whose device failed.
        backend: &'static str,
        /// The device's own message.
        message: String,
    },
}

fn stream_suffix(stream: Option<usize>) -> String {
    stream.map(|s| format!(" (stream {s})")).unwrap_or_default()
}

fn available_suffix(available: Option<u64>) -> String {
    match available {
        Some(available) => format!(", but only {available} bytes of memory are available"),
        None => ", and the allocation failed".to_string(),
    }
}

fn cloud_suffix(cloud: Option<usize>) -> String {
    cloud.map(|c| format!(" of cloud {c}")).unwrap_or_default()
}

/// The result type of every robocache call.
pub type Result<T, E = Error> = std::result::Result<T, E>;
