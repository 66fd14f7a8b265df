//! Voxelization for 3D detectors (SPEC section 6): hard voxelization, the
//! dynamic point-to-voxel map and the reductions over it, with the voxel
//! formula, dropping rules and layout of dense voxelization.
//!
//! Voxels are numbered per cloud in the order of their first kept point in
//! input order. That order is defined by the input alone, so every backend
//! and every rerun gives the same rows; it is mmcv's deterministic order,
//! which its users otherwise pay for with its slowest kernel.

use crate::error::{Error, Result};
use crate::meta::TensorMeta;
use crate::voxel::{CloudLayout, VoxelGrid, MAX_INDEX};

/// The caps of a hard voxelization: at most `max_points_per_voxel` points
/// in each voxel (the first ones in input order) and at most `max_voxels`
/// voxels per cloud (the first ones reached).
///
/// ```
/// use robocache_core::{Error, HardLimits};
/// assert!(HardLimits::new(32, 12_000).validate().is_ok());
/// assert!(matches!(HardLimits::new(0, 12_000).validate(), Err(Error::InvalidLimit { .. })));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HardLimits {
    /// P: points kept per voxel, at least 1.
    pub max_points_per_voxel: usize,
    /// M: voxels kept per cloud, at least 1.
    pub max_voxels: usize,
}

impl HardLimits {
    /// Bundles P and M; [`HardLimits::validate`] checks them.
    pub const fn new(max_points_per_voxel: usize, max_voxels: usize) -> Self {
        HardLimits {
            max_points_per_voxel,
            max_voxels,
        }
    }

    /// Both limits must be at least 1, and P small enough that a voxel's
    /// slots are addressable.
    ///
    /// ```
    /// use robocache_core::HardLimits;
    /// assert!(HardLimits::new(10, 0).validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<()> {
        for (option, value) in [
            ("max_points_per_voxel", self.max_points_per_voxel),
            ("max_voxels", self.max_voxels),
        ] {
            if value == 0 {
                return Err(Error::InvalidLimit {
                    option,
                    value,
                    why: "must be at least 1",
                });
            }
            if value as u64 > MAX_INDEX {
                return Err(Error::InvalidLimit {
                    option,
                    value,
                    why: "must fit the u32 indices backends use",
                });
            }
        }
        Ok(())
    }
}

/// The reduction of per-point features over dynamic voxels.
///
/// ```
/// use robocache_core::PointReduction;
/// assert_eq!(PointReduction::Mean.name(), "mean");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PointReduction {
    /// The sum of each voxel's features.
    Sum,
    /// The mean, with the determinism of dense [`VoxelMode::Mean`](crate::VoxelMode::Mean).
    Mean,
    /// The maximum in the total order (+0.0 above -0.0), bit-identical on
    /// every backend.
    Max,
}

impl PointReduction {
    /// Lower-case name for messages.
    pub const fn name(self) -> &'static str {
        match self {
            PointReduction::Sum => "sum",
            PointReduction::Mean => "mean",
            PointReduction::Max => "max",
        }
    }
}

/// A validated detector voxelization: the clouds and the grid, which need
/// no dense memory, so only one cloud's voxel index must fit in u32.
///
/// ```
/// use robocache_core::{DType, PointsPlan, TensorMeta, VoxelGrid};
/// // A SECOND-style grid: 1408 x 1600 x 40 voxels of 5 cm, 64 clouds.
/// let grid = VoxelGrid::new([0.0, -40.0, -3.0], [0.05, 0.05, 0.1], [1408, 1600, 40]);
/// let points = TensorMeta::new(vec![64, 120_000, 3], DType::F32);
/// let plan = PointsPlan::new(&points, None, None, grid)?;
/// assert_eq!((plan.clouds(), plan.channels(), plan.coord_width()), (64, 3, 4));
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PointsPlan {
    /// The grid.
    pub grid: VoxelGrid,
    /// Clouds of a batched `[B, Nmax, 3]` call; `None` for one `[N, 3]` cloud.
    pub batch: Option<usize>,
    /// Point slots per cloud (`N`, or `Nmax` when batched).
    pub points_per_cloud: usize,
    /// Features per point given with the points (0 when none).
    pub features: usize,
    /// Whether per-cloud lengths are given.
    pub ragged: bool,
    /// Voxels per cloud (`X * Y * Z`), below [`MAX_INDEX`].
    pub voxels_per_cloud: usize,
}

impl PointsPlan {
    /// Validates shapes, dtypes and the grid: one cloud's voxel index must
    /// fit u32 and each axis an i32 coordinate; all point slots of the call
    /// must fit u32.
    ///
    /// ```
    /// use robocache_core::{DType, Error, PointsPlan, TensorMeta, VoxelGrid};
    /// let huge = VoxelGrid::new([0.0; 3], [0.01; 3], [100_000, 100_000, 1]);
    /// let points = TensorMeta::new(vec![10, 3], DType::F32);
    /// assert!(matches!(PointsPlan::new(&points, None, None, huge), Err(Error::TooLarge { .. })));
    /// ```
    pub fn new(
        points: &TensorMeta,
        features: Option<&TensorMeta>,
        lengths: Option<&TensorMeta>,
        grid: VoxelGrid,
    ) -> Result<Self> {
        grid.validate()?;
        let layout = CloudLayout::new(points, features, lengths)?;
        let voxels_per_cloud = grid.voxel_count().unwrap_or(usize::MAX);
        if voxels_per_cloud as u64 > MAX_INDEX {
            return Err(Error::TooLarge {
                what: "one cloud's voxel grid",
                needed: voxels_per_cloud as u64,
                unit: "voxels",
                limit: MAX_INDEX,
            });
        }
        if let Some(&axis) = grid.dims.iter().max().filter(|&&d| d > i32::MAX as usize) {
            return Err(Error::TooLarge {
                what: "a voxel grid axis (coordinates are i32)",
                needed: axis as u64,
                unit: "voxels",
                limit: i32::MAX as u64,
            });
        }
        let slots = (layout.points_per_cloud as u64).saturating_mul(layout.batch.unwrap_or(1) as u64);
        if slots > MAX_INDEX {
            return Err(Error::TooLarge {
                what: "the point cloud (all clouds)",
                needed: slots,
                unit: "points",
                limit: MAX_INDEX,
            });
        }
        Ok(PointsPlan {
            grid,
            batch: layout.batch,
            points_per_cloud: layout.points_per_cloud,
            features: layout.features.unwrap_or(0),
            ragged: layout.ragged,
            voxels_per_cloud,
        })
    }

    /// Clouds in the call (1 when not batched).
    pub fn clouds(&self) -> usize {
        self.batch.unwrap_or(1)
    }

    /// Point slots over all clouds.
    pub fn point_slots(&self) -> usize {
        self.clouds() * self.points_per_cloud
    }

    /// C, the values a hard voxel keeps per point: x, y, z, then the features.
    pub fn channels(&self) -> usize {
        3 + self.features
    }

    /// Entries per coordinate row: `(x, y, z)`, or `(cloud, x, y, z)` when
    /// batched.
    pub fn coord_width(&self) -> usize {
        if self.batch.is_some() {
            4
        } else {
            3
        }
    }

    /// The cloud to name in errors (`None` when not batched).
    pub fn error_cloud(&self, cloud: usize) -> Option<usize> {
        self.batch.map(|_| cloud)
    }

    /// Appends the coordinate row of voxel `voxel` (a linear index within
    /// its cloud's grid) of cloud `cloud`.
    pub fn push_coords(&self, coords: &mut Vec<i32>, cloud: usize, voxel: usize) {
        // `new` keeps every axis within i32 and the clouds of a call within
        // u32 point slots.
        if self.batch.is_some() {
            coords.push(cloud as i32);
        }
        coords.extend(self.grid.coords_of(voxel).map(|a| a as i32));
    }
}

/// PointPillars' decoration of a hard voxelization's points (SPEC section
/// 6, pillars): per stored point its C channels, its offsets from the
/// pillar's mean (x, y, z), then from the pillar's centre (x, y, and z
/// when asked); the slots past a pillar's points stay zero.
///
/// The centres are computed here, on the host, once per column and row of
/// the grid, so no backend's multiply-add can round them differently.
///
/// ```
/// use robocache_core::{DType, PillarLayout, PointsPlan, TensorMeta, VoxelGrid};
/// let grid = VoxelGrid::new([0.0, -40.0, -3.0], [0.16, 0.16, 4.0], [432, 496, 1]);
/// let plan = PointsPlan::new(
///     &TensorMeta::new(vec![1000, 3], DType::F32),
///     Some(&TensorMeta::new(vec![1000, 1], DType::F32)),
///     None,
///     grid,
/// )?;
/// let pillars = PillarLayout::new(&plan, 32, false)?;
/// assert_eq!(pillars.out_channels(), 9); // x, y, z, r, 3 mean offsets, 2 centre offsets
/// assert_eq!(pillars.x_centres[0], 0.08);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PillarLayout {
    /// P: point slots per pillar.
    pub points_per_pillar: usize,
    /// C: channels per stored point (x, y, z, then the features).
    pub channels: usize,
    /// Whether the offset from the centre's z is the last channel.
    pub with_z_centre: bool,
    /// The centre of each column `x`: `origin + (x + 0.5) * size`, in f32.
    pub x_centres: Vec<f32>,
    /// The centre of each row `y`, likewise.
    pub y_centres: Vec<f32>,
    /// The centre of the one layer in z.
    pub z_centre: f32,
}

impl PillarLayout {
    /// The decoration of `plan`'s hard voxels of `points_per_pillar` slots;
    /// the grid must be one voxel high (pillars span the whole height).
    ///
    /// ```
    /// use robocache_core::{DType, Error, PillarLayout, PointsPlan, TensorMeta, VoxelGrid};
    /// let grid = VoxelGrid::new([0.0; 3], [0.2; 3], [10, 10, 4]);
    /// let plan = PointsPlan::new(&TensorMeta::new(vec![5, 3], DType::F32), None, None, grid)?;
    /// assert!(matches!(PillarLayout::new(&plan, 32, true), Err(Error::InvalidGrid { parameter: "dims", axis: 2, .. })));
    /// # Ok::<(), robocache_core::Error>(())
    /// ```
    pub fn new(plan: &PointsPlan, points_per_pillar: usize, with_z_centre: bool) -> Result<Self> {
        let grid = &plan.grid;
        if grid.dims[2] != 1 {
            return Err(Error::InvalidGrid {
                parameter: "dims",
                axis: 2,
                value: grid.dims[2] as f64,
                why: "pillars span the whole height: the grid must be 1 voxel high",
            });
        }
        let centres = |axis: usize| -> Vec<f32> {
            (0..grid.dims[axis])
                .map(|i| grid.origin[axis] + (i as f32 + 0.5) * grid.voxel_size[axis])
                .collect()
        };
        Ok(PillarLayout {
            points_per_pillar,
            channels: plan.channels(),
            with_z_centre,
            x_centres: centres(0),
            y_centres: centres(1),
            z_centre: centres(2)[0],
        })
    }

    /// Channels per decorated point: C, 3 mean offsets, 2 or 3 centre
    /// offsets (9 or 10 for x, y, z, intensity).
    pub fn out_channels(&self) -> usize {
        self.channels + 5 + usize::from(self.with_z_centre)
    }
}
