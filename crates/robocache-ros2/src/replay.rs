//! A recording played back over DDS: each message sent as recorded, its CDR
//! bytes untouched, on its topic under its type, in log-time order.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use robocache_recordings::Recording;
use ros2_client::dds::rustdds::no_key::DataWriter;
use ros2_client::dds::rustdds::{self, DataWriterStatus, StatusEvented};
use ros2_client::qos::{History, WhenFull};
use ros2_client::{MessageTypeName, Name, NodeName, NodeOptions, QosProfile};

use crate::raw::{CdrBytes, RawCdr};
use crate::NodeError;

/// How a recording is played back.
#[derive(Clone, Debug)]
pub struct ReplayOptions {
    /// The DDS domain.
    pub domain_id: u16,
    /// The interfaces DDS may use (all when empty).
    pub networks: Vec<IpAddr>,
    /// The topics to send (all when empty).
    pub topics: Vec<String>,
    /// Playback speed against the recorded log times (2.0 is twice as
    /// fast); `None` sends each message as soon as the one before it went.
    pub speed: Option<f64>,
    /// Send reliably (a reliable subscriber gets every message, and the
    /// replay waits for it) rather than best effort.
    pub reliable: bool,
    /// How long to wait for every topic to have a subscriber before the
    /// first message; messages sent before a subscriber matched reach
    /// nobody.
    pub wait_for_subscribers: Duration,
}

/// What a replay sent.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replayed {
    /// Messages sent, per topic.
    pub sent: BTreeMap<String, u64>,
    /// Messages that could not be sent as recorded (big-endian CDR), per
    /// topic, with the reason.
    pub refused: BTreeMap<String, (u64, String)>,
    /// Topics that had no subscriber when sending began.
    pub unmatched: Vec<String>,
}

/// The DDS type name of a ROS 2 type as bags name it,
/// `sensor_msgs/msg/PointCloud2`.
fn type_name(name: &str) -> Result<MessageTypeName, NodeError> {
    match name.split('/').collect::<Vec<_>>()[..] {
        [package, "msg", type_name] => Ok(MessageTypeName::new(package, type_name)),
        _ => Err(NodeError::Config(format!(
            "message type {name} is not package/msg/Type"
        ))),
    }
}

/// A recording ready to play back: its writers exist, so subscribers can
/// find them before the first message goes.
///
/// DDS matches a writer and a reader on each side separately, each when its
/// participant discovers the other: a reader that has not yet discovered the
/// writer drops what the writer sends it. [`Replayer::wait_for_subscribers`]
/// waits for this side; a subscriber that can, waits for the other (the
/// node's [`crate::RunningNode::publishers`]) before [`Replayer::play`].
pub struct Replayer {
    recording: Recording,
    options: ReplayOptions,
    // Kept alive while its writers send.
    _node: ros2_client::Node,
    writers: BTreeMap<String, DataWriter<CdrBytes, RawCdr>>,
}

impl Replayer {
    /// Opens `recording` and creates a writer for each chosen topic.
    pub fn open(recording: &Path, options: &ReplayOptions) -> Result<Self, NodeError> {
        let recording = Recording::open(recording)?;
        let topics = recording.topics()?;
        for wanted in &options.topics {
            if !topics.iter().any(|t| &t.name == wanted) {
                return Err(NodeError::Config(format!(
                    "{}: topic {wanted} is not in the recording",
                    recording.path().display()
                )));
            }
        }
        if let Some(speed) = options.speed {
            if !(speed > 0.0 && speed.is_finite()) {
                return Err(NodeError::Config(format!(
                    "replay speed {speed} is not a positive number"
                )));
            }
        }
        let ros = crate::ros_context(options.domain_id, &options.networks)?;
        let node = ros
            .new_node(
                NodeName::new("/", "robocache_replay").expect("a valid name"),
                NodeOptions::new(),
            )
            .map_err(|e| NodeError::Dds(format!("creating the node: {e:?}")))?;
        let publisher = ros
            .domain_participant()
            .create_publisher(&rustdds::QosPolicyBuilder::new().build())
            .map_err(|e| NodeError::Dds(format!("{e:?}")))?;
        let qos = match options.reliable {
            // Every message kept until acknowledged: a replay that drops what
            // a slow subscriber has not taken yet would test nothing.
            true => QosProfile::publisher_default()
                .reliability_reliable(WhenFull::Block)
                .history(History::KeepAll),
            false => QosProfile::subscription_default().history(History::KeepLast { depth: 16 }),
        };
        let mut writers = BTreeMap::new();
        for topic in &topics {
            if !options.topics.is_empty() && !options.topics.contains(&topic.name) {
                continue;
            }
            let name = Name::parse(&topic.name)
                .map_err(|e| NodeError::Config(format!("topic {}: {e:?}", topic.name)))?;
            let dds_topic = node
                .create_topic(&name, type_name(&topic.type_name)?, &qos)
                .map_err(|e| NodeError::Dds(format!("topic {}: {e:?}", topic.name)))?;
            let writer = publisher
                .create_datawriter_no_key::<CdrBytes, RawCdr>(&dds_topic, None)
                .map_err(|e| NodeError::Dds(format!("writer of {}: {e:?}", topic.name)))?;
            writers.insert(topic.name.clone(), writer);
        }
        Ok(Self {
            recording,
            options: options.clone(),
            _node: node,
            writers,
        })
    }

    /// Waits, up to `limit`, until every writer has matched a subscriber,
    /// as DDS reports it on this side; returns the topics that still have
    /// none.
    pub fn wait_for_subscribers(&self, limit: Duration) -> Vec<String> {
        let deadline = Instant::now() + limit;
        let mut unmatched = Vec::new();
        for (name, writer) in &self.writers {
            let mut matched = 0;
            loop {
                while let Some(status) = writer.try_recv_status() {
                    if let DataWriterStatus::PublicationMatched { current, .. } = status {
                        matched = current.count();
                    }
                }
                if matched > 0 || Instant::now() >= deadline {
                    break;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            if matched == 0 {
                unmatched.push(name.clone());
            }
        }
        unmatched
    }

    /// Sends every message of the chosen topics in the order it was
    /// recorded, paced by its log time when a speed was given. Returns once
    /// every message was sent and, for a reliable replay, acknowledged by
    /// the subscribers (or after a minute of waiting for them).
    pub fn play(self) -> Result<Replayed, NodeError> {
        let mut replayed = Replayed::default();
        let started = Instant::now();
        let mut first_log_time = None;
        let mut messages = self.recording.messages();
        let writers = &self.writers;
        let speed = self.options.speed;
        let mut send = |message: robocache_recordings::MessageRef<'_>| -> Result<(), NodeError> {
            let Some(writer) = writers.get(&**message.topic) else {
                return Ok(());
            };
            if let Some(speed) = speed {
                let first = *first_log_time.get_or_insert(message.log_time_ns);
                let due =
                    Duration::from_secs_f64(message.log_time_ns.saturating_sub(first) as f64 * 1e-9 / speed);
                std::thread::sleep(due.saturating_sub(started.elapsed()));
            }
            match writer.write(CdrBytes(message.data.to_vec()), None) {
                Ok(()) => *replayed.sent.entry(message.topic.to_string()).or_default() += 1,
                Err(rustdds::dds::result::WriteError::Serialization { reason, .. }) => {
                    replayed
                        .refused
                        .entry(message.topic.to_string())
                        .or_insert((0, reason))
                        .0 += 1;
                }
                Err(e) => return Err(NodeError::Dds(format!("sending on {}: {e:?}", message.topic))),
            }
            Ok(())
        };
        while let Some(sent) = messages.next_with(&mut send) {
            sent??;
        }
        if self.options.reliable {
            for (name, writer) in writers {
                let taken = writer
                    .wait_for_acknowledgments(Duration::from_secs(60))
                    .map_err(|e| NodeError::Dds(format!("waiting for {name}'s subscribers: {e:?}")))?;
                if !taken {
                    return Err(NodeError::Dds(format!(
                        "{name}: the subscribers did not take every message within a minute"
                    )));
                }
            }
        }
        Ok(replayed)
    }
}

/// Plays `recording` back over DDS ([`Replayer`]): waits up to
/// `options.wait_for_subscribers` for a subscriber of every topic, then
/// half a second more for the subscribers to discover the replay in turn,
/// and sends.
pub fn replay(recording: &Path, options: &ReplayOptions) -> Result<Replayed, NodeError> {
    let replayer = Replayer::open(recording, options)?;
    let unmatched = replayer.wait_for_subscribers(options.wait_for_subscribers);
    // The other side of discovery, which this participant cannot see:
    // SEDP exchanges both ways within milliseconds on one host.
    std::thread::sleep(DISCOVERY_SETTLE);
    let mut replayed = replayer.play()?;
    replayed.unmatched = unmatched;
    Ok(replayed)
}

/// How long [`replay`] lets subscribers discover its writers once it has
/// discovered them.
const DISCOVERY_SETTLE: Duration = Duration::from_millis(500);
