//! The host side of voxelization: validation, the scatter's configuration,
//! and its launches.

use std::borrow::Cow;

use cubecl::prelude::*;
use robocache_core::{
    check_kept_features, validate_cloud_lengths, DType, Deferred, Error, HostData, Result, VoxelGrid,
    VoxelIndexer, VoxelMode, VoxelPlan, VoxelStats,
};

use super::kernel::{
    finish_max, finish_mean, scatter_points, GridArgsLaunch, ScatterConfig, ScatterKind, POINTS_PER_UNIT,
    POINT_UNITS,
};
use crate::buffer::{GpuBuffer, GpuInput};
use crate::device::{guarded, Gpu, HostView};

/// What a voxelization leaves on the device for the host: its statistics
/// words and, for device-resident lengths, the length check's flag.
struct VoxelWords {
    stats: GpuBuffer,
    length_status: Option<GpuBuffer>,
}

/// A queued voxelization: the grid, the words to read back, and the device
/// copies of the features and lengths that explain a bad word.
type Enqueued = (GpuBuffer, VoxelWords, Option<GpuBuffer>, Option<GpuBuffer>);

impl<R: Runtime> Gpu<R> {
    /// Queues the voxelization of one or a batch of clouds and returns the
    /// grid with the per-cloud kept/dropped counts to come.
    ///
    /// Host inputs are checked on the host before anything is queued
    /// (lengths; the features of kept points, when the points are on the
    /// host too), so their errors come back from this call. What only the
    /// device can check (device-resident lengths and features) comes back
    /// with the statistics, as the error the host would have named.
    pub fn voxelize(
        &self,
        plan: &VoxelPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<(GpuBuffer, Deferred<Vec<VoxelStats>>)> {
        let host_lengths = lengths.and_then(|l| l.host());
        if let Some(data) = host_lengths {
            let lengths = HostView::Borrowed(data);
            validate_cloud_lengths(lengths.u32s("lengths")?, plan.points_per_cloud)?;
        }
        let host_features = features
            .filter(|_| plan.mode.needs_features())
            .and_then(|f| f.host())
            .zip(points.host())
            .filter(|_| lengths.is_none() || host_lengths.is_some());
        if let Some((features, points)) = host_features {
            let lengths = host_lengths.map(HostView::Borrowed);
            check_kept_features(
                plan,
                f32s(points, "points")?,
                f32s(features, "features")?,
                lengths.as_ref().map(|l| l.u32s("lengths")).transpose()?,
            )?;
        }
        // The read is queued inside the submission: on CUDA a submission is
        // one round trip to CubeCL's device thread, and a read outside it
        // would be a second.
        let (voxels, read, features_buffer, lengths_buffer) = self.submit("the voxelization", || {
            let (voxels, words, features, lengths) =
                self.enqueue_voxelization(plan, points, features, lengths)?;
            let mut read = vec![words.stats];
            read.extend(words.length_status);
            let read = self.read_words_later(read, "the voxel statistics")?;
            Ok((voxels, read, features, lengths))
        })?;
        // Kept only where they may have to explain a word: an uploaded copy
        // of a cloud's features, held until the counts are read, could be
        // hundreds of megabytes per call.
        let features_buffer = features_buffer.filter(|_| host_features.is_none());
        let lengths_buffer = lengths_buffer.filter(|_| host_lengths.is_none());
        let (gpu, plan) = (self.clone(), plan.clone());
        let stats = Deferred::later(move || {
            let words = read()?;
            gpu.voxel_outcome(&plan, features_buffer, lengths_buffer, &words)
        });
        Ok((voxels, stats))
    }

    /// The device side of [`Gpu::voxelize`], run inside its submission.
    fn enqueue_voxelization(
        &self,
        plan: &VoxelPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<Enqueued> {
        let clouds = plan.clouds();
        let mode = plan.mode;
        let width = plan.features;
        let out_dtype = mode.output_dtype();
        let points_buffer = self.on_device(points, "points")?;
        let features_buffer = match (features, mode.needs_features()) {
            (Some(f), true) => Some(self.on_device(f, "features")?),
            _ => None,
        };
        let lengths_buffer = match lengths {
            Some(l) => Some(self.on_device(l, "lengths")?),
            None => None,
        };
        let length_status = self.check_device_lengths(plan, lengths, lengths_buffer.as_deref())?;
        let owned = |buffer: Option<Cow<'_, GpuBuffer>>| buffer.map(Cow::into_owned);

        #[cfg(feature = "cuda")]
        if let Some((cuda, kernels)) =
            self.ptx_for(robocache_ptx::PtxKernels::voxelize_applies(plan), "voxelization")?
        {
            // The PTX kernels zero or write every voxel themselves.
            let voxels = self.alloc(out_dtype, plan.output_len()?, "the voxel grid")?;
            let stats = cuda.voxelize_on_ptx(
                kernels,
                plan,
                &points_buffer,
                features_buffer.as_deref(),
                lengths_buffer.as_deref(),
                &voxels,
            )?;
            let words = VoxelWords { stats, length_status };
            return Ok((voxels, words, owned(features_buffer), owned(lengths_buffer)));
        }
        let voxels = self.filled(out_dtype, plan.output_len()?, 0, "the voxel grid")?;
        // Per cloud: kept, out of grid, non-finite; then the first bad
        // feature slot (see `scatter_points`).
        let stats = self.filled(DType::U32, 3 * clouds + 1, 0, "the voxel statistics")?;

        let per_cube = (POINT_UNITS * POINTS_PER_UNIT) as usize;
        let cubes_per_cloud = plan.points_per_cloud.div_ceil(per_cube).max(1);
        let grid_args = || {
            grid_launch_args(
                &plan.grid,
                clouds,
                plan.points_per_cloud,
                plan.voxels_per_cloud,
                width,
                cubes_per_cloud,
            )
        };
        let unused = self.status(0)?;
        let features_arg = || features_buffer.as_deref().unwrap_or(&unused).arg();
        let lengths_arg = || lengths_buffer.as_deref().unwrap_or(&unused).arg();
        let total = plan.total_voxels() * plan.values_per_voxel();
        let count = self.cube_grid(cubes_per_cloud * clouds);
        let scatter = |kind: ScatterKind, aux: &GpuBuffer, first: bool| {
            let config = ScatterConfig {
                kind,
                ragged: lengths_buffer.is_some(),
                stats: first,
            };
            // SAFETY: point slots stay below `clouds * points_per_cloud`
            // (lengths are clamped to it), voxel indices below the grid's
            // voxel count (the range test), feature indices below
            // `slots * width`; the buffers hold that many.
            guarded(self.backend, "launching the voxelization", || unsafe {
                scatter_points::launch_unchecked::<R>(
                    &self.client,
                    count.clone(),
                    CubeDim::new_1d(POINT_UNITS),
                    points_buffer.arg(),
                    features_arg(),
                    lengths_arg(),
                    voxels.arg(),
                    aux.arg(),
                    stats.arg(),
                    grid_args(),
                    config,
                )
            })
        };
        match mode {
            VoxelMode::Count => scatter(ScatterKind::Count, &unused, true)?,
            VoxelMode::Occupancy => scatter(ScatterKind::Occupancy, &unused, true)?,
            VoxelMode::Max => {
                scatter(ScatterKind::Max, &unused, true)?;
                let (count, dim) = self.elementwise(total);
                // SAFETY: touches the `total` words of the grid.
                guarded(self.backend, "finishing the maxima", || unsafe {
                    finish_max::launch_unchecked::<R>(&self.client, count, dim, voxels.arg(), total as u32)
                })?;
            }
            VoxelMode::Mean => {
                let counts = self.filled(DType::U32, plan.total_voxels(), 0, "the voxel counts")?;
                scatter(ScatterKind::MeanScale, &counts, true)?;
                let sums = self.filled(DType::U32, 2 * total, 0, "the voxel sums")?;
                scatter(ScatterKind::MeanSum, &sums, false)?;
                let (count, dim) = self.elementwise(total);
                // SAFETY: touches `total` words of the grid, `total / width`
                // counts and `2 * total` sum words.
                guarded(self.backend, "finishing the means", || unsafe {
                    finish_mean::launch_unchecked::<R>(
                        &self.client,
                        count,
                        dim,
                        voxels.arg(),
                        counts.arg(),
                        sums.arg(),
                        total as u32,
                        width as u32,
                        true,
                    )
                })?;
            }
        }

        let words = VoxelWords { stats, length_status };
        Ok((voxels, words, owned(features_buffer), owned(lengths_buffer)))
    }

    /// Launches the check of device-resident cloud lengths (host ones were
    /// validated already); returns its status word.
    fn check_device_lengths(
        &self,
        plan: &VoxelPlan,
        lengths: Option<GpuInput<'_>>,
        on_device: Option<&GpuBuffer>,
    ) -> Result<Option<GpuBuffer>> {
        match (on_device, lengths.is_some_and(|l| l.host().is_none())) {
            (Some(l), true) => {
                let status = self.status(0)?;
                self.check_lengths(l, &status, 0..=plan.points_per_cloud)?;
                Ok(Some(status))
            }
            _ => Ok(None),
        }
    }

    /// The per-cloud statistics from the words read back (the statistics,
    /// then the length check's flag if there was one), or the error a
    /// device check or a bad feature calls for.
    fn voxel_outcome(
        &self,
        plan: &VoxelPlan,
        features: Option<GpuBuffer>,
        lengths: Option<GpuBuffer>,
        words: &[Vec<u32>],
    ) -> Result<Vec<VoxelStats>> {
        if let (Some(flag), Some(lengths)) = (words.get(1), lengths) {
            if flag.first() != Some(&0) {
                let host = self.download(&lengths, "lengths")?;
                let host = HostView::Owned(host);
                validate_cloud_lengths(host.u32s("lengths")?, plan.points_per_cloud)?;
                return Err(self.device_error("length check", "flagged lengths the host accepts"));
            }
        }
        let clouds = plan.clouds();
        let words = &words[0];
        let bad_slot = words[3 * clouds];
        if bad_slot != 0 {
            return Err(self.bad_feature(plan, features.as_ref(), (u32::MAX - bad_slot) as usize));
        }
        Ok(words[..3 * clouds]
            .chunks_exact(3)
            .map(|c| VoxelStats {
                kept: c[0].into(),
                out_of_grid: c[1].into(),
                non_finite: c[2].into(),
                ..VoxelStats::default()
            })
            .collect())
    }

    /// The error for the first kept point with a non-finite feature, as the
    /// CPU backend words it.
    fn bad_feature(&self, plan: &VoxelPlan, features: Option<&GpuBuffer>, slot: usize) -> Error {
        let width = plan.features;
        let row = features
            .and_then(|f| self.download(f, "features").ok())
            .and_then(|host| {
                host.as_slice::<f32>()
                    .map(|v| v[slot * width..(slot + 1) * width].to_vec())
            })
            .unwrap_or_default();
        let feature = row.iter().position(|x| !x.is_finite()).unwrap_or(0);
        let nmax = plan.points_per_cloud;
        Error::NonFiniteFeature {
            cloud: plan.error_cloud(slot / nmax),
            point: slot % nmax,
            feature,
            value: row.get(feature).copied().unwrap_or(f32::NAN),
        }
    }
}

/// Points and features were checked to be f32 by the plan; this narrows
/// the enum.
fn f32s<'a>(data: HostData<'a>, tensor: &str) -> Result<&'a [f32]> {
    data.as_slice::<f32>().ok_or(Error::DTypeMismatch {
        tensor: tensor.to_string(),
        expected: "f32",
        actual: data.dtype(),
    })
}

/// A grid as kernel scalars: clouds of `points_per_cloud` point slots and
/// `voxels_per_cloud` voxels, `width` features per point, and
/// `cubes_per_cloud` cubes covering each cloud.
pub(crate) fn grid_launch_args<R: Runtime>(
    grid: &VoxelGrid,
    clouds: usize,
    points_per_cloud: usize,
    voxels_per_cloud: usize,
    width: usize,
    cubes_per_cloud: usize,
) -> GridArgsLaunch<R> {
    let limit = VoxelIndexer::new(grid).limits();
    let inv = grid.inv_voxel_size();
    GridArgsLaunch::new(
        grid.origin[0],
        grid.origin[1],
        grid.origin[2],
        inv[0],
        inv[1],
        inv[2],
        limit[0],
        limit[1],
        limit[2],
        grid.dims[1] as u32,
        grid.dims[2] as u32,
        voxels_per_cloud as u32,
        points_per_cloud as u32,
        width as u32,
        cubes_per_cloud as u32,
        clouds as u32,
    )
}
