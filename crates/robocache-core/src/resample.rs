//! Trajectory resampling and multimodal fusion: modes, plans and validation.
//!
//! A resample is a fusion of one stream, so both share one plan type and one
//! kernel per backend.

use crate::dtype::DType;
use crate::error::{Error, Result, TimeLocation, TimeRole};
use crate::meta::{expect_axis, expect_nonempty, TensorMeta};

/// How a value between two source samples is computed.
///
/// In every mode the segment of a target time `t` is `i`, the last index with
/// `src[i] <= t`, and outside `[src[0], src[S-1]]` the edge sample is held.
///
/// ```
/// use robocache_core::InterpMode;
/// assert_eq!(InterpMode::default(), InterpMode::Linear);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum InterpMode {
    /// `v[i] + w * (v[i+1] - v[i])` with `w = (t - src[i]) / (src[i+1] - src[i])`.
    /// A target equal to a source time returns that sample exactly; among
    /// repeated source times the later sample wins.
    #[default]
    Linear,
    /// The sample with the smallest `|t - src[j]|`; a tie goes to the earlier
    /// sample (also among samples recorded at the same time).
    Nearest,
    /// Zero-order hold: `v[i]`, the latest sample at or before `t`. Never looks
    /// at a later sample, which is what a real-time controller sees.
    Previous,
    /// Spherical linear interpolation of unit quaternions stored `(x, y, z, w)`
    /// (scalar last, as ROS and scipy store them) in groups of four features.
    /// Takes the shortest path and normalises the output; for nearly parallel
    /// quaternions it falls back to normalised linear interpolation.
    Slerp,
}

impl InterpMode {
    /// The lower-case name used in messages.
    ///
    /// ```
    /// assert_eq!(robocache_core::InterpMode::Previous.name(), "previous");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            InterpMode::Linear => "linear",
            InterpMode::Nearest => "nearest",
            InterpMode::Previous => "previous",
            InterpMode::Slerp => "slerp",
        }
    }
}

/// Shapes and options of one input stream, before validation.
///
/// ```
/// use robocache_core::{DType, FusePlan, InterpMode, StreamRequest, TensorMeta};
/// let request = StreamRequest {
///     data: TensorMeta::new(vec![1, 4, 3], DType::F32), // 3 features: not quaternions
///     times: TensorMeta::new(vec![1, 4], DType::F64),
///     lengths: None,
///     mode: InterpMode::Slerp,
///     tolerance: None,
/// };
/// let targets = TensorMeta::new(vec![1, 2], DType::F64);
/// assert!(FusePlan::resample(&request, &targets, false).is_err());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct StreamRequest {
    /// `[B, S, D]` samples (f32, f16 or bf16).
    pub data: TensorMeta,
    /// `[B, S]` source times in seconds (f64 or f32).
    pub times: TensorMeta,
    /// `[B]` u32 valid lengths of ragged rows, if any.
    pub lengths: Option<TensorMeta>,
    /// Interpolation mode.
    pub mode: InterpMode,
    /// Largest distance to the nearest source sample for a target to count as
    /// valid, in seconds.
    pub tolerance: Option<f64>,
}

/// One validated stream of a [`FusePlan`].
///
/// ```
/// use robocache_core::{DType, FusePlan, InterpMode, StreamRequest, TensorMeta};
/// let stream = |d| StreamRequest {
///     data: TensorMeta::new(vec![1, 4, d], DType::BF16),
///     times: TensorMeta::new(vec![1, 4], DType::F64),
///     lengths: None,
///     mode: InterpMode::Linear,
///     tolerance: None,
/// };
/// let plan = FusePlan::fuse(&[stream(8), stream(2)], &TensorMeta::new(vec![1, 3], DType::F64), None, false)?;
/// assert_eq!((plan.streams[1].offset, plan.streams[1].features), (8, 2));
/// assert_eq!(plan.out_dtype, DType::BF16);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct StreamPlan {
    /// Padded source samples per row (`S`).
    pub samples: usize,
    /// Features per sample (`D`).
    pub features: usize,
    /// First output column of this stream.
    pub offset: usize,
    /// Element type of the samples.
    pub dtype: DType,
    /// Element type of the source times.
    pub time_dtype: DType,
    /// Whether per-row lengths are given.
    pub ragged: bool,
    /// Interpolation mode.
    pub mode: InterpMode,
    /// Validity tolerance in seconds.
    pub tolerance: Option<f64>,
}

/// A validated resample or fusion: every shape, dtype and option checked.
///
/// Values (times, lengths) are checked separately by
/// [`validate_source_times`], [`validate_target_times`] and
/// [`validate_lengths`], where the backend can read them.
///
/// ```
/// use robocache_core::{DType, FusePlan, InterpMode, StreamRequest, TensorMeta};
/// let stream = StreamRequest {
///     data: TensorMeta::new(vec![2, 10, 3], DType::F32),
///     times: TensorMeta::new(vec![2, 10], DType::F64),
///     lengths: None,
///     mode: InterpMode::Linear,
///     tolerance: None,
/// };
/// let targets = TensorMeta::new(vec![2, 5], DType::F64);
/// let plan = FusePlan::resample(&stream, &targets, false)?;
/// assert_eq!(plan.output_shape(), vec![2, 5, 3]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FusePlan {
    /// Batch rows (`B`).
    pub batch: usize,
    /// Target samples per row (`T`).
    pub targets: usize,
    /// Element type of the target times.
    pub target_dtype: DType,
    /// The streams, in output order.
    pub streams: Vec<StreamPlan>,
    /// Output features per target (`sum D_k`).
    pub width: usize,
    /// Output element type.
    pub out_dtype: DType,
    /// Whether a validity mask `[B, T, K]` is produced.
    pub validity: bool,
    /// A plain resample: errors name no stream.
    pub single: bool,
}

const TIME_DTYPES: &[DType] = &[DType::F64, DType::F32];
const SAMPLE_DTYPES: &[DType] = &[DType::F32, DType::F16, DType::BF16];

/// The name of a stream's `part` (`data`, `times`, `lengths`) in messages:
/// `streams[2].times` in a fusion, `src_times` in a plain resample.
///
/// ```
/// use robocache_core::stream_tensor_name;
/// assert_eq!(stream_tensor_name(false, 2, "times"), "streams[2].times");
/// assert_eq!(stream_tensor_name(true, 0, "times"), "src_times");
/// assert_eq!(stream_tensor_name(true, 0, "data"), "data");
/// ```
pub fn stream_tensor_name(single: bool, stream: usize, part: &str) -> String {
    match (single, part) {
        (true, "times") => "src_times".to_string(),
        (true, _) => part.to_string(),
        (false, _) => format!("streams[{stream}].{part}"),
    }
}

impl FusePlan {
    /// Validates a plain resample: one stream, the output in its dtype, and
    /// errors that name no stream index.
    pub fn resample(stream: &StreamRequest, tgt_times: &TensorMeta, validity: bool) -> Result<Self> {
        Self::build(std::slice::from_ref(stream), tgt_times, None, validity, true)
    }

    /// Validates a fusion of `streams` (at least one). `out_dtype` defaults
    /// to the streams' common dtype, else f32.
    pub fn fuse(
        streams: &[StreamRequest],
        tgt_times: &TensorMeta,
        out_dtype: Option<DType>,
        validity: bool,
    ) -> Result<Self> {
        Self::build(streams, tgt_times, out_dtype, validity, false)
    }

    fn build(
        streams: &[StreamRequest],
        tgt_times: &TensorMeta,
        out_dtype: Option<DType>,
        validity: bool,
        single: bool,
    ) -> Result<Self> {
        if streams.is_empty() {
            return Err(Error::NoStreams);
        }
        let tgt_name = "tgt_times";
        tgt_times.expect_rank(tgt_name, 2, "[batch, targets]")?;
        tgt_times.expect_dtype(tgt_name, TIME_DTYPES, "f64 or f32")?;
        let (batch, targets) = (tgt_times.shape[0], tgt_times.shape[1]);
        expect_nonempty(tgt_name, "batch", batch, "a batch needs at least one row")?;

        let mut plans = Vec::with_capacity(streams.len());
        let mut width = 0usize;
        for (k, stream) in streams.iter().enumerate() {
            let plan = validate_stream(single, k, stream, batch, width)?;
            width = width.checked_add(plan.features).ok_or(Error::TooLarge {
                what: "the fused feature axis",
                needed: u64::MAX,
                unit: "features",
                limit: usize::MAX as u64,
            })?;
            plans.push(plan);
        }

        let out_dtype = match out_dtype {
            Some(dtype) => {
                if !dtype.is_sample() {
                    return Err(Error::DTypeMismatch {
                        tensor: "output".to_string(),
                        expected: "f32, f16 or bf16",
                        actual: dtype,
                    });
                }
                dtype
            }
            None if plans.iter().all(|p| p.dtype == plans[0].dtype) => plans[0].dtype,
            None => DType::F32,
        };

        let plan = FusePlan {
            batch,
            targets,
            target_dtype: tgt_times.dtype,
            streams: plans,
            width,
            out_dtype,
            validity,
            single,
        };
        plan.output_len()?;
        Ok(plan)
    }

    /// `[B, T, sum D_k]`.
    pub fn output_shape(&self) -> Vec<usize> {
        vec![self.batch, self.targets, self.width]
    }

    /// `[B, T]` for a resample, `[B, T, K]` for a fusion.
    pub fn validity_shape(&self) -> Vec<usize> {
        if self.single {
            vec![self.batch, self.targets]
        } else {
            vec![self.batch, self.targets, self.streams.len()]
        }
    }

    /// Output elements, or [`Error::TooLarge`] when they overflow `usize`.
    pub fn output_len(&self) -> Result<usize> {
        self.batch
            .checked_mul(self.targets)
            .and_then(|n| n.checked_mul(self.width))
            .ok_or(Error::TooLarge {
                what: "the resampled output",
                needed: u64::MAX,
                unit: "elements",
                limit: usize::MAX as u64,
            })
    }

    /// The stream index to name in errors (`None` for a plain resample).
    pub fn error_stream(&self, stream: usize) -> Option<usize> {
        (!self.single).then_some(stream)
    }
}

fn validate_stream(
    single: bool,
    k: usize,
    stream: &StreamRequest,
    batch: usize,
    offset: usize,
) -> Result<StreamPlan> {
    let name = |part: &str| stream_tensor_name(single, k, part);
    let error_stream = (!single).then_some(k);

    let data_name = name("data");
    stream
        .data
        .expect_rank(&data_name, 3, "[batch, samples, features]")?;
    stream
        .data
        .expect_dtype(&data_name, SAMPLE_DTYPES, "f32, f16 or bf16")?;
    let (rows, samples, features) = (stream.data.shape[0], stream.data.shape[1], stream.data.shape[2]);
    expect_axis(&data_name, "batch", rows, batch, "tgt_times")?;
    expect_nonempty(
        &data_name,
        "samples",
        samples,
        "resampling needs at least one source sample",
    )?;
    expect_nonempty(
        &data_name,
        "features",
        features,
        "a sample needs at least one feature",
    )?;

    let times_name = name("times");
    stream.times.expect_rank(&times_name, 2, "[batch, samples]")?;
    stream
        .times
        .expect_dtype(&times_name, TIME_DTYPES, "f64 or f32")?;
    expect_axis(&times_name, "batch", stream.times.shape[0], batch, "tgt_times")?;
    expect_axis(&times_name, "samples", stream.times.shape[1], samples, &data_name)?;

    if let Some(lengths) = &stream.lengths {
        let lengths_name = name("lengths");
        lengths.expect_rank(&lengths_name, 1, "[batch]")?;
        lengths.expect_dtype(&lengths_name, &[DType::U32], "u32")?;
        expect_axis(&lengths_name, "batch", lengths.shape[0], batch, "tgt_times")?;
    }

    if stream.mode == InterpMode::Slerp && features % 4 != 0 {
        return Err(Error::QuaternionWidth {
            tensor: data_name,
            stream: error_stream,
            features,
        });
    }
    if let Some(tolerance) = stream.tolerance {
        if !(tolerance.is_finite() && tolerance >= 0.0) {
            return Err(Error::InvalidTolerance {
                stream: error_stream,
                value: tolerance,
            });
        }
    }

    Ok(StreamPlan {
        samples,
        features,
        offset,
        dtype: stream.data.dtype,
        time_dtype: stream.times.dtype,
        ragged: stream.lengths.is_some(),
        mode: stream.mode,
        tolerance: stream.tolerance,
    })
}

/// Checks ragged row lengths: each in `1..=samples`.
///
/// ```
/// use robocache_core::validate_lengths;
/// assert!(validate_lengths(&[3, 1], 3, None, "lengths").is_ok());
/// assert!(validate_lengths(&[0], 3, None, "lengths").is_err());
/// ```
pub fn validate_lengths(lengths: &[u32], samples: usize, stream: Option<usize>, tensor: &str) -> Result<()> {
    match lengths
        .iter()
        .enumerate()
        .find(|&(_, &length)| length == 0 || length as usize > samples)
    {
        None => Ok(()),
        Some((row, &length)) => Err(Error::RowLength {
            tensor: tensor.to_string(),
            stream,
            row,
            length: length.into(),
            min: 1,
            max: samples,
        }),
    }
}

/// Checks source times `[B, S]`: finite and non-decreasing within each row's
/// length (`lengths[b]`, or `S`). Samples past a row's length are not read.
///
/// ```
/// use robocache_core::{validate_source_times, Error};
/// assert!(validate_source_times(&[0.0, 1.0, 1.0, 2.0], 4, None, None).is_ok());
/// let err = validate_source_times(&[0.0, 2.0, 1.0], 3, None, None).unwrap_err();
/// assert!(matches!(err, Error::DecreasingTime { .. }));
/// ```
pub fn validate_source_times(
    times: &[f64],
    samples: usize,
    lengths: Option<&[u32]>,
    stream: Option<usize>,
) -> Result<()> {
    for (row, row_times) in times.chunks_exact(samples).enumerate() {
        let length = lengths.map_or(samples, |l| (l[row] as usize).min(samples));
        let mut previous = f64::NEG_INFINITY;
        for (index, &value) in row_times[..length].iter().enumerate() {
            let at = TimeLocation { stream, row, index };
            if !value.is_finite() {
                return Err(Error::NonFiniteTime {
                    role: TimeRole::Source,
                    at,
                    value,
                });
            }
            if value < previous {
                return Err(Error::DecreasingTime { at, previous, value });
            }
            previous = value;
        }
    }
    Ok(())
}

/// Checks target times `[B, T]`: finite (they need not be sorted).
///
/// ```
/// use robocache_core::validate_target_times;
/// assert!(validate_target_times(&[2.0, 1.0], 2).is_ok());
/// assert!(validate_target_times(&[f64::NAN], 1).is_err());
/// ```
pub fn validate_target_times(times: &[f64], targets: usize) -> Result<()> {
    match times.iter().position(|t| !t.is_finite()) {
        None => Ok(()),
        Some(flat) => Err(Error::NonFiniteTime {
            role: TimeRole::Target,
            at: TimeLocation {
                stream: None,
                row: flat / targets,
                index: flat % targets,
            },
            value: times[flat],
        }),
    }
}
