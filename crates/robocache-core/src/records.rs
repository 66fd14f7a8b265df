//! Points as sensors send them: one fixed-size record per point, with x, y,
//! z and any features as little-endian f32 at fixed byte offsets (a ROS
//! `PointCloud2` whose fields are all `FLOAT32`, a lidar driver's packet of
//! points). Unpacking them where they are voxelized saves the host a pass
//! over the cloud's bytes.

use crate::{Error, Result};

/// Where each value sits in a point's record: every value is a
/// little-endian f32 that lies within the record.
///
/// ```
/// use robocache_core::PointRecordLayout;
/// // x, y, z, then 4 bytes of padding, then intensity: 20-byte records.
/// let layout = PointRecordLayout::new(20, [0, 4, 8]).with_features([16]);
/// let mut records = Vec::new();
/// for value in [1.0f32, 2.0, 3.0, 0.0, 0.5, 4.0, 5.0, 6.0, 0.0, 0.75] {
///     records.extend_from_slice(&value.to_le_bytes());
/// }
/// let (points, features) = layout.unpack(&records)?;
/// assert_eq!(points, vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
/// assert_eq!(features, vec![0.5, 0.75]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PointRecordLayout {
    /// Bytes from the start of one point's record to the next.
    pub point_step: usize,
    /// Byte offsets of x, y and z within a record.
    pub xyz: [usize; 3],
    /// Byte offsets of the features within a record, in the order they are
    /// to come out.
    pub features: Vec<usize>,
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

    /// The same records, with features at these byte offsets.
    pub fn with_features(mut self, offsets: impl IntoIterator<Item = usize>) -> Self {
        self.features = offsets.into_iter().collect();
        self
    }

    /// Every value's offset: x, y, z, then the features.
    pub fn offsets(&self) -> impl Iterator<Item = usize> + '_ {
        self.xyz.iter().chain(&self.features).copied()
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
        if let Some(offset) = self
            .offsets()
            .find(|&o| o.checked_add(4).is_none_or(|end| end > self.point_step))
        {
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
        let value = |record: &[u8], at: usize| {
            f32::from_le_bytes([record[at], record[at + 1], record[at + 2], record[at + 3]])
        };
        let records = records.chunks_exact(self.point_step);
        for (i, record) in records.enumerate() {
            for (axis, &at) in self.xyz.iter().enumerate() {
                points[i * 3 + axis] = value(record, at);
            }
            for (f, &at) in self.features.iter().enumerate() {
                features[i * width + f] = value(record, at);
            }
        }
        Ok(())
    }
}
