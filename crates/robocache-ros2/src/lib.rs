//! robocache as a ROS 2 node, in Rust, with no ROS installation: it speaks
//! DDS through RustDDS (`ros2-client`), takes live `sensor_msgs/PointCloud2`
//! messages, voxelizes each on the chosen backend as it arrives, and
//! publishes the occupied voxels as a `PointCloud2` (each voxel's centre and
//! values) and, if asked, the dense grid as a `std_msgs/Float32MultiArray`.
//! Joint, IMU, pose and odometry streams are fused at a fixed rate into
//! `robocache_msgs/msg/FusedFrame`s, causally: a frame waits at most a
//! configured delay for late samples.
//!
//! A policy sees the world the way its training data was prepared, so the
//! node decodes with the decoder `robocache convert` reads bags with
//! (`robocache-recordings`), and voxelizes and fuses with the functions
//! `convert` calls (`robocache-frames`): a bag replayed into the node gives
//! the voxels and frames `convert` writes for it, bit for bit on the CPU
//! backend. `robocache-node replay` sends a bag's messages over DDS exactly
//! as they were recorded.
//!
//! Every message that is not published is counted, by reason, in
//! `/diagnostics` (`diagnostic_msgs/DiagnosticArray`) with per-stage latency
//! percentiles, and in the summary printed at exit.
//!
//! ```no_run
//! use robocache_ros2::{NodeConfig, RunningNode};
//!
//! let config = NodeConfig::from_yaml(
//!     "voxel: {size: [0.2], range: [-20, -20, -2, 20, 20, 2], mode: count}\n\
//!      clouds: [{topic: /points}]",
//! )?;
//! let node = RunningNode::start(&config, robocache::Context::cpu())?;
//! std::thread::sleep(std::time::Duration::from_secs(10));
//! for (topic, stats) in node.stop()? {
//!     println!("{topic}: {stats}");
//! }
//! # Ok::<(), robocache_ros2::NodeError>(())
//! ```
#![warn(missing_docs)]

mod config;
mod fusion;
pub mod messages;
mod node;
pub mod raw;
mod replay;
mod stats;

use std::net::IpAddr;

pub use config::{CloudTopic, FusedTopic, FusionConfig, NodeConfig, Overrides};
pub use fusion::CLOCK_HOLD;
pub use node::{dense_grid, voxel_cloud, RunningNode};
pub use replay::{replay, ReplayOptions, Replayed, Replayer};
pub use stats::{Skip, Stage, TopicStats};

/// The ROS 2 type of a point cloud, as bags and the decoder name it.
pub const POINT_CLOUD2: &str = "sensor_msgs/msg/PointCloud2";

/// Why the node or a replay stopped or could not start.
#[derive(Debug, thiserror::Error)]
pub enum NodeError {
    /// The configuration is not valid: the message says which setting.
    #[error("configuration: {0}")]
    Config(String),
    /// DDS refused to create an entity, or failed to read or write.
    #[error("DDS: {0}")]
    Dds(String),
    /// The backend failed a voxelization it had accepted.
    #[error("backend: {0}")]
    Backend(String),
    /// The recording to replay could not be read.
    #[error(transparent)]
    Recording(#[from] robocache_recordings::RecordingError),
}

/// A ROS 2 context on `domain_id`, using only the interfaces whose
/// addresses `networks` lists (every interface when it is empty).
/// Participants on one host find each other through the loopback peers
/// RustDDS announces to, so `127.0.0.1` alone works without multicast.
fn ros_context(domain_id: u16, networks: &[IpAddr]) -> Result<ros2_client::Context, NodeError> {
    let mut builder = ros2_client::dds::rustdds::DomainParticipantBuilder::new(domain_id);
    if !networks.is_empty() {
        builder = builder.with_only_networks(networks.iter().copied());
    }
    let participant = builder
        .build()
        .map_err(|e| NodeError::Dds(format!("joining domain {domain_id}: {e:?}")))?;
    ros2_client::Context::from_domain_participant(participant)
        .map_err(|e| NodeError::Dds(format!("joining domain {domain_id}: {e:?}")))
}

/// The quality of service of the node's topics.
mod qos {
    use ros2_client::dds::rustdds::policy::ResourceLimits;
    use ros2_client::dds::rustdds::{QosPolicies, QosPolicyBuilder};
    use ros2_client::qos::{History, WhenFull};
    use ros2_client::QosProfile;

    /// What the node asks of its inputs: ROS 2's sensor-data profile
    /// (best effort, volatile, the last `depth` messages), which every
    /// publisher matches; reliable where the publisher is reliable and no
    /// message may be lost. RustDDS's cache of the topic is bounded to the
    /// same `depth`: by default it keeps 64 messages whatever the history.
    pub(crate) fn subscription(reliable: bool, depth: usize) -> QosPolicies {
        let profile = QosProfile::subscription_default().history(History::KeepLast { depth });
        let profile = match reliable {
            true => profile.reliability_reliable(WhenFull::DEFAULT),
            false => profile,
        };
        let depth = i32::try_from(depth).unwrap_or(i32::MAX);
        QosPolicies::from(&profile).modify_by(
            &QosPolicyBuilder::new()
                .resource_limits(ResourceLimits {
                    max_samples: depth,
                    max_instances: 1,
                    max_samples_per_instance: depth,
                })
                .build(),
        )
    }

    /// What the node offers: reliable, which both reliable and best-effort
    /// subscribers match, keeping the last `depth` messages to resend what
    /// a reliable reader missed. A message it no longer holds cannot be
    /// resent, and RustDDS's reader then waits for it, holding back the
    /// ones after it: bursts need a depth that covers them.
    pub(crate) fn publication(depth: usize) -> QosProfile {
        QosProfile::publisher_default().history(History::KeepLast { depth })
    }
}
