//! Each point cloud voxelized into one grid, on any backend: the occupied
//! voxels as row-major linear indices and values, or every voxel.

use std::borrow::Cow;
use std::sync::Arc;

use robocache::{Context, SparseOrder, TensorRef, TensorView, VoxelGrid, VoxelMode};
use robocache_recordings::{Cloud, CloudRecords};

/// Why a cloud could not be voxelized.
#[derive(Debug, thiserror::Error)]
pub enum VoxelError {
    /// The grid's size and range do not make a grid.
    #[error("{0}")]
    Grid(String),
    /// Mean and max reduce point features, and the cloud has none.
    #[error("voxel mode {0} reduces point features, and these points have only x, y and z")]
    NoFeatures(&'static str),
    /// The backend refused or failed the call.
    #[error(transparent)]
    Backend(#[from] robocache::Error),
    /// A voxel's linear index does not fit in 32 bits (the plan refuses such
    /// grids, so this is a bug).
    #[error("voxel ({0}, {1}, {2}) has no index below 2^32")]
    Index(i32, i32, i32),
}

/// How a cloud's grid is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum VoxelLayout {
    /// The occupied voxels: their row-major linear indices, ascending, and
    /// their values.
    Sparse,
    /// Every voxel's values, row-major `[X, Y, Z(, F)]`: for small grids.
    Dense,
}

/// The grid every cloud is voxelized into, what each voxel holds, and how
/// the result is laid out.
#[derive(Clone, Copy, Debug)]
pub struct VoxelOptions {
    /// The grid.
    pub grid: VoxelGrid,
    /// What each voxel holds.
    pub mode: VoxelMode,
    /// Occupied voxels only, or all of them.
    pub layout: VoxelLayout,
}

impl VoxelOptions {
    /// The grid a user gives as a voxel edge (one value, or x, y, z) and
    /// bounds `xmin, ymin, zmin, xmax, ymax, zmax`, in metres: each axis
    /// holds `round((max - min) / edge)` voxels, between 1 and a million.
    ///
    /// ```
    /// use robocache::VoxelMode;
    /// use robocache_frames::{VoxelLayout, VoxelOptions};
    /// let v = VoxelOptions::from_size_and_range(&[0.2], &[-10.0, -10.0, -2.0, 10.0, 10.0, 2.0], VoxelMode::Occupancy, VoxelLayout::Sparse)?;
    /// assert_eq!(v.grid.dims, [100, 100, 20]);
    /// assert!(VoxelOptions::from_size_and_range(&[0.2, 0.2], &[0.0; 6], VoxelMode::Count, VoxelLayout::Dense).is_err());
    /// # Ok::<(), robocache_frames::VoxelError>(())
    /// ```
    pub fn from_size_and_range(
        size: &[f32],
        range: &[f32],
        mode: VoxelMode,
        layout: VoxelLayout,
    ) -> Result<Self, VoxelError> {
        let size: [f32; 3] = match size {
            [s] => [*s; 3],
            [x, y, z] => [*x, *y, *z],
            _ => {
                return Err(VoxelError::Grid(
                    "a voxel size is one value or three (x, y, z)".into(),
                ))
            }
        };
        let [x0, y0, z0, x1, y1, z1] = range else {
            return Err(VoxelError::Grid(
                "a voxel range is six values: xmin, ymin, zmin, xmax, ymax, zmax".into(),
            ));
        };
        let (lo, hi) = ([*x0, *y0, *z0], [*x1, *y1, *z1]);
        let mut dims = [0usize; 3];
        for axis in 0..3 {
            let cells = ((hi[axis] - lo[axis]) / size[axis]).round();
            if !(1.0..=1e6).contains(&cells) {
                return Err(VoxelError::Grid(format!(
                    "the voxel range and size give {cells} voxels along axis {axis}"
                )));
            }
            dims[axis] = cells as usize;
        }
        Ok(Self {
            grid: VoxelGrid::new(lo, size, dims),
            mode,
            layout,
        })
    }
}

/// One cloud, voxelized: in the sparse layout the occupied voxels' linear
/// indices, ascending, and their values; in the dense layout every voxel's
/// values and no indices.
#[derive(Clone, Debug, PartialEq)]
pub struct VoxelizedCloud {
    /// Row-major linear indices `(x * Y + y) * Z + z` of the occupied
    /// voxels, ascending (empty in the dense layout).
    pub index: Vec<u32>,
    /// Per voxel, one value (occupancy, count) or one per point feature
    /// (mean, max), in the order of `index`.
    pub values: Vec<f32>,
    /// Points that fell inside the grid.
    pub kept: u64,
    /// Points outside it.
    pub dropped: u64,
    /// The names of the point features (mean and max hold one value each).
    pub features: Arc<[String]>,
}

impl VoxelizedCloud {
    /// Values per voxel: one, or one per point feature for mean and max.
    pub fn width(&self, mode: VoxelMode) -> usize {
        match mode {
            VoxelMode::Mean | VoxelMode::Max => self.features.len(),
            VoxelMode::Occupancy | VoxelMode::Count => 1,
        }
    }
}

/// Voxelizes one cloud with robocache, and keeps the occupied voxels (or,
/// in the dense layout, all of them).
pub fn voxelize_cloud(
    context: &Context,
    voxel: VoxelOptions,
    cloud: &Cloud,
) -> Result<VoxelizedCloud, VoxelError> {
    let (n, width) = (cloud.len(), cloud.feature_names.len());
    let features = match voxel.mode.needs_features() && width > 0 {
        true => Some(TensorView::new(&cloud.features, [n, width])?.into()),
        false => None,
    };
    let points = TensorView::new(&cloud.xyz, [n, 3])?;
    voxelize_points(context, voxel, points.into(), features, &cloud.feature_names)
}

/// Voxelizes a cloud whose points are still its message's records: they
/// are unpacked where the context voxelizes them (`Context::unpack_points`),
/// so that a GPU gets the message's bytes in one upload and the host never
/// gathers them. The voxels and counts are [`voxelize_cloud`]'s for the
/// same message, decoded.
pub fn voxelize_records(
    context: &Context,
    voxel: VoxelOptions,
    records: &CloudRecords<'_>,
) -> Result<VoxelizedCloud, VoxelError> {
    let mut layout = Cow::Borrowed(&records.layout);
    if !voxel.mode.needs_features() {
        // Features that are not reduced need not be unpacked.
        layout.to_mut().features.clear();
    }
    let unpacked = context.unpack_points(records.data, &layout)?;
    voxelize_points(
        context,
        voxel,
        (&unpacked.points).into(),
        unpacked.features.as_ref().map(TensorRef::from),
        &records.feature_names,
    )
}

fn voxelize_points(
    context: &Context,
    voxel: VoxelOptions,
    points: TensorRef<'_>,
    features: Option<TensorRef<'_>>,
    feature_names: &[String],
) -> Result<VoxelizedCloud, VoxelError> {
    if voxel.mode.needs_features() && feature_names.is_empty() {
        return Err(VoxelError::NoFeatures(voxel.mode.name()));
    }
    let job = context.voxelize(points, voxel.grid, voxel.mode);
    let job = match features {
        Some(features) => job.features(features),
        None => job,
    };
    let (index, values, stats) = match voxel.layout {
        VoxelLayout::Sparse => {
            let sparse = job.run_sparse(SparseOrder::Grid)?;
            let stats = sparse.total_stats();
            let values = match voxel.mode {
                VoxelMode::Mean | VoxelMode::Max => sparse.features,
                VoxelMode::Occupancy => vec![1.0; sparse.len()],
                VoxelMode::Count => sparse.counts.iter().map(|&c| c as f32).collect(),
            };
            (linear_indices(voxel.grid, &sparse.coords)?, values, stats)
        }
        VoxelLayout::Dense => {
            let grid = job.run()?;
            let values = match voxel.mode {
                VoxelMode::Mean | VoxelMode::Max => host_values::<f32>(&grid.voxels)?.into_owned(),
                VoxelMode::Occupancy => host_values::<u8>(&grid.voxels)?
                    .iter()
                    .map(|&o| f32::from(o))
                    .collect(),
                VoxelMode::Count => host_values::<u32>(&grid.voxels)?
                    .iter()
                    .map(|&c| c as f32)
                    .collect(),
            };
            (Vec::new(), values, grid.total_stats()?)
        }
    };
    Ok(VoxelizedCloud {
        index,
        values,
        kept: stats.kept,
        // Points with a non-finite coordinate are no cloud's: the decoder
        // drops them, and unpacked records keep them for the voxelization
        // to drop.
        dropped: stats.out_of_grid,
        features: feature_names.into(),
    })
}

/// The row-major linear index of each `(x, y, z)` of `coords`. A
/// voxelization's plan refuses grids of `u32::MAX` voxels or more, so every
/// index fits.
fn linear_indices(grid: VoxelGrid, coords: &[i32]) -> Result<Vec<u32>, VoxelError> {
    coords
        .chunks_exact(3)
        .map(|c| {
            let axis = |a: i32| usize::try_from(a).ok();
            let index = match (axis(c[0]), axis(c[1]), axis(c[2])) {
                (Some(x), Some(y), Some(z)) => u32::try_from(grid.index_of([x, y, z])).ok(),
                _ => None,
            };
            index.ok_or(VoxelError::Index(c[0], c[1], c[2]))
        })
        .collect()
}

/// A tensor's values on the host: borrowed where the backend keeps them
/// there (the CPU's grids are megabytes per cloud), else downloaded.
fn host_values<T: robocache::Element>(tensor: &robocache::Tensor) -> Result<Cow<'_, [T]>, VoxelError> {
    Ok(match tensor.as_host_slice::<T>() {
        Some(values) => Cow::Borrowed(values),
        None => Cow::Owned(tensor.to_vec::<T>()?),
    })
}
