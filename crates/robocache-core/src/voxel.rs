//! Point-cloud voxelization: the grid, the modes, the plan and the one voxel
//! coordinate expression every backend evaluates.

use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::meta::{expect_axis, expect_nonempty, TensorMeta};

/// A dense axis-aligned grid of voxels.
///
/// ```
/// use robocache_core::VoxelGrid;
/// let grid = VoxelGrid::new([-3.2; 3], [0.05; 3], [128; 3]);
/// assert!(grid.validate().is_ok());
/// assert_eq!(grid.voxel_count(), Some(128 * 128 * 128));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VoxelGrid {
    /// World position of the grid's minimum corner, metres.
    pub origin: [f32; 3],
    /// Edge length of a voxel along each axis, metres; finite and > 0.
    pub voxel_size: [f32; 3],
    /// Voxels along each axis `[X, Y, Z]`; each > 0.
    pub dims: [usize; 3],
}

/// Where a point falls.
///
/// ```
/// use robocache_core::{VoxelGrid, VoxelSlot};
/// let grid = VoxelGrid::new([0.0; 3], [0.5; 3], [4; 3]);
/// assert_eq!(grid.slot([0.6, 0.0, 0.0]), VoxelSlot::Inside(16));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoxelSlot {
    /// Inside the grid, at this linear index `(x * Y + y) * Z + z`.
    Inside(usize),
    /// Finite, but outside the grid.
    OutOfGrid,
    /// A NaN or infinite coordinate (a lidar's "no return").
    NonFinite,
}

impl VoxelGrid {
    /// Bundles the grid parameters; [`VoxelGrid::validate`] checks them.
    pub const fn new(origin: [f32; 3], voxel_size: [f32; 3], dims: [usize; 3]) -> Self {
        Self {
            origin,
            voxel_size,
            dims,
        }
    }

    /// Checks that the origin is finite, voxel sizes finite and positive and
    /// dims non-zero.
    ///
    /// ```
    /// use robocache_core::VoxelGrid;
    /// assert!(VoxelGrid::new([0.0; 3], [0.0, 1.0, 1.0], [4; 3]).validate().is_err());
    /// ```
    pub fn validate(&self) -> Result<()> {
        for axis in 0..3 {
            let origin = self.origin[axis];
            if !origin.is_finite() {
                return Err(Error::InvalidGrid {
                    parameter: "origin",
                    axis,
                    value: origin.into(),
                    why: "must be finite",
                });
            }
            let size = self.voxel_size[axis];
            if !(size.is_finite() && size > 0.0 && (1.0 / size).is_finite()) {
                return Err(Error::InvalidGrid {
                    parameter: "voxel_size",
                    axis,
                    value: size.into(),
                    why: "must be finite and > 0, with a finite reciprocal",
                });
            }
            if self.dims[axis] == 0 {
                return Err(Error::InvalidGrid {
                    parameter: "dims",
                    axis,
                    value: 0.0,
                    why: "must be > 0",
                });
            }
        }
        Ok(())
    }

    /// `X * Y * Z`, or `None` on overflow.
    pub fn voxel_count(&self) -> Option<usize> {
        self.dims[0].checked_mul(self.dims[1])?.checked_mul(self.dims[2])
    }

    /// `1 / voxel_size`, correctly rounded, computed once per call so that
    /// every backend multiplies by the same f32.
    pub fn inv_voxel_size(&self) -> [f32; 3] {
        self.voxel_size.map(|size| 1.0 / size)
    }

    /// The voxel of a point: `floor((p - origin) * inv)` per axis, in f32,
    /// without fused multiply-add, so every backend agrees bit for bit at
    /// voxel boundaries. For many points, build a [`VoxelIndexer`] once.
    ///
    /// ```
    /// use robocache_core::{VoxelGrid, VoxelSlot};
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 3, 4]);
    /// assert_eq!(grid.slot([1.0, 2.5, 3.99]), VoxelSlot::Inside((1 * 3 + 2) * 4 + 3));
    /// assert_eq!(grid.slot([2.0, 0.0, 0.0]), VoxelSlot::OutOfGrid);
    /// assert_eq!(grid.slot([-0.01, 0.0, 0.0]), VoxelSlot::OutOfGrid);
    /// assert_eq!(grid.slot([f32::NAN, 0.0, 0.0]), VoxelSlot::NonFinite);
    /// ```
    pub fn slot(&self, point: [f32; 3]) -> VoxelSlot {
        VoxelIndexer::new(self).slot(point)
    }

    /// The `[x, y, z]` coordinates of the voxel at linear index `voxel`
    /// (`(x * Y + y) * Z + z`, SPEC section 3): [`VoxelGrid::slot`]'s
    /// inverse.
    ///
    /// ```
    /// use robocache_core::{VoxelGrid, VoxelSlot};
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 3, 4]);
    /// assert_eq!(grid.coords_of((1 * 3 + 2) * 4 + 3), [1, 2, 3]);
    /// let VoxelSlot::Inside(voxel) = grid.slot([0.5, 1.5, 2.5]) else { unreachable!() };
    /// assert_eq!(grid.coords_of(voxel), [0, 1, 2]);
    /// ```
    pub fn coords_of(&self, voxel: usize) -> [usize; 3] {
        let [_, ny, nz] = self.dims;
        [voxel / (ny * nz), (voxel / nz) % ny, voxel % nz]
    }

    /// The linear index of the voxel at `[x, y, z]`, each within the grid:
    /// [`VoxelGrid::coords_of`]'s inverse.
    ///
    /// ```
    /// use robocache_core::VoxelGrid;
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 3, 4]);
    /// assert_eq!(grid.index_of([1, 2, 3]), (1 * 3 + 2) * 4 + 3);
    /// assert_eq!(grid.coords_of(grid.index_of([1, 0, 2])), [1, 0, 2]);
    /// ```
    pub fn index_of(&self, [x, y, z]: [usize; 3]) -> usize {
        let [_, ny, nz] = self.dims;
        (x * ny + y) * nz + z
    }
}

/// [`VoxelGrid::slot`] with its per-grid constants (`1 / voxel_size`, the
/// axis limits) computed once, for hot loops.
///
/// ```
/// use robocache_core::{VoxelGrid, VoxelIndexer, VoxelSlot};
/// let grid = VoxelGrid::new([-1.0; 3], [0.5; 3], [4; 3]);
/// let indexer = VoxelIndexer::new(&grid);
/// let slots: Vec<VoxelSlot> = [[-1.0f32, -1.0, 0.9], [1.0, 0.0, 0.0], [f32::INFINITY, 0.0, 0.0]]
///     .into_iter()
///     .map(|p| indexer.slot(p))
///     .collect();
/// assert_eq!(slots, [VoxelSlot::Inside(3), VoxelSlot::OutOfGrid, VoxelSlot::NonFinite]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct VoxelIndexer {
    origin: [f32; 3],
    inv: [f32; 3],
    dims: [usize; 3],
    /// The smallest f32 >= dims (for an f32 `c`, `c < limit` iff `c < dims`),
    /// capped at [`AXIS_LIMIT`].
    limit: [f32; 3],
}

/// No axis is indexed past 2^62 voxels, so an in-grid coordinate always
/// truncates to an `i64`.
const AXIS_LIMIT: f32 = (1u64 << 62) as f32;

/// Truncates a coordinate already known to lie in `[0, AXIS_LIMIT)`.
#[inline(always)]
fn truncate_in_grid(c: f32) -> usize {
    debug_assert!((0.0..AXIS_LIMIT).contains(&c));
    // SAFETY: `VoxelIndexer::slot` calls this only for `0 <= c < limit <=
    // AXIS_LIMIT = 2^62`, whose truncation an i64 represents. The checked
    // `as` conversion would add saturation code to the hottest loop.
    (unsafe { c.to_int_unchecked::<i64>() }) as usize
}

impl VoxelIndexer {
    /// Precomputes `1 / voxel_size` and the per-axis limits.
    pub fn new(grid: &VoxelGrid) -> Self {
        let limit = grid.dims.map(|d| {
            let f = d as f32;
            let rounded_up = if (f as f64) < d as f64 {
                f32::from_bits(f.to_bits() + 1)
            } else {
                f
            };
            rounded_up.min(AXIS_LIMIT)
        });
        VoxelIndexer {
            origin: grid.origin,
            inv: grid.inv_voxel_size(),
            dims: grid.dims,
            limit,
        }
    }

    /// Per axis, the smallest f32 at or above `dims`: a coordinate `c` is
    /// inside iff `0 <= c < limit`. GPU kernels take these as parameters so
    /// that they test the range exactly as the CPU does.
    ///
    /// ```
    /// use robocache_core::{VoxelGrid, VoxelIndexer};
    /// let indexer = VoxelIndexer::new(&VoxelGrid::new([0.0; 3], [1.0; 3], [3, 16_777_217, 1]));
    /// assert_eq!(indexer.limits(), [3.0, 16_777_218.0, 1.0]);
    /// ```
    pub fn limits(&self) -> [f32; 3] {
        self.limit
    }

    /// Where `point` falls; the same answer as [`VoxelGrid::slot`].
    #[inline(always)]
    pub fn slot(&self, point: [f32; 3]) -> VoxelSlot {
        let c = [0, 1, 2].map(|a| (point[a] - self.origin[a]) * self.inv[a]);
        // 0 <= floor(c) < dims iff 0 <= c < dims for integer dims, and for
        // such c floor is truncation: no libm `floorf` call (baseline x86-64
        // has no `roundss`). NaN fails every comparison.
        let inside = (0..3).all(|a| c[a] >= 0.0 && c[a] < self.limit[a]);
        if inside {
            let [x, y, z] = c.map(truncate_in_grid);
            VoxelSlot::Inside((x * self.dims[1] + y) * self.dims[2] + z)
        } else if point.iter().all(|x| x.is_finite()) {
            VoxelSlot::OutOfGrid
        } else {
            VoxelSlot::NonFinite
        }
    }
}

/// What each voxel reports.
///
/// ```
/// use robocache_core::{DType, VoxelMode};
/// assert_eq!(VoxelMode::Count.output_dtype(), DType::U32);
/// assert!(VoxelMode::Mean.needs_features());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum VoxelMode {
    /// u32 points per voxel.
    Count,
    /// u8: 1 where at least one point fell, else 0.
    Occupancy,
    /// f32 per-voxel mean of each feature; empty voxels 0.
    ///
    /// Bit-identical across reruns on every backend, by a deterministic
    /// scheme rather than float atomics: the CPU sums each voxel's points in
    /// point order in f64; the GPU kernels add every feature as a 64-bit
    /// fixed-point integer, scaled per voxel and feature by a power of two
    /// set by the largest |feature| there, whose sum no order of execution
    /// changes. The CubeCL kernels add with integer atomics, each term
    /// rounded by at most 2^-31 of that largest |feature|; the raw-PTX
    /// kernels sum each voxel's points in one thread, each term rounded by
    /// less than 2^-61 of it times the count. Either way the means agree with
    /// the CPU's to about f32 precision.
    Mean,
    /// f32 per-voxel maximum of each feature (negative values included);
    /// empty voxels 0.
    Max,
}

impl VoxelMode {
    /// The element type of the output grid.
    pub const fn output_dtype(self) -> DType {
        match self {
            VoxelMode::Count => DType::U32,
            VoxelMode::Occupancy => DType::U8,
            VoxelMode::Mean | VoxelMode::Max => DType::F32,
        }
    }

    /// Whether the mode reduces per-point features.
    pub const fn needs_features(self) -> bool {
        matches!(self, VoxelMode::Mean | VoxelMode::Max)
    }

    /// The lower-case name used in messages.
    pub const fn name(self) -> &'static str {
        match self {
            VoxelMode::Count => "count",
            VoxelMode::Occupancy => "occupancy",
            VoxelMode::Mean => "mean",
            VoxelMode::Max => "max",
        }
    }
}

/// How many points of one cloud were kept and dropped.
///
/// ```
/// use robocache_core::VoxelStats;
/// let stats = VoxelStats { kept: 3, out_of_grid: 1, non_finite: 2, ..VoxelStats::default() };
/// assert_eq!(stats.dropped(), 3);
/// assert_eq!(stats.total(), 6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct VoxelStats {
    /// Points that landed in a voxel (in hard voxelization: that were
    /// stored in one).
    pub kept: u64,
    /// Finite points outside the grid.
    pub out_of_grid: u64,
    /// Points with a NaN or infinite coordinate.
    pub non_finite: u64,
    /// Hard voxelization: points whose voxel came after the first
    /// `max_voxels` (0 in every other mode).
    pub over_max_voxels: u64,
    /// Hard voxelization: points past the first `max_points_per_voxel` of
    /// their voxel (0 in every other mode).
    pub voxel_full: u64,
}

impl VoxelStats {
    /// Points dropped for any reason.
    pub fn dropped(&self) -> u64 {
        self.out_of_grid + self.non_finite + self.over_max_voxels + self.voxel_full
    }

    /// Points looked at.
    pub fn total(&self) -> u64 {
        self.kept + self.dropped()
    }

    /// Adds another cloud's counts.
    pub fn merge(self, other: VoxelStats) -> VoxelStats {
        VoxelStats {
            kept: self.kept + other.kept,
            out_of_grid: self.out_of_grid + other.out_of_grid,
            non_finite: self.non_finite + other.non_finite,
            over_max_voxels: self.over_max_voxels + other.over_max_voxels,
            voxel_full: self.voxel_full + other.voxel_full,
        }
    }
}

/// Shapes and options of a voxelization, before validation.
///
/// ```
/// use robocache_core::{DType, Error, TensorMeta, VoxelGrid, VoxelMode, VoxelPlan, VoxelRequest};
/// let request = VoxelRequest {
///     points: TensorMeta::new(vec![10, 3], DType::F32),
///     features: None,
///     lengths: None,
///     grid: VoxelGrid::new([0.0; 3], [1.0; 3], [4; 3]),
///     mode: VoxelMode::Max,
/// };
/// assert!(matches!(VoxelPlan::new(&request), Err(Error::MissingFeatures { .. })));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VoxelRequest {
    /// `[N, 3]` or batched `[B, Nmax, 3]` f32 points.
    pub points: TensorMeta,
    /// `[N, F]` or `[B, Nmax, F]` f32 features.
    pub features: Option<TensorMeta>,
    /// `[B]` u32 points per cloud (batched only).
    pub lengths: Option<TensorMeta>,
    /// The grid.
    pub grid: VoxelGrid,
    /// The reduction.
    pub mode: VoxelMode,
}

/// A validated voxelization.
///
/// ```
/// use robocache_core::{DType, TensorMeta, VoxelGrid, VoxelMode, VoxelPlan, VoxelRequest};
/// let request = VoxelRequest {
///     points: TensorMeta::new(vec![100, 3], DType::F32),
///     features: Some(TensorMeta::new(vec![100, 4], DType::F32)),
///     lengths: None,
///     grid: VoxelGrid::new([0.0; 3], [0.5; 3], [8, 8, 4]),
///     mode: VoxelMode::Mean,
/// };
/// let plan = VoxelPlan::new(&request)?;
/// assert_eq!(plan.output_shape(), vec![8, 8, 4, 4]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct VoxelPlan {
    /// The grid.
    pub grid: VoxelGrid,
    /// The reduction.
    pub mode: VoxelMode,
    /// Clouds in a batched call; `None` for a single `[N, 3]` cloud.
    pub batch: Option<usize>,
    /// Point slots per cloud (`N`, or `Nmax` when batched).
    pub points_per_cloud: usize,
    /// Features per point the output carries (0 for count and occupancy).
    pub features: usize,
    /// Whether per-cloud lengths are given.
    pub ragged: bool,
    /// Voxels per cloud (`X * Y * Z`).
    pub voxels_per_cloud: usize,
}

/// The most voxels (over all clouds of a call) and points a call may hold:
/// backends index both with u32.
pub const MAX_INDEX: u64 = u32::MAX as u64 - 1;

impl VoxelPlan {
    /// Validates shapes, dtypes, the grid and the output size.
    pub fn new(request: &VoxelRequest) -> Result<Self> {
        request.grid.validate()?;
        let layout = CloudLayout::new(
            &request.points,
            request.features.as_ref(),
            request.lengths.as_ref(),
        )?;
        let (batch, points_per_cloud) = (layout.batch, layout.points_per_cloud);
        let features = match layout.features {
            None if request.mode.needs_features() => {
                return Err(Error::MissingFeatures {
                    mode: request.mode.name(),
                })
            }
            width => width.unwrap_or(0),
        };

        let voxels_per_cloud = request.grid.voxel_count().unwrap_or(usize::MAX);
        let clouds = batch.unwrap_or(1);
        let within_index = |what, per_cloud: usize, unit| {
            let needed = (per_cloud as u64).saturating_mul(clouds as u64);
            if needed > MAX_INDEX {
                return Err(Error::TooLarge {
                    what,
                    needed,
                    unit,
                    limit: MAX_INDEX,
                });
            }
            Ok(())
        };
        within_index("the voxel grid (all clouds)", voxels_per_cloud, "voxels")?;
        within_index("the point cloud (all clouds)", points_per_cloud, "points")?;

        let plan = VoxelPlan {
            grid: request.grid,
            mode: request.mode,
            batch,
            points_per_cloud,
            features: if request.mode.needs_features() {
                features
            } else {
                0
            },
            ragged: layout.ragged,
            voxels_per_cloud,
        };
        plan.output_len()?;
        Ok(plan)
    }

    /// Clouds in the call (1 when not batched).
    pub fn clouds(&self) -> usize {
        self.batch.unwrap_or(1)
    }

    /// Voxels over all clouds.
    pub fn total_voxels(&self) -> usize {
        self.voxels_per_cloud * self.clouds()
    }

    /// Values per voxel in the output (features for mean/max, else 1).
    pub fn values_per_voxel(&self) -> usize {
        self.features.max(1)
    }

    /// `[(B,) X, Y, Z(, F)]`.
    pub fn output_shape(&self) -> Vec<usize> {
        let mut shape = Vec::with_capacity(5);
        shape.extend(self.batch);
        shape.extend(self.grid.dims);
        if self.features > 0 {
            shape.push(self.features);
        }
        shape
    }

    /// Output elements and bytes, or [`Error::TooLarge`] when they overflow.
    pub fn output_len(&self) -> Result<usize> {
        let len = self.total_voxels().checked_mul(self.values_per_voxel());
        let bytes = len.and_then(|n| n.checked_mul(self.mode.output_dtype().size_in_bytes()));
        match (len, bytes) {
            (Some(len), Some(_)) => Ok(len),
            _ => Err(Error::TooLarge {
                what: "the voxel output",
                needed: u64::MAX,
                unit: "bytes",
                limit: isize::MAX as u64,
            }),
        }
    }

    /// The cloud to name in errors (`None` when not batched).
    pub fn error_cloud(&self, cloud: usize) -> Option<usize> {
        self.batch.map(|_| cloud)
    }
}

/// How a points tensor holds its clouds, with the features and lengths that
/// go with it: the validation every voxelization shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CloudLayout {
    /// Clouds of a batched `[B, Nmax, 3]` call; `None` for `[N, 3]`.
    pub batch: Option<usize>,
    /// `N`, or `Nmax` when batched.
    pub points_per_cloud: usize,
    /// Features per point, when features are given.
    pub features: Option<usize>,
    /// Whether per-cloud lengths are given.
    pub ragged: bool,
}

impl CloudLayout {
    /// Checks ranks, dtypes and that features and lengths match the points.
    pub fn new(
        points: &TensorMeta,
        features: Option<&TensorMeta>,
        lengths: Option<&TensorMeta>,
    ) -> Result<Self> {
        points.expect_dtype("points", &[DType::F32], "f32")?;
        let (batch, points_per_cloud) = match points.shape.as_slice() {
            [n, 3] => (None, *n),
            [b, n, 3] => (Some(*b), *n),
            _ => {
                return Err(Error::Rank {
                    tensor: "points".to_string(),
                    expected: if points.shape.len() == 3 { 3 } else { 2 },
                    layout: "[points, 3] or [clouds, points, 3]",
                    actual: points.shape.clone(),
                })
            }
        };
        if let Some(batch) = batch {
            expect_nonempty("points", "clouds", batch, "a batch needs at least one cloud")?;
        }
        let lead = &points.shape[..points.shape.len() - 1];

        let features = match features {
            Some(meta) => {
                meta.expect_dtype("features", &[DType::F32], "f32")?;
                if meta.shape.len() != points.shape.len() {
                    return Err(Error::Rank {
                        tensor: "features".to_string(),
                        expected: points.shape.len(),
                        layout: "the points' leading axes, then features",
                        actual: meta.shape.clone(),
                    });
                }
                for (axis, (&got, &want)) in meta.shape.iter().zip(lead).enumerate() {
                    let name = if axis + 1 == lead.len() {
                        "points"
                    } else {
                        "clouds"
                    };
                    expect_axis("features", name, got, want, "points")?;
                }
                let width = meta.shape[meta.shape.len() - 1];
                expect_nonempty(
                    "features",
                    "features",
                    width,
                    "a feature tensor needs at least one feature",
                )?;
                Some(width)
            }
            None => None,
        };

        if let Some(lengths) = lengths {
            let Some(batch) = batch else {
                return Err(Error::Rank {
                    tensor: "points".to_string(),
                    expected: 3,
                    layout: "[clouds, points, 3] when per-cloud lengths are given",
                    actual: points.shape.clone(),
                });
            };
            lengths.expect_rank("lengths", 1, "[clouds]")?;
            lengths.expect_dtype("lengths", &[DType::U32], "u32")?;
            expect_axis("lengths", "clouds", lengths.shape[0], batch, "points")?;
        }

        Ok(CloudLayout {
            batch,
            points_per_cloud,
            features,
            ragged: lengths.is_some(),
        })
    }
}

/// Checks per-cloud lengths: each in `0..=points_per_cloud` (an empty cloud
/// is a lidar frame with no return, not an error).
///
/// ```
/// use robocache_core::validate_cloud_lengths;
/// assert!(validate_cloud_lengths(&[0, 5], 5).is_ok());
/// assert!(validate_cloud_lengths(&[6], 5).is_err());
/// ```
pub fn validate_cloud_lengths(lengths: &[u32], points_per_cloud: usize) -> Result<()> {
    match lengths.iter().position(|&l| l as usize > points_per_cloud) {
        None => Ok(()),
        Some(row) => Err(Error::RowLength {
            tensor: "lengths".to_string(),
            stream: None,
            row,
            length: lengths[row].into(),
            min: 0,
            max: points_per_cloud,
        }),
    }
}

/// Whether every value is finite, with one branch for the whole slice:
/// `x * 0` is 0 for a finite `x` and NaN otherwise, so the sum of those is
/// 0 exactly when all are finite.
///
/// ```
/// use robocache_core::all_finite;
/// assert!(all_finite(&[1.0, -3.5, f32::MAX]));
/// assert!(!all_finite(&[1.0, f32::INFINITY]));
/// assert!(!all_finite(&[f32::NAN]));
/// ```
#[inline(always)]
pub fn all_finite(values: &[f32]) -> bool {
    values.iter().fold(0.0f32, |probe, &x| probe + x * 0.0) == 0.0
}

/// Checks the features of the points a voxelization keeps: the first kept
/// point, in cloud then point order, with a non-finite feature is
/// [`Error::NonFiniteFeature`], as every backend reports it. Features of
/// dropped points (outside the grid, non-finite coordinates, past a cloud's
/// length) may be anything. `points` and `features` hold every slot of the
/// plan; `lengths` (validated) the live points per cloud.
///
/// ```
/// use robocache_core::{check_kept_features, Error, VoxelGrid, VoxelMode, VoxelPlan, VoxelRequest, TensorMeta, DType};
/// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2; 3]);
/// let plan = VoxelPlan::new(&VoxelRequest {
///     points: TensorMeta::new(vec![2, 3], DType::F32),
///     features: Some(TensorMeta::new(vec![2, 1], DType::F32)),
///     lengths: None,
///     grid,
///     mode: VoxelMode::Mean,
/// })?;
/// let points = [9.0f32, 0.0, 0.0, 0.5, 0.5, 0.5]; // the first is outside
/// assert!(check_kept_features(&plan, &points, &[f32::NAN, 1.0], None).is_ok());
/// let err = check_kept_features(&plan, &points, &[1.0, f32::INFINITY], None).unwrap_err();
/// assert!(matches!(err, Error::NonFiniteFeature { point: 1, feature: 0, .. }));
/// # Ok::<(), Error>(())
/// ```
pub fn check_kept_features(
    plan: &VoxelPlan,
    points: &[f32],
    features: &[f32],
    lengths: Option<&[u32]>,
) -> Result<()> {
    let width = plan.features.max(1);
    // Chunks of a few pages: as fast as the copy that uploads the same
    // bytes, and an early stop.
    const CHUNK: usize = 4096;
    if features.chunks(CHUNK).all(all_finite) {
        return Ok(());
    }
    let indexer = VoxelIndexer::new(&plan.grid);
    let nmax = plan.points_per_cloud;
    for (slot, values) in features.chunks_exact(width).enumerate() {
        if all_finite(values) {
            continue;
        }
        let (cloud, point) = (slot / nmax, slot % nmax);
        let live = lengths.map_or(nmax, |l| l[cloud] as usize);
        let p = &points[3 * slot..3 * slot + 3];
        if point < live && matches!(indexer.slot([p[0], p[1], p[2]]), VoxelSlot::Inside(_)) {
            let feature = values.iter().position(|x| !x.is_finite()).unwrap_or(0);
            return Err(Error::NonFiniteFeature {
                cloud: plan.error_cloud(cloud),
                point,
                feature,
                value: values[feature],
            });
        }
    }
    Ok(())
}
