//! The node: one thread per point-cloud topic takes each cloud from DDS as
//! it arrives, reads its header and layout with the decoder `robocache
//! convert` uses, voxelizes it the way `convert` does (from the message's
//! point records where robocache unpacks them as they are, else from the
//! decoder's points: the same voxels either way), and publishes the
//! occupied voxels; one thread fuses the vector streams into frames
//! (`fusion.rs`); a diagnostics thread publishes what every topic counted
//! and how long each stage took.

use std::collections::{BTreeMap, HashMap};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use robocache::{Context, PointRecordLayout, VoxelMode};
use robocache_frames::{voxelize_cloud, voxelize_records, VoxelError, VoxelOptions, VoxelizedCloud};
use robocache_recordings::{cloud_records, decode, fingerprint, Cloud, CloudRecords, DecodeError, Decoded};
use ros2_client::dds::rustdds::mio1::{Events, Interest, Poll, Token};
use ros2_client::dds::rustdds::no_key::{DataReader, DataWriter};
use ros2_client::dds::rustdds::{
    self, CDRSerializerAdapter, DataReaderStatus, DataWriterStatus, StatusEvented, TopicKind, GUID,
};
use ros2_client::{MessageTypeName, Name, NodeName, NodeOptions};

use crate::config::NodeConfig;
use crate::fusion::{FusedInput, FusionWorker};
use crate::messages::{
    DiagnosticArray, DiagnosticStatus, Float32MultiArray, FusedFrame, Header, KeyValue, MultiArrayDimension,
    MultiArrayLayout, PointCloud2, Time,
};
use crate::raw::{CdrBytes, RawCdr};
use crate::stats::{update_topic, SharedStats, Skip, Stage, TopicStats};
use crate::{qos, NodeError, POINT_CLOUD2};

/// How often a worker looks up from an idle topic to see whether the node
/// is stopping.
pub(crate) const WAKE_PERIOD: Duration = Duration::from_millis(50);

/// How long a stopping worker waits for reliable subscribers to
/// acknowledge what it published last, so that a clean stop (Ctrl-C) does
/// not take the last messages in flight with it.
pub(crate) const FLUSH_ON_STOP: Duration = Duration::from_millis(500);

/// Per writer, the last sequence number and fingerprint taken from it: a
/// gap is messages lost, the same fingerprint again a duplicate.
#[derive(Default)]
pub(crate) struct Arrivals(HashMap<GUID, (i64, u64)>);

impl Arrivals {
    /// Notes a message; returns how many of the writer's messages before it
    /// never came, and whether it repeats the writer's message before it.
    pub(crate) fn note(&mut self, writer: GUID, sequence: i64, print: u64) -> (u64, bool) {
        let previous = self.0.insert(writer, (sequence, print));
        let lost = previous.map_or(0, |(last, _)| (sequence - last - 1).max(0) as u64);
        let duplicate = previous.is_some_and(|(_, last_print)| last_print == print);
        (lost, duplicate)
    }
}

/// Says that a message was skipped at the 1st, 10th, 100th, ... of each
/// kind on a topic, so a stream of bad input is seen without flooding the
/// log.
pub(crate) fn log_skip(topic: &str, why: Skip, count: u64, detail: &str) {
    if count > 0 && 10u64.pow(count.ilog10()) == count {
        eprintln!(
            "robocache-node: {topic}: skipped {count} {} message{} so far, the latest: {detail}",
            why.name(),
            if count == 1 { "" } else { "s" }
        );
    }
}

/// A running node. Dropping it stops it; [`RunningNode::stop`] also says
/// what it did.
pub struct RunningNode {
    stop: Arc<AtomicBool>,
    threads: Vec<JoinHandle<Result<(), NodeError>>>,
    stats: SharedStats,
    // Kept alive while the threads use its participant.
    _node: ros2_client::Node,
}

impl RunningNode {
    /// Joins the DDS domain, subscribes to every configured topic and starts
    /// working. Returns once every reader and writer exists; messages that
    /// arrive from then on are taken.
    pub fn start(config: &NodeConfig, context: Context) -> Result<Self, NodeError> {
        let ros = crate::ros_context(config.domain_id, &config.networks)?;
        let node_name = NodeName::new(&config.namespace, &config.node_name)
            .map_err(|e| NodeError::Config(format!("node name {}: {e:?}", config.node_name)))?;
        let mut node = ros
            .new_node(node_name.clone(), NodeOptions::new())
            .map_err(|e| NodeError::Dds(format!("creating the node: {e:?}")))?;
        let participant = ros.domain_participant();
        let no_policies = rustdds::QosPolicyBuilder::new().build();
        let subscriber = participant
            .create_subscriber(&no_policies)
            .map_err(|e| NodeError::Dds(format!("{e:?}")))?;
        // RustDDS's writers rather than ros2-client's publishers: they report
        // which subscribers they matched.
        let publisher = participant
            .create_publisher(&no_policies)
            .map_err(|e| NodeError::Dds(format!("{e:?}")))?;
        let stop = Arc::new(AtomicBool::new(false));
        let stats: SharedStats = Arc::default();
        let mut threads = Vec::new();
        let endpoints = Endpoints {
            config,
            node_name: &node_name,
            participant: &participant,
            subscriber: &subscriber,
            publisher: &publisher,
        };
        if let Some(voxel) = config.voxel.filter(|_| !config.clouds.is_empty()) {
            warm_up(&context, voxel)?;
        }
        for cloud in &config.clouds {
            let voxel = config
                .voxel
                .ok_or_else(|| NodeError::Config("clouds without a voxel grid".into()))?;
            let reader = endpoints.raw_reader(&cloud.topic, POINT_CLOUD2, config.queue)?;
            let voxels = endpoints.writer::<PointCloud2>(&mut node, &cloud.voxels, POINT_CLOUD2)?;
            let dense = match &cloud.dense {
                None => None,
                Some(topic) => {
                    Some(endpoints.writer::<Float32MultiArray>(&mut node, topic, FLOAT32_MULTI_ARRAY)?)
                }
            };
            stats
                .lock()
                .expect("no thread panics holding it")
                .insert(cloud.topic.clone(), TopicStats::new());
            let worker = CloudWorker {
                topic: cloud.topic.clone(),
                context: context.clone(),
                voxel,
                voxels,
                dense,
                stats: Arc::clone(&stats),
                arrivals: Arrivals::default(),
                last_stamp: None,
            };
            let stop = Arc::clone(&stop);
            threads.push(
                std::thread::Builder::new()
                    .name(format!("cloud {}", cloud.topic))
                    .spawn(move || worker.run(reader, &stop))
                    .map_err(|e| NodeError::Dds(format!("starting a worker: {e}")))?,
            );
        }
        if let Some(fusion) = &config.fusion {
            let inputs = fusion
                .streams
                .iter()
                .map(|s| {
                    let reader = endpoints.raw_reader(&s.topic, &s.type_name, fusion.queue)?;
                    Ok(FusedInput::new(
                        s.topic.clone(),
                        s.type_name.clone(),
                        s.tolerance,
                        reader,
                    ))
                })
                .collect::<Result<Vec<_>, NodeError>>()?;
            let frames = endpoints.writer::<FusedFrame>(&mut node, &fusion.topic, FUSED_FRAME)?;
            stats
                .lock()
                .expect("no thread panics holding it")
                .extend(crate::fusion::topics(fusion));
            // Frames are fused on the CPU whatever the clouds' backend: a
            // frame is a few hundred values, which a GPU call costs more
            // than (CUDA on an H200 machine: p50 0.45 ms, p99 4.5 ms a frame;
            // the CPU of the 2-core CI machine: 0.06 and 0.12 ms, in
            // benches/RESULTS.md), and the CPU is the reference `convert`
            // matches bit for bit.
            let worker =
                FusionWorker::new(fusion.clone(), Context::cpu(), inputs, frames, Arc::clone(&stats));
            let stop = Arc::clone(&stop);
            threads.push(
                std::thread::Builder::new()
                    .name("fusion".into())
                    .spawn(move || worker.run(&stop))
                    .map_err(|e| NodeError::Dds(format!("starting the fusion thread: {e}")))?,
            );
        }
        let diagnostics_topic = node
            .create_topic(
                &Name::parse("/diagnostics").expect("a valid name"),
                MessageTypeName::new("diagnostic_msgs", "DiagnosticArray"),
                &qos::publication(config.queue),
            )
            .map_err(|e| NodeError::Dds(format!("topic /diagnostics: {e:?}")))?;
        let diagnostics = node
            .create_publisher::<DiagnosticArray>(&diagnostics_topic, None)
            .map_err(|e| NodeError::Dds(format!("publisher of /diagnostics: {e:?}")))?;
        let period = config.diagnostics_period;
        let name = config.node_name.clone();
        let (stop_diagnostics, shared) = (Arc::clone(&stop), Arc::clone(&stats));
        threads.push(
            std::thread::Builder::new()
                .name("diagnostics".into())
                .spawn(move || {
                    let mut next = Instant::now() + period;
                    while !stop_diagnostics.load(Ordering::Relaxed) {
                        std::thread::sleep(WAKE_PERIOD.min(next.saturating_duration_since(Instant::now())));
                        if Instant::now() >= next {
                            next += period;
                            let report = diagnostic_array(&name, &shared);
                            diagnostics
                                .publish(report)
                                .map_err(|e| NodeError::Dds(format!("publishing diagnostics: {e:?}")))?;
                        }
                    }
                    Ok(())
                })
                .map_err(|e| NodeError::Dds(format!("starting the diagnostics thread: {e}")))?,
        );
        Ok(Self {
            stop,
            threads,
            stats,
            _node: node,
        })
    }

    /// The counts and latencies so far, per input topic.
    pub fn stats(&self) -> BTreeMap<String, TopicStats> {
        self.stats.lock().expect("no thread panics holding it").clone()
    }

    /// Stops every thread, and returns the final counts, or the first error
    /// a thread stopped with.
    pub fn stop(mut self) -> Result<BTreeMap<String, TopicStats>, NodeError> {
        self.stop.store(true, Ordering::Relaxed);
        let mut result = Ok(());
        for thread in self.threads.drain(..) {
            let outcome = thread
                .join()
                .unwrap_or_else(|_| Err(NodeError::Dds("a worker thread panicked".into())));
            if result.is_ok() {
                result = outcome;
            }
        }
        result.map(|()| self.stats())
    }
}

impl Drop for RunningNode {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

/// Voxelizes a cloud of one point, with one feature, before the first
/// real one comes, both ways a cloud may take (from records, and decoded):
/// a GPU backend's first call starts its device and compiles its kernels,
/// which took 1.3-1.5 s on an H200 machine, while 14 clouds of a 10 Hz
/// lidar arrived and a queue of 5 lost 9 of them (`benches/RESULTS.md`).
fn warm_up(context: &Context, voxel: VoxelOptions) -> Result<(), NodeError> {
    let grid = voxel.grid;
    let inside = |axis: usize| grid.origin[axis] + 0.5 * grid.voxel_size[axis];
    let cloud = Cloud {
        stamp: 0.0,
        frame_id: String::new(),
        xyz: vec![inside(0), inside(1), inside(2)],
        features: vec![1.0],
        feature_names: vec!["intensity".into()],
        non_finite: 0,
    };
    let data: Vec<u8> = [cloud.xyz.as_slice(), &cloud.features]
        .concat()
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect();
    let records = CloudRecords {
        stamp: 0.0,
        frame_id: String::new(),
        data: &data,
        layout: PointRecordLayout::new(16, [0, 4, 8]).with_features([12]),
        feature_names: cloud.feature_names.clone(),
    };
    let fail =
        |e: VoxelError| NodeError::Backend(format!("warming up the {} backend: {e}", context.backend()));
    voxelize_cloud(context, voxel, &cloud).map_err(fail)?;
    voxelize_records(context, voxel, &records).map_err(fail)?;
    Ok(())
}

/// What the node's readers and writers are made from.
struct Endpoints<'a> {
    config: &'a NodeConfig,
    node_name: &'a NodeName,
    participant: &'a rustdds::DomainParticipant,
    subscriber: &'a rustdds::Subscriber,
    publisher: &'a rustdds::Publisher,
}

impl Endpoints<'_> {
    /// A reader of `topic`'s messages as raw CDR, for robocache's decoder.
    /// Its topic is created here rather than by ros2-client, to bound what
    /// RustDDS keeps of it: by default its cache holds the last 64 messages
    /// whatever the history asks, 120 MB of lidar clouds.
    fn raw_reader(
        &self,
        topic: &str,
        type_name: &str,
        queue: usize,
    ) -> Result<DataReader<CdrBytes, RawCdr>, NodeError> {
        let dds_topic = self
            .participant
            .create_topic(
                topic_name(topic)?.to_dds_name("rt", self.node_name, ""),
                message_type(type_name).dds_msg_type(),
                &qos::subscription(self.config.reliable, queue),
                TopicKind::NoKey,
            )
            .map_err(|e| NodeError::Dds(format!("topic {topic}: {e:?}")))?;
        self.subscriber
            .create_datareader_no_key::<CdrBytes, RawCdr>(&dds_topic, None)
            .map_err(|e| NodeError::Dds(format!("reader of {topic}: {e:?}")))
    }

    /// A writer of `M` on `topic`: RustDDS's rather than ros2-client's
    /// publisher, as it reports which subscribers it matched.
    fn writer<M: serde::Serialize>(
        &self,
        node: &mut ros2_client::Node,
        topic: &str,
        type_name: &str,
    ) -> Result<DataWriter<M, CDRSerializerAdapter<M>>, NodeError> {
        let dds_topic = node
            .create_topic(
                &topic_name(topic)?,
                message_type(type_name),
                &qos::publication(self.config.queue),
            )
            .map_err(|e| NodeError::Dds(format!("topic {topic}: {e:?}")))?;
        self.publisher
            .create_datawriter_no_key::<M, CDRSerializerAdapter<M>>(&dds_topic, None)
            .map_err(|e| NodeError::Dds(format!("publisher of {topic}: {e:?}")))
    }
}

fn topic_name(topic: &str) -> Result<Name, NodeError> {
    Name::parse(topic).map_err(|e| NodeError::Config(format!("topic {topic}: {e:?}")))
}

/// `pkg/msg/Name` as ROS 2 names the type on the wire.
fn message_type(type_name: &str) -> MessageTypeName {
    let mut parts = type_name.split('/');
    let package = parts.next().unwrap_or_default();
    let name = parts.next_back().unwrap_or_default();
    MessageTypeName::new(package, name)
}

const FLOAT32_MULTI_ARRAY: &str = "std_msgs/msg/Float32MultiArray";
const FUSED_FRAME: &str = "robocache_msgs/msg/FusedFrame";

/// Takes one cloud topic's messages and publishes their voxels.
struct CloudWorker {
    topic: String,
    context: Context,
    voxel: VoxelOptions,
    voxels: DataWriter<PointCloud2, CDRSerializerAdapter<PointCloud2>>,
    dense: Option<DataWriter<Float32MultiArray, CDRSerializerAdapter<Float32MultiArray>>>,
    stats: SharedStats,
    arrivals: Arrivals,
    last_stamp: Option<f64>,
}

impl CloudWorker {
    fn run(mut self, mut reader: DataReader<CdrBytes, RawCdr>, stop: &AtomicBool) -> Result<(), NodeError> {
        let mut poll = Poll::new().map_err(|e| NodeError::Dds(format!("poll: {e}")))?;
        poll.registry()
            .register(&mut reader, Token(0), Interest::READABLE)
            .map_err(|e| NodeError::Dds(format!("poll: {e}")))?;
        let mut events = Events::with_capacity(4);
        while !stop.load(Ordering::Relaxed) {
            poll.poll(&mut events, Some(WAKE_PERIOD))
                .map_err(|e| NodeError::Dds(format!("poll: {e}")))?;
            self.note_matches(&reader);
            loop {
                let sample = reader
                    .take_next_sample()
                    .map_err(|e| NodeError::Dds(format!("reading {}: {e:?}", self.topic)))?;
                let Some(sample) = sample else { break };
                let taken = Instant::now();
                let identity = sample.sample_info().sample_identity();
                self.take(
                    identity.writer_guid,
                    i64::from(identity.sequence_number),
                    sample.value(),
                    taken,
                )?;
            }
        }
        // Best effort: a subscriber that went away cannot acknowledge.
        let _ = self.voxels.wait_for_acknowledgments(FLUSH_ON_STOP);
        if let Some(dense) = &self.dense {
            let _ = dense.wait_for_acknowledgments(FLUSH_ON_STOP);
        }
        Ok(())
    }

    /// Records the publishers the reader and the subscribers the voxel
    /// writer matched, as DDS reports them.
    fn note_matches(&self, reader: &DataReader<CdrBytes, RawCdr>) {
        while let Some(status) = reader.try_recv_status() {
            if let DataReaderStatus::SubscriptionMatched { current, .. } = status {
                self.count(|s| s.publishers = current.count().max(0) as u64);
            }
        }
        while let Some(status) = self.voxels.try_recv_status() {
            if let DataWriterStatus::PublicationMatched { current, .. } = status {
                self.count(|s| s.subscribers = current.count().max(0) as u64);
            }
        }
    }

    /// Updates this topic's figures, and returns what `update` reads of
    /// them.
    fn count<T>(&self, update: impl FnOnce(&mut TopicStats) -> T) -> T {
        update_topic(&self.stats, &self.topic, update)
    }

    fn take(
        &mut self,
        writer: GUID,
        sequence: i64,
        message: &CdrBytes,
        taken: Instant,
    ) -> Result<(), NodeError> {
        let (lost, duplicate) = self.arrivals.note(writer, sequence, fingerprint(&message.0));
        self.count(|s| s.arrived(lost, duplicate));
        if duplicate {
            return Ok(());
        }

        // The decoder is tested never to panic on any bytes; were it to, the
        // message is counted as malformed rather than ending the topic.
        let read = std::panic::catch_unwind(|| match cloud_records(&message.0) {
            Ok(Some(records)) => Ok(Some(CloudPoints::Records(records))),
            Ok(None) => decode(POINT_CLOUD2, &message.0).map(|decoded| match decoded {
                Decoded::Cloud(cloud) => Some(CloudPoints::Decoded(cloud)),
                _ => None,
            }),
            Err(e) => Err(e),
        });
        let (why, detail) = match read {
            Ok(Ok(Some(points))) => return self.voxelize_and_publish(points, taken),
            Ok(Err(DecodeError::NoCoordinates { fields })) => {
                (Skip::NoCoordinates, format!("a cloud with fields {fields:?}"))
            }
            Ok(Err(e)) => (Skip::Malformed, e.to_string()),
            Ok(Ok(None)) => (Skip::Malformed, "not a point cloud".into()),
            Err(_) => (Skip::Malformed, "decoding it panicked".into()),
        };
        self.skipped(why, &detail);
        Ok(())
    }

    fn voxelize_and_publish(&mut self, cloud: CloudPoints<'_>, taken: Instant) -> Result<(), NodeError> {
        let decoded_at = Instant::now();
        let (stamp, frame_id) = cloud.header();
        if self.last_stamp.is_some_and(|last| stamp < last) {
            let last = self.last_stamp.unwrap_or_default();
            let jumps = self.count(|s| {
                s.backward_jumps += 1;
                s.backward_jumps
            });
            eprintln!(
                "robocache-node: {}: clock went back from {last:.6} to {stamp:.6} s ({jumps} so far); published all the same",
                self.topic
            );
        }
        self.last_stamp = Some(stamp);

        let voxelized = match cloud.voxelize(&self.context, self.voxel) {
            Ok(v) => v,
            // What is wrong with this cloud (a NaN feature of a point in the
            // grid, more points than the device takes) skips it; a failing
            // device stops the topic.
            Err(
                e @ (VoxelError::NoFeatures(_)
                | VoxelError::Grid(_)
                | VoxelError::Backend(
                    robocache::Error::NonFiniteFeature { .. }
                    | robocache::Error::InvalidRecords { .. }
                    | robocache::Error::TooLarge { .. },
                )),
            ) => {
                self.skipped(Skip::Refused, &e.to_string());
                return Ok(());
            }
            Err(e) => return Err(NodeError::Backend(e.to_string())),
        };
        let voxelized_at = Instant::now();
        let header = Header {
            stamp: Time::from_seconds(stamp),
            frame_id: frame_id.to_string(),
        };
        self.voxels
            .write(voxel_cloud(self.voxel, &voxelized, header), None)
            .map_err(|e| NodeError::Dds(format!("publishing voxels of {}: {e:?}", self.topic)))?;
        if let Some(publisher) = &self.dense {
            publisher
                .write(dense_grid(self.voxel, &voxelized), None)
                .map_err(|e| NodeError::Dds(format!("publishing the grid of {}: {e:?}", self.topic)))?;
        }
        let published_at = Instant::now();
        self.count(|s| {
            s.published += 1;
            s.time(Stage::Decode, decoded_at - taken);
            s.time(Stage::Voxelize, voxelized_at - decoded_at);
            s.time(Stage::Publish, published_at - voxelized_at);
            s.time(Stage::Total, published_at - taken);
        });
        Ok(())
    }

    /// Counts a skipped message, and says so at the 1st, 10th, 100th, ...
    /// of each kind.
    fn skipped(&self, why: Skip, detail: &str) {
        let count = self.count(|s| {
            s.skip(why, 1);
            s.skipped.get(&why).copied().unwrap_or(0)
        });
        log_skip(&self.topic, why, count, detail);
    }
}

/// A cloud as the node voxelizes it: its message's point records, where
/// robocache unpacks them as they are (on a GPU, one upload of the
/// message's bytes), else the points the decoder gathered.
enum CloudPoints<'a> {
    Records(CloudRecords<'a>),
    Decoded(Cloud),
}

impl CloudPoints<'_> {
    /// The header's stamp, in seconds, and frame.
    fn header(&self) -> (f64, &str) {
        match self {
            CloudPoints::Records(records) => (records.stamp, &records.frame_id),
            CloudPoints::Decoded(cloud) => (cloud.stamp, &cloud.frame_id),
        }
    }

    fn voxelize(&self, context: &Context, voxel: VoxelOptions) -> Result<VoxelizedCloud, VoxelError> {
        match self {
            CloudPoints::Records(records) => voxelize_records(context, voxel, records),
            CloudPoints::Decoded(cloud) => voxelize_cloud(context, voxel, cloud),
        }
    }
}

/// The names of the values a voxel holds, as `PointField`s after x, y, z.
fn value_names(mode: VoxelMode, voxels: &VoxelizedCloud) -> Vec<String> {
    match mode {
        VoxelMode::Mean | VoxelMode::Max => voxels.features.to_vec(),
        VoxelMode::Count => vec!["count".into()],
        VoxelMode::Occupancy => vec!["occupancy".into()],
    }
}

/// The occupied voxels of a sparse voxelization as a `PointCloud2`: one
/// point per voxel at its centre, `origin + (i + 0.5) * voxel_size` per
/// axis (computed in f64, stored as f32), then its values, all float32,
/// little-endian, in ascending linear index.
pub fn voxel_cloud(voxel: VoxelOptions, voxels: &VoxelizedCloud, header: Header) -> PointCloud2 {
    let width = voxels.width(voxel.mode);
    let mut names = vec!["x".to_string(), "y".into(), "z".into()];
    names.extend(value_names(voxel.mode, voxels).into_iter().take(width));
    let grid = voxel.grid;
    let mut data = Vec::with_capacity(voxels.index.len() * 4 * (3 + width));
    for (k, &index) in voxels.index.iter().enumerate() {
        let cell = grid.coords_of(index as usize);
        for ((i, origin), size) in cell.iter().zip(grid.origin).zip(grid.voxel_size) {
            let centre = origin as f64 + (*i as f64 + 0.5) * size as f64;
            data.extend_from_slice(&(centre as f32).to_le_bytes());
        }
        for value in &voxels.values[k * width..(k + 1) * width] {
            data.extend_from_slice(&value.to_le_bytes());
        }
    }
    PointCloud2::float32(header, &names, data, true)
}

/// Every voxel's values as a `Float32MultiArray` `[X, Y, Z(, F)]`, zero
/// where no point fell, scattered from a sparse voxelization: the dense
/// grid the library's dense layout gives for the same cloud.
pub fn dense_grid(voxel: VoxelOptions, voxels: &VoxelizedCloud) -> Float32MultiArray {
    let [nx, ny, nz] = voxel.grid.dims;
    let width = voxels.width(voxel.mode);
    let mut data = vec![0.0; nx * ny * nz * width];
    for (k, &index) in voxels.index.iter().enumerate() {
        let at = index as usize * width;
        data[at..at + width].copy_from_slice(&voxels.values[k * width..(k + 1) * width]);
    }
    let mut dims = vec![("x", nx), ("y", ny), ("z", nz)];
    if matches!(voxel.mode, VoxelMode::Mean | VoxelMode::Max) {
        dims.push(("feature", width));
    }
    let mut stride: usize = dims.iter().map(|d| d.1).product();
    let dim = dims
        .into_iter()
        .map(|(label, size)| {
            let this = MultiArrayDimension {
                label: label.into(),
                size: size as u32,
                stride: stride as u32,
            };
            stride /= size.max(1);
            this
        })
        .collect();
    Float32MultiArray {
        layout: MultiArrayLayout { dim, data_offset: 0 },
        data,
    }
}

fn diagnostic_array(node: &str, stats: &Mutex<BTreeMap<String, TopicStats>>) -> DiagnosticArray {
    let stats = stats.lock().expect("no thread panics holding it").clone();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64());
    DiagnosticArray {
        header: Header {
            stamp: Time::from_seconds(now),
            frame_id: String::new(),
        },
        status: stats
            .iter()
            .map(|(topic, s)| {
                let skipped = s.skipped_total();
                DiagnosticStatus {
                    level: if skipped > 0 || s.backward_jumps > 0 {
                        DiagnosticStatus::WARN
                    } else {
                        DiagnosticStatus::OK
                    },
                    name: format!("{node}: {topic}"),
                    message: format!("{} published, {skipped} skipped", s.published),
                    hardware_id: String::new(),
                    values: s
                        .key_values()
                        .into_iter()
                        .map(|(key, value)| KeyValue { key, value })
                        .collect(),
                }
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use robocache::VoxelGrid;
    use robocache_frames::VoxelLayout;
    use std::sync::Arc;

    fn voxels() -> (VoxelOptions, VoxelizedCloud) {
        let voxel = VoxelOptions {
            grid: VoxelGrid::new([-1.0, 0.0, 10.0], [0.5, 1.0, 2.0], [4, 3, 2]),
            mode: VoxelMode::Mean,
            layout: VoxelLayout::Sparse,
        };
        let cloud = VoxelizedCloud {
            // (0, 0, 1) and (3, 2, 0).
            index: vec![1, 22],
            values: vec![1.0, 2.0, 3.0, 4.0],
            kept: 5,
            dropped: 0,
            features: Arc::from(vec!["intensity".to_string(), "ring".to_string()]),
        };
        (voxel, cloud)
    }

    #[test]
    fn a_voxel_cloud_holds_each_voxels_centre_and_values() {
        let (voxel, cloud) = voxels();
        let message = voxel_cloud(voxel, &cloud, Header::default());
        let names: Vec<&str> = message.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["x", "y", "z", "intensity", "ring"]);
        assert_eq!((message.width, message.point_step, message.row_step), (2, 20, 40));
        let floats: Vec<f32> = message
            .data
            .chunks_exact(4)
            .map(|b| f32::from_le_bytes(b.try_into().unwrap()))
            .collect();
        assert_eq!(floats, [-0.75, 0.5, 13.0, 1.0, 2.0, 0.75, 2.5, 11.0, 3.0, 4.0]);
    }

    #[test]
    fn the_dense_grid_has_the_voxels_where_their_indices_say() {
        let (voxel, cloud) = voxels();
        let grid = dense_grid(voxel, &cloud);
        assert_eq!(grid.data.len(), 4 * 3 * 2 * 2);
        assert_eq!(&grid.data[2..4], &[1.0, 2.0]);
        assert_eq!(&grid.data[44..46], &[3.0, 4.0]);
        assert_eq!(grid.data.iter().filter(|v| **v != 0.0).count(), 4);
        let strides: Vec<u32> = grid.layout.dim.iter().map(|d| d.stride).collect();
        assert_eq!(strides, [48, 12, 4, 2]);
    }
}
