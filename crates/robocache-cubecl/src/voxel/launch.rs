//! The host side of voxelization: validation, the scatter's configuration,
//! and its launches.

use cubecl::prelude::*;
use robocache_core::{
    validate_cloud_lengths, DType, Error, Result, VoxelIndexer, VoxelMode, VoxelPlan, VoxelStats,
};

use super::kernel::{
    finish_max, finish_mean, scatter_points, GridArgsLaunch, ScatterConfig, ScatterKind, POINTS_PER_UNIT,
    POINT_UNITS,
};
use crate::buffer::{GpuBuffer, GpuInput};
use crate::device::{guarded, Gpu, HostView};

impl<R: Runtime> Gpu<R> {
    /// Voxelizes one or a batch of clouds; returns the grid and per-cloud
    /// kept/dropped counts.
    pub fn voxelize(
        &self,
        plan: &VoxelPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<(GpuBuffer, Vec<VoxelStats>)> {
        if let Some(data) = lengths.and_then(|l| l.host()) {
            let lengths = HostView::Borrowed(data);
            validate_cloud_lengths(lengths.u32s("lengths")?, plan.points_per_cloud)?;
        }
        self.submit("the voxelization", || {
            self.enqueue_voxelization(plan, points, features, lengths)
        })
    }

    /// The device side of [`Gpu::voxelize`], run inside its submission.
    fn enqueue_voxelization(
        &self,
        plan: &VoxelPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<(GpuBuffer, Vec<VoxelStats>)> {
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

        #[cfg(feature = "cuda")]
        if let Some((cuda, kernels)) =
            self.ptx_for(robocache_ptx::PtxKernels::voxelize_applies(plan), "voxelization")?
        {
            // The PTX kernels zero or write every voxel themselves.
            let voxels = self.alloc(out_dtype, plan.output_len()?, "the voxel grid")?;
            let words = cuda.voxelize_on_ptx(
                kernels,
                plan,
                &points_buffer,
                features_buffer.as_deref(),
                lengths_buffer.as_deref(),
                &voxels,
            )?;
            let stats = self.voxel_outcome(plan, features, lengths, length_status, &words)?;
            return Ok((voxels, stats));
        }
        let voxels = self.filled(out_dtype, plan.output_len()?, 0, "the voxel grid")?;
        // Per cloud: kept, out of grid, non-finite; then the first bad
        // feature slot (see `scatter_points`).
        let stats = self.filled(DType::U32, 3 * clouds + 1, 0, "the voxel statistics")?;

        let per_cube = (POINT_UNITS * POINTS_PER_UNIT) as usize;
        let cubes_per_cloud = plan.points_per_cloud.div_ceil(per_cube).max(1);
        let grid = plan.grid;
        let indexer = VoxelIndexer::new(&grid);
        let limit = indexer.limits();
        let inv = grid.inv_voxel_size();
        let grid_args = || {
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
                plan.voxels_per_cloud as u32,
                plan.points_per_cloud as u32,
                width as u32,
                cubes_per_cloud as u32,
                clouds as u32,
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
                    )
                })?;
            }
        }

        let words = self.read_words(&stats, "the voxel statistics")?;
        let stats = self.voxel_outcome(plan, features, lengths, length_status, &words)?;
        Ok((voxels, stats))
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

    /// The per-cloud statistics from the kernels' words, or the error a
    /// device check or a bad feature calls for.
    fn voxel_outcome(
        &self,
        plan: &VoxelPlan,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
        length_status: Option<GpuBuffer>,
        words: &[u32],
    ) -> Result<Vec<VoxelStats>> {
        if let Some(status) = length_status {
            if self.read_words(&status, "the length check")?[0] != 0 {
                let host = self.on_host(lengths.expect("device lengths were given"), "lengths")?;
                validate_cloud_lengths(host.u32s("lengths")?, plan.points_per_cloud)?;
                return Err(self.device_error("length check", "flagged lengths the host accepts"));
            }
        }
        let clouds = plan.clouds();
        let bad_slot = words[3 * clouds];
        if bad_slot != 0 {
            return Err(self.bad_feature(plan, features, (u32::MAX - bad_slot) as usize));
        }
        Ok(words[..3 * clouds]
            .chunks_exact(3)
            .map(|c| VoxelStats {
                kept: c[0].into(),
                out_of_grid: c[1].into(),
                non_finite: c[2].into(),
            })
            .collect())
    }

    /// The error for the first kept point with a non-finite feature, as the
    /// CPU backend words it.
    fn bad_feature(&self, plan: &VoxelPlan, features: Option<GpuInput<'_>>, slot: usize) -> Error {
        let width = plan.features;
        let row = features
            .map(|f| self.on_host(f, "features"))
            .transpose()
            .ok()
            .flatten()
            .and_then(|host| {
                host.as_data()
                    .as_slice::<f32>()
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
