//! The node's settings: a YAML file, which command-line flags may override.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::time::Duration;

use robocache::{InterpMode, VoxelMode};
use robocache_frames::{VoxelLayout, VoxelOptions};
use serde::Deserialize;

use crate::NodeError;

/// Everything the node needs to run.
#[derive(Clone, Debug)]
pub struct NodeConfig {
    /// The DDS domain (`ROS_DOMAIN_ID`).
    pub domain_id: u16,
    /// The addresses of the interfaces DDS may use; every interface when
    /// empty. `127.0.0.1` keeps the node on its host.
    pub networks: Vec<IpAddr>,
    /// The node's namespace, `/` by default.
    pub namespace: String,
    /// The node's name, `robocache` by default.
    pub node_name: String,
    /// The point-cloud topics to voxelize.
    pub clouds: Vec<CloudTopic>,
    /// The grid every cloud is voxelized into, and what a voxel holds
    /// (always in the sparse layout: the dense grid is scattered from it);
    /// present whenever `clouds` is not empty.
    pub voxel: Option<VoxelOptions>,
    /// The vector streams fused into frames at a fixed rate, if any.
    pub fusion: Option<FusionConfig>,
    /// Subscribe reliably (only reliable publishers match) rather than
    /// best effort (every publisher matches).
    pub reliable: bool,
    /// Messages DDS keeps per topic: of each cloud topic while the node is
    /// busy, and of each output until reliable subscribers have them.
    pub queue: usize,
    /// How often `/diagnostics` is published.
    pub diagnostics_period: Duration,
}

/// One point-cloud input and where its voxels go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CloudTopic {
    /// The `PointCloud2` topic to take clouds from.
    pub topic: String,
    /// Where the occupied voxels are published (`<topic>/voxels` by
    /// default).
    pub voxels: String,
    /// Where the dense grid is published, if anywhere.
    pub dense: Option<String>,
}

/// Vector streams (joints, IMU, poses, odometry) fused at a fixed rate into
/// one frame, by the rules `robocache convert` follows, but causally: a
/// frame waits for a sample after its time from every stream, at most
/// `max_delay`.
#[derive(Clone, Debug, PartialEq)]
pub struct FusionConfig {
    /// Where the frames are published (`robocache_msgs/msg/FusedFrame`).
    pub topic: String,
    /// Frames a second; frame times are `start + k / rate`, the converter's
    /// grid.
    pub rate: f64,
    /// How long, in the streams' time, a frame waits past its time for
    /// late samples before it is published with the streams still missing
    /// marked as padding.
    pub max_delay: Duration,
    /// The streams, in the order their values fill a frame.
    pub streams: Vec<FusedTopic>,
    /// Samples DDS keeps per fused stream while the fusion thread is busy
    /// (64 by default: 128 ms of a 500 Hz stream). Kept apart from the
    /// clouds' `queue`, whose messages are megabytes.
    pub queue: usize,
    /// Interpolation modes by topic, as `robocache convert --mode` takes
    /// them: without one, linear, quaternions in slerp.
    pub modes: BTreeMap<String, InterpMode>,
}

/// One fused input.
#[derive(Clone, Debug, PartialEq)]
pub struct FusedTopic {
    /// The topic.
    pub topic: String,
    /// Its ROS 2 type, `pkg/msg/Name`: one robocache decodes into one
    /// vector stream (`sensor_msgs/msg/JointState`, `sensor_msgs/msg/Imu`,
    /// `geometry_msgs/msg/PoseStamped`, `nav_msgs/msg/Odometry`).
    pub type_name: String,
    /// Seconds within which a frame must have a sample of the stream to
    /// count it as present; by default three median periods of its recent
    /// samples, as the converter's three median periods of the recording.
    pub tolerance: Option<f64>,
}

/// The YAML form: every key optional, unknown keys refused.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConfigFile {
    pub domain_id: Option<u16>,
    pub networks: Option<Vec<IpAddr>>,
    pub namespace: Option<String>,
    pub node_name: Option<String>,
    pub reliable: Option<bool>,
    pub queue: Option<usize>,
    /// Seconds.
    pub diagnostics_period: Option<f64>,
    pub voxel: Option<VoxelFile>,
    #[serde(default)]
    pub clouds: Vec<CloudFile>,
    pub fusion: Option<FusionFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FusionFile {
    pub topic: Option<String>,
    pub rate: Option<f64>,
    /// Seconds.
    pub max_delay: Option<f64>,
    pub queue: Option<usize>,
    #[serde(default)]
    pub streams: Vec<FusedStreamFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FusedStreamFile {
    pub topic: String,
    #[serde(rename = "type")]
    pub type_name: String,
    pub mode: Option<String>,
    pub tolerance: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct VoxelFile {
    pub size: Option<Vec<f32>>,
    pub range: Option<Vec<f32>>,
    pub mode: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CloudFile {
    pub topic: String,
    pub voxels: Option<String>,
    pub dense: Option<String>,
}

impl ConfigFile {
    pub(crate) fn parse(yaml: &str) -> Result<Self, NodeError> {
        // An empty document is no settings, not an error.
        if yaml.trim().is_empty() {
            return Ok(Self::default());
        }
        serde_yaml_ng::from_str(yaml).map_err(|e| NodeError::Config(e.to_string()))
    }

    pub(crate) fn resolve(self) -> Result<NodeConfig, NodeError> {
        let fusion = self.fusion.map(FusionFile::resolve).transpose()?;
        if self.clouds.is_empty() && fusion.is_none() {
            return Err(NodeError::Config(
                "nothing to subscribe to: no point-cloud topic (clouds) and no fusion".into(),
            ));
        }
        let voxel = match (self.clouds.is_empty(), self.voxel.unwrap_or_default()) {
            (true, _) => None,
            (
                false,
                VoxelFile {
                    size: Some(size),
                    range: Some(range),
                    mode,
                },
            ) => {
                let mode = parse_mode(mode.as_deref().unwrap_or("occupancy"))?;
                let voxel = VoxelOptions::from_size_and_range(&size, &range, mode, VoxelLayout::Sparse)
                    .map_err(|e| NodeError::Config(e.to_string()))?;
                Some(voxel)
            }
            (false, _) => {
                return Err(NodeError::Config(
                    "the voxel grid needs voxel.size (one value, or x, y, z) and voxel.range \
                     (xmin, ymin, zmin, xmax, ymax, zmax), in metres"
                        .into(),
                ))
            }
        };
        let clouds = self
            .clouds
            .into_iter()
            .map(|c| CloudTopic {
                voxels: c
                    .voxels
                    .unwrap_or_else(|| format!("{}/voxels", c.topic.trim_end_matches('/'))),
                topic: c.topic,
                dense: c.dense,
            })
            .collect();
        let period = self.diagnostics_period.unwrap_or(1.0);
        if !(period > 0.0 && period.is_finite()) {
            return Err(NodeError::Config(format!(
                "diagnostics_period {period} is not a positive number of seconds"
            )));
        }
        let queue = self.queue.unwrap_or(5);
        if queue == 0 {
            return Err(NodeError::Config("queue must hold at least one message".into()));
        }
        Ok(NodeConfig {
            domain_id: self.domain_id.unwrap_or(0),
            networks: self.networks.unwrap_or_default(),
            namespace: self.namespace.unwrap_or_else(|| "/".into()),
            node_name: self.node_name.unwrap_or_else(|| "robocache".into()),
            clouds,
            voxel,
            fusion,
            reliable: self.reliable.unwrap_or(false),
            queue,
            diagnostics_period: Duration::from_secs_f64(period),
        })
    }
}

impl FusionFile {
    fn resolve(self) -> Result<FusionConfig, NodeError> {
        let rate = self
            .rate
            .ok_or_else(|| NodeError::Config("fusion.rate (frames a second) is missing".into()))?;
        if !(rate > 0.0 && rate.is_finite()) {
            return Err(NodeError::Config(format!(
                "fusion.rate {rate} is not a positive rate"
            )));
        }
        let max_delay = self.max_delay.unwrap_or(0.02);
        if !(max_delay >= 0.0 && max_delay.is_finite()) {
            return Err(NodeError::Config(format!(
                "fusion.max_delay {max_delay} is not a non-negative number of seconds"
            )));
        }
        if self.streams.is_empty() {
            return Err(NodeError::Config("fusion.streams: no stream to fuse".into()));
        }
        let queue = self.queue.unwrap_or(64);
        if queue == 0 {
            return Err(NodeError::Config(
                "fusion.queue must hold at least one sample".into(),
            ));
        }
        let mut modes = BTreeMap::new();
        let mut streams: Vec<FusedTopic> = Vec::new();
        for stream in self.streams {
            let type_name = fusable_type(&stream.type_name)
                .ok_or_else(|| {
                    NodeError::Config(format!(
                        "{}: type {} is not one the node fuses (sensor_msgs/msg/JointState, sensor_msgs/msg/Imu, \
                         geometry_msgs/msg/PoseStamped, nav_msgs/msg/Odometry)",
                        stream.topic, stream.type_name
                    ))
                })?
                .to_string();
            if streams.iter().any(|s| s.topic == stream.topic) {
                return Err(NodeError::Config(format!(
                    "fusion.streams: {} twice",
                    stream.topic
                )));
            }
            if let Some(tolerance) = stream.tolerance {
                if !(tolerance > 0.0 && tolerance.is_finite()) {
                    return Err(NodeError::Config(format!(
                        "{}: tolerance {tolerance} is not a positive number of seconds",
                        stream.topic
                    )));
                }
            }
            if let Some(mode) = &stream.mode {
                modes.insert(stream.topic.clone(), parse_interp_mode(mode)?);
            }
            streams.push(FusedTopic {
                topic: stream.topic,
                type_name,
                tolerance: stream.tolerance,
            });
        }
        Ok(FusionConfig {
            topic: self.topic.unwrap_or_else(|| "/robocache/frames".into()),
            rate,
            max_delay: Duration::from_secs_f64(max_delay),
            streams,
            queue,
            modes,
        })
    }
}

/// The types the node fuses, by their `pkg/msg/Name`: each message one
/// sample of one vector stream (a `TFMessage` holds many streams, which a
/// frame's fixed layout cannot).
const FUSABLE_TYPES: [&str; 4] = [
    "sensor_msgs/msg/JointState",
    "sensor_msgs/msg/Imu",
    "geometry_msgs/msg/PoseStamped",
    "nav_msgs/msg/Odometry",
];

/// `type_name` as `pkg/msg/Name` if the node fuses it (`pkg/Name` is
/// accepted too).
fn fusable_type(type_name: &str) -> Option<&'static str> {
    robocache_recordings::supported_type(type_name).filter(|t| FUSABLE_TYPES.contains(t))
}

/// An interpolation mode by name: linear, nearest, previous or slerp.
pub(crate) fn parse_interp_mode(name: &str) -> Result<InterpMode, NodeError> {
    match name {
        "linear" => Ok(InterpMode::Linear),
        "nearest" => Ok(InterpMode::Nearest),
        "previous" => Ok(InterpMode::Previous),
        "slerp" => Ok(InterpMode::Slerp),
        other => Err(NodeError::Config(format!(
            "interpolation mode {other}: linear, nearest, previous or slerp"
        ))),
    }
}

/// A voxel mode by name: occupancy, count, mean or max.
pub(crate) fn parse_mode(name: &str) -> Result<VoxelMode, NodeError> {
    match name {
        "occupancy" => Ok(VoxelMode::Occupancy),
        "count" => Ok(VoxelMode::Count),
        "mean" => Ok(VoxelMode::Mean),
        "max" => Ok(VoxelMode::Max),
        other => Err(NodeError::Config(format!(
            "voxel mode {other}: occupancy, count, mean or max"
        ))),
    }
}

/// Settings given on the command line, each replacing the file's.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    /// Point-cloud topics (replacing the file's list), each with its dense
    /// grid on `<topic>/grid` when `dense` is set.
    pub clouds: Vec<String>,
    /// Publish the dense grids of `clouds`.
    pub dense: bool,
    /// The voxel edge: one value or three.
    pub voxel_size: Vec<f32>,
    /// The grid's bounds: six values.
    pub voxel_range: Vec<f32>,
    /// What a voxel holds.
    pub voxel_mode: Option<String>,
    /// The DDS domain.
    pub domain_id: Option<u16>,
    /// The interfaces DDS may use.
    pub networks: Vec<IpAddr>,
    /// Subscribe reliably.
    pub reliable: bool,
    /// Streams to fuse, each `TOPIC=TYPE` (`/imu=sensor_msgs/msg/Imu`),
    /// replacing the file's.
    pub fuse: Vec<String>,
    /// Frames a second of the fusion.
    pub rate: Option<f64>,
    /// The most a frame waits for late samples, seconds.
    pub max_delay: Option<f64>,
    /// Interpolation modes, each `TOPIC=MODE`.
    pub modes: Vec<String>,
}

impl ConfigFile {
    fn apply(&mut self, o: Overrides) -> Result<(), NodeError> {
        let split = |pair: &str, what: &str| -> Result<(String, String), NodeError> {
            pair.split_once('=')
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .ok_or_else(|| NodeError::Config(format!("{pair}: expected {what}")))
        };
        if !o.fuse.is_empty() || !o.modes.is_empty() || o.rate.is_some() || o.max_delay.is_some() {
            let fusion = self.fusion.get_or_insert_with(FusionFile::default);
            if !o.fuse.is_empty() {
                fusion.streams = o
                    .fuse
                    .iter()
                    .map(|pair| {
                        let (topic, type_name) = split(pair, "TOPIC=TYPE")?;
                        Ok(FusedStreamFile {
                            topic,
                            type_name,
                            mode: None,
                            tolerance: None,
                        })
                    })
                    .collect::<Result<_, NodeError>>()?;
            }
            for pair in &o.modes {
                let (topic, mode) = split(pair, "TOPIC=MODE")?;
                let stream = fusion
                    .streams
                    .iter_mut()
                    .find(|s| s.topic == topic)
                    .ok_or_else(|| {
                        NodeError::Config(format!("--mode {pair}: {topic} is not a fused stream"))
                    })?;
                stream.mode = Some(mode);
            }
            if o.rate.is_some() {
                fusion.rate = o.rate;
            }
            if o.max_delay.is_some() {
                fusion.max_delay = o.max_delay;
            }
        }
        if !o.clouds.is_empty() {
            self.clouds = o
                .clouds
                .into_iter()
                .map(|topic| CloudFile {
                    dense: o.dense.then(|| format!("{}/grid", topic.trim_end_matches('/'))),
                    voxels: None,
                    topic,
                })
                .collect();
        }
        if !o.voxel_size.is_empty() || !o.voxel_range.is_empty() || o.voxel_mode.is_some() {
            let voxel = self.voxel.get_or_insert_with(VoxelFile::default);
            if !o.voxel_size.is_empty() {
                voxel.size = Some(o.voxel_size);
            }
            if !o.voxel_range.is_empty() {
                voxel.range = Some(o.voxel_range);
            }
            if let Some(mode) = o.voxel_mode {
                voxel.mode = Some(mode);
            }
        }
        if let Some(domain) = o.domain_id {
            self.domain_id = Some(domain);
        }
        if !o.networks.is_empty() {
            self.networks = Some(o.networks);
        }
        if o.reliable {
            self.reliable = Some(true);
        }
        Ok(())
    }
}

impl NodeConfig {
    /// Reads a YAML configuration (empty for none), with command-line
    /// settings over it.
    ///
    /// ```
    /// use robocache_ros2::{NodeConfig, Overrides};
    /// let config = NodeConfig::from_yaml_with("voxel: {mode: count}", Overrides {
    ///     clouds: vec!["/lidar".into()],
    ///     voxel_size: vec![0.25],
    ///     voxel_range: vec![-10.0, -10.0, -2.0, 10.0, 10.0, 2.0],
    ///     ..Overrides::default()
    /// })?;
    /// assert_eq!(config.voxel.unwrap().mode, robocache::VoxelMode::Count);
    /// assert_eq!(config.clouds[0].voxels, "/lidar/voxels");
    /// # Ok::<(), robocache_ros2::NodeError>(())
    /// ```
    pub fn from_yaml_with(yaml: &str, overrides: Overrides) -> Result<Self, NodeError> {
        let mut file = ConfigFile::parse(yaml)?;
        file.apply(overrides)?;
        file.resolve()
    }

    /// Reads a YAML configuration.
    ///
    /// ```
    /// use robocache_ros2::NodeConfig;
    /// let config = NodeConfig::from_yaml(
    ///     "domain_id: 7\nnetworks: [127.0.0.1]\n\
    ///      voxel: {size: [0.5], range: [-10, -10, -2, 10, 10, 2], mode: max}\n\
    ///      clouds:\n  - topic: /lidar/points\n    dense: /lidar/grid\n",
    /// )?;
    /// assert_eq!(config.domain_id, 7);
    /// assert_eq!(config.voxel.unwrap().grid.dims, [40, 40, 8]);
    /// assert_eq!(config.clouds[0].voxels, "/lidar/points/voxels");
    /// assert!(NodeConfig::from_yaml("clouds: [{topic: /points}]\nvoxels: 1").is_err());
    ///
    /// // Joints and IMU fused at 50 Hz, each frame waiting at most 20 ms.
    /// let config = NodeConfig::from_yaml(
    ///     "fusion:\n  rate: 50\n  max_delay: 0.02\n  streams:\n\
    ///      \x20   - {topic: /joint_states, type: sensor_msgs/msg/JointState}\n\
    ///      \x20   - {topic: /imu, type: sensor_msgs/msg/Imu, mode: nearest}\n",
    /// )?;
    /// let fusion = config.fusion.unwrap();
    /// assert_eq!((fusion.topic.as_str(), fusion.streams.len()), ("/robocache/frames", 2));
    /// assert_eq!(fusion.modes["/imu"], robocache::InterpMode::Nearest);
    /// assert!(config.voxel.is_none());
    /// # Ok::<(), robocache_ros2::NodeError>(())
    /// ```
    pub fn from_yaml(yaml: &str) -> Result<Self, NodeError> {
        ConfigFile::parse(yaml)?.resolve()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fusion(yaml: &str) -> Result<NodeConfig, NodeError> {
        NodeConfig::from_yaml(&format!("fusion: {yaml}"))
    }

    fn refused(yaml: &str, says: &str) {
        match fusion(yaml) {
            Err(NodeError::Config(message)) => assert!(message.contains(says), "{yaml}: {message}"),
            other => panic!("{yaml}: {other:?}"),
        }
    }

    #[test]
    fn a_fusion_that_cannot_run_is_refused_with_the_setting_named() {
        let imu = "{topic: /imu, type: sensor_msgs/msg/Imu}";
        refused(&format!("{{streams: [{imu}]}}"), "fusion.rate");
        refused(&format!("{{rate: 0, streams: [{imu}]}}"), "not a positive rate");
        refused(
            &format!("{{rate: 50, max_delay: -1, streams: [{imu}]}}"),
            "max_delay",
        );
        refused("{rate: 50, streams: []}", "no stream");
        refused(&format!("{{rate: 50, streams: [{imu}, {imu}]}}"), "/imu twice");
        refused(
            "{rate: 50, streams: [{topic: /tf, type: tf2_msgs/msg/TFMessage}]}",
            "not one the node fuses",
        );
        refused(
            "{rate: 50, streams: [{topic: /imu, type: sensor_msgs/msg/Imu, mode: cubic}]}",
            "linear, nearest, previous or slerp",
        );
        refused(
            "{rate: 50, streams: [{topic: /imu, type: sensor_msgs/msg/Imu, tolerance: 0}]}",
            "tolerance",
        );
    }

    #[test]
    fn flags_name_the_fused_streams_their_modes_and_the_rate() {
        let config = NodeConfig::from_yaml_with(
            "",
            Overrides {
                fuse: vec![
                    "/joints=sensor_msgs/JointState".into(),
                    "/odom=nav_msgs/msg/Odometry".into(),
                ],
                modes: vec!["/joints=previous".into()],
                rate: Some(30.0),
                ..Overrides::default()
            },
        )
        .unwrap();
        let fusion = config.fusion.unwrap();
        assert_eq!(fusion.rate, 30.0);
        assert_eq!(fusion.streams[0].type_name, "sensor_msgs/msg/JointState");
        assert_eq!(fusion.modes["/joints"], InterpMode::Previous);
        assert_eq!(fusion.max_delay, Duration::from_millis(20));
        let unknown = Overrides {
            fuse: vec!["/joints=sensor_msgs/msg/JointState".into()],
            modes: vec!["/imu=nearest".into()],
            rate: Some(30.0),
            ..Overrides::default()
        };
        assert!(NodeConfig::from_yaml_with("", unknown).is_err());
        let malformed = Overrides {
            fuse: vec!["/joints".into()],
            rate: Some(30.0),
            ..Overrides::default()
        };
        assert!(NodeConfig::from_yaml_with("", malformed).is_err());
    }
}
