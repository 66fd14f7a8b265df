//! Sparse voxelization on the CPU: the occupied voxels only, as coordinates
//! plus values (SPEC section 6), so a lidar grid that is 98% empty costs its
//! points, not its cells.
//!
//! One pass over each cloud gives every voxel a slot the first time one of
//! its points lands there, so slots come out in the order of each voxel's
//! first kept point, and the reductions run on the slots: a mean sums its
//! points in point order in f64 and a max keeps the total order, as the dense
//! [`voxelize`](crate::voxelize) does, so the values are bit for bit the
//! dense grid's at those voxels.
//!
//! The voxel-to-slot map is a plain array where a cloud's grid is small
//! enough to keep one per thread (a lookup is one load), and a hash map on
//! larger grids. The array is kept between calls and left all-empty by
//! clearing only the entries a cloud touched.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use rayon::prelude::*;
use robocache_core::{all_finite, Error, Result, VoxelIndexer, VoxelMode, VoxelPlan, VoxelSlot, VoxelStats};

use crate::voxelize::{check_input, VoxelInput};

/// Voxels of one cloud up to which the slot map is an array (16 MiB of u32
/// per thread); past it, a hash map whose size follows the occupied voxels.
const ARRAY_MAP_VOXELS: usize = 1 << 22;

/// An array slot map's entry for a voxel no point has reached yet.
const EMPTY: u32 = u32::MAX;

/// Marks a point that lands in no voxel.
pub(crate) const DROPPED: u32 = u32::MAX;

/// Points whose voxels are found before any is looked up.
pub(crate) const BLOCK: usize = 256;

/// How many points ahead a slot-map entry is prefetched: enough to cover a
/// load from L3, few enough for the loads in flight that a core tracks.
pub(crate) const PREFETCH_DISTANCE: usize = 16;

thread_local! {
    /// This thread's array slot map, all [`EMPTY`] between calls.
    static SLOT_ARRAY: RefCell<Vec<u32>> = const { RefCell::new(Vec::new()) };
}

/// The order of a sparse voxelization's voxels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SparseOrder {
    /// By each voxel's first kept point in input order: the order in which
    /// hard voxelization numbers voxels (SPEC section 6).
    FirstPoint,
    /// By linear index, x then y then z: the grid's row-major order, the one
    /// `numpy.unique` gives.
    Grid,
}

/// The occupied voxels of a voxelization, `M` of them, clouds in order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SparseVoxels {
    /// `[M, 3]` voxel indices `(x, y, z)`, or `[M, 4]` `(cloud, x, y, z)`
    /// when the plan is batched.
    pub coords: Vec<i32>,
    /// `[M]` points per voxel (the values of `Count`; `Occupancy`'s are all
    /// 1 and not stored apart).
    pub counts: Vec<u32>,
    /// `[M, F]` the per-voxel means or maxima of the features for `Mean` and
    /// `Max`; empty for `Count` and `Occupancy`.
    pub features: Vec<f32>,
    /// Each cloud's kept and dropped points.
    pub stats: Vec<VoxelStats>,
}

impl SparseVoxels {
    /// Occupied voxels, all clouds together.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no point landed in the grid.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// Kept and dropped points over all clouds.
    pub fn total_stats(&self) -> VoxelStats {
        self.stats.iter().fold(VoxelStats::default(), |a, &b| a.merge(b))
    }
}

/// Voxelizes into the occupied voxels only, in `order` within each cloud.
///
/// Takes the plan and input of [`voxelize`](crate::voxelize), and agrees
/// with it bit for bit: the same kept and dropped points, the same errors
/// (a non-finite feature of a kept point names the first such point), and at
/// each occupied voxel the dense grid's value. Batched clouds run in
/// parallel.
///
/// ```
/// use robocache_core::{DType, TensorMeta, VoxelGrid, VoxelMode, VoxelPlan, VoxelRequest};
/// use robocache_cpu::{voxelize_sparse, SparseOrder, VoxelInput};
/// // Three points: two share voxel (1, 0, 0), one falls in (0, 0, 0).
/// let points = [1.5f32, 0.5, 0.5, 0.5, 0.5, 0.5, 1.2, 0.1, 0.9];
/// let intensity = [10.0f32, 4.0, 20.0];
/// let request = VoxelRequest {
///     points: TensorMeta::new(vec![3, 3], DType::F32),
///     features: Some(TensorMeta::new(vec![3, 1], DType::F32)),
///     lengths: None,
///     grid: VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]),
///     mode: VoxelMode::Mean,
/// };
/// let plan = VoxelPlan::new(&request)?;
/// let input = VoxelInput { points: &points, features: Some(&intensity), lengths: None };
///
/// let first = voxelize_sparse(&plan, input, SparseOrder::FirstPoint)?;
/// assert_eq!(first.coords, [1, 0, 0, 0, 0, 0]);
/// assert_eq!(first.counts, [2, 1]);
/// assert_eq!(first.features, [15.0, 4.0]);
///
/// let grid = voxelize_sparse(&plan, input, SparseOrder::Grid)?;
/// assert_eq!(grid.coords, [0, 0, 0, 1, 0, 0]);
/// assert_eq!(grid.features, [4.0, 15.0]);
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub fn voxelize_sparse(plan: &VoxelPlan, input: VoxelInput<'_>, order: SparseOrder) -> Result<SparseVoxels> {
    let features = check_input(plan, &input)?;
    if let Some(&axis) = plan.grid.dims.iter().max().filter(|&&d| d > i32::MAX as usize) {
        return Err(Error::TooLarge {
            what: "a voxel grid axis (sparse coordinates are i32)",
            needed: axis as u64,
            unit: "voxels",
            limit: i32::MAX as u64,
        });
    }

    let cloud = |c: usize| -> Result<CloudVoxels> {
        let live = input.lengths.map_or(plan.points_per_cloud, |l| l[c] as usize);
        let first = c * plan.points_per_cloud;
        let cloud = CloudInput {
            points: &input.points[first * 3..(first + live) * 3],
            features: features.map(|f| &f[first * plan.features..(first + live) * plan.features]),
        };
        voxelize_cloud(plan, &cloud, order).map_err(|bad| Error::NonFiniteFeature {
            cloud: plan.error_cloud(c),
            point: bad.point,
            feature: bad.feature,
            value: bad.value,
        })
    };
    // Every cloud runs to its end, so that an error names the first bad
    // point of the whole batch, as the dense path does, whatever the
    // threads' timing.
    let clouds: Vec<Result<CloudVoxels>> = if plan.clouds() == 1 {
        vec![cloud(0)]
    } else {
        (0..plan.clouds()).into_par_iter().map(cloud).collect()
    };
    let clouds = clouds.into_iter().collect::<Result<Vec<_>>>()?;
    Ok(gather(plan, clouds))
}

/// One cloud's live points.
struct CloudInput<'a> {
    points: &'a [f32],
    features: Option<&'a [f32]>,
}

/// One cloud's occupied voxels, in the order asked for.
struct CloudVoxels {
    /// Linear voxel indices within the cloud's grid.
    voxels: Vec<u32>,
    counts: Vec<u32>,
    features: Vec<f32>,
    stats: VoxelStats,
}

/// The first non-finite feature of a kept point.
struct BadFeature {
    point: usize,
    feature: usize,
    value: f32,
}

/// Where each voxel's slot is kept while a cloud is reduced.
pub(crate) trait SlotMap {
    /// The slot of `voxel`, given `next` (and remembered) if it has none.
    fn slot_or_insert(&mut self, voxel: u32, next: u32) -> u32;

    /// Starts loading `voxel`'s entry, which is about to be looked up.
    fn prefetch(&self, _voxel: u32) {}
}

impl SlotMap for [u32] {
    #[inline(always)]
    fn prefetch(&self, voxel: u32) {
        #[cfg(target_arch = "x86_64")]
        // DROPPED, past every map, prefetches nothing.
        if let Some(entry) = self.get(voxel as usize) {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            // SAFETY: a prefetch is a hint that reads nothing observable and
            // cannot fault; the address is in bounds anyway. SSE is part of
            // every x86-64.
            unsafe { _mm_prefetch::<_MM_HINT_T0>((entry as *const u32).cast()) };
        }
    }

    #[inline(always)]
    fn slot_or_insert(&mut self, voxel: u32, next: u32) -> u32 {
        let entry = &mut self[voxel as usize];
        if *entry == EMPTY {
            *entry = next;
        }
        *entry
    }
}

/// The array map as a trait object (a slice is unsized, the vector is not).
impl SlotMap for Vec<u32> {
    #[inline(always)]
    fn prefetch(&self, voxel: u32) {
        self[..].prefetch(voxel);
    }

    #[inline(always)]
    fn slot_or_insert(&mut self, voxel: u32, next: u32) -> u32 {
        self[..].slot_or_insert(voxel, next)
    }
}

impl SlotMap for HashMap<u32, u32, BuildHasherDefault<VoxelHasher>> {
    #[inline(always)]
    fn slot_or_insert(&mut self, voxel: u32, next: u32) -> u32 {
        *self.entry(voxel).or_insert(next)
    }
}

/// Multiplicative hashing of voxel indices: neighbouring voxels spread over
/// the table, and no SipHash per point (the keys are not attacker-chosen).
#[derive(Default)]
pub(crate) struct VoxelHasher(u64);

impl Hasher for VoxelHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, voxel: u32) {
        self.write_u64(u64::from(voxel));
    }

    fn write_u64(&mut self, x: u64) {
        self.0 = (self.0 ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    }
}

/// Runs `number` on an all-empty slot map for grids of `voxels_per_cloud`
/// voxels (this thread's array, or a hash map on larger grids) and leaves
/// the array empty again: `touched` names the voxels `number` inserted.
pub(crate) fn with_slot_map<T>(
    voxels_per_cloud: usize,
    number: impl FnOnce(&mut dyn SlotMap) -> T,
    touched: impl Fn(&T) -> &[u32],
) -> T {
    if voxels_per_cloud > ARRAY_MAP_VOXELS {
        let mut map: HashMap<u32, u32, BuildHasherDefault<VoxelHasher>> = HashMap::default();
        return number(&mut map);
    }
    SLOT_ARRAY.with(|array| {
        // Taken out of the cell: a panic inside drops it rather than leaving
        // a map with stale slots for the next call.
        let mut map = std::mem::take(&mut *array.borrow_mut());
        if map.len() < voxels_per_cloud {
            map.resize(voxels_per_cloud, EMPTY);
        }
        let numbered = number(&mut map);
        for &v in touched(&numbered) {
            map[v as usize] = EMPTY;
        }
        *array.borrow_mut() = map;
        numbered
    })
}

fn voxelize_cloud(
    plan: &VoxelPlan,
    cloud: &CloudInput<'_>,
    order: SparseOrder,
) -> std::result::Result<CloudVoxels, BadFeature> {
    if plan.voxels_per_cloud <= ARRAY_MAP_VOXELS {
        SLOT_ARRAY.with(|array| {
            // Taken out of the cell: a panic inside drops it rather than
            // leaving a map with stale slots for the next call.
            let mut map = std::mem::take(&mut *array.borrow_mut());
            if map.len() < plan.voxels_per_cloud {
                map.resize(plan.voxels_per_cloud, EMPTY);
            }
            let reduced = reduce(plan, cloud, &mut map[..]);
            let result =
                reduced.map(|reduced| reduced.ordered(order, |v| map[v as usize], plan.voxels_per_cloud));
            if let Ok(voxels) = &result {
                for &v in &voxels.voxels {
                    map[v as usize] = EMPTY;
                }
            } else {
                map.fill(EMPTY);
            }
            *array.borrow_mut() = map;
            result
        })
    } else {
        let mut map = HashMap::default();
        let reduced = reduce(plan, cloud, &mut map)?;
        Ok(reduced.ordered(order, |v| map[&v], plan.voxels_per_cloud))
    }
}

/// A cloud's voxels in first-point order, before the mean is taken.
struct Reduced {
    voxels: Vec<u32>,
    counts: Vec<u32>,
    /// Mean: f64 sums; max: the maxima, widened (exactly) to f64.
    values: Vec<f64>,
    width: usize,
    mode: VoxelMode,
    stats: VoxelStats,
}

fn reduce(
    plan: &VoxelPlan,
    cloud: &CloudInput<'_>,
    map: &mut (impl SlotMap + ?Sized),
) -> std::result::Result<Reduced, BadFeature> {
    // One loop per reduction and, for the usual single feature, per width:
    // the per-point work is a few dozen instructions, and a mode test or a
    // slice of unknown length inside it costs a good share of them.
    match (cloud.features, plan.mode, plan.features) {
        (None, ..) | (_, VoxelMode::Count | VoxelMode::Occupancy, _) => {
            reduce_with(plan, cloud, map, Counting)
        }
        (Some(features), VoxelMode::Mean, 1) => reduce_with(plan, cloud, map, Summing::<1>(features, 1)),
        (Some(features), VoxelMode::Mean, width) => {
            reduce_with(plan, cloud, map, Summing::<0>(features, width))
        }
        (Some(features), VoxelMode::Max, 1) => reduce_with(plan, cloud, map, Maximum::<1>(features, 1)),
        (Some(features), VoxelMode::Max, width) => {
            reduce_with(plan, cloud, map, Maximum::<0>(features, width))
        }
    }
}

/// What a voxel keeps of its points' features, in f64 per feature.
trait Reduction {
    /// Features per point (`WIDTH` when it is not 0, a constant the loops
    /// unroll on).
    fn width(&self) -> usize;

    /// The features of `point`, or the first non-finite one.
    fn features(&self, point: usize) -> std::result::Result<&[f32], BadFeature>;

    /// A voxel's state from its first point.
    fn start(state: &mut Vec<f64>, values: &[f32]);

    /// Folds in a later point.
    fn add(state: &mut [f64], values: &[f32]);
}

/// Count and occupancy: no features.
struct Counting;

/// Mean: f64 sums in point order, as the dense CPU path adds them.
struct Summing<'a, const WIDTH: usize>(&'a [f32], usize);

/// Max: the total order, +0.0 above -0.0, as every backend decides it.
struct Maximum<'a, const WIDTH: usize>(&'a [f32], usize);

impl Reduction for Counting {
    fn width(&self) -> usize {
        0
    }

    #[inline(always)]
    fn features(&self, _point: usize) -> std::result::Result<&[f32], BadFeature> {
        Ok(&[])
    }

    #[inline(always)]
    fn start(_state: &mut Vec<f64>, _values: &[f32]) {}

    #[inline(always)]
    fn add(_state: &mut [f64], _values: &[f32]) {}
}

/// The features of `point` in a `[N, width]` slice, checked finite: a
/// non-finite feature of a kept point is an error, as in the dense path.
#[inline(always)]
fn finite_features(features: &[f32], width: usize, point: usize) -> std::result::Result<&[f32], BadFeature> {
    let values = &features[point * width..(point + 1) * width];
    // One branch per point, not one per feature.
    if all_finite(values) {
        return Ok(values);
    }
    let feature = values.iter().position(|x| !x.is_finite()).unwrap_or(0);
    Err(BadFeature {
        point,
        feature,
        value: values[feature],
    })
}

impl<const WIDTH: usize> Reduction for Summing<'_, WIDTH> {
    #[inline(always)]
    fn width(&self) -> usize {
        if WIDTH == 0 {
            self.1
        } else {
            WIDTH
        }
    }

    #[inline(always)]
    fn features(&self, point: usize) -> std::result::Result<&[f32], BadFeature> {
        finite_features(self.0, self.width(), point)
    }

    #[inline(always)]
    fn start(state: &mut Vec<f64>, values: &[f32]) {
        // From +0.0, as the dense path's sums: a lone -0.0 averages to +0.0.
        state.extend(values.iter().map(|&x| 0.0 + f64::from(x)));
    }

    #[inline(always)]
    fn add(state: &mut [f64], values: &[f32]) {
        state
            .iter_mut()
            .zip(values)
            .for_each(|(s, &x)| *s += f64::from(x));
    }
}

impl<const WIDTH: usize> Reduction for Maximum<'_, WIDTH> {
    #[inline(always)]
    fn width(&self) -> usize {
        if WIDTH == 0 {
            self.1
        } else {
            WIDTH
        }
    }

    #[inline(always)]
    fn features(&self, point: usize) -> std::result::Result<&[f32], BadFeature> {
        finite_features(self.0, self.width(), point)
    }

    #[inline(always)]
    fn start(state: &mut Vec<f64>, values: &[f32]) {
        state.extend(values.iter().map(|&x| f64::from(x)));
    }

    #[inline(always)]
    fn add(state: &mut [f64], values: &[f32]) {
        for (m, &x) in state.iter_mut().zip(values) {
            if x.total_cmp(&(*m as f32)).is_gt() {
                *m = f64::from(x);
            }
        }
    }
}

fn reduce_with<R: Reduction>(
    plan: &VoxelPlan,
    cloud: &CloudInput<'_>,
    map: &mut (impl SlotMap + ?Sized),
    reduction: R,
) -> std::result::Result<Reduced, BadFeature> {
    let indexer = VoxelIndexer::new(&plan.grid);
    let width = reduction.width();
    let (mut voxels, mut counts, mut values) = (Vec::new(), Vec::<u32>::new(), Vec::new());
    let (mut out_of_grid, mut non_finite) = (0u64, 0u64);
    // Voxels are found a block at a time, and the map is then walked with
    // each entry prefetched a few points ahead: the scattered loads overlap
    // instead of each stalling its point (a 768k-voxel map is 3 MB, past
    // L2).
    let mut located = [DROPPED; BLOCK];
    for (block, block_points) in cloud.points.chunks(3 * BLOCK).enumerate() {
        let located = &mut located[..block_points.len() / 3];
        for (voxel, p) in located.iter_mut().zip(block_points.chunks_exact(3)) {
            *voxel = match indexer.slot([p[0], p[1], p[2]]) {
                // Fits u32 below DROPPED: the plan caps a cloud's voxels
                // below u32::MAX.
                VoxelSlot::Inside(voxel) => voxel as u32,
                VoxelSlot::OutOfGrid => {
                    out_of_grid += 1;
                    DROPPED
                }
                VoxelSlot::NonFinite => {
                    non_finite += 1;
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
                continue;
            }
            let features = reduction.features(block * BLOCK + i)?;
            let next = voxels.len() as u32;
            let slot = map.slot_or_insert(voxel, next);
            if slot == next {
                voxels.push(voxel);
                counts.push(1);
                R::start(&mut values, features);
            } else {
                let slot = slot as usize;
                counts[slot] += 1;
                R::add(&mut values[slot * width..(slot + 1) * width], features);
            }
        }
    }
    let points = (cloud.points.len() / 3) as u64;
    Ok(Reduced {
        voxels,
        counts,
        values,
        width,
        mode: plan.mode,
        stats: VoxelStats {
            kept: points - out_of_grid - non_finite,
            out_of_grid,
            non_finite,
            ..VoxelStats::default()
        },
    })
}

impl Reduced {
    /// The voxels in `order`, with their final values; `slot_of` reads the
    /// slot map, which still holds this cloud.
    fn ordered(
        self,
        order: SparseOrder,
        slot_of: impl Fn(u32) -> u32,
        voxels_per_cloud: usize,
    ) -> CloudVoxels {
        let slots: Option<Vec<u32>> = match order {
            SparseOrder::FirstPoint => None,
            SparseOrder::Grid => Some(grid_order(&self.voxels, slot_of, voxels_per_cloud)),
        };
        let at = |i: usize| slots.as_ref().map_or(i, |s| s[i] as usize);
        let m = self.voxels.len();
        let width = self.width;
        let mut features = Vec::with_capacity(m * width);
        for i in 0..m {
            let slot = at(i);
            let state = &self.values[slot * width..(slot + 1) * width];
            match self.mode {
                VoxelMode::Mean => {
                    let scale = 1.0 / f64::from(self.counts[slot]);
                    features.extend(state.iter().map(|&sum| (sum * scale) as f32));
                }
                _ => features.extend(state.iter().map(|&max| max as f32)),
            }
        }
        CloudVoxels {
            voxels: (0..m).map(|i| self.voxels[at(i)]).collect(),
            counts: (0..m).map(|i| self.counts[at(i)]).collect(),
            features,
            stats: self.stats,
        }
    }
}

/// The slots of `voxels` by ascending voxel index. A bit per voxel of the
/// grid, walked a word at a time, when the grid is at most 64 times the
/// occupied voxels (a lidar's usual case); a sort otherwise.
fn grid_order(voxels: &[u32], slot_of: impl Fn(u32) -> u32, voxels_per_cloud: usize) -> Vec<u32> {
    if voxels_per_cloud / 64 > voxels.len() {
        let mut by_voxel: Vec<(u32, u32)> = voxels.iter().enumerate().map(|(s, &v)| (v, s as u32)).collect();
        by_voxel.sort_unstable();
        return by_voxel.into_iter().map(|(_, s)| s).collect();
    }
    let mut bits = vec![0u64; voxels_per_cloud.div_ceil(64)];
    for &v in voxels {
        bits[v as usize / 64] |= 1 << (v % 64);
    }
    let mut slots = Vec::with_capacity(voxels.len());
    for (w, &word) in bits.iter().enumerate() {
        let mut word = word;
        while word != 0 {
            let bit = word.trailing_zeros();
            slots.push(slot_of(w as u32 * 64 + bit));
            word &= word - 1;
        }
    }
    slots
}

/// Concatenates the clouds, with each voxel's coordinates.
fn gather(plan: &VoxelPlan, clouds: Vec<CloudVoxels>) -> SparseVoxels {
    let total: usize = clouds.iter().map(|c| c.voxels.len()).sum();
    let rank = if plan.batch.is_some() { 4 } else { 3 };
    let mut out = SparseVoxels {
        coords: Vec::with_capacity(total * rank),
        counts: Vec::with_capacity(total),
        features: Vec::with_capacity(total * plan.features),
        stats: Vec::with_capacity(clouds.len()),
    };
    for (c, cloud) in clouds.into_iter().enumerate() {
        for &v in &cloud.voxels {
            let v = v as usize;
            if plan.batch.is_some() {
                out.coords.push(c as i32);
            }
            // Each index is below its axis' size, checked above to fit i32.
            out.coords.extend(plan.grid.coords_of(v).map(|a| a as i32));
        }
        out.counts.extend(cloud.counts);
        out.features.extend(cloud.features);
        out.stats.push(cloud.stats);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{voxelize, BufferPool};
    use proptest::prelude::*;
    use robocache_core::{DType, HostDataMut, TensorMeta, VoxelGrid, VoxelRequest};

    /// A batch of ragged clouds on a small grid: coordinates cover the grid
    /// and a margin outside it, with some NaN; features may hold an
    /// infinity.
    #[derive(Debug, Clone)]
    struct Case {
        dims: [usize; 3],
        clouds: usize,
        points_per_cloud: usize,
        points: Vec<f32>,
        features: Vec<f32>,
        width: usize,
        lengths: Vec<u32>,
        batched: bool,
    }

    fn case() -> impl Strategy<Value = Case> {
        (
            1usize..6,
            1usize..6,
            1usize..4,
            1usize..4,
            0usize..40,
            1usize..3,
            any::<bool>(),
        )
            .prop_flat_map(|(x, y, z, clouds, n, width, batched)| {
                let clouds = if batched { clouds } else { 1 };
                let coordinate = prop_oneof![
                    20 => -1.0f32..7.0,
                    1 => Just(f32::NAN),
                ];
                let feature = prop_oneof![
                    40 => -5.0f32..5.0,
                    1 => Just(-0.0f32),
                    1 => Just(f32::INFINITY),
                ];
                (
                    proptest::collection::vec(coordinate, clouds * n * 3),
                    proptest::collection::vec(feature, clouds * n * width),
                    proptest::collection::vec(0..=n as u32, clouds),
                )
                    .prop_map(move |(points, features, lengths)| Case {
                        dims: [x, y, z],
                        clouds,
                        points_per_cloud: n,
                        points,
                        features,
                        width,
                        lengths,
                        batched,
                    })
            })
    }

    impl Case {
        fn plan(&self, mode: VoxelMode) -> VoxelPlan {
            let points = if self.batched {
                vec![self.clouds, self.points_per_cloud, 3]
            } else {
                vec![self.points_per_cloud, 3]
            };
            let mut features = points.clone();
            *features.last_mut().unwrap() = self.width;
            VoxelPlan::new(&VoxelRequest {
                points: TensorMeta::new(points, DType::F32),
                features: mode
                    .needs_features()
                    .then(|| TensorMeta::new(features, DType::F32)),
                lengths: self
                    .batched
                    .then(|| TensorMeta::new(vec![self.clouds], DType::U32)),
                grid: VoxelGrid::new([0.0; 3], [1.0; 3], self.dims),
                mode,
            })
            .unwrap()
        }

        fn input(&self) -> VoxelInput<'_> {
            VoxelInput {
                points: &self.points,
                features: Some(&self.features),
                lengths: self.batched.then_some(&self.lengths[..]),
            }
        }
    }

    /// The dense grid's occupied voxels in grid order, as sparse output.
    fn dense_as_sparse(case: &Case, mode: VoxelMode) -> Result<SparseVoxels> {
        let pool = BufferPool::new(0);
        let count_plan = case.plan(VoxelMode::Count);
        let mut counts = vec![0u32; count_plan.output_len()?];
        let stats = voxelize(
            &count_plan,
            case.input(),
            HostDataMut::from(&mut counts[..]),
            &pool,
        )?;
        let plan = case.plan(mode);
        let mut values = vec![0f32; plan.output_len()?];
        if mode.needs_features() {
            voxelize(&plan, case.input(), HostDataMut::from(&mut values[..]), &pool)?;
        }
        let [_, ny, nz] = case.dims;
        let per_cloud = plan.voxels_per_cloud;
        let mut out = SparseVoxels {
            stats,
            ..SparseVoxels::default()
        };
        for (i, &count) in counts.iter().enumerate().filter(|(_, &c)| c > 0) {
            let (c, v) = (i / per_cloud, i % per_cloud);
            if case.batched {
                out.coords.push(c as i32);
            }
            out.coords
                .extend([(v / (ny * nz)) as i32, ((v / nz) % ny) as i32, (v % nz) as i32]);
            out.counts.push(count);
            let w = plan.features;
            out.features.extend_from_slice(&values[i * w..(i + 1) * w]);
        }
        Ok(out)
    }

    fn bits(values: &[f32]) -> Vec<u32> {
        values.iter().map(|x| x.to_bits()).collect()
    }

    const MODES: [VoxelMode; 4] = [
        VoxelMode::Count,
        VoxelMode::Occupancy,
        VoxelMode::Mean,
        VoxelMode::Max,
    ];

    proptest! {
        /// In grid order, sparse output is the dense grid's occupied voxels,
        /// bit for bit, with the same statistics and the same errors.
        #[test]
        fn grid_order_is_the_dense_grid_compacted(case in case()) {
            for mode in MODES {
                let sparse = voxelize_sparse(&case.plan(mode), case.input(), SparseOrder::Grid);
                let dense = dense_as_sparse(&case, mode);
                match (sparse, dense) {
                    (Ok(sparse), Ok(dense)) => {
                        prop_assert_eq!(&sparse.coords, &dense.coords);
                        prop_assert_eq!(&sparse.counts, &dense.counts);
                        prop_assert_eq!(bits(&sparse.features), bits(&dense.features));
                        prop_assert_eq!(&sparse.stats, &dense.stats);
                    }
                    (Err(sparse), Err(dense)) => prop_assert_eq!(sparse.to_string(), dense.to_string()),
                    (sparse, dense) => prop_assert!(false, "sparse {:?} but dense {:?}", sparse.err(), dense.err()),
                }
            }
        }

        /// In first-point order, the same voxels are numbered by the first
        /// point that reaches each, cloud by cloud.
        #[test]
        fn first_point_order_follows_the_points(case in case()) {
            let plan = case.plan(VoxelMode::Max);
            let (Ok(first), Ok(grid)) = (
                voxelize_sparse(&plan, case.input(), SparseOrder::FirstPoint),
                voxelize_sparse(&plan, case.input(), SparseOrder::Grid),
            ) else {
                return Ok(());
            };
            let rank = if case.batched { 4 } else { 3 };
            let mut expected = Vec::new();
            for c in 0..case.clouds {
                let live = if case.batched { case.lengths[c] as usize } else { case.points_per_cloud };
                let mut seen = Vec::new();
                for p in 0..live {
                    let at = (c * case.points_per_cloud + p) * 3;
                    let point = [case.points[at], case.points[at + 1], case.points[at + 2]];
                    if let VoxelSlot::Inside(v) = plan.grid.slot(point) {
                        if !seen.contains(&v) {
                            seen.push(v);
                        }
                    }
                }
                expected.extend(seen.into_iter().map(|v| (c, v)));
            }
            let [_, ny, nz] = case.dims;
            let voxel_of = |coords: &[i32]| {
                let [x, y, z] = [coords[rank - 3], coords[rank - 2], coords[rank - 1]].map(|i| i as usize);
                let cloud = if case.batched { coords[0] as usize } else { 0 };
                (cloud, (x * ny + y) * nz + z)
            };
            let numbered: Vec<_> = first.coords.chunks(rank).map(voxel_of).collect();
            prop_assert_eq!(&numbered, &expected);
            // The same voxels and values, only reordered.
            let mut pairs: Vec<_> = numbered.iter().zip(first.features.chunks(case.width).map(bits)).collect();
            pairs.sort();
            let in_grid: Vec<_> = grid.coords.chunks(rank).map(voxel_of).collect();
            let grid_pairs: Vec<_> = in_grid.iter().zip(grid.features.chunks(case.width).map(bits)).collect();
            prop_assert_eq!(pairs, grid_pairs);
        }
    }

    #[test]
    fn large_grids_use_the_hash_map_and_agree_with_the_array() {
        // 4096^2 * 1 voxels is past ARRAY_MAP_VOXELS: the hash-map path.
        let dims = [4096, 4096, 1];
        assert!(dims.iter().product::<usize>() > ARRAY_MAP_VOXELS);
        let points: Vec<f32> = (0..3000)
            .flat_map(|i| {
                let i = i as f32;
                [(i * 7.3) % 4096.0, (i * 13.1) % 4096.0, 0.5]
            })
            .collect();
        let features: Vec<f32> = (0..3000).map(|i| (i % 17) as f32 - 8.0).collect();
        let plan_for = |dims| {
            VoxelPlan::new(&VoxelRequest {
                points: TensorMeta::new(vec![3000, 3], DType::F32),
                features: Some(TensorMeta::new(vec![3000, 1], DType::F32)),
                lengths: None,
                grid: VoxelGrid::new([0.0; 3], [1.0; 3], dims),
                mode: VoxelMode::Mean,
            })
            .unwrap()
        };
        let input = VoxelInput {
            points: &points,
            features: Some(&features),
            lengths: None,
        };
        // Coarser voxels on a grid small enough for the array map cover the
        // same points in the same order when the voxel size is the same: the
        // check is that both maps number the same points' voxels alike.
        for order in [SparseOrder::FirstPoint, SparseOrder::Grid] {
            let large = voxelize_sparse(&plan_for(dims), input, order).unwrap();
            let small = voxelize_sparse(&plan_for([4096, 4096 / 4 + 1, 1]), input, order);
            let small = small.unwrap();
            assert_eq!(large.stats[0].kept, 3000);
            // Points with y past the small grid drop there; compare the
            // voxels both grids hold.
            let keep = |s: &SparseVoxels| -> Vec<(i32, i32, u32, u32)> {
                s.coords
                    .chunks(3)
                    .zip(&s.counts)
                    .zip(&s.features)
                    .filter(|((c, _), _)| c[1] <= 1024)
                    .map(|((c, &n), &f)| (c[0], c[1], n, f.to_bits()))
                    .collect()
            };
            assert_eq!(keep(&large), keep(&small));
        }
    }
}
