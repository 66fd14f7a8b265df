//! Vector streams fused live into frames at a fixed rate: each sample
//! decoded by the converter's decoder, each frame resampled by the
//! converter's function ([`robocache_frames::fuse_streams`]) on a window of
//! recent samples, at the converter's frame times.
//!
//! Causal: frame `t` is published once every stream has a sample after
//! `t`, or once the streams' clock passes `t + max_delay`, with the streams
//! still missing marked as padding. The streams' clock is the newest stamp
//! taken from any of them, advanced by the wall time since it came (at most
//! [`CLOCK_HOLD`]): it runs in the sensors' time, so a bag replayed with its
//! recorded stamps is fused as a live robot is, and a robot whose clock is
//! off from the node's host is fused all the same.

use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use robocache::Context;
use robocache_frames::{default_tolerance, first_tick, frame_time, fuse_streams, StreamSamples};
use robocache_recordings::{decode, fingerprint, Decoded, Sample};
use ros2_client::dds::rustdds::mio1::{Events, Interest, Poll, Token};
use ros2_client::dds::rustdds::no_key::{DataReader, DataWriter};
use ros2_client::dds::rustdds::{
    CDRSerializerAdapter, DataReaderStatus, DataWriterStatus, StatusEvented, GUID,
};

use crate::config::FusionConfig;
use crate::messages::{FusedFrame, Header, Time};
use crate::node::{Arrivals, FLUSH_ON_STOP, WAKE_PERIOD};
use crate::raw::{CdrBytes, RawCdr};
use crate::stats::{topic_entry, update_topic, SharedStats, Skip, Stage, TopicStats};
use crate::NodeError;

/// How far the streams' clock runs on the wall clock past the newest stamp:
/// frames go on (padded) for a second after every stream fell silent, then
/// wait for samples.
pub const CLOCK_HOLD: Duration = Duration::from_secs(1);

/// Samples a stream keeps at least: enough for the median period its
/// default tolerance is taken from.
const WINDOW: usize = 64;

/// Samples a stream keeps at most, while frames wait for a stream that
/// has not started.
const MAX_WINDOW: usize = 4096;

/// Frames behind the streams' clock past which the node skips ahead (a
/// forward jump of the sensors' clock) rather than publish every one.
const MAX_BEHIND: Duration = Duration::from_secs(1);

type FrameWriter = DataWriter<FusedFrame, CDRSerializerAdapter<FusedFrame>>;

/// One fused input: its reader and its recent samples.
pub(crate) struct FusedInput {
    pub topic: String,
    pub type_name: String,
    pub tolerance: Option<f64>,
    pub reader: DataReader<CdrBytes, RawCdr>,
    columns: Option<Vec<String>>,
    times: VecDeque<f64>,
    /// Row-major, `columns.len()` values a sample.
    values: VecDeque<f64>,
    arrivals: Arrivals,
}

impl FusedInput {
    pub(crate) fn new(
        topic: String,
        type_name: String,
        tolerance: Option<f64>,
        reader: DataReader<CdrBytes, RawCdr>,
    ) -> Self {
        Self {
            topic,
            type_name,
            tolerance,
            reader,
            columns: None,
            times: VecDeque::new(),
            values: VecDeque::new(),
            arrivals: Arrivals::default(),
        }
    }

    fn width(&self) -> usize {
        self.columns.as_ref().map_or(0, Vec::len)
    }

    fn newest(&self) -> Option<f64> {
        self.times.back().copied()
    }

    fn pop_front(&mut self) {
        self.times.pop_front();
        let width = self.width();
        self.values.drain(..width);
    }
}

/// Takes the fused streams' samples and publishes a frame per tick.
pub(crate) struct FusionWorker {
    pub config: FusionConfig,
    pub context: Context,
    pub inputs: Vec<FusedInput>,
    pub frames: FrameWriter,
    pub stats: SharedStats,
    /// The newest stamp taken from any stream, and when.
    clock: Option<(f64, Instant)>,
    /// The first frame's time, once every stream has a sample.
    start: Option<f64>,
    /// The next frame to publish.
    next: u64,
}

impl FusionWorker {
    pub(crate) fn new(
        config: FusionConfig,
        context: Context,
        inputs: Vec<FusedInput>,
        frames: FrameWriter,
        stats: SharedStats,
    ) -> Self {
        Self {
            config,
            context,
            inputs,
            frames,
            stats,
            clock: None,
            start: None,
            next: 0,
        }
    }

    pub(crate) fn run(mut self, stop: &AtomicBool) -> Result<(), NodeError> {
        let poll_error = |e: std::io::Error| NodeError::Dds(format!("poll: {e}"));
        let mut poll = Poll::new().map_err(poll_error)?;
        for (i, input) in self.inputs.iter_mut().enumerate() {
            poll.registry()
                .register(&mut input.reader, Token(i), Interest::READABLE)
                .map_err(poll_error)?;
        }
        let mut events = Events::with_capacity(self.inputs.len() * 2);
        while !stop.load(Ordering::Relaxed) {
            let wait = self
                .until_deadline(Instant::now())
                .unwrap_or(WAKE_PERIOD)
                .min(WAKE_PERIOD);
            // epoll counts whole milliseconds and rounds a timeout up, up to
            // a millisecond late for a deadline: poll for the whole
            // milliseconds, and sleep the last fraction on the finer timer.
            let whole = Duration::from_millis(wait.as_millis() as u64);
            if whole.is_zero() && !wait.is_zero() {
                std::thread::sleep(wait);
            }
            poll.poll(&mut events, Some(whole)).map_err(poll_error)?;
            let woke = Instant::now();
            self.note_matches();
            for i in 0..self.inputs.len() {
                loop {
                    let input = &mut self.inputs[i];
                    let sample = input
                        .reader
                        .take_next_sample()
                        .map_err(|e| NodeError::Dds(format!("reading {}: {e:?}", input.topic)))?;
                    let Some(sample) = sample else { break };
                    let identity = sample.sample_info().sample_identity();
                    let (writer, sequence) = (identity.writer_guid, i64::from(identity.sequence_number));
                    self.take(i, writer, sequence, &sample.value().0, woke);
                }
            }
            self.publish_due(woke)?;
        }
        // Best effort: a subscriber that went away cannot acknowledge.
        let _ = self.frames.wait_for_acknowledgments(FLUSH_ON_STOP);
        Ok(())
    }

    /// The streams' clock at `now`.
    fn clock_at(&self, now: Instant) -> Option<f64> {
        let (stamp, at) = self.clock?;
        Some(stamp + now.saturating_duration_since(at).min(CLOCK_HOLD).as_secs_f64())
    }

    /// The wall-clock instant the streams' clock reaches `time`, if it
    /// will without a new sample.
    fn instant_of(&self, time: f64) -> Option<Instant> {
        let (stamp, at) = self.clock?;
        let ahead = Duration::try_from_secs_f64(time - stamp).unwrap_or(Duration::ZERO);
        (ahead <= CLOCK_HOLD).then(|| at + ahead)
    }

    /// How long until the next frame's deadline.
    fn until_deadline(&self, now: Instant) -> Option<Duration> {
        let start = self.start?;
        let deadline = frame_time(start, self.next, self.config.rate) + self.config.max_delay.as_secs_f64();
        Some(self.instant_of(deadline)?.saturating_duration_since(now))
    }

    fn count<T>(&self, topic: &str, update: impl FnOnce(&mut TopicStats) -> T) -> T {
        update_topic(&self.stats, topic, update)
    }

    fn note_matches(&mut self) {
        for input in &self.inputs {
            while let Some(status) = input.reader.try_recv_status() {
                if let DataReaderStatus::SubscriptionMatched { current, .. } = status {
                    self.count(&input.topic, |s| s.publishers = current.count().max(0) as u64);
                }
            }
        }
        while let Some(status) = self.frames.try_recv_status() {
            if let DataWriterStatus::PublicationMatched { current, .. } = status {
                self.count(&self.config.topic, |s| {
                    s.subscribers = current.count().max(0) as u64
                });
            }
        }
    }

    /// Takes one message of input `i` into its window, or counts why not.
    fn take(&mut self, i: usize, writer: GUID, sequence: i64, message: &[u8], taken: Instant) {
        let print = fingerprint(message);
        let input = &mut self.inputs[i];
        let (lost, duplicate) = input.arrivals.note(writer, sequence, print);
        self.count(&self.inputs[i].topic, |s| s.arrived(lost, duplicate));
        if duplicate {
            return;
        }
        let topic = &self.inputs[i].topic;
        // As for clouds: a panic of the decoder counts the message as
        // malformed rather than ending the node.
        let decoded = std::panic::catch_unwind(|| decode(&self.inputs[i].type_name, message));
        let sample = match decoded {
            Ok(Ok(Decoded::Sample(sample))) => sample,
            Ok(Ok(_)) => return self.skipped(topic, Skip::Malformed, 1, "not one vector sample"),
            Ok(Err(e)) => return self.skipped(topic, Skip::Malformed, 1, &e.to_string()),
            Err(_) => return self.skipped(topic, Skip::Malformed, 1, "decoding it panicked"),
        };
        if let Err((why, detail)) = self.push(i, sample, taken) {
            self.skipped(&self.inputs[i].topic, why, 1, &detail);
        }
    }

    fn push(&mut self, i: usize, sample: Sample, taken: Instant) -> Result<(), (Skip, String)> {
        let input = &mut self.inputs[i];
        if !sample.stamp.is_finite() || sample.values.len() != sample.columns.len() {
            return Err((Skip::Malformed, format!("a sample stamped {}", sample.stamp)));
        }
        match &input.columns {
            None => input.columns = Some(sample.columns),
            Some(columns) if *columns != sample.columns => {
                return Err((
                    Skip::Malformed,
                    format!(
                        "columns {:?} where the stream began with {columns:?}",
                        sample.columns
                    ),
                ))
            }
            Some(_) => {}
        }
        if let Some(newest) = input.newest().filter(|&newest| sample.stamp < newest) {
            return Err((
                Skip::Late,
                format!("stamped {:.6} s, after one stamped {newest:.6} s", sample.stamp),
            ));
        }
        input.times.push_back(sample.stamp);
        input.values.extend(sample.values);
        while input.times.len() > MAX_WINDOW {
            input.pop_front();
        }
        if self.clock.is_none_or(|(newest, _)| sample.stamp > newest) {
            self.clock = Some((sample.stamp, taken));
        }
        let topic = self.inputs[i].topic.clone();
        self.count(&topic, |s| s.published += 1);
        Ok(())
    }

    /// Publishes every frame that is complete or past its deadline.
    fn publish_due(&mut self, now: Instant) -> Result<(), NodeError> {
        if self.start.is_none() {
            // The converter's grid: the first tick at or after the latest
            // first sample.
            let firsts: Option<Vec<f64>> = self.inputs.iter().map(|i| i.times.front().copied()).collect();
            let Some(firsts) = firsts else { return Ok(()) };
            self.start = Some(first_tick(
                firsts.into_iter().fold(f64::NEG_INFINITY, f64::max),
                self.config.rate,
            ));
        }
        let (Some(start), Some(clock)) = (self.start, self.clock_at(now)) else {
            return Ok(());
        };
        let rate = self.config.rate;
        let max_delay = self.config.max_delay.as_secs_f64();
        loop {
            let time = frame_time(start, self.next, rate);
            let deadline = time + max_delay;
            if clock - deadline > MAX_BEHIND.as_secs_f64() {
                // Resume at the first frame whose deadline is still ahead.
                let resume = ((clock - max_delay - start) * rate).ceil().max(0.0) as u64;
                let skipped = resume.saturating_sub(self.next);
                self.next = resume;
                let topic = self.config.topic.clone();
                self.skipped(
                    &topic,
                    Skip::ClockJump,
                    skipped,
                    &format!("{skipped} frames after {time:.6} s"),
                );
                continue;
            }
            let complete = self.inputs.iter().all(|i| i.newest().is_some_and(|n| n > time));
            if !complete && clock < deadline {
                return Ok(());
            }
            let ready = match complete {
                true => now,
                false => self.instant_of(deadline).unwrap_or(now).min(now),
            };
            self.publish(time, ready)?;
            self.next += 1;
            let next = frame_time(start, self.next, rate);
            for input in &mut self.inputs {
                // The newest sample at or before the next frame stays.
                while input.times.len() > WINDOW && input.times[1] <= next {
                    input.pop_front();
                }
            }
        }
    }

    fn publish(&mut self, time: f64, ready: Instant) -> Result<(), NodeError> {
        let began = Instant::now();
        for input in &mut self.inputs {
            input.times.make_contiguous();
            input.values.make_contiguous();
        }
        let empty = Vec::new();
        let samples: Vec<StreamSamples<'_>> = self
            .inputs
            .iter()
            .map(|input| {
                let times = input.times.as_slices().0;
                StreamSamples {
                    name: &input.topic,
                    columns: input.columns.as_ref().unwrap_or(&empty),
                    times,
                    values: input.values.as_slices().0,
                    tolerance: input.tolerance.unwrap_or_else(|| default_tolerance(times)),
                }
            })
            .collect();
        let fused = fuse_streams(&self.context, &[time], &samples, &self.config.modes)
            .map_err(|e| NodeError::Backend(e.to_string()))?;
        let fused_at = Instant::now();
        let frame = FusedFrame {
            header: Header {
                stamp: Time::from_seconds(time),
                frame_id: String::new(),
            },
            time,
            streams: samples.iter().map(|s| s.name.to_string()).collect(),
            widths: samples.iter().map(|s| s.columns.len() as u32).collect(),
            names: samples.iter().flat_map(|s| s.columns.iter().cloned()).collect(),
            values: fused.iter().flat_map(|f| f.values.iter().copied()).collect(),
            is_pad: fused.iter().map(|f| f.is_pad[0]).collect(),
            staleness: fused.iter().map(|f| f.staleness[0]).collect(),
        };
        let padded: Vec<bool> = frame.is_pad.clone();
        self.frames
            .write(frame, None)
            .map_err(|e| NodeError::Dds(format!("publishing {}: {e:?}", self.config.topic)))?;
        let published_at = Instant::now();
        let mut stats = self.stats.lock().expect("no thread panics holding it");
        let output = topic_entry(&mut stats, &self.config.topic);
        output.published += 1;
        output.time(Stage::Fuse, fused_at - began);
        output.time(Stage::Publish, published_at - fused_at);
        output.time(Stage::Total, published_at.saturating_duration_since(ready));
        for (input, pad) in self.inputs.iter().zip(padded) {
            if pad {
                topic_entry(&mut stats, &input.topic).padded += 1;
            }
        }
        Ok(())
    }

    /// Counts a skipped message, and says so at the 1st, 10th, 100th, ...
    /// of each kind.
    fn skipped(&self, topic: &str, why: Skip, n: u64, detail: &str) {
        let count = self.count(topic, |s| {
            s.skip(why, n);
            s.skipped.get(&why).copied().unwrap_or(0)
        });
        crate::node::log_skip(topic, why, count, detail);
    }
}

/// The frames' topic and the inputs' figures, for the summary: what came
/// in per stream, and what went out.
pub(crate) fn topics(config: &FusionConfig) -> BTreeMap<String, TopicStats> {
    std::iter::once(config.topic.clone())
        .chain(config.streams.iter().map(|s| s.topic.clone()))
        .map(|topic| (topic, TopicStats::new()))
        .collect()
}
