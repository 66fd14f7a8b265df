//! Resampling and fusion on the CPU: one pass over the output, each row of
//! `sum D_k` values filled stream by stream.

use std::borrow::Cow;

use half::{bf16, f16};
use rayon::prelude::*;
use robocache_core::{
    stream_tensor_name, validate_lengths, validate_source_times, validate_target_times, Error, FusePlan,
    HostData, HostDataMut, InterpMode, Result, Sample, StreamPlan,
};

use crate::{check_len, quaternion};

/// One stream's host memory, shaped as its [`StreamPlan`] says (see the
/// crate example for a whole call).
///
/// ```
/// use robocache_core::HostData;
/// use robocache_cpu::StreamInput;
/// let (data, times) = ([0.0f32, 1.0], [0.0f64, 1.0]);
/// let input = StreamInput { data: HostData::from(&data[..]), times: HostData::from(&times[..]), lengths: None };
/// assert_eq!(input.data.len(), 2);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct StreamInput<'a> {
    /// `[B, S, D]` samples.
    pub data: HostData<'a>,
    /// `[B, S]` source times (f64 or f32).
    pub times: HostData<'a>,
    /// `[B]` valid lengths of ragged rows.
    pub lengths: Option<&'a [u32]>,
}

/// A stream's samples, narrowed to the dtypes resampling takes.
#[derive(Clone, Copy)]
enum Samples<'a> {
    F32(&'a [f32]),
    F16(&'a [f16]),
    BF16(&'a [bf16]),
}

/// A stream ready to sample: validated, times widened to f64.
struct PreparedStream<'a> {
    plan: &'a StreamPlan,
    samples: Samples<'a>,
    times: Cow<'a, [f64]>,
    lengths: Option<&'a [u32]>,
}

/// Where a target falls among a row's source samples: the output is
/// `v[lo] + weight * (v[hi] - v[lo])`, or `v[lo]` when `lo == hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Segment {
    pub lo: usize,
    pub hi: usize,
    pub weight: f32,
}

impl Segment {
    fn hold(index: usize) -> Self {
        Segment {
            lo: index,
            hi: index,
            weight: 0.0,
        }
    }
}

/// Widens f64/f32 times to f64; any other dtype is a caller error.
fn widen_times<'a>(times: HostData<'a>, tensor: impl FnOnce() -> String) -> Result<Cow<'a, [f64]>> {
    match times {
        HostData::F64(t) => Ok(Cow::Borrowed(t)),
        HostData::F32(t) => Ok(Cow::Owned(t.iter().map(|&x| f64::from(x)).collect())),
        other => Err(Error::DTypeMismatch {
            tensor: tensor(),
            expected: "f64 or f32",
            actual: other.dtype(),
        }),
    }
}

fn narrow_samples<'a>(data: HostData<'a>, tensor: impl FnOnce() -> String) -> Result<Samples<'a>> {
    match data {
        HostData::F32(d) => Ok(Samples::F32(d)),
        HostData::F16(d) => Ok(Samples::F16(d)),
        HostData::BF16(d) => Ok(Samples::BF16(d)),
        other => Err(Error::DTypeMismatch {
            tensor: tensor(),
            expected: "f32, f16 or bf16",
            actual: other.dtype(),
        }),
    }
}

/// Resamples every stream of `plan` at `tgt_times` into `out` (`[B, T, sum D_k]`)
/// and, when the plan asks, `valid` (`[B, T, K]`).
///
/// Validates the values the plan could not see (times, lengths) before
/// writing anything. Every output element is written.
pub fn fuse(
    plan: &FusePlan,
    streams: &[StreamInput<'_>],
    tgt_times: HostData<'_>,
    out: HostDataMut<'_>,
    valid: Option<&mut [u8]>,
) -> Result<()> {
    let prepared = prepare(plan, streams)?;
    let targets = widen_times(tgt_times, || "tgt_times".to_string())?;
    check_len("tgt_times", targets.len(), &[plan.batch, plan.targets])?;
    validate_target_times(&targets, plan.targets)?;

    let out_len = plan.output_len()?;
    check_len("output", out.len(), &[out_len])?;
    let valid = match (plan.validity, valid) {
        (true, Some(valid)) => {
            check_len(
                "validity mask",
                valid.len(),
                &[plan.batch, plan.targets, plan.streams.len()],
            )?;
            Some(valid)
        }
        (true, None) => return Err(missing_buffer("validity mask")),
        (false, _) => None,
    };

    let job = FuseJob {
        plan,
        streams: &prepared,
        targets: &targets,
    };
    match out {
        HostDataMut::F32(out) => job.run(out, valid),
        HostDataMut::F16(out) => job.run(out, valid),
        HostDataMut::BF16(out) => job.run(out, valid),
        other => {
            return Err(Error::DTypeMismatch {
                tensor: "output".to_string(),
                expected: "f32, f16 or bf16",
                actual: other.dtype(),
            })
        }
    }
    Ok(())
}

fn missing_buffer(what: &str) -> Error {
    Error::Device {
        backend: "cpu",
        message: format!("the plan asks for a {what} but no buffer was given"),
    }
}

fn prepare<'a>(plan: &'a FusePlan, streams: &[StreamInput<'a>]) -> Result<Vec<PreparedStream<'a>>> {
    check_len("streams", streams.len(), &[plan.streams.len()])?;
    plan.streams
        .iter()
        .zip(streams)
        .enumerate()
        .map(|(k, (stream_plan, input))| {
            let name = |part: &str| stream_tensor_name(plan.single, k, part);
            let error_stream = plan.error_stream(k);
            let samples = narrow_samples(input.data, || name("data"))?;
            check_len(
                &name("data"),
                input.data.len(),
                &[plan.batch, stream_plan.samples, stream_plan.features],
            )?;
            let times = widen_times(input.times, || name("times"))?;
            check_len(&name("times"), times.len(), &[plan.batch, stream_plan.samples])?;
            if let Some(lengths) = input.lengths {
                check_len(&name("lengths"), lengths.len(), &[plan.batch])?;
                validate_lengths(lengths, stream_plan.samples, error_stream, &name("lengths"))?;
            }
            validate_source_times(&times, stream_plan.samples, input.lengths, error_stream)?;
            Ok(PreparedStream {
                plan: stream_plan,
                samples,
                times,
                lengths: input.lengths,
            })
        })
        .collect()
}

struct FuseJob<'a> {
    plan: &'a FusePlan,
    streams: &'a [PreparedStream<'a>],
    targets: &'a [f64],
}

/// Output values a rayon task fills at least, so that small rows are not
/// scheduled one by one.
const MIN_VALUES_PER_TASK: usize = 4096;

impl FuseJob<'_> {
    fn run<O: Sample>(&self, out: &mut [O], valid: Option<&mut [u8]>) {
        let width = self.plan.width;
        let rows_per_task = MIN_VALUES_PER_TASK.div_ceil(width).max(1);
        let k = self.streams.len();
        match valid {
            Some(valid) => out
                .par_chunks_mut(width)
                .zip(valid.par_chunks_mut(k))
                .with_min_len(rows_per_task)
                .enumerate()
                .for_each(|(row, (out_row, valid_row))| self.fill_row(row, out_row, Some(valid_row))),
            None => out
                .par_chunks_mut(width)
                .with_min_len(rows_per_task)
                .enumerate()
                .for_each(|(row, out_row)| self.fill_row(row, out_row, None)),
        }
    }

    /// Fills output row `row` (= `b * T + t`) of every stream.
    fn fill_row<O: Sample>(&self, row: usize, out_row: &mut [O], mut valid_row: Option<&mut [u8]>) {
        let batch_row = row / self.plan.targets;
        let t = self.targets[row];
        for (k, stream) in self.streams.iter().enumerate() {
            let plan = stream.plan;
            let (s, d) = (plan.samples, plan.features);
            let length = stream.lengths.map_or(s, |l| l[batch_row] as usize);
            let times = &stream.times[batch_row * s..batch_row * s + length];
            let (segment, is_valid) = locate(times, t, plan.mode, plan.tolerance);
            if let Some(valid_row) = valid_row.as_deref_mut() {
                valid_row[k] = u8::from(is_valid);
            }
            let out = &mut out_row[plan.offset..plan.offset + d];
            let row_start = batch_row * s * d;
            let (lo, hi) = (row_start + segment.lo * d, row_start + segment.hi * d);
            match stream.samples {
                Samples::F32(v) => write_sample(&v[lo..lo + d], &v[hi..hi + d], segment, plan.mode, out),
                Samples::F16(v) => write_sample(&v[lo..lo + d], &v[hi..hi + d], segment, plan.mode, out),
                Samples::BF16(v) => write_sample(&v[lo..lo + d], &v[hi..hi + d], segment, plan.mode, out),
            }
        }
    }
}

/// Finds the segment of `t` in a row of non-decreasing source times and
/// whether `t` counts as valid (inside the recorded span and, with a
/// tolerance, near enough to a sample).
///
/// Times are f64 here: the difference of two Unix-epoch times is exact in
/// f64, so the weight is as accurate as its f32 result allows.
pub(crate) fn locate(times: &[f64], t: f64, mode: InterpMode, tolerance: Option<f64>) -> (Segment, bool) {
    let last = times.len() - 1;
    // `after` = number of samples at or before `t`; the segment starts at after - 1.
    let after = times.partition_point(|&s| s <= t);
    let inside = after > 0 && t <= times[last];
    let valid = inside && tolerance.is_none_or(|tol| nearest_distance(times, after, t) <= tol);

    let segment = if after == 0 {
        // Before the first sample: hold it (also the nearest, and the earliest).
        Segment::hold(0)
    } else {
        let i = after - 1;
        match mode {
            _ if after > last => match mode {
                InterpMode::Nearest => Segment::hold(first_with_time(times, i)),
                _ => Segment::hold(last),
            },
            InterpMode::Previous => Segment::hold(i),
            InterpMode::Nearest => {
                let (to_left, to_right) = (t - times[i], times[i + 1] - t);
                if to_right < to_left {
                    Segment::hold(i + 1)
                } else {
                    Segment::hold(first_with_time(times, i))
                }
            }
            InterpMode::Linear | InterpMode::Slerp => {
                let weight = (t - times[i]) / (times[i + 1] - times[i]);
                if weight == 0.0 {
                    Segment::hold(i)
                } else {
                    Segment {
                        lo: i,
                        hi: i + 1,
                        weight: weight as f32,
                    }
                }
            }
        }
    };
    (segment, valid)
}

/// The earliest index recorded at the same time as `times[index]`.
fn first_with_time(times: &[f64], index: usize) -> usize {
    let time = times[index];
    times[..index].partition_point(|&s| s < time)
}

/// Distance from `t` to the nearest source sample, given `after` as in [`locate`].
fn nearest_distance(times: &[f64], after: usize, t: f64) -> f64 {
    let left = after.checked_sub(1).map(|i| t - times[i]);
    let right = times.get(after).map(|&s| s - t);
    match (left, right) {
        (Some(l), Some(r)) => l.min(r),
        (Some(d), None) | (None, Some(d)) => d,
        (None, None) => f64::INFINITY,
    }
}

/// Writes one stream's values for one target.
#[inline]
fn write_sample<I: Sample, O: Sample>(lo: &[I], hi: &[I], segment: Segment, mode: InterpMode, out: &mut [O]) {
    if mode == InterpMode::Slerp {
        for ((a, b), out) in lo
            .chunks_exact(4)
            .zip(hi.chunks_exact(4))
            .zip(out.chunks_exact_mut(4))
        {
            let q = quaternion::slerp(widen4(a), widen4(b), segment.weight);
            for (o, x) in out.iter_mut().zip(q) {
                *o = O::from_f32(x);
            }
        }
    } else if segment.lo == segment.hi {
        for (o, &a) in out.iter_mut().zip(lo) {
            *o = O::from_f32(a.to_f32());
        }
    } else {
        let w = segment.weight;
        for ((o, &a), &b) in out.iter_mut().zip(lo).zip(hi) {
            let (a, b) = (a.to_f32(), b.to_f32());
            *o = O::from_f32(a + w * (b - a));
        }
    }
}

fn widen4<I: Sample>(q: &[I]) -> [f32; 4] {
    [q[0].to_f32(), q[1].to_f32(), q[2].to_f32(), q[3].to_f32()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_follows_the_search_right_rule() {
        let times = [0.0, 1.0, 1.0, 2.0];
        let at = |t, mode| locate(&times, t, mode, None).0;
        assert_eq!(at(1.0, InterpMode::Linear), Segment::hold(2));
        assert_eq!(at(1.0, InterpMode::Previous), Segment::hold(2));
        assert_eq!(at(1.0, InterpMode::Nearest), Segment::hold(1));
        assert_eq!(at(-5.0, InterpMode::Linear), Segment::hold(0));
        assert_eq!(at(9.0, InterpMode::Linear), Segment::hold(3));
        assert_eq!(
            at(1.5, InterpMode::Linear),
            Segment {
                lo: 2,
                hi: 3,
                weight: 0.5
            }
        );
        // Equidistant: the earlier sample.
        assert_eq!(at(0.5, InterpMode::Nearest), Segment::hold(0));
    }

    #[test]
    fn validity_needs_the_span_and_the_tolerance() {
        let times = [0.0, 1.0];
        assert!(!locate(&times, -0.1, InterpMode::Linear, None).1);
        assert!(locate(&times, 1.0, InterpMode::Linear, None).1);
        assert!(!locate(&times, 0.5, InterpMode::Linear, Some(0.4)).1);
        assert!(locate(&times, 0.7, InterpMode::Linear, Some(0.4)).1);
    }
}
