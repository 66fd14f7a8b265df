//! Points as sensors send them: one fixed-size record per point, with x, y
//! and z as little-endian f32 and features as little-endian f32 or small
//! integers, at fixed byte offsets (a ROS `PointCloud2`'s data, a lidar
//! driver's packet of points). Unpacking them where they are voxelized
//! saves the host a pass over the cloud's bytes.

use crate::{Error, Result};

/// The type of a value in a point's record, little-endian. Each converts to
/// f32 exactly; 32-bit integers and f64, which would round, are not among
/// them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RecordValue {
    /// IEEE f32.
    F32,
    /// Signed 8-bit integer.
    I8,
    /// Unsigned 8-bit integer.
    U8,
    /// Signed 16-bit integer.
    I16,
    /// Unsigned 16-bit integer.
    U16,
}

impl RecordValue {
    /// Bytes the value takes.
    pub const fn size(self) -> usize {
        match self {
            RecordValue::F32 => 4,
            RecordValue::I8 | RecordValue::U8 => 1,
            RecordValue::I16 | RecordValue::U16 => 2,
        }
    }

    /// The value at the start of `bytes` (at least [`RecordValue::size`]
    /// long), as f32.
    pub fn read(self, bytes: &[u8]) -> f32 {
        match self {
            RecordValue::F32 => f32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]),
            RecordValue::I8 => f32::from(bytes[0] as i8),
            RecordValue::U8 => f32::from(bytes[0]),
            RecordValue::I16 => f32::from(i16::from_le_bytes([bytes[0], bytes[1]])),
            RecordValue::U16 => f32::from(u16::from_le_bytes([bytes[0], bytes[1]])),
        }
    }
}

/// Where each value sits in a point's record: x, y and z are f32, each
/// feature f32 or a small integer ([`RecordValue`]), and every value lies
/// within the record.
///
/// ```
/// use robocache_core::{PointRecordLayout, RecordValue};
/// // x, y, z, intensity, then a ring number (u16) and 2 bytes of padding:
/// // 20-byte records, as a Velodyne driver sends them.
/// let layout = PointRecordLayout::new(20, [0, 4, 8]).with_features([12]).with_feature(16, RecordValue::U16);
/// let mut records = Vec::new();
/// for (xyzi, ring) in [([1.0f32, 2.0, 3.0, 0.5], 7u16), ([4.0, 5.0, 6.0, 0.75], 31)] {
///     xyzi.iter().for_each(|v| records.extend_from_slice(&v.to_le_bytes()));
///     records.extend_from_slice(&ring.to_le_bytes());
///     records.extend_from_slice(&[0, 0]);
/// }
/// let (points, features) = layout.unpack(&records)?;
/// assert_eq!(points, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
/// assert_eq!(features, vec![0.5, 7.0, 0.75, 31.0]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PointRecordLayout {
    /// Bytes from the start of one point's record to the next.
    pub point_step: usize,
    /// Byte offsets of x, y and z within a record.
    pub xyz: [usize; 3],
    /// The features: each one's byte offset within a record and type, in
    /// the order they are to come out.
    pub features: Vec<(usize, RecordValue)>,
}

impl PointRecordLayout {
    /// Records of `point_step` bytes with x, y and z at the offsets `xyz`,
    /// and no features.
    pub fn new(point_step: usize, xyz: [usize; 3]) -> Self {
        PointRecordLayout {
            point_step,
            xyz,
            features: Vec::new(),
        }
    }

    /// The same records, with f32 features at these byte offsets after
    /// those named so far.
    pub fn with_features(mut self, offsets: impl IntoIterator<Item = usize>) -> Self {
        self.features
            .extend(offsets.into_iter().map(|o| (o, RecordValue::F32)));
        self
    }

    /// The same records, with a feature of type `value` at byte `offset`
    /// after those named so far.
    pub fn with_feature(mut self, offset: usize, value: RecordValue) -> Self {
        self.features.push((offset, value));
        self
    }

    /// Every value's offset and type: x, y, z, then the features.
    pub fn values(&self) -> impl Iterator<Item = (usize, RecordValue)> + '_ {
        let xyz = self.xyz.iter().map(|&o| (o, RecordValue::F32));
        xyz.chain(self.features.iter().copied())
    }

    /// How many points `bytes` bytes of records hold: refused with
    /// [`Error::InvalidRecords`] unless every value lies within a record and
    /// the bytes are whole records.
    ///
    /// ```
    /// use robocache_core::PointRecordLayout;
    /// let layout = PointRecordLayout::new(16, [0, 4, 8]).with_features([12]);
    /// assert_eq!(layout.points_in(160)?, 10);
    /// assert!(layout.points_in(161).is_err());
    /// assert!(PointRecordLayout::new(12, [0, 4, 10]).points_in(0).is_err());
    /// # Ok::<(), robocache_core::Error>(())
    /// ```
    pub fn points_in(&self, bytes: usize) -> Result<usize> {
        let refuse = |why: String| Err(Error::InvalidRecords { why });
        if self.point_step == 0 {
            return refuse("a record of 0 bytes holds no point".into());
        }
        let beyond = |&(o, value): &(usize, RecordValue)| {
            o.checked_add(value.size())
                .is_none_or(|end| end > self.point_step)
        };
        if let Some((offset, _)) = self.values().find(beyond) {
            return refuse(format!(
                "a value at byte {offset} does not end within a {}-byte record",
                self.point_step
            ));
        }
        if bytes % self.point_step != 0 {
            return refuse(format!(
                "{bytes} bytes are not whole records of {} bytes",
                self.point_step
            ));
        }
        Ok(bytes / self.point_step)
    }

    /// The points `[N, 3]` and features `[N, F]` of `records`, row-major:
    /// the values as they are, NaN and infinities included (voxelization
    /// drops points with a non-finite coordinate and never reads their
    /// features).
    pub fn unpack(&self, records: &[u8]) -> Result<(Vec<f32>, Vec<f32>)> {
        let n = self.points_in(records.len())?;
        let mut points = vec![0.0; n * 3];
        let mut features = vec![0.0; n * self.features.len()];
        self.unpack_into(records, &mut points, &mut features)?;
        Ok((points, features))
    }

    /// [`PointRecordLayout::unpack`] into buffers the caller holds, of
    /// `N * 3` and `N * F` values.
    pub fn unpack_into(&self, records: &[u8], points: &mut [f32], features: &mut [f32]) -> Result<()> {
        let n = self.points_in(records.len())?;
        let width = self.features.len();
        if points.len() != n * 3 || features.len() != n * width {
            return Err(Error::InvalidRecords {
                why: format!(
                    "{n} points need {} and {} values, the buffers hold {} and {}",
                    n * 3,
                    n * width,
                    points.len(),
                    features.len()
                ),
            });
        }
        // `points_in` checked that every value ends within its record.
        let records = records.chunks_exact(self.point_step);
        for (i, record) in records.enumerate() {
            for (axis, &at) in self.xyz.iter().enumerate() {
                points[i * 3 + axis] = RecordValue::F32.read(&record[at..]);
            }
            for (f, &(at, value)) in self.features.iter().enumerate() {
                features[i * width + f] = value.read(&record[at..]);
            }
        }
        Ok(())
    }
}
