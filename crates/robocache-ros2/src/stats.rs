//! What the node counts and times: every message taken or skipped, and the
//! latency of each stage, kept as histograms so that a p99 is a p99 and
//! not an average.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hdrhistogram::Histogram;

/// The figures of every topic, by name, shared by the workers and the
/// diagnostics thread.
pub(crate) type SharedStats = Arc<Mutex<BTreeMap<String, TopicStats>>>;

/// `topic`'s figures, made on its first message: the key is allocated once
/// per topic, not per message.
pub(crate) fn topic_entry<'a>(
    stats: &'a mut BTreeMap<String, TopicStats>,
    topic: &str,
) -> &'a mut TopicStats {
    if !stats.contains_key(topic) {
        stats.insert(topic.to_string(), TopicStats::default());
    }
    stats.get_mut(topic).expect("inserted above")
}

/// Updates `topic`'s figures, and returns what `update` reads of them.
pub(crate) fn update_topic<T>(
    stats: &SharedStats,
    topic: &str,
    update: impl FnOnce(&mut TopicStats) -> T,
) -> T {
    let mut stats = stats.lock().expect("no thread panics holding it");
    update(topic_entry(&mut stats, topic))
}

/// The stages a cloud goes through, from the moment the node takes it from
/// DDS to the moment its voxels are handed back to DDS, and a fused frame
/// from the moment it is ready (its last sample taken, or its deadline
/// passed) to the moment it is handed to DDS.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The CDR message read by robocache-recordings: its header and point
    /// layout, and its points too where they are not records robocache
    /// unpacks as they are.
    Decode,
    /// Points to voxels, on the node's backend (records unpacked first).
    Voxelize,
    /// A frame's streams resampled at its time, on the node's backend.
    Fuse,
    /// Voxels to a `PointCloud2` (and the dense grid), encoded and written.
    Publish,
    /// All of the above: taken (or ready) to published.
    Total,
}

impl Stage {
    /// Every stage, in order.
    pub const ALL: [Stage; 5] = [
        Stage::Decode,
        Stage::Voxelize,
        Stage::Fuse,
        Stage::Publish,
        Stage::Total,
    ];

    /// The stage's name in diagnostics and the exit summary.
    pub const fn name(self) -> &'static str {
        match self {
            Stage::Decode => "decode",
            Stage::Voxelize => "voxelize",
            Stage::Fuse => "fuse",
            Stage::Publish => "publish",
            Stage::Total => "total",
        }
    }
}

/// Why a message was not published. Each is counted; none is silent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Skip {
    /// The bytes are not a valid message of the topic's type (truncated
    /// data, a `point_step` too small for its fields, ...).
    Malformed,
    /// A cloud whose fields lack x, y or z.
    NoCoordinates,
    /// The same bytes as the message before it, from the same writer.
    Duplicate,
    /// The backend refused the cloud (mean or max of a cloud without
    /// features, ...).
    Refused,
    /// Messages a writer sent that never reached the node: a gap in the
    /// writer's sequence numbers, from a lossy link or a queue that
    /// overflowed while the node was busy (a burst).
    Lost,
    /// A fused stream's sample stamped before one already taken from it:
    /// frames are built causally, and earlier frames may be out already.
    Late,
    /// Frames not built because the streams' clock jumped forward by more
    /// than a second (counted on the frames' topic).
    ClockJump,
}

impl Skip {
    /// The reason's name in diagnostics and the exit summary.
    pub const fn name(self) -> &'static str {
        match self {
            Skip::Malformed => "malformed",
            Skip::NoCoordinates => "no_xyz",
            Skip::Duplicate => "duplicate",
            Skip::Refused => "refused",
            Skip::Lost => "lost",
            Skip::Late => "late",
            Skip::ClockJump => "clock_jump",
        }
    }
}

/// One input topic's counts and latencies.
#[derive(Clone)]
pub struct TopicStats {
    /// Messages taken from DDS.
    pub received: u64,
    /// Messages whose output was published: a cloud's voxels, a frame, or
    /// a fused stream's sample taken into the frames.
    pub published: u64,
    /// Frames published with this fused stream as padding (no sample near
    /// enough, or none after the frame by its deadline).
    pub padded: u64,
    /// Messages skipped, by reason.
    pub skipped: BTreeMap<Skip, u64>,
    /// Publishers of the topic the node's reader has matched: it takes what
    /// they send from the moment they match (none for the frames' topic).
    pub publishers: u64,
    /// Subscribers the node's writer of the topic's output (its voxels, or
    /// the frames) has matched: they get what it publishes from the moment
    /// they match.
    pub subscribers: u64,
    /// Clouds stamped earlier than the one before them (published all the
    /// same: a cloud's voxels do not depend on its neighbours).
    pub backward_jumps: u64,
    /// Latency per stage, microseconds.
    latency: BTreeMap<Stage, Histogram<u64>>,
}

impl Default for TopicStats {
    fn default() -> Self {
        Self::new()
    }
}

impl TopicStats {
    /// Nothing counted yet.
    pub fn new() -> Self {
        let latency = Stage::ALL
            .iter()
            // Three significant digits from 1 us to an hour: a few kB each.
            .map(|&stage| {
                (
                    stage,
                    Histogram::new_with_bounds(1, 3_600_000_000, 3).expect("valid bounds"),
                )
            })
            .collect();
        Self {
            received: 0,
            published: 0,
            padded: 0,
            publishers: 0,
            subscribers: 0,
            skipped: BTreeMap::new(),
            backward_jumps: 0,
            latency,
        }
    }

    /// Counts a message taken from DDS, the messages its writer sent
    /// before it that never came, and whether it repeats the one before.
    pub fn arrived(&mut self, lost: u64, duplicate: bool) {
        self.received += 1;
        if lost > 0 {
            self.skip(Skip::Lost, lost);
        }
        if duplicate {
            self.skip(Skip::Duplicate, 1);
        }
    }

    /// Counts one skipped message.
    pub fn skip(&mut self, why: Skip, count: u64) {
        *self.skipped.entry(why).or_default() += count;
    }

    /// Messages skipped for any reason.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Records how long a stage took.
    pub fn time(&mut self, stage: Stage, took: Duration) {
        if let Some(histogram) = self.latency.get_mut(&stage) {
            histogram.saturating_record((took.as_micros() as u64).max(1));
        }
    }

    /// A stage's latency at quantile `q` (0.5 for the median, 0.99 for the
    /// p99), or `None` before the first sample.
    pub fn latency(&self, stage: Stage, q: f64) -> Option<Duration> {
        let histogram = self.latency.get(&stage)?;
        (!histogram.is_empty()).then(|| Duration::from_micros(histogram.value_at_quantile(q)))
    }

    /// A stage's largest latency, or `None` before the first sample.
    pub fn max_latency(&self, stage: Stage) -> Option<Duration> {
        let histogram = self.latency.get(&stage)?;
        (!histogram.is_empty()).then(|| Duration::from_micros(histogram.max()))
    }

    /// The figures as key-value pairs, for a diagnostics message.
    pub fn key_values(&self) -> Vec<(String, String)> {
        let mut values = vec![
            ("received".to_string(), self.received.to_string()),
            ("published".to_string(), self.published.to_string()),
            ("padded".to_string(), self.padded.to_string()),
            (
                "backward_clock_jumps".to_string(),
                self.backward_jumps.to_string(),
            ),
            ("matched_publishers".to_string(), self.publishers.to_string()),
            ("matched_subscribers".to_string(), self.subscribers.to_string()),
        ];
        for (why, count) in &self.skipped {
            values.push((format!("skipped_{}", why.name()), count.to_string()));
        }
        for stage in Stage::ALL {
            for (label, q) in [("p50", 0.5), ("p99", 0.99)] {
                if let Some(latency) = self.latency(stage, q) {
                    values.push((
                        format!("{}_{label}_us", stage.name()),
                        latency.as_micros().to_string(),
                    ));
                }
            }
            if let Some(latency) = self.max_latency(stage) {
                values.push((
                    format!("{}_max_us", stage.name()),
                    latency.as_micros().to_string(),
                ));
            }
        }
        values
    }
}

impl fmt::Display for TopicStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} received, {} published", self.received, self.published)?;
        if self.padded > 0 {
            write!(f, ", {} frames padded", self.padded)?;
        }
        for (why, count) in &self.skipped {
            write!(f, ", {count} {}", why.name())?;
        }
        if self.backward_jumps > 0 {
            write!(f, ", {} backward clock jumps", self.backward_jumps)?;
        }
        for stage in Stage::ALL {
            let ms = |d: Option<Duration>| d.map_or(f64::NAN, |d| d.as_secs_f64() * 1e3);
            if let Some(p50) = self.latency(stage, 0.5) {
                write!(
                    f,
                    "\n    {:<9} p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
                    stage.name(),
                    ms(Some(p50)),
                    ms(self.latency(stage, 0.99)),
                    ms(self.max_latency(stage))
                )?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_come_from_every_sample() {
        let mut stats = TopicStats::new();
        for us in 1..=1000 {
            stats.time(Stage::Total, Duration::from_micros(us));
        }
        let p99 = stats.latency(Stage::Total, 0.99).unwrap().as_micros();
        assert!((985..=995).contains(&p99), "p99 {p99}");
        assert_eq!(stats.max_latency(Stage::Total).unwrap().as_micros(), 1000);
        assert_eq!(stats.latency(Stage::Decode, 0.5), None);
        stats.skip(Skip::Lost, 3);
        stats.skip(Skip::Malformed, 1);
        assert_eq!(stats.skipped_total(), 4);
        let values = stats.key_values();
        assert!(values.contains(&("skipped_lost".into(), "3".into())));
        assert!(values.iter().any(|(k, _)| k == "total_p99_us"));
    }
}
