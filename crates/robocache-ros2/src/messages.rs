//! The ROS 2 messages the node publishes, and those it fuses as a sender
//! writes them, as serde structs in the field order of their `.msg`
//! definitions (ROS 2 Humble): RustDDS encodes them to CDR. What the node reads is decoded by robocache-recordings instead,
//! the decoder `robocache convert` uses, so both see the same bytes the
//! same way.

use serde::{Deserialize, Serialize};

/// `builtin_interfaces/msg/Time`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Time {
    /// Whole seconds since the Unix epoch.
    pub sec: i32,
    /// Nanoseconds past `sec`, below 10^9.
    pub nanosec: u32,
}

impl Time {
    /// The time of `seconds` since the Unix epoch, to the nanosecond.
    ///
    /// ```
    /// use robocache_ros2::messages::Time;
    /// assert_eq!(Time::from_seconds(1.25), Time { sec: 1, nanosec: 250_000_000 });
    /// assert_eq!(Time::from_seconds(1.25).seconds(), 1.25);
    /// ```
    pub fn from_seconds(seconds: f64) -> Self {
        let nanos = (seconds * 1e9).round() as i64;
        Self {
            sec: nanos.div_euclid(1_000_000_000) as i32,
            nanosec: nanos.rem_euclid(1_000_000_000) as u32,
        }
    }

    /// Seconds since the Unix epoch, as robocache's decoder reads a stamp.
    pub fn seconds(self) -> f64 {
        self.sec as f64 + self.nanosec as f64 * 1e-9
    }
}

/// `std_msgs/msg/Header`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// When the data was measured.
    pub stamp: Time,
    /// The coordinate frame the data is in.
    pub frame_id: String,
}

/// `sensor_msgs/msg/PointField`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PointField {
    /// The field's name: `x`, `intensity`, ...
    pub name: String,
    /// Its byte offset within a point.
    pub offset: u32,
    /// Its element type, one of the `PointField` constants (`FLOAT32` is 7).
    pub datatype: u8,
    /// Elements in the field.
    pub count: u32,
}

impl PointField {
    /// `sensor_msgs/msg/PointField.FLOAT32`.
    pub const FLOAT32: u8 = 7;
}

/// `sensor_msgs/msg/PointCloud2`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PointCloud2 {
    /// Stamp and frame of the points.
    pub header: Header,
    /// Rows (1 for an unordered cloud).
    pub height: u32,
    /// Points per row.
    pub width: u32,
    /// The layout of one point.
    pub fields: Vec<PointField>,
    /// Whether `data` is big-endian.
    pub is_bigendian: bool,
    /// Bytes per point.
    pub point_step: u32,
    /// Bytes per row.
    pub row_step: u32,
    /// The points, `height * row_step` bytes. Encoded as one block of
    /// bytes (the CDR of a `uint8[]`: its length, then the bytes), not byte
    /// by byte: a cloud's megabytes are a copy, not a loop.
    #[serde(with = "serde_bytes")]
    pub data: Vec<u8>,
    /// Whether every point is finite.
    pub is_dense: bool,
}

impl PointCloud2 {
    /// An unordered cloud whose points are the named float32 fields, in
    /// order and packed, little-endian: `points` floats per name in `data`.
    ///
    /// ```
    /// use robocache_ros2::messages::{Header, PointCloud2};
    /// let data: Vec<u8> = [1.0f32, 2.0, 3.0].iter().flat_map(|v| v.to_le_bytes()).collect();
    /// let cloud = PointCloud2::float32(Header::default(), &["x", "y", "z"], data, true);
    /// assert_eq!((cloud.width, cloud.point_step, cloud.fields[2].offset), (1, 12, 8));
    /// ```
    pub fn float32<S: AsRef<str>>(header: Header, names: &[S], data: Vec<u8>, is_dense: bool) -> Self {
        let point_step = 4 * names.len();
        let fields = names
            .iter()
            .enumerate()
            .map(|(i, name)| PointField {
                name: name.as_ref().to_string(),
                offset: 4 * i as u32,
                datatype: PointField::FLOAT32,
                count: 1,
            })
            .collect();
        let width = data.len().checked_div(point_step).unwrap_or(0);
        Self {
            header,
            height: 1,
            width: width as u32,
            fields,
            is_bigendian: false,
            point_step: point_step as u32,
            row_step: (width * point_step) as u32,
            data,
            is_dense,
        }
    }
}

/// `std_msgs/msg/MultiArrayDimension`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MultiArrayDimension {
    /// The axis's name.
    pub label: String,
    /// Its length.
    pub size: u32,
    /// Elements from one index of this axis to the next times the length,
    /// as ROS defines it: the product of this and the inner axes' sizes.
    pub stride: u32,
}

/// `std_msgs/msg/MultiArrayLayout`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MultiArrayLayout {
    /// The axes, outermost first.
    pub dim: Vec<MultiArrayDimension>,
    /// Elements before the first of the array.
    pub data_offset: u32,
}

/// `std_msgs/msg/Float32MultiArray`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Float32MultiArray {
    /// The shape of `data`.
    pub layout: MultiArrayLayout,
    /// The values, row-major.
    pub data: Vec<f32>,
}

/// `diagnostic_msgs/msg/KeyValue`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyValue {
    /// What is measured.
    pub key: String,
    /// Its value, in words or digits.
    pub value: String,
}

/// `diagnostic_msgs/msg/DiagnosticStatus`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticStatus {
    /// `OK` (0), `WARN` (1), `ERROR` (2) or `STALE` (3).
    pub level: u8,
    /// Which part of the node this is about.
    pub name: String,
    /// A summary in words.
    pub message: String,
    /// The hardware it runs on.
    pub hardware_id: String,
    /// The figures.
    pub values: Vec<KeyValue>,
}

impl DiagnosticStatus {
    /// All is well.
    pub const OK: u8 = 0;
    /// Something was skipped or is slow.
    pub const WARN: u8 = 1;
}

/// `diagnostic_msgs/msg/DiagnosticArray`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticArray {
    /// When the figures were taken.
    pub header: Header,
    /// One status per part of the node.
    pub status: Vec<DiagnosticStatus>,
}

/// `robocache_msgs/msg/FusedFrame`: one frame of the node's fused streams,
/// defined in `interfaces/robocache_msgs/msg/FusedFrame.msg` (build that
/// package with colcon to read it from rclcpp or rclpy). It holds what a
/// row of `robocache convert`'s dataset holds for the same streams.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FusedFrame {
    /// `stamp`: the frame's time, to the nanosecond.
    pub header: Header,
    /// The frame's time, seconds since the Unix epoch, exactly as the
    /// converter's `time_unix`.
    pub time: f64,
    /// The fused streams (their topics), in the order their values follow.
    pub streams: Vec<String>,
    /// Each stream's number of values.
    pub widths: Vec<u32>,
    /// Each value's column name (`position.joint_0`, `orientation.w`, ...).
    pub names: Vec<String>,
    /// The values: each stream resampled at `time` in its mode.
    pub values: Vec<f32>,
    /// Per stream: no sample within its tolerance of `time`, or none after
    /// it by the deadline; its values then hold its latest sample.
    pub is_pad: Vec<bool>,
    /// Per stream: the age of its latest sample at or before `time`,
    /// seconds (infinite if none).
    pub staleness: Vec<f32>,
}

/// `geometry_msgs/msg/Vector3`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Vector3 {
    /// x.
    pub x: f64,
    /// y.
    pub y: f64,
    /// z.
    pub z: f64,
}

/// `geometry_msgs/msg/Quaternion`, scalar last.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quaternion {
    /// x.
    pub x: f64,
    /// y.
    pub y: f64,
    /// z.
    pub z: f64,
    /// w.
    pub w: f64,
}

impl Default for Quaternion {
    /// The identity rotation, as ROS 2 initialises one.
    fn default() -> Self {
        Self {
            x: 0.0,
            y: 0.0,
            z: 0.0,
            w: 1.0,
        }
    }
}

/// `sensor_msgs/msg/JointState`: what the node fuses, and what a replay or
/// a test sends it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JointState {
    /// When the joints were measured.
    pub header: Header,
    /// The joints' names.
    pub name: Vec<String>,
    /// Positions, one per name (or none).
    pub position: Vec<f64>,
    /// Velocities, one per name (or none).
    pub velocity: Vec<f64>,
    /// Efforts, one per name (or none).
    pub effort: Vec<f64>,
}

/// `sensor_msgs/msg/Imu`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Imu {
    /// When it was measured.
    pub header: Header,
    /// The orientation estimate.
    pub orientation: Quaternion,
    /// Row-major 3x3.
    pub orientation_covariance: [f64; 9],
    /// rad/s.
    pub angular_velocity: Vector3,
    /// Row-major 3x3.
    pub angular_velocity_covariance: [f64; 9],
    /// m/s^2.
    pub linear_acceleration: Vector3,
    /// Row-major 3x3.
    pub linear_acceleration_covariance: [f64; 9],
}

/// `geometry_msgs/msg/Pose`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pose {
    /// `geometry_msgs/msg/Point`: the same three f64 as a vector.
    pub position: Vector3,
    /// The orientation.
    pub orientation: Quaternion,
}

/// `geometry_msgs/msg/PoseStamped`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PoseStamped {
    /// When and in which frame.
    pub header: Header,
    /// The pose.
    pub pose: Pose,
}
