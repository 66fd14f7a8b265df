//! Vector streams (joints, IMU, poses, ...) on one time grid: each column
//! resampled in its mode, with a validity flag and the age of the sample
//! used per stream and frame (SPEC sections 2 and 7).

use std::collections::BTreeMap;
use std::ops::Range;

use robocache::{Context, InterpMode, Stream, TensorView};

/// A stream's samples counts as present at a frame when its nearest sample
/// is within this many median sample periods of it.
pub const TOLERANCE_PERIODS: f64 = 3.0;

/// One stream's samples, in time order.
#[derive(Clone, Copy, Debug)]
pub struct StreamSamples<'a> {
    /// The stream's name: its topic, or `topic:parent->child` for a
    /// transform. Modes are looked up by name, then by topic.
    pub name: &'a str,
    /// The name of each value of a sample.
    pub columns: &'a [String],
    /// Each sample's time, seconds, non-decreasing.
    pub times: &'a [f64],
    /// The samples, row-major `[times.len(), columns.len()]`.
    pub values: &'a [f64],
    /// How near its nearest sample must be for a frame to count the stream
    /// as present, seconds ([`default_tolerance`] of its times, in
    /// `robocache convert`).
    pub tolerance: f64,
}

/// One stream on the frame grid.
#[derive(Clone, Debug, PartialEq)]
pub struct FusedStream {
    /// Row-major `[frames, columns]`: each column resampled in its mode,
    /// in f32.
    pub values: Vec<f32>,
    /// Per frame: no sample within the tolerance, or the frame outside the
    /// stream's samples; its values then hold the edge sample.
    pub is_pad: Vec<bool>,
    /// Per frame: the age of the latest sample at or before the frame,
    /// seconds, as f32; infinite before the first sample.
    pub staleness: Vec<f32>,
}

/// The mode each of a stream's columns is resampled in: the mode `modes`
/// gives for the stream's name or else its topic, for all its columns;
/// without one (or with slerp, which only quaternions can take), linear,
/// with each quaternion (`orientation.x` .. `orientation.w`, or
/// `rotation.*`) in slerp. Neighbouring columns of one mode form one group.
///
/// ```
/// use std::collections::BTreeMap;
/// use robocache::InterpMode;
/// use robocache_frames::column_groups;
///
/// let columns: Vec<String> = ["orientation.x", "orientation.y", "orientation.z", "orientation.w", "angular_velocity.x"]
///     .map(String::from).into();
/// assert_eq!(
///     column_groups("/imu", &columns, &BTreeMap::new()),
///     [(InterpMode::Slerp, 0..4), (InterpMode::Linear, 4..5)]
/// );
/// let held = BTreeMap::from([("/imu".to_string(), InterpMode::Previous)]);
/// assert_eq!(column_groups("/imu", &columns, &held), [(InterpMode::Previous, 0..5)]);
/// ```
pub fn column_groups(
    name: &str,
    columns: &[String],
    modes: &BTreeMap<String, InterpMode>,
) -> Vec<(InterpMode, Range<usize>)> {
    let topic = name.split(':').next().unwrap_or(name);
    if let Some(&mode) = modes.get(name).or_else(|| modes.get(topic)) {
        if mode != InterpMode::Slerp {
            return vec![(mode, 0..columns.len())];
        }
    }
    let mut groups: Vec<(InterpMode, Range<usize>)> = Vec::new();
    let mut i = 0;
    while i < columns.len() {
        let quaternion = columns[i].ends_with(".x")
            && (columns[i].starts_with("orientation.") || columns[i].starts_with("rotation."))
            && columns.get(i + 3).is_some_and(|c| c.ends_with(".w"));
        let (mode, width) = if quaternion {
            (InterpMode::Slerp, 4)
        } else {
            (InterpMode::Linear, 1)
        };
        match groups.last_mut() {
            Some((m, r)) if *m == mode && mode == InterpMode::Linear => r.end = i + width,
            _ => groups.push((mode, i..i + width)),
        }
        i += width;
    }
    groups
}

/// The frame grid at `rate` Hz over streams spanning `spans` (first and
/// last sample time each), SPEC section 7: from the first tick at or after
/// the latest first sample to the earliest last sample, ticks
/// `start + k / rate` computed in f64, never accumulated. `None` when the
/// spans do not overlap.
///
/// ```
/// use robocache_frames::frame_grid;
/// let grid = frame_grid(&[(0.013, 2.0), (0.051, 1.93)], 10.0).unwrap();
/// assert_eq!((grid[0], grid.len()), (0.1, 19));
/// assert!(frame_grid(&[(0.0, 1.0), (2.0, 3.0)], 10.0).is_none());
/// ```
pub fn frame_grid(spans: &[(f64, f64)], rate: f64) -> Option<Vec<f64>> {
    let first = spans.iter().map(|s| s.0).fold(f64::NEG_INFINITY, f64::max);
    let last = spans.iter().map(|s| s.1).fold(f64::INFINITY, f64::min);
    let start = first_tick(first, rate);
    if start.partial_cmp(&last) == Some(std::cmp::Ordering::Greater) || !start.is_finite() {
        return None;
    }
    let frames = ((last - start) * rate + 1e-9).floor() as usize + 1;
    Some((0..frames).map(|k| frame_time(start, k as u64, rate)).collect())
}

/// The first tick of a grid at `rate` Hz at or after `first`.
pub fn first_tick(first: f64, rate: f64) -> f64 {
    (first * rate).ceil() / rate
}

/// Frame `k` of the grid starting at `start`: `start + k / rate`, the one
/// rounding [`frame_grid`] uses, so a live node's frames fall on the
/// converter's.
pub fn frame_time(start: f64, k: u64, rate: f64) -> f64 {
    start + k as f64 / rate
}

/// The tolerance `robocache convert` gives a stream: three median sample
/// periods ([`TOLERANCE_PERIODS`]); 0 for fewer than two samples.
///
/// ```
/// assert!((robocache_frames::default_tolerance(&[0.0, 0.01, 0.02, 0.05]) - 0.03).abs() < 1e-12);
/// ```
pub fn default_tolerance(times: &[f64]) -> f64 {
    TOLERANCE_PERIODS * robocache_recordings::Timing::of(times).map_or(0.0, |t| t.median_period)
}

/// For each frame time, the index of the latest sample at or before it and
/// its age, seconds.
///
/// ```
/// let ages = robocache_frames::latest_at(&[1.0, 2.0], &[0.5, 1.5, 2.0]);
/// assert_eq!(ages, [None, Some((0, 0.5)), Some((1, 0.0))]);
/// ```
pub fn latest_at(times: &[f64], grid: &[f64]) -> Vec<Option<(usize, f64)>> {
    grid.iter()
        .map(|&t| {
            let i = times.partition_point(|&s| s <= t);
            (i > 0).then(|| (i - 1, t - times[i - 1]))
        })
        .collect()
}

/// Every stream resampled onto `grid` in one fusion call on `context`'s
/// backend: each stream's columns in the modes [`column_groups`] gives
/// them, put back in the stream's own column order, with its padding and
/// staleness. A stream without samples is all padding (zeros, infinitely
/// stale). The node fuses a window of recent samples per frame and
/// `robocache convert` a whole recording at once; both call this.
///
/// ```
/// use std::collections::BTreeMap;
/// use robocache::Context;
/// use robocache_frames::{fuse_streams, StreamSamples};
///
/// let columns = vec!["position.a".to_string()];
/// let joints = StreamSamples {
///     name: "/joint_states",
///     columns: &columns,
///     times: &[0.0, 0.1, 0.2],
///     values: &[0.0, 1.0, 4.0],
///     tolerance: 0.3,
/// };
/// let fused = fuse_streams(&Context::cpu(), &[0.05, 0.15, 0.3], &[joints], &BTreeMap::new())?;
/// assert_eq!(fused[0].values, [0.5, 2.5, 4.0]);
/// assert_eq!(fused[0].is_pad, [false, false, true]);
/// # Ok::<(), robocache::Error>(())
/// ```
pub fn fuse_streams(
    context: &Context,
    grid: &[f64],
    streams: &[StreamSamples<'_>],
    modes: &BTreeMap<String, InterpMode>,
) -> Result<Vec<FusedStream>, robocache::Error> {
    let frames = grid.len();
    // Each stream's column groups, each with its own copy of its columns
    // (a fusion stream is one mode).
    let mut parts: Vec<(usize, InterpMode, Range<usize>, Vec<f32>)> = Vec::new();
    for (owner, stream) in streams.iter().enumerate() {
        if stream.times.is_empty() {
            continue;
        }
        let d = stream.columns.len();
        for (mode, range) in column_groups(stream.name, stream.columns, modes) {
            let part: Vec<f32> = stream
                .values
                .chunks_exact(d)
                .flat_map(|row| row[range.clone()].iter().map(|&v| v as f32))
                .collect();
            parts.push((owner, mode, range, part));
        }
    }
    let mut fused_values = Vec::new();
    let mut valid = Vec::new();
    let mut ranges = Vec::new();
    if !parts.is_empty() && frames > 0 {
        let grid_view = TensorView::new(grid, [1, frames])?;
        let mut fuse = context.fuse(grid_view).with_validity();
        for (owner, mode, range, part) in &parts {
            let stream = &streams[*owner];
            let s = stream.times.len();
            fuse = fuse.stream(
                Stream::new(
                    TensorView::new(part, [1, s, range.len()])?,
                    TensorView::new(stream.times, [1, s])?,
                )
                .mode(*mode)
                .tolerance(stream.tolerance.max(1e-9)),
            );
        }
        let fused = fuse.run()?;
        fused_values = fused.values.to_vec::<f32>()?;
        if let Some(v) = &fused.valid {
            valid = v.to_vec::<u8>()?;
        }
        ranges = fused.columns;
    }
    let width = ranges.last().map_or(0, |r| r.end);

    Ok(streams
        .iter()
        .enumerate()
        .map(|(owner, stream)| {
            let d = stream.columns.len();
            let mut values = vec![0.0f32; frames * d];
            let mut is_pad = vec![stream.times.is_empty(); frames];
            for (part, (_, _, range, _)) in parts.iter().enumerate().filter(|(_, p)| p.0 == owner) {
                let fused = &ranges[part];
                for k in 0..frames {
                    values[k * d + range.start..k * d + range.end]
                        .copy_from_slice(&fused_values[k * width + fused.start..k * width + fused.end]);
                    is_pad[k] |= valid[k * parts.len() + part] == 0;
                }
            }
            let staleness = latest_at(stream.times, grid)
                .iter()
                .map(|a| a.map_or(f32::INFINITY, |(_, age)| age as f32))
                .collect();
            FusedStream {
                values,
                is_pad,
                staleness,
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_is_put_back_in_its_own_column_order() {
        let columns: Vec<String> = [
            "velocity",
            "orientation.x",
            "orientation.y",
            "orientation.z",
            "orientation.w",
        ]
        .map(String::from)
        .into();
        let half = std::f64::consts::FRAC_1_SQRT_2;
        let imu = StreamSamples {
            name: "/imu",
            columns: &columns,
            times: &[0.0, 1.0],
            values: &[1.0, 0.0, 0.0, 0.0, 1.0, 3.0, 0.0, 0.0, 1.0, 0.0],
            tolerance: 3.0,
        };
        let empty = StreamSamples {
            name: "/none",
            columns: &columns[..1],
            times: &[],
            values: &[],
            tolerance: 1.0,
        };
        let fused = fuse_streams(&Context::cpu(), &[0.5], &[imu, empty], &BTreeMap::new()).unwrap();
        assert_eq!(fused[0].values[0], 2.0, "velocity, linear, first");
        let q = &fused[0].values[1..];
        // Halfway from the identity to a half turn about z: a quarter turn.
        for (got, want) in q.iter().zip([0.0, 0.0, half, half]) {
            assert!((*got as f64 - want).abs() < 1e-6, "{q:?}");
        }
        assert_eq!(fused[0].staleness, [0.5]);
        assert_eq!(fused[1].values, [0.0]);
        assert_eq!(fused[1].is_pad, [true]);
        assert_eq!(fused[1].staleness, [f32::INFINITY]);
    }

    #[test]
    fn a_live_node_computes_the_converters_frame_times() {
        let grid = frame_grid(&[(1.7e9 + 0.0137, 1.7e9 + 9.0)], 50.0).unwrap();
        let start = first_tick(1.7e9 + 0.0137, 50.0);
        for (k, t) in grid.iter().enumerate() {
            assert_eq!(frame_time(start, k as u64, 50.0).to_bits(), t.to_bits());
        }
    }
}
