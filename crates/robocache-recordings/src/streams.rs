//! From messages to time series: each topic (each transform of `/tf`) is a
//! stream of samples in stamp order, the order repaired within a bounded
//! window, and what cannot be placed skipped and counted (SPEC section 7).

use std::collections::BTreeMap;

/// Which time a sample is placed at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeSource {
    /// The message's header stamp: when the sensor measured (the default).
    #[default]
    Header,
    /// When the recorder received it.
    Log,
}

/// Samples a stream did not keep, by reason.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skipped {
    /// The same stamp and values as a sample already kept.
    pub duplicates: u64,
    /// A stamp older than the reorder window allows (it arrived after
    /// later samples had already been placed).
    pub too_late: u64,
    /// A stamp far behind the stream's latest (a clock that jumped back).
    pub backward_jumps: u64,
    /// A stamp that is not finite, or a message with a different set of
    /// columns than the stream's first.
    pub malformed: u64,
}

impl Skipped {
    /// All skipped samples.
    pub fn total(&self) -> u64 {
        self.duplicates + self.too_late + self.backward_jumps + self.malformed
    }

    /// Adds another count.
    pub fn add(&mut self, other: Skipped) {
        self.duplicates += other.duplicates;
        self.too_late += other.too_late;
        self.backward_jumps += other.backward_jumps;
        self.malformed += other.malformed;
    }
}

/// A stamp more than this many reorder windows behind the latest one is a
/// clock that jumped back rather than a message that came late.
const BACKWARD_JUMP_WINDOWS: f64 = 10.0;

/// Puts one stream's samples in stamp order with a bounded delay: a sample
/// is released once a stamp `window` seconds later has arrived, so memory
/// holds at most a window of samples.
///
/// Each sample comes with the [`fingerprint`] of the message it was read
/// from: a sample with the stamp and fingerprint of one pending or just
/// released is an exact duplicate, skipped and counted. Values are never
/// compared or copied, however large (a point cloud).
///
/// ```
/// use robocache_recordings::{fingerprint, Reorder};
/// let mut reorder = Reorder::new(0.5);
/// let mut out = Vec::new();
/// for (t, message) in [(0.0, "a"), (0.2, "c"), (0.1, "b"), (0.1, "b"), (1.0, "d")] {
///     reorder.push(t, fingerprint(message.as_bytes()), message, &mut out);
/// }
/// reorder.finish(&mut out);
/// assert_eq!(out, vec![(0.0, "a"), (0.1, "b"), (0.2, "c"), (1.0, "d")]);
/// assert_eq!(reorder.skipped().duplicates, 1);
/// ```
#[derive(Clone, Debug)]
pub struct Reorder<T> {
    window: f64,
    /// Stamp, fingerprint and value, in stamp order.
    pending: Vec<(f64, u64, T)>,
    latest: f64,
    released: f64,
    /// The stamp and fingerprint of the last sample released, to know a
    /// duplicate of it.
    last_released: Option<(f64, u64)>,
    skipped: Skipped,
}

/// The fingerprint of a message's bytes for [`Reorder`]: 64 bits of XXH3,
/// so that two messages that differ anywhere are taken for duplicates only
/// with a probability of about 2^-64.
pub fn fingerprint(message: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(message)
}

impl<T> Reorder<T> {
    /// A reorder buffer of `window` seconds.
    pub fn new(window: f64) -> Self {
        Self {
            window: window.max(0.0),
            pending: Vec::new(),
            latest: f64::NEG_INFINITY,
            released: f64::NEG_INFINITY,
            last_released: None,
            skipped: Skipped::default(),
        }
    }

    /// Takes one sample, read from a message of `fingerprint`; appends to
    /// `out` the samples now due, in order.
    pub fn push(&mut self, stamp: f64, fingerprint: u64, value: T, out: &mut Vec<(f64, T)>) {
        if !stamp.is_finite() {
            self.skipped.malformed += 1;
            return;
        }
        // Checked before anything is released too: a jump in the first
        // window must not become the stream's first sample.
        if self.latest - stamp > BACKWARD_JUMP_WINDOWS * self.window.max(0.1) {
            self.skipped.backward_jumps += 1;
            return;
        }
        if stamp < self.released {
            self.skipped.too_late += 1;
            return;
        }
        let duplicate = self
            .pending
            .iter()
            .any(|&(t, f, _)| (t, f) == (stamp, fingerprint))
            || self.last_released == Some((stamp, fingerprint));
        if duplicate {
            self.skipped.duplicates += 1;
            return;
        }
        // Insert after equal stamps: among repeated times the later wins.
        let at = self.pending.partition_point(|(t, ..)| *t <= stamp);
        self.pending.insert(at, (stamp, fingerprint, value));
        self.latest = self.latest.max(stamp);
        let due = self
            .pending
            .partition_point(|(t, ..)| *t <= self.latest - self.window);
        self.release(due, out);
    }

    /// Releases what is left, at the end of the recording.
    pub fn finish(&mut self, out: &mut Vec<(f64, T)>) {
        self.release(self.pending.len(), out);
    }

    fn release(&mut self, due: usize, out: &mut Vec<(f64, T)>) {
        if due > 0 {
            let (stamp, fingerprint, _) = self.pending[due - 1];
            self.released = stamp;
            self.last_released = Some((stamp, fingerprint));
            out.extend(self.pending.drain(..due).map(|(t, _, v)| (t, v)));
        }
    }

    /// What was skipped so far.
    pub fn skipped(&self) -> Skipped {
        self.skipped
    }
}

/// Statistics of one stream's stamps, for `robocache inspect`.
#[derive(Clone, Debug, PartialEq)]
pub struct Timing {
    /// Samples.
    pub count: u64,
    /// First and last stamp, seconds.
    pub first: f64,
    /// Last stamp, seconds.
    pub last: f64,
    /// The median interval between samples, seconds.
    pub median_period: f64,
    /// Intervals longer than three median periods: (start, length) in
    /// seconds, in order.
    pub gaps: Vec<(f64, f64)>,
}

impl Timing {
    /// Samples per second over the span.
    pub fn rate_hz(&self) -> f64 {
        if self.median_period > 0.0 {
            1.0 / self.median_period
        } else {
            0.0
        }
    }

    /// Timing of sorted stamps; `None` for an empty stream.
    pub fn of(stamps: &[f64]) -> Option<Self> {
        let (&first, &last) = (stamps.first()?, stamps.last()?);
        let mut intervals: Vec<f64> = stamps.windows(2).map(|w| w[1] - w[0]).collect();
        let mut sorted = intervals.clone();
        sorted.sort_by(f64::total_cmp);
        let median_period = sorted.get(sorted.len() / 2).copied().unwrap_or(0.0);
        let gaps = stamps
            .windows(2)
            .zip(intervals.drain(..))
            .filter(|(_, d)| median_period > 0.0 && *d > 3.0 * median_period)
            .map(|(w, d)| (w[0], d))
            .collect();
        Some(Self {
            count: stamps.len() as u64,
            first,
            last,
            median_period,
            gaps,
        })
    }
}

/// Collects vector samples per stream name, ordered and deduplicated.
#[derive(Debug)]
pub struct StreamSet {
    window: f64,
    streams: BTreeMap<String, Stream>,
}

/// One vector stream, gathered.
#[derive(Debug)]
pub struct Stream {
    /// The message type it came from.
    pub type_name: String,
    /// Its column names.
    pub columns: Vec<String>,
    /// Sample times, seconds, ascending.
    pub times: Vec<f64>,
    /// `[times.len(), columns.len()]` row-major.
    pub values: Vec<f64>,
    reorder: Reorder<Vec<f64>>,
    released: Vec<(f64, Vec<f64>)>,
}

impl Stream {
    /// What the stream skipped.
    pub fn skipped(&self) -> Skipped {
        self.reorder.skipped()
    }
}

impl StreamSet {
    /// Streams that repair order within `window` seconds.
    pub fn new(window: f64) -> Self {
        Self {
            window,
            streams: BTreeMap::new(),
        }
    }

    /// Adds one sample to the stream `name`, read from a message of
    /// [`fingerprint`]; a sample whose columns differ from the stream's
    /// first is skipped as malformed.
    pub fn push(
        &mut self,
        name: &str,
        type_name: &str,
        time: f64,
        fingerprint: u64,
        columns: &[String],
        values: Vec<f64>,
    ) {
        let window = self.window;
        let stream = self.streams.entry(name.to_string()).or_insert_with(|| Stream {
            type_name: type_name.to_string(),
            columns: columns.to_vec(),
            times: Vec::new(),
            values: Vec::new(),
            reorder: Reorder::new(window),
            released: Vec::new(),
        });
        if stream.columns != columns {
            stream.reorder.skipped.malformed += 1;
            return;
        }
        stream
            .reorder
            .push(time, fingerprint, values, &mut stream.released);
        for (t, v) in stream.released.drain(..) {
            stream.times.push(t);
            stream.values.extend(v);
        }
    }

    /// Releases every pending sample and returns the streams by name.
    pub fn finish(mut self) -> BTreeMap<String, Stream> {
        for stream in self.streams.values_mut() {
            stream.reorder.finish(&mut stream.released);
            for (t, v) in stream.released.drain(..) {
                stream.times.push(t);
                stream.values.extend(v);
            }
        }
        self.streams
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(window: f64, input: &[(f64, i32)]) -> (Vec<(f64, i32)>, Skipped) {
        let mut reorder = Reorder::new(window);
        let mut out = Vec::new();
        for &(t, v) in input {
            reorder.push(t, fingerprint(&v.to_le_bytes()), v, &mut out);
        }
        reorder.finish(&mut out);
        (out, reorder.skipped())
    }

    #[test]
    fn late_samples_within_the_window_are_placed_in_order() {
        let (out, skipped) = run(0.3, &[(0.0, 0), (0.2, 2), (0.1, 1), (0.4, 4), (0.3, 3), (0.9, 9)]);
        assert_eq!(out.iter().map(|p| p.1).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 9]);
        assert_eq!(skipped, Skipped::default());
    }

    #[test]
    fn what_cannot_be_placed_is_counted_by_reason() {
        let input = [
            (0.0, 0),
            (0.1, 1),
            (1.0, 2),
            (2.0, 3),
            (0.5, 4),
            (2.0, 3),
            (-100.0, 5),
            (f64::NAN, 6),
            (2.0, 7),
            (1.0, 2),
        ];
        let (out, skipped) = run(0.2, &input);
        // The repeated stamp with new values is kept, after the first.
        assert_eq!(out.iter().map(|p| p.1).collect::<Vec<_>>(), [0, 1, 2, 3, 7]);
        assert_eq!(
            skipped,
            Skipped {
                duplicates: 2,
                too_late: 1,
                backward_jumps: 1,
                malformed: 1
            }
        );
        assert_eq!(skipped.total(), 5);
    }

    #[test]
    fn timing_finds_rates_and_gaps() {
        let mut stamps: Vec<f64> = (0..100).map(|i| i as f64 * 0.01).collect();
        stamps.retain(|&t| !(0.5..0.6).contains(&t));
        let timing = Timing::of(&stamps).unwrap();
        assert!((timing.rate_hz() - 100.0).abs() < 1e-6);
        assert_eq!(timing.gaps.len(), 1);
        assert!((timing.gaps[0].0 - 0.49).abs() < 1e-9 && (timing.gaps[0].1 - 0.11).abs() < 1e-9);
        assert_eq!(Timing::of(&[]), None);
    }
}
