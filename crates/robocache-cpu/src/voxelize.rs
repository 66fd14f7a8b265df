//! Voxelization on the CPU, deterministic and cache-friendly.
//!
//! Scattering points straight into a large grid misses the cache on nearly
//! every point, and float sums in arbitrary order are not reproducible. So
//! the work is one digit of a radix sort, then a cache-resident reduction:
//!
//! 1. *Bucket*: the points are cut into chunks. Each chunk computes its
//!    points' voxels and sorts them, stably, by partition (a range of voxels
//!    whose accumulators fit in cache) into its own region of a bucket
//!    array, copying their features along.
//! 2. *Reduce*: one task per partition reads that partition's segment of
//!    every chunk, in chunk order, into cache-resident accumulators, and
//!    writes its slice of the output, zeros included.
//!
//! Each voxel thus sees its points in their original order whatever the
//! thread count: `Mean` (summed in f64) is bit-identical from run to run, and
//! `Count`, `Occupancy` and `Max` are exact.

use std::cell::RefCell;
use std::ops::Range;

use rayon::prelude::*;
use robocache_core::{
    validate_cloud_lengths, Error, HostDataMut, Result, VoxelIndexer, VoxelMode, VoxelPlan, VoxelSlot,
    VoxelStats,
};

use crate::check_len;
use crate::pool::BufferPool;

/// Marks a point that lands in no voxel.
const DROPPED: u32 = u32::MAX;

/// Bytes of accumulator state one partition aims for: about half an L2.
const PARTITION_BYTES: usize = 512 * 1024;

/// Points a chunk holds at least, so that per-chunk work stays small.
const MIN_CHUNK_POINTS: usize = 16 * 1024;

/// Host memory of one voxelization, shaped as its [`VoxelPlan`] says.
///
/// ```
/// use robocache_core::{DType, HostDataMut, TensorMeta, VoxelGrid, VoxelMode, VoxelPlan, VoxelRequest};
/// use robocache_cpu::{voxelize, BufferPool, VoxelInput};
/// let points = [0.5f32, 0.5, 0.5, 1.5, 0.5, 0.5];
/// let request = VoxelRequest {
///     points: TensorMeta::new(vec![2, 3], DType::F32),
///     features: None,
///     lengths: None,
///     grid: VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]),
///     mode: VoxelMode::Count,
/// };
/// let plan = VoxelPlan::new(&request)?;
/// let mut counts = [7u32; 2]; // every element is overwritten
/// let input = VoxelInput { points: &points, features: None, lengths: None };
/// let stats = voxelize(&plan, input, HostDataMut::from(&mut counts[..]), &BufferPool::new(0))?;
/// assert_eq!(counts, [1, 1]);
/// assert_eq!(stats[0].kept, 2);
/// # Ok::<(), robocache_core::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct VoxelInput<'a> {
    /// `[N, 3]` or `[B, Nmax, 3]` f32 coordinates.
    pub points: &'a [f32],
    /// `[N, F]` or `[B, Nmax, F]` f32 features (read by mean and max only).
    pub features: Option<&'a [f32]>,
    /// `[B]` points per cloud.
    pub lengths: Option<&'a [u32]>,
}

/// Checks a voxelization's input against its plan, as every CPU entry
/// point does: the points, features (when the mode reads them) and lengths
/// hold the plan's slots, and the lengths are valid. Returns the features
/// the mode reads.
pub(crate) fn check_input<'a>(plan: &VoxelPlan, input: &VoxelInput<'a>) -> Result<Option<&'a [f32]>> {
    let slots = plan.clouds() * plan.points_per_cloud;
    check_len("points", input.points.len(), &[slots, 3])?;
    let features = match (plan.features, input.features) {
        (0, _) => None,
        (width, Some(features)) => {
            check_len("features", features.len(), &[slots, width])?;
            Some(features)
        }
        (_, None) => {
            return Err(Error::MissingFeatures {
                mode: plan.mode.name(),
            })
        }
    };
    if let Some(lengths) = input.lengths {
        check_len("lengths", lengths.len(), &[plan.clouds()])?;
        validate_cloud_lengths(lengths, plan.points_per_cloud)?;
    }
    Ok(features)
}

/// Voxelizes into `out` (`[(B,) X, Y, Z(, F)]` of the mode's dtype; every
/// element is written, so its prior contents do not matter) and returns each
/// cloud's kept/dropped counts. Scratch memory comes from `pool`.
///
/// Features of dropped points are not read: a lidar's no-return points carry
/// no meaningful feature. A NaN or infinite feature of a kept point is an
/// error naming the first such point; `out` is then unspecified.
pub fn voxelize(
    plan: &VoxelPlan,
    input: VoxelInput<'_>,
    out: HostDataMut<'_>,
    pool: &BufferPool,
) -> Result<Vec<VoxelStats>> {
    let slots = plan.clouds() * plan.points_per_cloud;
    let features = check_input(plan, &input)?;
    check_len("output", out.len(), &[plan.output_len()?])?;

    let layout = Layout::new(plan);
    let mut located = pool.take_vec::<u32>(slots, "voxel indices")?;
    let mut bucket_voxels = pool.take_vec::<u32>(slots, "the voxel bucket")?;
    let mut bucket_features = pool.take_vec::<f32>(
        if features.is_some() {
            slots * plan.features
        } else {
            0
        },
        "the feature bucket",
    )?;
    let chunks = bucket(
        plan,
        &input,
        features,
        &layout,
        &mut located,
        &mut bucket_voxels,
        &mut bucket_features,
    );
    drop(located);

    if let Some(bad) = chunks.iter().filter_map(|c| c.first_bad).min() {
        let nmax = plan.points_per_cloud;
        return Err(Error::NonFiniteFeature {
            cloud: plan.error_cloud(bad.slot / nmax),
            point: bad.slot % nmax,
            feature: bad.feature,
            value: features.map_or(f32::NAN, |f| f[bad.slot * plan.features + bad.feature]),
        });
    }

    let bucket = Bucket {
        chunks: &chunks,
        voxels: &bucket_voxels,
        features: &bucket_features,
        width: plan.features,
    };
    match (plan.mode, out) {
        (VoxelMode::Count, HostDataMut::U32(out)) => reduce_count(&bucket, &layout, out),
        (VoxelMode::Occupancy, HostDataMut::U8(out)) => reduce_occupancy(&bucket, &layout, out),
        (VoxelMode::Mean, HostDataMut::F32(out)) => reduce_features::<MeanReducer>(&bucket, &layout, out),
        (VoxelMode::Max, HostDataMut::F32(out)) => reduce_features::<MaxReducer>(&bucket, &layout, out),
        (mode, out) => {
            return Err(Error::DTypeMismatch {
                tensor: "output".to_string(),
                expected: mode.output_dtype().name(),
                actual: out.dtype(),
            })
        }
    }
    let mut stats = vec![VoxelStats::default(); plan.clouds()];
    for chunk in &chunks {
        stats[chunk.cloud] = stats[chunk.cloud].merge(chunk.stats);
    }
    Ok(stats)
}

/// How the voxels of all clouds are cut into cache-sized partitions, and the
/// point slots into chunks.
struct Layout {
    /// Partitions span `1 << partition_shift` voxels: a shift, not a division,
    /// finds a point's partition.
    partition_shift: u32,
    partitions: usize,
    chunk_points: usize,
}

impl Layout {
    fn new(plan: &VoxelPlan) -> Self {
        let total_voxels = plan.total_voxels();
        let state_per_voxel = match plan.mode {
            VoxelMode::Count => 4,
            VoxelMode::Occupancy => 1,
            // f64 sums (mean) or f32 maxima, plus a u32 count or seen flag.
            VoxelMode::Mean => 8 * plan.features + 4,
            VoxelMode::Max => 4 * plan.features + 1,
        };
        let threads = rayon::current_num_threads();
        // Enough partitions to keep every thread busy even on a small grid.
        let voxels_per_partition = (PARTITION_BYTES / state_per_voxel)
            .min(total_voxels.div_ceil(4 * threads))
            .max(1);
        let partition_shift = usize::BITS - 1 - voxels_per_partition.leading_zeros();
        let slots = plan.clouds() * plan.points_per_cloud;
        Layout {
            partition_shift,
            partitions: total_voxels.div_ceil(1 << partition_shift),
            chunk_points: MIN_CHUNK_POINTS.max(slots.div_ceil(8 * threads)),
        }
    }

    #[inline(always)]
    fn partition_of(&self, voxel: u32) -> usize {
        (voxel >> self.partition_shift) as usize
    }

    fn first_voxel(&self, partition: usize) -> usize {
        partition * self.voxels_per_partition()
    }

    fn voxels_per_partition(&self) -> usize {
        1 << self.partition_shift
    }
}

/// The first kept point (lowest global slot) with a non-finite feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct BadFeature {
    slot: usize,
    feature: usize,
}

/// A run of point slots of one cloud, bucketed into its own region.
struct Chunk {
    cloud: usize,
    /// First global point slot (`cloud * Nmax + i`), also where its bucket
    /// region starts.
    start: usize,
    /// `segments[p]..segments[p + 1]`: partition `p`'s points in the region.
    segments: Vec<u32>,
    stats: VoxelStats,
    first_bad: Option<BadFeature>,
}

impl Chunk {
    fn segment(&self, partition: usize) -> Range<usize> {
        self.start + self.segments[partition] as usize..self.start + self.segments[partition + 1] as usize
    }
}

/// Pass 1: voxel of every point, stably sorted by partition within each chunk.
fn bucket(
    plan: &VoxelPlan,
    input: &VoxelInput<'_>,
    features: Option<&[f32]>,
    layout: &Layout,
    located: &mut [u32],
    bucket_voxels: &mut [u32],
    bucket_features: &mut [f32],
) -> Vec<Chunk> {
    let nmax = plan.points_per_cloud;
    if nmax == 0 {
        return Vec::new();
    }
    let width = plan.features;
    let chunk_points = layout.chunk_points;
    // Each chunk owns the regions of its own slots: pair them up.
    let mut regions = Vec::new();
    let mut feature_regions = bucket_features.chunks_mut(nmax * width.max(1));
    let clouds = located.chunks_mut(nmax).zip(bucket_voxels.chunks_mut(nmax));
    for (cloud, (cloud_located, cloud_voxels)) in clouds.enumerate() {
        let mut cloud_features = feature_regions
            .next()
            .map(|f| f.chunks_mut(chunk_points * width.max(1)));
        let chunks = cloud_located
            .chunks_mut(chunk_points)
            .zip(cloud_voxels.chunks_mut(chunk_points));
        for (j, (located, voxels)) in chunks.enumerate() {
            let features = cloud_features.as_mut().and_then(Iterator::next);
            regions.push((cloud, cloud * nmax + j * chunk_points, located, voxels, features));
        }
    }

    let indexer = VoxelIndexer::new(&plan.grid);
    regions
        .into_par_iter()
        .map(|(cloud, start, located, voxels, mut region_features)| {
            let length = input.lengths.map_or(nmax, |l| l[cloud] as usize);
            let live = voxels.len().min(length.saturating_sub(start - cloud * nmax));
            let cloud_base = cloud * plan.voxels_per_cloud;
            let mut chunk = Chunk {
                cloud,
                start,
                segments: vec![0; layout.partitions + 1],
                stats: VoxelStats::default(),
                first_bad: None,
            };

            let located = &mut located[..live];
            let points = input.points[start * 3..(start + live) * 3].chunks_exact(3);
            for (voxel_of, p) in located.iter_mut().zip(points) {
                *voxel_of = match indexer.slot([p[0], p[1], p[2]]) {
                    VoxelSlot::Inside(local) => {
                        // Fits u32: the plan caps all voxels below u32::MAX.
                        let voxel = (cloud_base + local) as u32;
                        chunk.segments[layout.partition_of(voxel) + 1] += 1;
                        chunk.stats.kept += 1;
                        voxel
                    }
                    VoxelSlot::OutOfGrid => {
                        chunk.stats.out_of_grid += 1;
                        DROPPED
                    }
                    VoxelSlot::NonFinite => {
                        chunk.stats.non_finite += 1;
                        DROPPED
                    }
                };
            }
            for p in 0..layout.partitions {
                chunk.segments[p + 1] += chunk.segments[p];
            }

            let mut cursor = chunk.segments.clone();
            for (i, &voxel) in located.iter().enumerate() {
                if voxel == DROPPED {
                    continue;
                }
                let at = &mut cursor[layout.partition_of(voxel)];
                let to = *at as usize;
                *at += 1;
                voxels[to] = voxel;
                if let (Some(features), Some(region)) = (features, region_features.as_deref_mut()) {
                    let slot = start + i;
                    let values = &features[slot * width..(slot + 1) * width];
                    let destination = &mut region[to * width..(to + 1) * width];
                    // x * 0 is 0 for finite x and NaN otherwise: one branch
                    // per point instead of one per feature.
                    let mut probe = 0.0f32;
                    for (d, &x) in destination.iter_mut().zip(values) {
                        *d = x;
                        probe += x * 0.0;
                    }
                    if probe != 0.0 && chunk.first_bad.is_none() {
                        let feature = values.iter().position(|x| !x.is_finite()).unwrap_or(0);
                        chunk.first_bad = Some(BadFeature { slot, feature });
                    }
                }
            }
            chunk
        })
        .collect()
}

/// The bucketed points, read partition by partition.
struct Bucket<'a> {
    chunks: &'a [Chunk],
    voxels: &'a [u32],
    features: &'a [f32],
    width: usize,
}

impl Bucket<'_> {
    /// Calls `visit(voxel - first_voxel, features)` for every point of
    /// `partition`, in original point order.
    #[inline]
    fn for_each_point(&self, partition: usize, first_voxel: usize, mut visit: impl FnMut(usize, &[f32])) {
        let width = self.width;
        for chunk in self.chunks {
            for j in chunk.segment(partition) {
                let features = if width == 0 {
                    &[][..]
                } else {
                    &self.features[j * width..(j + 1) * width]
                };
                visit(self.voxels[j] as usize - first_voxel, features);
            }
        }
    }
}

/// Pass 2 for counts: the output slice is the accumulator.
fn reduce_count(bucket: &Bucket<'_>, layout: &Layout, out: &mut [u32]) {
    out.par_chunks_mut(layout.voxels_per_partition())
        .enumerate()
        .for_each(|(p, counts)| {
            counts.fill(0);
            bucket.for_each_point(p, layout.first_voxel(p), |local, _| counts[local] += 1);
        });
}

/// Pass 2 for occupancy.
fn reduce_occupancy(bucket: &Bucket<'_>, layout: &Layout, out: &mut [u8]) {
    out.par_chunks_mut(layout.voxels_per_partition())
        .enumerate()
        .for_each(|(p, occupied)| {
            occupied.fill(0);
            bucket.for_each_point(p, layout.first_voxel(p), |local, _| occupied[local] = 1);
        });
}

/// A per-voxel reduction of feature vectors, fed in point order.
///
/// Grids are mostly empty, so a reducer remembers which voxels it touched:
/// finishing a partition costs a memset plus work per occupied voxel, and
/// leaves the accumulators zeroed for the next partition.
trait FeatureReducer: Default + Send + 'static {
    /// Runs `f` with this thread's reducer, whose buffers outlive the call:
    /// fresh half-megabyte accumulators per partition would page-fault.
    fn with_thread_local<T>(f: impl FnOnce(&mut Self) -> T) -> T;
    /// Readies state for `voxels` voxels of `width` features.
    fn reset(&mut self, voxels: usize, width: usize);
    /// Folds one point's features into voxel `local`.
    fn add(&mut self, local: usize, features: &[f32]);
    /// Writes the partition's output (`voxels * width` values, zeros for
    /// empty voxels) and clears the touched state.
    fn finish(&mut self, out: &mut [f32]);
}

thread_local! {
    static MEAN_REDUCER: RefCell<MeanReducer> = RefCell::default();
    static MAX_REDUCER: RefCell<MaxReducer> = RefCell::default();
}

/// Voxels touched since the last finish, and the width the state is laid
/// out for.
#[derive(Default)]
struct Touched {
    voxels: Vec<u32>,
    width: usize,
    capacity: usize,
}

impl Touched {
    /// Whether the per-voxel state must be rebuilt from scratch: a new
    /// layout, a larger partition, or a partition left unfinished.
    fn needs_rebuild(&mut self, voxels: usize, width: usize) -> bool {
        let rebuild = width != self.width || voxels > self.capacity || !self.voxels.is_empty();
        if rebuild {
            self.voxels.clear();
            self.width = width;
            self.capacity = voxels;
        }
        rebuild
    }
}

#[derive(Default)]
struct MeanReducer {
    sums: Vec<f64>,
    counts: Vec<u32>,
    touched: Touched,
}

impl FeatureReducer for MeanReducer {
    fn with_thread_local<T>(f: impl FnOnce(&mut Self) -> T) -> T {
        MEAN_REDUCER.with(|reducer| f(&mut reducer.borrow_mut()))
    }

    fn reset(&mut self, voxels: usize, width: usize) {
        if self.touched.needs_rebuild(voxels, width) {
            self.sums.clear();
            self.sums.resize(voxels * width, 0.0);
            self.counts.clear();
            self.counts.resize(voxels, 0);
        }
    }

    #[inline]
    fn add(&mut self, local: usize, features: &[f32]) {
        let width = self.touched.width;
        if self.counts[local] == 0 {
            self.touched.voxels.push(local as u32);
        }
        self.counts[local] += 1;
        let sums = &mut self.sums[local * width..(local + 1) * width];
        for (sum, &x) in sums.iter_mut().zip(features) {
            *sum += f64::from(x);
        }
    }

    fn finish(&mut self, out: &mut [f32]) {
        let width = self.touched.width;
        out.fill(0.0);
        for &voxel in &self.touched.voxels {
            let voxel = voxel as usize;
            // One division per voxel, not per feature: the product rounds to
            // the same f32 all but never.
            let scale = 1.0 / f64::from(std::mem::take(&mut self.counts[voxel]));
            let sums = &mut self.sums[voxel * width..(voxel + 1) * width];
            for (o, sum) in out[voxel * width..(voxel + 1) * width].iter_mut().zip(sums) {
                *o = (std::mem::take(sum) * scale) as f32;
            }
        }
        self.touched.voxels.clear();
    }
}

#[derive(Default)]
struct MaxReducer {
    maxima: Vec<f32>,
    seen: Vec<bool>,
    touched: Touched,
}

impl FeatureReducer for MaxReducer {
    fn with_thread_local<T>(f: impl FnOnce(&mut Self) -> T) -> T {
        MAX_REDUCER.with(|reducer| f(&mut reducer.borrow_mut()))
    }

    fn reset(&mut self, voxels: usize, width: usize) {
        if self.touched.needs_rebuild(voxels, width) {
            self.maxima.clear();
            self.maxima.resize(voxels * width, 0.0);
            self.seen.clear();
            self.seen.resize(voxels, false);
        }
    }

    #[inline]
    fn add(&mut self, local: usize, features: &[f32]) {
        let width = self.touched.width;
        let maxima = &mut self.maxima[local * width..(local + 1) * width];
        if std::mem::replace(&mut self.seen[local], true) {
            for (m, &x) in maxima.iter_mut().zip(features) {
                // Total order: +0.0 beats -0.0, as an integer-encoded atomic
                // max on a GPU decides it, so every backend agrees bit for bit.
                if x.total_cmp(m).is_gt() {
                    *m = x;
                }
            }
        } else {
            self.touched.voxels.push(local as u32);
            maxima.copy_from_slice(features);
        }
    }

    fn finish(&mut self, out: &mut [f32]) {
        let width = self.touched.width;
        out.fill(0.0);
        for &voxel in &self.touched.voxels {
            let voxel = voxel as usize;
            self.seen[voxel] = false;
            out[voxel * width..(voxel + 1) * width]
                .copy_from_slice(&self.maxima[voxel * width..(voxel + 1) * width]);
        }
        self.touched.voxels.clear();
    }
}

/// Pass 2 for mean and max.
fn reduce_features<R: FeatureReducer>(bucket: &Bucket<'_>, layout: &Layout, out: &mut [f32]) {
    let width = bucket.width;
    out.par_chunks_mut(layout.voxels_per_partition() * width)
        .enumerate()
        .for_each(|(p, out)| {
            R::with_thread_local(|reducer| {
                reducer.reset(out.len() / width, width);
                bucket.for_each_point(p, layout.first_voxel(p), |local, features| {
                    reducer.add(local, features)
                });
                reducer.finish(out);
            })
        });
}

#[cfg(test)]
mod tests {
    use super::*;
    use robocache_core::{DType, TensorMeta, VoxelGrid, VoxelRequest};

    #[test]
    fn partitions_cover_every_voxel_once() {
        let request = VoxelRequest {
            points: TensorMeta::new(vec![0, 3], DType::F32),
            features: None,
            lengths: None,
            grid: VoxelGrid::new([0.0; 3], [1.0; 3], [7, 11, 13]),
            mode: VoxelMode::Count,
        };
        let plan = VoxelPlan::new(&request).unwrap();
        let layout = Layout::new(&plan);
        let total = plan.total_voxels();
        assert!(layout.partitions * layout.voxels_per_partition() >= total);
        assert!((layout.partitions - 1) * layout.voxels_per_partition() < total);
        assert_eq!(layout.partition_of((total - 1) as u32), layout.partitions - 1);
    }
}
