//! The node's settings: a YAML file, which command-line flags may override.

use std::net::IpAddr;
use std::time::Duration;

use robocache::VoxelMode;
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
    /// (always in the sparse layout: the dense grid is scattered from it).
    pub voxel: VoxelOptions,
    /// Subscribe reliably (only reliable publishers match) rather than
    /// best effort (every publisher matches).
    pub reliable: bool,
    /// Messages DDS keeps per topic: of each input while the node is busy,
    /// and of each output until reliable subscribers have them.
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
        let voxel = self.voxel.unwrap_or_default();
        let (Some(size), Some(range)) = (voxel.size, voxel.range) else {
            return Err(NodeError::Config(
                "the voxel grid needs voxel.size (one value, or x, y, z) and voxel.range \
                 (xmin, ymin, zmin, xmax, ymax, zmax), in metres"
                    .into(),
            ));
        };
        let mode = parse_mode(voxel.mode.as_deref().unwrap_or("occupancy"))?;
        let voxel = VoxelOptions::from_size_and_range(&size, &range, mode, VoxelLayout::Sparse)
            .map_err(|e| NodeError::Config(e.to_string()))?;
        if self.clouds.is_empty() {
            return Err(NodeError::Config(
                "no point-cloud topic to subscribe to (clouds)".into(),
            ));
        }
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
            reliable: self.reliable.unwrap_or(false),
            queue,
            diagnostics_period: Duration::from_secs_f64(period),
        })
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
}

impl ConfigFile {
    fn apply(&mut self, o: Overrides) {
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
        if let Some(domain) = o.domain_id {
            self.domain_id = Some(domain);
        }
        if !o.networks.is_empty() {
            self.networks = Some(o.networks);
        }
        if o.reliable {
            self.reliable = Some(true);
        }
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
    /// assert_eq!(config.voxel.mode, robocache::VoxelMode::Count);
    /// assert_eq!(config.clouds[0].voxels, "/lidar/voxels");
    /// # Ok::<(), robocache_ros2::NodeError>(())
    /// ```
    pub fn from_yaml_with(yaml: &str, overrides: Overrides) -> Result<Self, NodeError> {
        let mut file = ConfigFile::parse(yaml)?;
        file.apply(overrides);
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
    /// assert_eq!(config.voxel.grid.dims, [40, 40, 8]);
    /// assert_eq!(config.clouds[0].voxels, "/lidar/points/voxels");
    /// assert!(NodeConfig::from_yaml("clouds: [{topic: /points}]\nvoxels: 1").is_err());
    /// # Ok::<(), robocache_ros2::NodeError>(())
    /// ```
    pub fn from_yaml(yaml: &str) -> Result<Self, NodeError> {
        ConfigFile::parse(yaml)?.resolve()
    }
}
