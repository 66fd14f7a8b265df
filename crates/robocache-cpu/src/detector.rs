//! Voxelization for detectors on the CPU (SPEC section 6): the dynamic
//! point-to-voxel map, the reductions over it, and hard voxelization.
//!
//! Every form starts from the same numbering: one pass over a cloud's
//! points in input order gives each voxel the next row the first time one
//! of its points lands there. Hard voxelization then keeps the first
//! `max_voxels` rows and, in each, the first `max_points_per_voxel` points,
//! which is its definition, so it needs no sort.

use rayon::prelude::*;
use robocache_core::{
    all_finite, validate_cloud_lengths, Error, HardLimits, PillarLayout, PointReduction, PointsPlan, Result,
    VoxelIndexer, VoxelSlot, VoxelStats,
};

use crate::check_len;
use crate::sparse::{with_slot_map, SlotMap, BLOCK, DROPPED, PREFETCH_DISTANCE};
use crate::voxelize::VoxelInput;

/// The dynamic voxelization of one or a batch of clouds: each point's
/// voxel row, and each row's voxel, clouds in order and, within a cloud, in
/// the order of each voxel's first kept point.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DynamicVoxels {
    /// `[slots]` the row of each point slot's voxel, or -1 for a dropped
    /// point or a slot past its cloud's length.
    pub point_to_voxel: Vec<i32>,
    /// `[M, 3]` voxel indices `(x, y, z)`, or `[M, 4]` `(cloud, x, y, z)`
    /// when the plan is batched.
    pub coords: Vec<i32>,
    /// `[M]` points per voxel.
    pub counts: Vec<u32>,
    /// Each cloud's kept and dropped points.
    pub stats: Vec<VoxelStats>,
}

impl DynamicVoxels {
    /// Voxels, all clouds together.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no point landed in the grid.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

/// A hard voxelization: at most M voxels per cloud of at most P points each.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HardVoxels {
    /// `[M', P, C]` the kept points' values (x, y, z, then the features),
    /// zero past each voxel's `num_points`.
    pub voxels: Vec<f32>,
    /// `[M', 3]` or, batched, `[M', 4]` voxel coordinates, as in
    /// [`DynamicVoxels::coords`].
    pub coords: Vec<i32>,
    /// `[M']` points stored per voxel, at most P.
    pub num_points: Vec<u32>,
    /// Each cloud's points stored, dropped from the grid, and dropped by the
    /// limits.
    pub stats: Vec<VoxelStats>,
    /// Each cloud's voxels before `max_voxels` cut them.
    pub voxels_found: Vec<usize>,
}

impl HardVoxels {
    /// Voxels kept, all clouds together (M').
    pub fn len(&self) -> usize {
        self.num_points.len()
    }

    /// Whether no voxel was kept.
    pub fn is_empty(&self) -> bool {
        self.num_points.is_empty()
    }
}

/// Numbers the voxels of every cloud by first kept point and maps each
/// point slot to its voxel's row.
///
/// ```
/// use robocache_core::{DType, PointsPlan, TensorMeta, VoxelGrid};
/// use robocache_cpu::{voxelize_dynamic, VoxelInput};
/// // Voxel (1, 0, 0) is reached first, then (0, 0, 0); the last point is outside.
/// let points = [1.5f32, 0.5, 0.5, 0.5, 0.5, 0.5, 1.2, 0.1, 0.9, 7.0, 0.0, 0.0];
/// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
/// let plan = PointsPlan::new(&TensorMeta::new(vec![4, 3], DType::F32), None, None, grid)?;
/// let input = VoxelInput { points: &points, features: None, lengths: None };
/// let dynamic = voxelize_dynamic(&plan, input)?;
/// assert_eq!(dynamic.point_to_voxel, [0, 1, 0, -1]);
/// assert_eq!(dynamic.coords, [1, 0, 0, 0, 0, 0]);
/// assert_eq!(dynamic.counts, [2, 1]);
/// assert_eq!(dynamic.stats[0].out_of_grid, 1);
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub fn voxelize_dynamic(plan: &PointsPlan, input: VoxelInput<'_>) -> Result<DynamicVoxels> {
    let clouds = number_clouds(plan, &input)?;
    let mut out = DynamicVoxels {
        point_to_voxel: vec![-1; plan.point_slots()],
        ..DynamicVoxels::default()
    };
    let mut offset = 0usize;
    for (c, cloud) in clouds.iter().enumerate() {
        let first = c * plan.points_per_cloud;
        for (slot, &row) in out.point_to_voxel[first..].iter_mut().zip(&cloud.rows) {
            if row != DROPPED {
                // Rows of a call number at most its point slots, which the
                // plan keeps below u32::MAX; the map is i32 as users index
                // with it (torch's `index_select` takes i32 or i64).
                *slot = (offset + row as usize) as i32;
            }
        }
        for &voxel in &cloud.voxels {
            plan.push_coords(&mut out.coords, c, voxel as usize);
        }
        out.counts.extend_from_slice(&cloud.counts);
        out.stats.push(cloud.stats);
        offset += cloud.voxels.len();
    }
    Ok(out)
}

/// Hard voxelization: per cloud, the first `max_voxels` voxels by first
/// kept point, each with its first `max_points_per_voxel` points in input
/// order.
///
/// As in the dense modes, the features of every point that lands in the
/// grid must be finite (whether or not the limits keep it, so the error
/// does not depend on them); the first bad one is named.
///
/// ```
/// use robocache_core::{DType, HardLimits, PointsPlan, TensorMeta, VoxelGrid};
/// use robocache_cpu::{voxelize_hard, VoxelInput};
/// let points = [1.5f32, 0.5, 0.5, 0.5, 0.5, 0.5, 1.2, 0.1, 0.9];
/// let intensity = [10.0f32, 4.0, 20.0];
/// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
/// let meta = |f| TensorMeta::new(vec![3, f], DType::F32);
/// let plan = PointsPlan::new(&meta(3), Some(&meta(1)), None, grid)?;
/// let input = VoxelInput { points: &points, features: Some(&intensity), lengths: None };
/// // One point per voxel, one voxel: the third point's voxel is full.
/// let hard = voxelize_hard(&plan, input, HardLimits::new(1, 1))?;
/// assert_eq!(hard.voxels, [1.5, 0.5, 0.5, 10.0]);
/// assert_eq!((hard.coords.as_slice(), hard.num_points.as_slice()), (&[1, 0, 0][..], &[1][..]));
/// assert_eq!((hard.stats[0].voxel_full, hard.stats[0].over_max_voxels), (1, 1));
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub fn voxelize_hard(plan: &PointsPlan, input: VoxelInput<'_>, limits: HardLimits) -> Result<HardVoxels> {
    limits.validate()?;
    let features = check_features(plan, input.features)?;
    let clouds = number_clouds(plan, &input)?;
    let (p_max, m_max, channels, width) = (
        limits.max_points_per_voxel,
        limits.max_voxels,
        plan.channels(),
        plan.features,
    );
    let rows: usize = clouds.iter().map(|c| c.voxels.len().min(m_max)).sum();
    let values = rows
        .checked_mul(p_max)
        .and_then(|n| n.checked_mul(channels))
        .filter(|&n| n <= isize::MAX as usize / 4)
        .ok_or(Error::TooLarge {
            what: "the hard voxels",
            needed: u64::MAX,
            unit: "bytes",
            limit: isize::MAX as u64,
        })?;
    let mut out = HardVoxels {
        voxels: vec![0.0; values],
        num_points: vec![0; rows],
        ..HardVoxels::default()
    };
    let mut offset = 0usize;
    for (c, cloud) in clouds.iter().enumerate() {
        let kept_rows = cloud.voxels.len().min(m_max);
        let mut stats = VoxelStats {
            kept: 0,
            ..cloud.stats
        };
        let first = c * plan.points_per_cloud;
        for (i, &row) in cloud.rows.iter().enumerate() {
            let row = row as usize;
            if row == DROPPED as usize {
                continue;
            }
            let slot = first + i;
            let point_features = features.map(|f| &f[slot * width..(slot + 1) * width]);
            if let Some(values) = point_features.filter(|v| !all_finite(v)) {
                return Err(non_finite_feature(plan, slot, values));
            }
            if row >= kept_rows {
                stats.over_max_voxels += 1;
                continue;
            }
            let filled = &mut out.num_points[offset + row];
            if *filled as usize == p_max {
                stats.voxel_full += 1;
                continue;
            }
            let at = ((offset + row) * p_max + *filled as usize) * channels;
            *filled += 1;
            stats.kept += 1;
            out.voxels[at..at + 3].copy_from_slice(&input.points[slot * 3..slot * 3 + 3]);
            if let Some(values) = point_features {
                out.voxels[at + 3..at + channels].copy_from_slice(values);
            }
        }
        for &voxel in &cloud.voxels[..kept_rows] {
            plan.push_coords(&mut out.coords, c, voxel as usize);
        }
        out.stats.push(stats);
        out.voxels_found.push(cloud.voxels.len());
        offset += kept_rows;
    }
    Ok(out)
}

/// Reduces per-point features `[slots, F]` over the voxels of a dynamic
/// voxelization: `[M, F]`, row by row.
///
/// Sums and means add in f64 in point order, as the dense CPU mean does;
/// the maximum keeps the total order (+0.0 above -0.0). A NaN or infinite
/// feature of a point in a voxel is an error naming the first one.
///
/// ```
/// use robocache_core::{DType, PointReduction, PointsPlan, TensorMeta, VoxelGrid};
/// use robocache_cpu::{reduce_dynamic, voxelize_dynamic, VoxelInput};
/// let points = [1.5f32, 0.5, 0.5, 0.5, 0.5, 0.5, 1.2, 0.1, 0.9];
/// let intensity = [10.0f32, 4.0, 20.0];
/// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
/// let plan = PointsPlan::new(&TensorMeta::new(vec![3, 3], DType::F32), None, None, grid)?;
/// let dynamic = voxelize_dynamic(&plan, VoxelInput { points: &points, features: None, lengths: None })?;
/// assert_eq!(reduce_dynamic(&plan, &dynamic, &intensity, PointReduction::Mean)?, [15.0, 4.0]);
/// assert_eq!(reduce_dynamic(&plan, &dynamic, &intensity, PointReduction::Max)?, [20.0, 4.0]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub fn reduce_dynamic(
    plan: &PointsPlan,
    dynamic: &DynamicVoxels,
    features: &[f32],
    reduction: PointReduction,
) -> Result<Vec<f32>> {
    let slots = plan.point_slots();
    check_len("point_to_voxel", dynamic.point_to_voxel.len(), &[slots])?;
    if slots == 0 {
        return Ok(Vec::new());
    }
    let width = features.len() / slots;
    if width == 0 {
        return Err(Error::EmptyAxis {
            tensor: "features".to_string(),
            axis: "features",
            why: "a feature tensor needs at least one feature",
        });
    }
    check_len("features", features.len(), &[slots, width])?;
    let rows = dynamic.len();
    let mut state = vec![0.0f64; rows * width];
    let mut seen = vec![false; rows];
    for (slot, &row) in dynamic.point_to_voxel.iter().enumerate() {
        let Ok(row) = usize::try_from(row) else { continue };
        let values = &features[slot * width..(slot + 1) * width];
        if !all_finite(values) {
            return Err(non_finite_feature(plan, slot, values));
        }
        let acc = &mut state[row * width..(row + 1) * width];
        let first = !std::mem::replace(&mut seen[row], true);
        match reduction {
            // From +0.0, as the dense mean: a lone -0.0 sums to +0.0.
            PointReduction::Sum | PointReduction::Mean => {
                acc.iter_mut().zip(values).for_each(|(s, &x)| *s += f64::from(x))
            }
            PointReduction::Max => {
                for (m, &x) in acc.iter_mut().zip(values) {
                    if first || x.total_cmp(&(*m as f32)).is_gt() {
                        *m = f64::from(x);
                    }
                }
            }
        }
    }
    Ok(match reduction {
        PointReduction::Mean => state
            .chunks_exact(width)
            .zip(&dynamic.counts)
            .flat_map(|(sums, &count)| {
                let scale = 1.0 / f64::from(count);
                sums.iter().map(move |&sum| (sum * scale) as f32)
            })
            .collect(),
        PointReduction::Sum | PointReduction::Max => state.into_iter().map(|x| x as f32).collect(),
    })
}

/// PointPillars' decoration of hard voxels `voxels [rows, P, C]` with
/// `coords [rows, 3 or 4]` and `num_points [rows]`, for `plan` and its
/// [`PillarLayout`]: `[rows, P, K]` (K = [`PillarLayout::out_channels`]).
///
/// A pillar's mean adds its points' x, y, z in slot order in f32 from +0.0
/// and divides by its point count: the one order every backend follows.
///
/// ```
/// use robocache_core::{DType, PillarLayout, PointsPlan, TensorMeta, VoxelGrid};
/// let grid = VoxelGrid::new([0.0; 3], [1.0, 1.0, 4.0], [2, 2, 1]);
/// let plan = PointsPlan::new(&TensorMeta::new(vec![2, 3], DType::F32), None, None, grid)?;
/// let layout = PillarLayout::new(&plan, 2, false)?;
/// // One pillar at (1, 0) holding (1.25, 0.5, 1.0) and (1.75, 0.5, 3.0).
/// let voxels = [1.25, 0.5, 1.0, 1.75, 0.5, 3.0];
/// let out = robocache_cpu::pillar_features(&layout, &voxels, &[1, 0, 0], &[2])?;
/// assert_eq!(&out[..8], &[1.25, 0.5, 1.0, -0.25, 0.0, -1.0, -0.25, 0.0]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub fn pillar_features(
    layout: &PillarLayout,
    voxels: &[f32],
    coords: &[i32],
    num_points: &[u32],
) -> Result<Vec<f32>> {
    let rows = num_points.len();
    let (p, c, k) = (layout.points_per_pillar, layout.channels, layout.out_channels());
    check_len("voxels", voxels.len(), &[rows, p, c])?;
    let width = coords.len().checked_div(rows).unwrap_or(3);
    check_len("coords", coords.len(), &[rows, width])?;
    let mut out = vec![0.0f32; rows * p * k];
    if rows == 0 {
        return Ok(out);
    }
    out.par_chunks_mut(p * k).enumerate().for_each(|(row, out)| {
        let points = &voxels[row * p * c..(row + 1) * p * c];
        let n = (num_points[row] as usize).min(p);
        let mut sum = [0.0f32; 3];
        for point in points.chunks_exact(c).take(n) {
            for (s, &v) in sum.iter_mut().zip(point) {
                *s += v;
            }
        }
        let mean = sum.map(|s| s / n as f32);
        let at = &coords[row * width + width - 3..(row + 1) * width];
        let centre = [
            layout.x_centres[at[0] as usize],
            layout.y_centres[at[1] as usize],
            layout.z_centre,
        ];
        for (point, out) in points.chunks_exact(c).zip(out.chunks_exact_mut(k)).take(n) {
            out[..c].copy_from_slice(point);
            for axis in 0..3 {
                out[c + axis] = point[axis] - mean[axis];
            }
            for axis in 0..2 + usize::from(layout.with_z_centre) {
                out[c + 3 + axis] = point[axis] - centre[axis];
            }
        }
    });
    Ok(out)
}

/// Scatters per-pillar vectors `[rows, depth]` onto the bird's-eye view:
/// `[depth, X, Y]` for one cloud, `[B, depth, X, Y]` for `plan`'s batch
/// (coordinates with the cloud first); cells without a pillar are zero.
///
/// ```
/// use robocache_core::{DType, PointsPlan, TensorMeta, VoxelGrid};
/// let grid = VoxelGrid::new([0.0; 3], [1.0, 1.0, 4.0], [2, 3, 1]);
/// let plan = PointsPlan::new(&TensorMeta::new(vec![2, 3], DType::F32), None, None, grid)?;
/// let bev = robocache_cpu::scatter_to_bev(&plan, &[1, 2, 0], &[7.0, 8.0], 2)?;
/// assert_eq!(bev, [0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub fn scatter_to_bev(plan: &PointsPlan, coords: &[i32], vectors: &[f32], depth: usize) -> Result<Vec<f32>> {
    let width = plan.coord_width();
    let rows = coords.len() / width;
    check_len("coords", coords.len(), &[rows, width])?;
    check_len("pillar vectors", vectors.len(), &[rows, depth])?;
    let [x_dim, y_dim, _] = plan.grid.dims;
    let cells = x_dim * y_dim;
    let mut out = vec![0.0f32; plan.clouds() * depth * cells];
    if depth == 0 {
        return Ok(out);
    }
    for (at, vector) in coords.chunks_exact(width).zip(vectors.chunks_exact(depth)) {
        let cloud = if width == 4 { at[0] as usize } else { 0 };
        let cell = at[width - 3] as usize * y_dim + at[width - 2] as usize;
        for (d, &v) in vector.iter().enumerate() {
            out[(cloud * depth + d) * cells + cell] = v;
        }
    }
    Ok(out)
}

/// One cloud's numbering.
struct CloudRows {
    /// Per live point, its voxel's row within the cloud, or [`DROPPED`].
    rows: Vec<u32>,
    /// Per row, its voxel's linear index.
    voxels: Vec<u32>,
    /// Per row, its points.
    counts: Vec<u32>,
    stats: VoxelStats,
}

/// Checks the input and numbers every cloud's voxels (clouds in parallel).
fn number_clouds(plan: &PointsPlan, input: &VoxelInput<'_>) -> Result<Vec<CloudRows>> {
    check_len("points", input.points.len(), &[plan.point_slots(), 3])?;
    if let Some(lengths) = input.lengths {
        check_len("lengths", lengths.len(), &[plan.clouds()])?;
        validate_cloud_lengths(lengths, plan.points_per_cloud)?;
    }
    let indexer = VoxelIndexer::new(&plan.grid);
    let cloud = |c: usize| {
        let live = input.lengths.map_or(plan.points_per_cloud, |l| l[c] as usize);
        let first = c * plan.points_per_cloud;
        let points = &input.points[first * 3..(first + live) * 3];
        with_slot_map(
            plan.voxels_per_cloud,
            |map| number_cloud(&indexer, points, map),
            |numbered| &numbered.voxels,
        )
    };
    Ok(if plan.clouds() == 1 {
        vec![cloud(0)]
    } else {
        (0..plan.clouds()).into_par_iter().map(cloud).collect()
    })
}

fn number_cloud(indexer: &VoxelIndexer, points: &[f32], map: &mut dyn SlotMap) -> CloudRows {
    let mut out = CloudRows {
        rows: Vec::with_capacity(points.len() / 3),
        voxels: Vec::new(),
        counts: Vec::new(),
        stats: VoxelStats::default(),
    };
    // As the sparse reduction: voxels are found a block at a time and the
    // map walked with each entry prefetched a few points ahead.
    let mut located = [DROPPED; BLOCK];
    for block_points in points.chunks(3 * BLOCK) {
        let located = &mut located[..block_points.len() / 3];
        for (voxel, p) in located.iter_mut().zip(block_points.chunks_exact(3)) {
            *voxel = match indexer.slot([p[0], p[1], p[2]]) {
                // Below DROPPED: the plan caps a cloud's voxels below u32::MAX.
                VoxelSlot::Inside(voxel) => voxel as u32,
                VoxelSlot::OutOfGrid => {
                    out.stats.out_of_grid += 1;
                    DROPPED
                }
                VoxelSlot::NonFinite => {
                    out.stats.non_finite += 1;
                    DROPPED
                }
            };
        }
        for &voxel in located.iter().take(PREFETCH_DISTANCE) {
            map.prefetch(voxel);
        }
        for (i, &voxel) in located.iter().enumerate() {
            if let Some(&ahead) = located.get(i + PREFETCH_DISTANCE) {
                map.prefetch(ahead);
            }
            if voxel == DROPPED {
                out.rows.push(DROPPED);
                continue;
            }
            let next = out.voxels.len() as u32;
            let row = map.slot_or_insert(voxel, next);
            if row == next {
                out.voxels.push(voxel);
                out.counts.push(1);
            } else {
                out.counts[row as usize] += 1;
            }
            out.rows.push(row);
        }
    }
    out.stats.kept = out.rows.len() as u64 - out.stats.out_of_grid - out.stats.non_finite;
    out
}

/// The error for the non-finite feature `values` of point slot `slot`.
fn non_finite_feature(plan: &PointsPlan, slot: usize, values: &[f32]) -> Error {
    let feature = values.iter().position(|x| !x.is_finite()).unwrap_or(0);
    // A slot exists, so a cloud has at least one.
    let per_cloud = plan.points_per_cloud.max(1);
    Error::NonFiniteFeature {
        cloud: plan.error_cloud(slot / per_cloud),
        point: slot % per_cloud,
        feature,
        value: values[feature],
    }
}

/// The features a hard voxelization copies, checked against the plan.
fn check_features<'a>(plan: &PointsPlan, features: Option<&'a [f32]>) -> Result<Option<&'a [f32]>> {
    match (plan.features, features) {
        (0, _) => Ok(None),
        (width, Some(features)) => {
            check_len("features", features.len(), &[plan.point_slots(), width])?;
            Ok(Some(features))
        }
        (_, None) => Err(Error::ShapeMismatch {
            tensor: "features".to_string(),
            axis: "elements",
            actual: 0,
            expected: plan.point_slots() * plan.features,
            reference: "the plan".to_string(),
        }),
    }
}
