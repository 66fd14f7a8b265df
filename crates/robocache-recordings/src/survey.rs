//! One pass over a recording that says what it holds: each stream's
//! messages, rate, span and gaps, and what could not be read.

use std::collections::BTreeMap;

use crate::bag::{MessageRef, Recording, Topic};
use crate::error::RecordingError;
use crate::messages::{decode_with, is_supported, Decoded, Points};
use crate::streams::{fingerprint, Skipped, TimeSource, Timing};
use crate::Reorder;

/// What one stream of a recording holds.
#[derive(Clone, Debug, PartialEq)]
pub struct StreamSurvey {
    /// The stream: a topic, or `topic:parent->child` for a transform.
    pub name: String,
    /// Its message type.
    pub type_name: String,
    /// Timing of the kept samples, by the time source surveyed.
    pub timing: Option<Timing>,
    /// Samples that could not be placed.
    pub skipped: Skipped,
    /// Messages that did not decode, with the first reason.
    pub undecodable: (u64, Option<String>),
}

/// What a recording holds (see [`survey`]).
#[derive(Clone, Debug, PartialEq)]
pub struct Survey {
    /// Every topic of the recording's index.
    pub topics: Vec<Topic>,
    /// The streams of supported types, by name.
    pub streams: Vec<StreamSurvey>,
    /// Messages of types robocache does not decode, per type.
    pub unsupported: BTreeMap<String, u64>,
    /// Messages read, and their bytes.
    pub messages: u64,
    /// Bytes of message data read.
    pub bytes: u64,
}

/// Reads every message once, decoding the supported ones (a cloud's layout
/// and stamp, not its points), and reports per stream, with the rules of
/// [`Reorder`] that `convert` follows; `progress` is told the bytes of each message as it is read.
/// A damaged file is an error, with nothing surveyed.
///
/// ```
/// use robocache_recordings::{survey, Recording, TimeSource};
/// let bag = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
///     .join("../../tests/fixtures/recordings/rosbags-sqlite3");
/// let survey = survey(&Recording::open(bag)?, TimeSource::Header, 0.5, |_| {})?;
/// let joints = survey.streams.iter().find(|s| s.name == "/joint_states").unwrap();
/// assert!((joints.timing.as_ref().unwrap().rate_hz() - 100.0).abs() < 5.0);
/// # Ok::<(), robocache_recordings::RecordingError>(())
/// ```
pub fn survey(
    recording: &Recording,
    time: TimeSource,
    window: f64,
    mut progress: impl FnMut(u64),
) -> Result<Survey, RecordingError> {
    struct Gathering {
        type_name: String,
        reorder: Reorder<()>,
        stamps: Vec<f64>,
        undecodable: (u64, Option<String>),
    }
    fn gathering<'a>(
        streams: &'a mut BTreeMap<String, Gathering>,
        name: String,
        type_name: &str,
        window: f64,
    ) -> &'a mut Gathering {
        streams.entry(name).or_insert_with(|| Gathering {
            type_name: type_name.to_string(),
            reorder: Reorder::new(window),
            stamps: Vec::new(),
            undecodable: (0, None),
        })
    }
    let topics = recording.topics()?;
    let mut streams: BTreeMap<String, Gathering> = BTreeMap::new();
    let mut unsupported: BTreeMap<String, u64> = BTreeMap::new();
    let (mut messages, mut bytes) = (0, 0);
    let mut released = Vec::new();
    // Messages are lent from the reader's buffer: a cloud's layout and
    // stamp are read in place, its points never copied.
    let mut take = |message: MessageRef<'_>| {
        messages += 1;
        bytes += message.data.len() as u64;
        progress(message.data.len() as u64);
        let (topic, type_name): (&str, &str) = (message.topic, message.type_name);
        if !is_supported(type_name) {
            *unsupported.entry(type_name.to_string()).or_default() += 1;
            return;
        }
        let log_time = message.log_time_ns as f64 * 1e-9;
        let print = fingerprint(message.data);
        let placed: Vec<(String, f64)> = match decode_with(type_name, message.data, Points::LayoutOnly) {
            Ok(Decoded::Sample(s)) => vec![(topic.to_string(), s.stamp)],
            Ok(Decoded::Cloud(c)) => vec![(topic.to_string(), c.stamp)],
            Ok(Decoded::Transforms(t)) => t
                .into_iter()
                .map(|(frames, s)| (format!("{topic}:{frames}"), s.stamp))
                .collect(),
            Err(e) => {
                let gathering = gathering(&mut streams, topic.to_string(), type_name, window);
                gathering.undecodable.0 += 1;
                gathering.undecodable.1.get_or_insert_with(|| e.to_string());
                return;
            }
        };
        for (name, stamp) in placed {
            let gathering = gathering(&mut streams, name, type_name, window);
            let at = match time {
                TimeSource::Header => stamp,
                TimeSource::Log => log_time,
            };
            gathering.reorder.push(at, print, (), &mut released);
            gathering.stamps.extend(released.drain(..).map(|(t, ())| t));
        }
    };
    let mut reader = recording.messages();
    while let Some(taken) = reader.next_with(&mut take) {
        taken?;
    }
    let streams = streams
        .into_iter()
        .map(|(name, mut g)| {
            g.reorder.finish(&mut released);
            g.stamps.extend(released.drain(..).map(|(t, ())| t));
            StreamSurvey {
                name,
                type_name: g.type_name,
                timing: Timing::of(&g.stamps),
                skipped: g.reorder.skipped(),
                undecodable: g.undecodable,
            }
        })
        .collect();
    Ok(Survey {
        topics,
        streams,
        unsupported,
        messages,
        bytes,
    })
}
