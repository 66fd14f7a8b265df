//! Point records, as sensors and ROS send them, unpacked into a context's
//! tensors where they are to be voxelized.

use robocache_core::{DType, HostBuffer, PointRecordLayout, Result};

use crate::context::dispatch;
use crate::tensor::Storage;
use crate::{Context, Tensor};

/// Points and features unpacked from point records
/// ([`Context::unpack_points`]).
#[derive(Debug)]
pub struct UnpackedPoints {
    /// `[N, 3]` f32: x, y and z of every record, non-finite ones included.
    pub points: Tensor,
    /// `[N, F]` f32, in the order of the layout's feature offsets; `None`
    /// where the layout names no feature.
    pub features: Option<Tensor>,
}

impl Context {
    /// Unpacks point records (one fixed-size record per point, x, y, z and
    /// features as little-endian f32 at the `layout`'s offsets: a ROS
    /// `PointCloud2`'s `data` when its fields are all `FLOAT32`) into points
    /// and features on this context's device.
    ///
    /// On a GPU the records are uploaded as they are and taken apart by a
    /// kernel, so the host passes over a cloud's bytes once, to upload them,
    /// where unpacking first on the host and uploading the points and
    /// features would pass over them three times. Every record is kept,
    /// NaN and infinite values included: [`Context::voxelize`] drops a
    /// point with a non-finite coordinate and never reads its features.
    ///
    /// Bytes that are not whole records, or a value that does not end
    /// within its record, are an [`Error::InvalidRecords`](crate::Error::InvalidRecords).
    ///
    /// ```
    /// use robocache::{Context, PointRecordLayout, VoxelGrid, VoxelMode};
    /// let ctx = Context::cpu();
    /// // x, y, z, intensity: 16-byte records, the second one a missing return.
    /// let mut records = Vec::new();
    /// for value in [0.5f32, 0.5, 0.5, 7.0, f32::NAN, f32::NAN, f32::NAN, 0.0] {
    ///     records.extend_from_slice(&value.to_le_bytes());
    /// }
    /// let layout = PointRecordLayout::new(16, [0, 4, 8]).with_features([12]);
    /// let unpacked = ctx.unpack_points(&records, &layout)?;
    /// assert_eq!(unpacked.points.shape(), &[2, 3]);
    /// let features = unpacked.features.as_ref().unwrap();
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [1, 1, 1]);
    /// let means = ctx.voxelize(&unpacked.points, grid, VoxelMode::Mean).features(features).run()?;
    /// assert_eq!(means.voxels.to_vec::<f32>()?, vec![7.0]);
    /// assert_eq!(means.stats()?[0].non_finite, 1);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn unpack_points(&self, records: &[u8], layout: &PointRecordLayout) -> Result<UnpackedPoints> {
        let count = layout.points_in(records.len())?;
        let width = layout.features.len();
        let (points, features) = dispatch!(&self.inner.device,
            cpu(pool) => {
                let what = "unpacked point records";
                // `take` gives a buffer of the dtype asked for.
                let take = |len| pool.take(DType::F32, len, what).map(|b| b.into_vec::<f32>().unwrap_or_default());
                let (mut points, mut features) = (take(count * 3)?, take(count * width)?);
                layout.unpack_into(records, &mut points, &mut features)?;
                let features = (width > 0).then_some(Storage::Host(HostBuffer::F32(features)));
                (Storage::Host(HostBuffer::F32(points)), features)
            },
            gpu(g) => {
                let (points, features) = g.unpack_points(records, layout)?;
                (Storage::Gpu(points), features.map(Storage::Gpu))
            },
        );
        Ok(UnpackedPoints {
            points: Tensor::new(self.clone(), vec![count, 3], points),
            features: features.map(|features| Tensor::new(self.clone(), vec![count, width], features)),
        })
    }
}
