//! Voxelization on the CPU, deterministic and cache-friendly.
//!
//! Scattering points straight into a large grid misses the cache on nearly
//! every point, and float sums in arbitrary order are not reproducible. So
//! the work is a two-pass partition, like one digit of a radix sort:
//!
//! 1. *Locate*: every point's voxel index, and per chunk of points how many
//!    fall in each partition (a range of voxels small enough to stay in
//!    cache).
//! 2. *Bucket*: points are copied into their partition's bucket, each chunk
//!    writing its own precomputed range, so every bucket lists its points in
//!    their original order.
//! 3. *Reduce*: one task per partition walks its bucket in that order into
//!    cache-resident accumulators and writes its slice of the output,
//!    zeros included.
//!
//! Every reduction therefore runs in point order: `Mean` sums in f64 and is
//! bit-identical from run to run whatever the thread count, and `Count`,
//! `Occupancy` and `Max` are exact.

use std::sync::atomic::{AtomicU32, Ordering};

use rayon::prelude::*;
use robocache_core::{
    validate_cloud_lengths, Error, HostDataMut, Result, VoxelMode, VoxelPlan, VoxelSlot, VoxelStats,
};

/// Marks a point slot that lands in no voxel.
const DROPPED: u32 = u32::MAX;

/// Bytes of accumulator state one partition aims for: about half an L2.
const PARTITION_BYTES: usize = 512 * 1024;

/// Points a locate task handles at least.
const MIN_CHUNK_POINTS: usize = 32 * 1024;

/// Host memory of one voxelization, shaped as its [`VoxelPlan`] says.
#[derive(Debug, Clone, Copy)]
pub struct VoxelInput<'a> {
    /// `[N, 3]` or `[B, Nmax, 3]` f32 coordinates.
    pub points: &'a [f32],
    /// `[N, F]` or `[B, Nmax, F]` f32 features.
    pub features: Option<&'a [f32]>,
    /// `[B]` points per cloud.
    pub lengths: Option<&'a [u32]>,
}

/// Voxelizes into `out` (`[(B,) X, Y, Z(, F)]` of the mode's dtype; every
/// element is written) and returns each cloud's kept/dropped counts.
///
/// Features of dropped points are not read: a lidar's no-return points carry
/// no meaningful feature. A NaN or infinite feature of a kept point is an
/// error naming the first such point.
pub fn voxelize(plan: &VoxelPlan, input: VoxelInput<'_>, out: HostDataMut<'_>) -> Result<Vec<VoxelStats>> {
    let slots = plan.clouds() * plan.points_per_cloud;
    check_len("points", input.points.len(), slots * 3)?;
    if plan.features > 0 {
        let features = input.features.ok_or(Error::MissingFeatures {
            mode: plan.mode.name(),
        })?;
        check_len("features", features.len(), slots * plan.features)?;
    }
    if let Some(lengths) = input.lengths {
        check_len("lengths", lengths.len(), plan.clouds())?;
        validate_cloud_lengths(lengths, plan.points_per_cloud)?;
    }
    check_len("output", out.len(), plan.output_len()?)?;

    let layout = Partitions::new(plan);
    let (voxel_of, chunks) = locate(plan, &input, &layout)?;
    let bucket = Bucket::fill(&voxel_of, chunks.as_slice(), &layout, plan.features > 0)?;
    drop(voxel_of);

    match (plan.mode, out) {
        (VoxelMode::Count, HostDataMut::U32(out)) => reduce_count(&bucket, &layout, out),
        (VoxelMode::Occupancy, HostDataMut::U8(out)) => reduce_occupancy(&bucket, &layout, out),
        (VoxelMode::Mean, HostDataMut::F32(out)) => {
            reduce_features::<MeanReducer>(plan, &input, &bucket, &layout, out)?
        }
        (VoxelMode::Max, HostDataMut::F32(out)) => {
            reduce_features::<MaxReducer>(plan, &input, &bucket, &layout, out)?
        }
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

fn check_len(tensor: &str, actual: usize, expected: usize) -> Result<()> {
    if actual == expected {
        Ok(())
    } else {
        Err(Error::ShapeMismatch {
            tensor: tensor.to_string(),
            axis: "elements",
            actual,
            expected,
            reference: "the plan".to_string(),
        })
    }
}

/// How the voxels of all clouds are cut into cache-sized partitions.
struct Partitions {
    voxels_per_partition: usize,
    count: usize,
}

impl Partitions {
    fn new(plan: &VoxelPlan) -> Self {
        let total_voxels = plan.total_voxels();
        let state_per_voxel = match plan.mode {
            VoxelMode::Count => 4,
            VoxelMode::Occupancy => 1,
            // f64 sums (mean) or f32 maxima, plus a u32 count.
            VoxelMode::Mean => 8 * plan.features + 4,
            VoxelMode::Max => 4 * plan.features + 4,
        };
        // Enough partitions to keep every thread busy even on a small grid.
        let min_partitions = 4 * rayon::current_num_threads();
        let voxels_per_partition = (PARTITION_BYTES / state_per_voxel)
            .min(total_voxels.div_ceil(min_partitions))
            .max(1);
        Partitions {
            voxels_per_partition,
            count: total_voxels.div_ceil(voxels_per_partition),
        }
    }

    fn of(&self, voxel: u32) -> usize {
        voxel as usize / self.voxels_per_partition
    }

    fn first_voxel(&self, partition: usize) -> usize {
        partition * self.voxels_per_partition
    }
}

/// A run of point slots of one cloud, and what the locate pass learnt of it.
struct Chunk {
    cloud: usize,
    /// First global point slot (`cloud * Nmax + i`).
    start: usize,
    len: usize,
    stats: VoxelStats,
    /// Points per partition.
    histogram: Vec<u32>,
}

/// Pass 1: the global voxel index of every point slot ([`DROPPED`] if none).
fn locate(plan: &VoxelPlan, input: &VoxelInput<'_>, layout: &Partitions) -> Result<(Vec<u32>, Vec<Chunk>)> {
    let nmax = plan.points_per_cloud;
    let slots = plan.clouds() * nmax;
    let mut voxel_of = alloc_zeroed::<u32>(slots, "voxel indices")?;
    if nmax == 0 {
        return Ok((voxel_of, Vec::new()));
    }
    let chunk_points = MIN_CHUNK_POINTS.max(slots.div_ceil(8 * rayon::current_num_threads()));
    let grid = plan.grid;
    let inv = grid.inv_voxel_size();
    let voxels_per_cloud = plan.voxels_per_cloud;

    let chunks = voxel_of
        .par_chunks_mut(nmax)
        .enumerate()
        .flat_map(|(cloud, cloud_slots)| {
            let length = input.lengths.map_or(nmax, |l| l[cloud] as usize);
            cloud_slots
                .par_chunks_mut(chunk_points)
                .enumerate()
                .map(move |(j, chunk_slots)| {
                    let start = cloud * nmax + j * chunk_points;
                    let mut chunk = Chunk {
                        cloud,
                        start,
                        len: chunk_slots.len(),
                        stats: VoxelStats::default(),
                        histogram: vec![0; layout.count],
                    };
                    let cloud_base = cloud * voxels_per_cloud;
                    for (i, slot) in chunk_slots.iter_mut().enumerate() {
                        let point_in_cloud = j * chunk_points + i;
                        *slot = DROPPED;
                        if point_in_cloud >= length {
                            continue;
                        }
                        let p = &input.points[(start + i) * 3..(start + i) * 3 + 3];
                        match grid.slot([p[0], p[1], p[2]], inv) {
                            VoxelSlot::Inside(local) => {
                                // Fits u32: the plan caps all voxels below u32::MAX.
                                let voxel = (cloud_base + local) as u32;
                                *slot = voxel;
                                chunk.histogram[layout.of(voxel)] += 1;
                                chunk.stats.kept += 1;
                            }
                            VoxelSlot::OutOfGrid => chunk.stats.out_of_grid += 1,
                            VoxelSlot::NonFinite => chunk.stats.non_finite += 1,
                        }
                    }
                    chunk
                })
        })
        .collect::<Vec<_>>();
    Ok((voxel_of, chunks))
}

/// Kept points grouped by partition, in original order within each.
struct Bucket {
    voxels: Vec<AtomicU32>,
    /// Global point slots, kept only when features are reduced.
    points: Option<Vec<AtomicU32>>,
    /// `starts[p]..starts[p + 1]` is partition `p`'s range.
    starts: Vec<usize>,
}

impl Bucket {
    /// Pass 2. Chunks write disjoint ranges, so the relaxed atomic stores
    /// never contend; they compile to plain stores.
    fn fill(voxel_of: &[u32], chunks: &[Chunk], layout: &Partitions, with_points: bool) -> Result<Self> {
        let mut starts = vec![0usize; layout.count + 1];
        for chunk in chunks {
            for (p, &n) in chunk.histogram.iter().enumerate() {
                starts[p + 1] += n as usize;
            }
        }
        for p in 0..layout.count {
            starts[p + 1] += starts[p];
        }
        // Where each chunk starts writing in each partition.
        let mut cursors = Vec::with_capacity(chunks.len());
        let mut next = starts[..layout.count].to_vec();
        for chunk in chunks {
            cursors.push(next.clone());
            for (cursor, &n) in next.iter_mut().zip(&chunk.histogram) {
                *cursor += n as usize;
            }
        }

        let kept = starts[layout.count];
        let voxels = alloc_zeroed::<AtomicU32>(kept, "voxel bucket")?;
        let points = with_points
            .then(|| alloc_zeroed::<AtomicU32>(kept, "point bucket"))
            .transpose()?;
        chunks.par_iter().zip(cursors).for_each(|(chunk, mut cursor)| {
            for (slot, &voxel) in voxel_of[chunk.start..chunk.start + chunk.len].iter().enumerate() {
                if voxel == DROPPED {
                    continue;
                }
                let partition = layout.of(voxel);
                let at = cursor[partition];
                cursor[partition] += 1;
                voxels[at].store(voxel, Ordering::Relaxed);
                if let Some(points) = &points {
                    points[at].store((chunk.start + slot) as u32, Ordering::Relaxed);
                }
            }
        });
        Ok(Bucket {
            voxels,
            points,
            starts,
        })
    }

    fn range(&self, partition: usize) -> std::ops::Range<usize> {
        self.starts[partition]..self.starts[partition + 1]
    }
}

fn alloc_zeroed<T: bytemuck::Zeroable>(len: usize, what: &'static str) -> Result<Vec<T>> {
    bytemuck::allocation::try_zeroed_slice_box::<T>(len)
        .map(|boxed| boxed.into_vec())
        .map_err(|()| Error::OutOfMemory {
            what,
            bytes: (len as u64).saturating_mul(std::mem::size_of::<T>() as u64),
        })
}

/// Pass 3 for counts: the output slice is the accumulator.
fn reduce_count(bucket: &Bucket, layout: &Partitions, out: &mut [u32]) {
    out.par_chunks_mut(layout.voxels_per_partition)
        .enumerate()
        .for_each(|(p, counts)| {
            counts.fill(0);
            let first = layout.first_voxel(p);
            for j in bucket.range(p) {
                counts[bucket.voxels[j].load(Ordering::Relaxed) as usize - first] += 1;
            }
        });
}

/// Pass 3 for occupancy.
fn reduce_occupancy(bucket: &Bucket, layout: &Partitions, out: &mut [u8]) {
    out.par_chunks_mut(layout.voxels_per_partition)
        .enumerate()
        .for_each(|(p, occupied)| {
            occupied.fill(0);
            let first = layout.first_voxel(p);
            for j in bucket.range(p) {
                occupied[bucket.voxels[j].load(Ordering::Relaxed) as usize - first] = 1;
            }
        });
}

/// A per-voxel reduction of feature vectors, run in point order.
trait FeatureReducer: Default + Send {
    /// Clears state for `voxels` voxels of `width` features.
    fn reset(&mut self, voxels: usize, width: usize);
    /// Folds one point's features into voxel `local`.
    fn add(&mut self, local: usize, features: &[f32]);
    /// Writes the partition's output (`voxels * width` values, zeros for
    /// empty voxels).
    fn finish(&self, out: &mut [f32]);
}

#[derive(Default)]
struct MeanReducer {
    sums: Vec<f64>,
    counts: Vec<u32>,
    width: usize,
}

impl FeatureReducer for MeanReducer {
    fn reset(&mut self, voxels: usize, width: usize) {
        self.width = width;
        self.sums.clear();
        self.sums.resize(voxels * width, 0.0);
        self.counts.clear();
        self.counts.resize(voxels, 0);
    }

    #[inline]
    fn add(&mut self, local: usize, features: &[f32]) {
        self.counts[local] += 1;
        let sums = &mut self.sums[local * self.width..(local + 1) * self.width];
        for (sum, &x) in sums.iter_mut().zip(features) {
            *sum += f64::from(x);
        }
    }

    fn finish(&self, out: &mut [f32]) {
        for ((out, sums), &count) in out
            .chunks_exact_mut(self.width)
            .zip(self.sums.chunks_exact(self.width))
            .zip(&self.counts)
        {
            let count = f64::from(count.max(1));
            for (o, &sum) in out.iter_mut().zip(sums) {
                *o = (sum / count) as f32;
            }
        }
    }
}

#[derive(Default)]
struct MaxReducer {
    maxima: Vec<f32>,
    seen: Vec<bool>,
    width: usize,
}

impl FeatureReducer for MaxReducer {
    fn reset(&mut self, voxels: usize, width: usize) {
        self.width = width;
        self.maxima.clear();
        self.maxima.resize(voxels * width, 0.0);
        self.seen.clear();
        self.seen.resize(voxels, false);
    }

    #[inline]
    fn add(&mut self, local: usize, features: &[f32]) {
        let maxima = &mut self.maxima[local * self.width..(local + 1) * self.width];
        if std::mem::replace(&mut self.seen[local], true) {
            for (m, &x) in maxima.iter_mut().zip(features) {
                // Total order: +0.0 beats -0.0, as the GPU's integer-encoded
                // atomic max decides it, so every backend agrees bit for bit.
                if x.total_cmp(m).is_gt() {
                    *m = x;
                }
            }
        } else {
            maxima.copy_from_slice(features);
        }
    }

    fn finish(&self, out: &mut [f32]) {
        out.copy_from_slice(&self.maxima);
    }
}

/// The first kept point (lowest global slot) with a non-finite feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct BadFeature {
    slot: usize,
    feature: usize,
}

/// Pass 3 for mean and max.
fn reduce_features<R: FeatureReducer>(
    plan: &VoxelPlan,
    input: &VoxelInput<'_>,
    bucket: &Bucket,
    layout: &Partitions,
    out: &mut [f32],
) -> Result<()> {
    let width = plan.features;
    let (Some(features), Some(points)) = (input.features, bucket.points.as_ref()) else {
        return Err(Error::MissingFeatures {
            mode: plan.mode.name(),
        });
    };
    let first_bad = out
        .par_chunks_mut(layout.voxels_per_partition * width)
        .enumerate()
        .map_init(R::default, |reducer, (p, out)| {
            reducer.reset(out.len() / width, width);
            let first = layout.first_voxel(p);
            let mut first_bad: Option<BadFeature> = None;
            for j in bucket.range(p) {
                let slot = points[j].load(Ordering::Relaxed) as usize;
                let values = &features[slot * width..(slot + 1) * width];
                if first_bad.is_none() {
                    if let Some(feature) = values.iter().position(|x| !x.is_finite()) {
                        // Points come in slot order, so the first found is the first.
                        first_bad = Some(BadFeature { slot, feature });
                    }
                }
                reducer.add(bucket.voxels[j].load(Ordering::Relaxed) as usize - first, values);
            }
            reducer.finish(out);
            first_bad
        })
        .flatten()
        .min();
    match first_bad {
        None => Ok(()),
        Some(BadFeature { slot, feature }) => {
            let nmax = plan.points_per_cloud;
            Err(Error::NonFiniteFeature {
                cloud: plan.error_cloud(slot / nmax),
                point: slot % nmax,
                feature,
                value: features[slot * width + feature],
            })
        }
    }
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
        let layout = Partitions::new(&plan);
        let total = plan.total_voxels();
        assert!(layout.count * layout.voxels_per_partition >= total);
        assert!((layout.count - 1) * layout.voxels_per_partition < total);
        assert_eq!(layout.of((total - 1) as u32), layout.count - 1);
    }
}
