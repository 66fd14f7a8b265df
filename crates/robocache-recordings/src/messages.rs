//! The ROS 2 messages robocache reads, decoded from CDR into what the
//! library computes on: times as f64 seconds, values as f64 columns, and
//! point clouds as xyz plus per-point features.

use crate::cdr::CdrReader;
use crate::error::{CdrError, DecodeError};
use robocache_core::{PointRecordLayout, RecordValue};

/// The ROS 2 message types robocache decodes, by the names rosbag2 stores.
pub const SUPPORTED_TYPES: [&str; 6] = [
    "sensor_msgs/msg/PointCloud2",
    "sensor_msgs/msg/JointState",
    "sensor_msgs/msg/Imu",
    "geometry_msgs/msg/PoseStamped",
    "tf2_msgs/msg/TFMessage",
    "nav_msgs/msg/Odometry",
];

/// Whether robocache decodes messages of this type (`pkg/msg/Name`; the
/// ROS 1 style `pkg/Name` is accepted too).
///
/// ```
/// assert!(robocache_recordings::is_supported("sensor_msgs/msg/Imu"));
/// assert!(!robocache_recordings::is_supported("std_msgs/msg/String"));
/// ```
pub fn is_supported(type_name: &str) -> bool {
    supported_type(type_name).is_some()
}

/// The name rosbag2 stores for `type_name` (`pkg/msg/Name`, from either
/// naming style) if robocache decodes it.
///
/// ```
/// use robocache_recordings::supported_type;
/// assert_eq!(supported_type("sensor_msgs/Imu"), Some("sensor_msgs/msg/Imu"));
/// assert_eq!(supported_type("std_msgs/msg/String"), None);
/// assert_eq!(supported_type("sensor_msgs/srv/Imu"), None);
/// assert_eq!(supported_type("sensor_msgs/msg/Imu/x"), None);
/// ```
pub fn supported_type(type_name: &str) -> Option<&'static str> {
    let mut parts = type_name.split('/');
    let (package, middle, name) = (parts.next()?, parts.next()?, parts.next());
    let (middle, name) = match name {
        Some(name) => (middle, name),
        None => ("msg", middle),
    };
    if parts.next().is_some() || middle != "msg" {
        return None;
    }
    SUPPORTED_TYPES.into_iter().find(|t| {
        t.strip_prefix(package)
            .and_then(|rest| rest.strip_prefix("/msg/"))
            == Some(name)
    })
}

/// Whether messages of this type are `sensor_msgs/PointCloud2`, which
/// [`decode`] returns as [`Decoded::Cloud`] (either naming style, as
/// [`is_supported`]).
///
/// ```
/// assert!(robocache_recordings::is_point_cloud("sensor_msgs/PointCloud2"));
/// assert!(!robocache_recordings::is_point_cloud("sensor_msgs/msg/Imu"));
/// ```
pub fn is_point_cloud(type_name: &str) -> bool {
    supported_type(type_name) == Some("sensor_msgs/msg/PointCloud2")
}

/// One decoded message.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    /// A message that is one sample of a vector stream (joint state, IMU,
    /// pose, odometry): its header stamp and its values, named by
    /// [`Decoded::columns`].
    Sample(Sample),
    /// A `tf2_msgs/TFMessage`: each transform is a sample of its own stream,
    /// named `parent->child`.
    Transforms(Vec<(String, Sample)>),
    /// A `sensor_msgs/PointCloud2`.
    Cloud(Cloud),
}

/// One sample of a vector stream.
#[derive(Clone, Debug, PartialEq)]
pub struct Sample {
    /// The header stamp, seconds since the Unix epoch.
    pub stamp: f64,
    /// The values, in the order of the stream's column names.
    pub values: Vec<f64>,
    /// The column names (`position.joint_0`, `orientation.x`, ...).
    pub columns: Vec<String>,
}

/// A point cloud: the points whose x, y and z are all finite, with every
/// other numeric field as a per-point feature.
#[derive(Clone, Debug, PartialEq)]
pub struct Cloud {
    /// The header stamp, seconds since the Unix epoch.
    pub stamp: f64,
    /// The frame the points are in.
    pub frame_id: String,
    /// `[N, 3]` row-major x, y, z of the kept points.
    pub xyz: Vec<f32>,
    /// `[N, F]` row-major features of the kept points, in the order of
    /// `feature_names`.
    pub features: Vec<f32>,
    /// The non-xyz fields, in the order they appear in the message (a field
    /// with `count` > 1 gives `name[0]`, `name[1]`, ...).
    pub feature_names: Vec<String>,
    /// Points dropped because x, y or z is not finite (`is_dense = false`
    /// clouds mark missing returns so).
    pub non_finite: usize,
}

impl Cloud {
    /// Points kept.
    pub fn len(&self) -> usize {
        self.xyz.len() / 3
    }

    /// Whether no point was kept.
    pub fn is_empty(&self) -> bool {
        self.xyz.is_empty()
    }
}

/// Decodes one CDR message of a supported type.
///
/// ```
/// // An empty tf2_msgs/TFMessage, little-endian: the header, then a
/// // sequence of length 0.
/// let bytes = [0, 1, 0, 0, 0, 0, 0, 0];
/// let decoded = robocache_recordings::decode("tf2_msgs/msg/TFMessage", &bytes).unwrap();
/// assert_eq!(decoded, robocache_recordings::Decoded::Transforms(vec![]));
/// ```
pub fn decode(type_name: &str, bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with(type_name, bytes, Points::Gathered)
}

/// The error of a message of `type_name` whose CDR does not read.
fn cdr_error(type_name: &str) -> impl Fn(CdrError) -> DecodeError + Copy + '_ {
    move |source| DecodeError::Cdr {
        type_name: type_name.to_string(),
        source,
    }
}

/// What a decoded cloud holds of its points.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Points {
    /// Every point's coordinates and features.
    Gathered,
    /// None: the layout is checked as for [`Points::Gathered`], and the
    /// points are left unread (`inspect` needs a cloud's stamp, not its
    /// megabytes of points).
    LayoutOnly,
}

pub(crate) fn decode_with(type_name: &str, bytes: &[u8], points: Points) -> Result<Decoded, DecodeError> {
    let Some(canonical) = supported_type(type_name) else {
        return Err(DecodeError::UnsupportedType(type_name.to_string()));
    };
    let cdr = cdr_error(canonical);
    let mut r = CdrReader::new(bytes).map_err(cdr)?;
    let decoded = match canonical {
        "sensor_msgs/msg/JointState" => joint_state(&mut r).map(Decoded::Sample).map_err(cdr)?,
        "sensor_msgs/msg/Imu" => imu(&mut r).map(Decoded::Sample).map_err(cdr)?,
        "geometry_msgs/msg/PoseStamped" => pose_stamped(&mut r).map(Decoded::Sample).map_err(cdr)?,
        "nav_msgs/msg/Odometry" => odometry(&mut r).map(Decoded::Sample).map_err(cdr)?,
        "tf2_msgs/msg/TFMessage" => tf_message(&mut r).map(Decoded::Transforms).map_err(cdr)?,
        "sensor_msgs/msg/PointCloud2" => Decoded::Cloud(point_cloud2(&mut r, &cdr, points)?),
        _ => return Err(DecodeError::UnsupportedType(type_name.to_string())),
    };
    Ok(decoded)
}

/// `std_msgs/Header`: the stamp, and the frame id.
fn header(r: &mut CdrReader) -> Result<(f64, String), CdrError> {
    let stamp = r.time()?;
    let frame = r.string()?;
    Ok((stamp, frame))
}

fn names(prefix: &str, parts: &[&str]) -> Vec<String> {
    parts.iter().map(|p| format!("{prefix}.{p}")).collect()
}

const XYZ: [&str; 3] = ["x", "y", "z"];
const XYZW: [&str; 4] = ["x", "y", "z", "w"];

fn joint_state(r: &mut CdrReader) -> Result<Sample, CdrError> {
    let (stamp, _) = header(r)?;
    let joints = r.strings()?;
    let mut values = Vec::new();
    let mut columns = Vec::new();
    for part in ["position", "velocity", "effort"] {
        let sequence = r.f64_sequence()?;
        // ROS allows an empty sequence for a quantity a driver does not
        // report; any other length must name one value per joint.
        if sequence.is_empty() {
            continue;
        }
        if sequence.len() != joints.len() {
            return Err(CdrError::Inconsistent(format!(
                "JointState has {} names but {} {part} values",
                joints.len(),
                sequence.len()
            )));
        }
        columns.extend(joints.iter().map(|j| format!("{part}.{j}")));
        values.extend(sequence);
    }
    Ok(Sample {
        stamp,
        values,
        columns,
    })
}

fn imu(r: &mut CdrReader) -> Result<Sample, CdrError> {
    let (stamp, _) = header(r)?;
    let orientation = r.f64s::<4>()?;
    r.f64s::<9>()?;
    let angular = r.f64s::<3>()?;
    r.f64s::<9>()?;
    let linear = r.f64s::<3>()?;
    r.f64s::<9>()?;
    let mut columns = names("orientation", &XYZW);
    columns.extend(names("angular_velocity", &XYZ));
    columns.extend(names("linear_acceleration", &XYZ));
    Ok(Sample {
        stamp,
        values: [&orientation[..], &angular, &linear].concat(),
        columns,
    })
}

fn pose(r: &mut CdrReader) -> Result<[f64; 7], CdrError> {
    r.f64s::<7>()
}

fn pose_columns() -> Vec<String> {
    let mut columns = names("position", &XYZ);
    columns.extend(names("orientation", &XYZW));
    columns
}

fn pose_stamped(r: &mut CdrReader) -> Result<Sample, CdrError> {
    let (stamp, _) = header(r)?;
    Ok(Sample {
        stamp,
        values: pose(r)?.to_vec(),
        columns: pose_columns(),
    })
}

fn odometry(r: &mut CdrReader) -> Result<Sample, CdrError> {
    let (stamp, _) = header(r)?;
    r.string()?;
    let pose = pose(r)?;
    r.f64s::<36>()?;
    let twist = r.f64s::<6>()?;
    r.f64s::<36>()?;
    let mut columns = pose_columns();
    columns.extend(names("linear_velocity", &XYZ));
    columns.extend(names("angular_velocity", &XYZ));
    Ok(Sample {
        stamp,
        values: [&pose[..], &twist].concat(),
        columns,
    })
}

fn tf_message(r: &mut CdrReader) -> Result<Vec<(String, Sample)>, CdrError> {
    // A TransformStamped takes at least 8 (stamp) + 4 + 4 (two strings) +
    // 56 (seven f64) bytes.
    let count = r.length(72)?;
    let mut columns = names("translation", &XYZ);
    columns.extend(names("rotation", &XYZW));
    (0..count)
        .map(|_| {
            let (stamp, parent) = header(r)?;
            let child = r.string()?;
            let values = r.f64s::<7>()?.to_vec();
            Ok((
                format!("{parent}->{child}"),
                Sample {
                    stamp,
                    values,
                    columns: columns.clone(),
                },
            ))
        })
        .collect()
}

/// `sensor_msgs/PointField` datatypes.
#[derive(Clone, Copy, Debug)]
enum FieldType {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    F32,
    F64,
}

impl FieldType {
    fn from_ros(code: u8) -> Option<Self> {
        Some(match code {
            1 => Self::I8,
            2 => Self::U8,
            3 => Self::I16,
            4 => Self::U16,
            5 => Self::I32,
            6 => Self::U32,
            7 => Self::F32,
            8 => Self::F64,
            _ => return None,
        })
    }

    fn size(self) -> usize {
        match self {
            Self::I8 | Self::U8 => 1,
            Self::I16 | Self::U16 => 2,
            Self::I32 | Self::U32 | Self::F32 => 4,
            Self::F64 => 8,
        }
    }

    /// Reads one value at the start of `bytes` (at least `size` long), as
    /// f32: f64 and 32-bit integers round once, to the nearest f32, and a
    /// finite f64 beyond f32's range becomes infinite.
    #[inline]
    fn read(self, bytes: &[u8], big_endian: bool) -> f32 {
        fn word<const N: usize>(bytes: &[u8], big_endian: bool) -> [u8; N] {
            let mut out = [0; N];
            out.copy_from_slice(&bytes[..N]);
            if big_endian {
                out.reverse();
            }
            out
        }
        match self {
            Self::I8 => f32::from(bytes[0] as i8),
            Self::U8 => f32::from(bytes[0]),
            Self::I16 => f32::from(i16::from_le_bytes(word(bytes, big_endian))),
            Self::U16 => f32::from(u16::from_le_bytes(word(bytes, big_endian))),
            Self::I32 => i32::from_le_bytes(word(bytes, big_endian)) as f32,
            Self::U32 => u32::from_le_bytes(word(bytes, big_endian)) as f32,
            Self::F32 => f32::from_le_bytes(word(bytes, big_endian)),
            Self::F64 => f64::from_le_bytes(word(bytes, big_endian)) as f32,
        }
    }
}

/// The x, y, z and features of every point whose x, y and z are finite,
/// read with `read`, and the number of the others (`is_dense = false`
/// clouds mark missing returns so).
#[inline]
fn gather(
    points: &PointData,
    xyz: [&Field; 3],
    features: &[&Field],
    read: impl Fn(&[u8], &Field) -> f32,
) -> (Vec<f32>, Vec<f32>, usize) {
    let mut kept_xyz = Vec::with_capacity(points.len() * 3);
    let mut kept_features = Vec::with_capacity(points.len() * features.len());
    let mut non_finite = 0;
    points.for_each(|point| {
        let p = xyz.map(|field| read(point, field));
        if p.iter().all(|v| v.is_finite()) {
            kept_xyz.extend_from_slice(&p);
            for field in features {
                kept_features.push(read(point, field));
            }
        } else {
            non_finite += 1;
        }
    });
    (kept_xyz, kept_features, non_finite)
}

/// [`gather`] for points whose fields are all little-endian f32, `F` of
/// them features, at the given byte offsets (checked to lie within the
/// point).
fn gather_f32_le<const F: usize>(
    points: &PointData,
    xyz: [usize; 3],
    features: [usize; F],
) -> (Vec<f32>, Vec<f32>, usize) {
    let mut kept_xyz = Vec::with_capacity(points.len() * 3);
    let mut kept_features = Vec::with_capacity(points.len() * F);
    let mut non_finite = 0;
    let read = |point: &[u8], at: usize| point[at..at + 4].try_into().map_or(f32::NAN, f32::from_le_bytes);
    points.for_each(|point| {
        let p = xyz.map(|at| read(point, at));
        if p.iter().all(|v| v.is_finite()) {
            kept_xyz.extend_from_slice(&p);
            kept_features.extend_from_slice(&features.map(|at| read(point, at)));
        } else {
            non_finite += 1;
        }
    });
    (kept_xyz, kept_features, non_finite)
}

/// The points of a cloud's data: `height` rows of `width` points of
/// `point_step` bytes, rows `row_step` apart (checked to fit the data).
struct PointData<'a> {
    data: &'a [u8],
    height: usize,
    width: usize,
    point_step: usize,
    row_step: usize,
}

impl PointData<'_> {
    fn len(&self) -> usize {
        self.height * self.width
    }

    #[inline]
    fn for_each(&self, mut f: impl FnMut(&[u8])) {
        for row in 0..self.height {
            let bytes = &self.data[row * self.row_step..][..self.width * self.point_step];
            for point in bytes.chunks_exact(self.point_step) {
                f(point);
            }
        }
    }
}

/// A `sensor_msgs/PointCloud2` whose points are records that robocache can
/// unpack as they are (`robocache::Context::unpack_points`): x, y and z
/// little-endian `FLOAT32`, every other field a little-endian `FLOAT32` or
/// 8- or 16-bit integer, and no bytes between rows. Its points are
/// borrowed from the message, not read.
#[derive(Clone, Debug, PartialEq)]
pub struct CloudRecords<'a> {
    /// The header stamp, seconds since the Unix epoch.
    pub stamp: f64,
    /// The frame the points are in.
    pub frame_id: String,
    /// Every point's record, missing returns (non-finite x, y or z)
    /// included.
    pub data: &'a [u8],
    /// Where x, y, z and the other fields sit in a record, the other
    /// fields in the order of `feature_names`.
    pub layout: PointRecordLayout,
    /// The other fields, named as [`Cloud::feature_names`] names them.
    pub feature_names: Vec<String>,
}

impl CloudRecords<'_> {
    /// Points in the cloud, missing returns included.
    pub fn len(&self) -> usize {
        self.data.len() / self.layout.point_step
    }

    /// Whether the cloud has no point.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}

/// Decodes a `sensor_msgs/PointCloud2` message's header and layout, and
/// borrows its points as records: `Ok(None)` where they are not records
/// robocache can unpack as they are ([`CloudRecords`]), and [`decode`]
/// gathers them instead. A malformed cloud is refused with the error
/// [`decode`] gives it.
///
/// ```
/// // A PointCloud2 of 2 points, float32 x, y, z, in little-endian CDR.
/// fn word(m: &mut Vec<u8>, v: u32) {
///     while (m.len() - 4) % 4 != 0 {
///         m.push(0); // CDR aligns a u32 to 4 bytes after the 4-byte header
///     }
///     m.extend(v.to_le_bytes());
/// }
/// fn string(m: &mut Vec<u8>, s: &str) {
///     word(m, s.len() as u32 + 1);
///     m.extend(s.as_bytes());
///     m.push(0);
/// }
/// let mut m = vec![0, 1, 0, 0];
/// word(&mut m, 7); // stamp: 7 s
/// word(&mut m, 0);
/// string(&mut m, "lidar");
/// word(&mut m, 1); // height
/// word(&mut m, 2); // width
/// word(&mut m, 3); // fields
/// for (name, offset) in [("x", 0), ("y", 4), ("z", 8)] {
///     string(&mut m, name);
///     word(&mut m, offset);
///     m.push(7); // FLOAT32
///     word(&mut m, 1); // count
/// }
/// m.push(0); // little-endian
/// word(&mut m, 12); // point_step
/// word(&mut m, 24); // row_step
/// word(&mut m, 24); // data
/// for v in [1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0] {
///     m.extend(v.to_le_bytes());
/// }
/// m.push(1); // is_dense
/// let records = robocache_recordings::cloud_records(&m)?.expect("float32 x, y, z are records");
/// assert_eq!((records.len(), records.stamp, records.frame_id.as_str()), (2, 7.0, "lidar"));
/// assert_eq!(records.layout.xyz, [0, 4, 8]);
/// assert_eq!(records.data, &m[m.len() - 25..m.len() - 1]);
/// # Ok::<(), robocache_recordings::DecodeError>(())
/// ```
pub fn cloud_records(bytes: &[u8]) -> Result<Option<CloudRecords<'_>>, DecodeError> {
    let cdr = cdr_error("sensor_msgs/msg/PointCloud2");
    let mut r = CdrReader::new(bytes).map_err(cdr)?;
    let layout = cloud_layout(&mut r, &cdr)?;
    let points = &layout.points;
    let packed_rows = points.height <= 1 || points.row_step == points.width * points.point_step;
    let as_record = |f: &Field| match (layout.big_endian, f.kind) {
        (true, _) => None,
        (false, FieldType::F32) => Some(RecordValue::F32),
        (false, FieldType::I8) => Some(RecordValue::I8),
        (false, FieldType::U8) => Some(RecordValue::U8),
        (false, FieldType::I16) => Some(RecordValue::I16),
        (false, FieldType::U16) => Some(RecordValue::U16),
        (false, FieldType::I32 | FieldType::U32 | FieldType::F64) => None,
    };
    let xyz = layout.xyz.map(|i| &layout.fields[i]);
    let feature_fields = layout.feature_fields();
    let features: Option<Vec<(usize, RecordValue)>> = feature_fields
        .iter()
        .map(|f| Some((f.offset, as_record(f)?)))
        .collect();
    let xyz_f32 = xyz.iter().all(|f| as_record(f) == Some(RecordValue::F32));
    let (Some(features), true, true) = (features, xyz_f32, packed_rows) else {
        return Ok(None);
    };
    let record_layout = PointRecordLayout {
        point_step: points.point_step,
        xyz: xyz.map(|f| f.offset),
        features,
    };
    // `cloud_layout` checked that every field lies within a point and the
    // rows within the data.
    if record_layout.points_in(points.len() * points.point_step).is_err() {
        return Ok(None);
    }
    Ok(Some(CloudRecords {
        stamp: layout.stamp,
        frame_id: layout.frame_id.clone(),
        data: &points.data[..points.len() * points.point_step],
        layout: record_layout,
        feature_names: feature_fields.iter().map(|f| f.name.clone()).collect(),
    }))
}

/// One value a point carries: where it sits in the point, and its type.
struct Field {
    name: String,
    offset: usize,
    kind: FieldType,
}

/// A `PointCloud2` with its layout checked and its points not yet read.
struct CloudLayout<'a> {
    stamp: f64,
    frame_id: String,
    fields: Vec<Field>,
    big_endian: bool,
    points: PointData<'a>,
    /// Indices into `fields` of x, y and z.
    xyz: [usize; 3],
}

impl CloudLayout<'_> {
    /// The fields other than x, y and z, in message order.
    fn feature_fields(&self) -> Vec<&Field> {
        let xyz = self.xyz;
        (self.fields.iter().enumerate())
            .filter(|(i, _)| !xyz.contains(i))
            .map(|(_, f)| f)
            .collect()
    }
}

fn cloud_layout<'a>(
    r: &mut CdrReader<'a>,
    cdr: &impl Fn(CdrError) -> DecodeError,
) -> Result<CloudLayout<'a>, DecodeError> {
    let (stamp, frame_id) = header(r).map_err(cdr)?;
    let height = r.u32().map_err(cdr)? as usize;
    let width = r.u32().map_err(cdr)? as usize;
    // A PointField takes at least 4 + 4 + 1 + 4 bytes.
    let field_count = r.length(13).map_err(cdr)?;
    let mut fields = Vec::with_capacity(field_count);
    for _ in 0..field_count {
        let name = r.string().map_err(cdr)?;
        let offset = r.u32().map_err(cdr)? as usize;
        let code = r.u8().map_err(cdr)?;
        let count = r.u32().map_err(cdr)? as usize;
        let kind = FieldType::from_ros(code).ok_or_else(|| {
            DecodeError::Cloud(format!("field {name} has datatype {code}, not one of ROS's 1-8"))
        })?;
        for i in 0..count.min(64) {
            let element = if count == 1 {
                name.clone()
            } else {
                format!("{name}[{i}]")
            };
            fields.push(Field {
                name: element,
                offset: offset + i * kind.size(),
                kind,
            });
        }
    }
    let big_endian = r.bool().map_err(cdr)?;
    let point_step = r.u32().map_err(cdr)? as usize;
    let row_step = r.u32().map_err(cdr)? as usize;
    let data = r.bytes().map_err(cdr)?;
    let _is_dense = r.bool().map_err(cdr)?;

    let find = |axis: &str| fields.iter().position(|f| f.name == axis);
    let (Some(x), Some(y), Some(z)) = (find("x"), find("y"), find("z")) else {
        return Err(DecodeError::NoCoordinates {
            fields: fields.iter().map(|f| f.name.clone()).collect(),
        });
    };
    if let Some(f) = fields.iter().find(|f| f.offset + f.kind.size() > point_step) {
        return Err(DecodeError::Cloud(format!(
            "field {} ends at byte {} of a {point_step}-byte point",
            f.name,
            f.offset + f.kind.size()
        )));
    }
    let row_bytes = width
        .checked_mul(point_step)
        .filter(|&b| b <= row_step || height <= 1);
    let needed = row_bytes.and_then(|b| height.checked_sub(1)?.checked_mul(row_step)?.checked_add(b));
    match needed {
        Some(needed) if needed <= data.len() => {}
        _ => {
            return Err(DecodeError::Cloud(format!(
                "{height} rows of {width} points of {point_step} bytes (row step {row_step}) do not fit its {} bytes of data",
                data.len()
            )))
        }
    }

    Ok(CloudLayout {
        stamp,
        frame_id,
        fields,
        big_endian,
        points: PointData {
            data,
            height,
            width,
            point_step,
            row_step,
        },
        xyz: [x, y, z],
    })
}

fn point_cloud2(
    r: &mut CdrReader,
    cdr: &impl Fn(CdrError) -> DecodeError,
    gather_points: Points,
) -> Result<Cloud, DecodeError> {
    let layout = cloud_layout(r, cdr)?;
    let feature_fields = layout.feature_fields();
    let feature_names = feature_fields.iter().map(|f| f.name.clone()).collect();
    let (stamp, frame_id, fields, points) = (layout.stamp, &layout.frame_id, &layout.fields, &layout.points);
    let big_endian = layout.big_endian;
    if gather_points == Points::LayoutOnly {
        return Ok(Cloud {
            stamp,
            frame_id: frame_id.clone(),
            xyz: Vec::new(),
            features: Vec::new(),
            feature_names,
            non_finite: 0,
        });
    }
    let xyz_fields = layout.xyz.map(|i| &fields[i]);
    // The common layout, every field a little-endian f32, gets a reader of
    // its own without a branch on the field's type; `gather` is compiled
    // once per reader.
    let all_f32 = !big_endian && fields.iter().all(|f| matches!(f.kind, FieldType::F32));
    let offsets = xyz_fields.map(|f| f.offset);
    let fixed = |n| feature_fields.len() == n && all_f32;
    let feature_offset = |i: usize| feature_fields[i].offset;
    // Up to four little-endian f32 features (a lidar's intensity, ring,
    // time...), a loop with every offset known and nothing to dispatch on.
    let (xyz, features, non_finite) = if fixed(0) {
        gather_f32_le::<0>(points, offsets, [])
    } else if fixed(1) {
        gather_f32_le(points, offsets, [feature_offset(0)])
    } else if fixed(2) {
        gather_f32_le(points, offsets, [0, 1].map(feature_offset))
    } else if fixed(3) {
        gather_f32_le(points, offsets, [0, 1, 2].map(feature_offset))
    } else if fixed(4) {
        gather_f32_le(points, offsets, [0, 1, 2, 3].map(feature_offset))
    } else if all_f32 {
        // A 4-byte slice always converts (and the fields were checked to lie
        // within the point), so the NaN is never read.
        let read = |point: &[u8], field: &Field| {
            let at = field.offset;
            point[at..at + 4].try_into().map_or(f32::NAN, f32::from_le_bytes)
        };
        gather(points, xyz_fields, &feature_fields, read)
    } else {
        let read = |point: &[u8], field: &Field| field.kind.read(&point[field.offset..], big_endian);
        gather(points, xyz_fields, &feature_fields, read)
    };
    Ok(Cloud {
        stamp,
        frame_id: frame_id.clone(),
        xyz,
        features,
        feature_names,
        non_finite,
    })
}
