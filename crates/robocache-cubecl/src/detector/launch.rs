//! The host side of detector voxelization: two submissions around one
//! read, since how many voxels a cloud has (and so every output's size) is
//! known only once the device has numbered them.

use cubecl::prelude::*;
use robocache_core::{
    validate_cloud_lengths, DType, Deferred, Error, HardLimits, HostData, PillarLayout, PointReduction,
    PointsPlan, Result, VoxelStats,
};

use super::kernel::{
    assign_points, count_firsts, decorate_pillars, fill_hard, gather_bev, group_points, hard_stats,
    hash_points, mark_cells, number_firsts, pad_hard, reduce_rows, scan_apply, scan_totals, sum_blocks,
    PointPassConfig, TableArgsLaunch, BLOCK_ITEMS, BLOCK_UNITS, NONE,
};
use crate::buffer::{GpuBuffer, GpuInput};
use crate::device::{guarded, Gpu};
use crate::voxel::kernel::{finish_max, finish_mean, ScatterKind};
use crate::voxel::launch::grid_launch_args;

/// A dynamic voxelization on the device.
#[derive(Debug)]
pub struct GpuDynamic {
    /// `[slots]` i32: each point slot's row, -1 for none.
    pub point_to_voxel: GpuBuffer,
    /// `[rows, 3 or 4]` i32 voxel coordinates.
    pub coords: GpuBuffer,
    /// `[rows]` u32 points per voxel.
    pub counts: GpuBuffer,
    /// Voxels over all clouds.
    pub rows: usize,
    /// Each cloud's kept and dropped points.
    pub stats: Vec<VoxelStats>,
}

/// A hard voxelization on the device.
#[derive(Debug)]
pub struct GpuHard {
    /// `[rows, P, C]` f32 values, zero padded.
    pub voxels: GpuBuffer,
    /// `[rows, 3 or 4]` i32 voxel coordinates.
    pub coords: GpuBuffer,
    /// `[rows]` u32 points stored per voxel.
    pub num_points: GpuBuffer,
    /// Voxels kept over all clouds.
    pub rows: usize,
    /// Each cloud's voxels before the cap.
    pub voxels_found: Vec<usize>,
    /// Each cloud's counts, once the device has filled the voxels.
    pub stats: Deferred<Vec<VoxelStats>>,
}

/// The voxels of a call, numbered: the first submission's outputs and what
/// the host learnt from them.
struct Numbered {
    point_to_voxel: GpuBuffer,
    coords: GpuBuffer,
    counts: GpuBuffer,
    /// Output row of each cloud's first voxel, and the total last.
    row_starts: GpuBuffer,
    row_starts_host: Vec<u32>,
    voxels_found: Vec<usize>,
    stats: Vec<VoxelStats>,
    points: GpuBuffer,
    features: Option<GpuBuffer>,
}

impl<R: Runtime> Gpu<R> {
    /// Numbers the voxels of every cloud by first kept point and maps each
    /// point slot to its row (SPEC section 6, dynamic voxelization).
    ///
    /// Waits once, for the device's count of voxels, which sizes the
    /// outputs; the rest is queued behind it.
    pub fn voxelize_dynamic(
        &self,
        plan: &PointsPlan,
        points: GpuInput<'_>,
        lengths: Option<GpuInput<'_>>,
    ) -> Result<GpuDynamic> {
        let numbered = self.number_voxels(plan, points, None, lengths, u32::MAX)?;
        Ok(GpuDynamic {
            rows: *numbered.row_starts_host.last().unwrap_or(&0) as usize,
            point_to_voxel: numbered.point_to_voxel,
            coords: numbered.coords,
            counts: numbered.counts,
            stats: numbered.stats,
        })
    }

    /// Hard voxelization (SPEC section 6): per cloud the first
    /// `max_voxels` voxels by first kept point, each with its first
    /// `max_points_per_voxel` points in input order.
    pub fn voxelize_hard(
        &self,
        plan: &PointsPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
        limits: HardLimits,
    ) -> Result<GpuHard> {
        limits.validate()?;
        let max_voxels = limits.max_voxels.min(u32::MAX as usize - 1) as u32;
        let numbered = self.number_voxels(plan, points, features, lengths, max_voxels)?;
        let rows = *numbered.row_starts_host.last().unwrap_or(&0) as usize;
        let p_max = limits.max_points_per_voxel;
        let channels = plan.channels();
        let values = checked_values("the hard voxels", rows.saturating_mul(p_max), channels)?;
        let slots = plan.point_slots();
        let (voxels, num_points, stats) = self.submit("hard voxelization", || {
            // Not filled: `fill_hard` writes the stored points, `pad_hard` the rest.
            let voxels = self.alloc(DType::F32, values, "the hard voxels")?;
            let num_points = self.alloc(DType::U32, rows, "the points per voxel")?;
            let starts = self.exclusive_scan(&numbered.counts, rows)?;
            let cursors = self.filled(DType::U32, rows, 0, "the voxel cursors")?;
            let members = self.alloc(DType::U32, slots, "the voxels' points")?;
            let (count, dim) = self.elementwise(slots);
            let places = rows * p_max;
            let (place_count, place_dim) = self.elementwise(places);
            let unused = self.status(0)?;
            let features = numbered.features.as_ref().unwrap_or(&unused);
            // SAFETY: slots index the `slots`-long point arrays; rows from
            // `point_to_voxel` are below `rows`, the length of `starts`,
            // `cursors`, `counts` and `num_points`; a group's members stay
            // within `starts[row] + counts[row] <= slots`; a stored point's
            // values, and a place's, within `rows * P * C` (`checked_values`
            // bounds it).
            guarded(self.backend, "launching hard voxelization", || unsafe {
                group_points::launch_unchecked::<R>(
                    &self.client,
                    count.clone(),
                    dim,
                    numbered.point_to_voxel.arg(),
                    starts.arg(),
                    cursors.arg(),
                    members.arg(),
                    slots as u32,
                );
                fill_hard::launch_unchecked::<R>(
                    &self.client,
                    count,
                    dim,
                    numbered.points.arg(),
                    features.arg(),
                    numbered.point_to_voxel.arg(),
                    starts.arg(),
                    numbered.counts.arg(),
                    members.arg(),
                    voxels.arg(),
                    num_points.arg(),
                    slots as u32,
                    p_max as u32,
                    plan.features as u32,
                );
                pad_hard::launch_unchecked::<R>(
                    &self.client,
                    place_count,
                    place_dim,
                    num_points.arg(),
                    voxels.arg(),
                    places as u32,
                    p_max as u32,
                    channels as u32,
                )
            })?;
            let stats = self.alloc(DType::U32, 3 * plan.clouds(), "the hard voxelization's counts")?;
            // The per-cloud kept counts, from the first submission.
            let kept = self.write(
                HostData::from(&kept_words(&numbered.stats)[..]),
                "the kept counts",
            )?;
            // SAFETY: one cube per cloud reads its rows below `rows`, and
            // writes three words per cloud.
            guarded(self.backend, "counting hard voxelization", || unsafe {
                hard_stats::launch_unchecked::<R>(
                    &self.client,
                    self.cube_grid(plan.clouds()),
                    CubeDim::new_1d(BLOCK_UNITS),
                    numbered.counts.arg(),
                    numbered.row_starts.arg(),
                    kept.arg(),
                    stats.arg(),
                    p_max as u32,
                )
            })?;
            let read = self.read_words_later(vec![stats], "the hard voxelization's counts")?;
            Ok((voxels, num_points, read))
        })?;
        let grid_stats = numbered.stats;
        let stats = Deferred::later(move || {
            let words = read_first(stats()?);
            Ok(grid_stats
                .iter()
                .zip(words.chunks_exact(3))
                .map(|(grid, w)| VoxelStats {
                    kept: w[0].into(),
                    over_max_voxels: w[1].into(),
                    voxel_full: w[2].into(),
                    ..*grid
                })
                .collect())
        });
        Ok(GpuHard {
            voxels,
            coords: numbered.coords,
            num_points,
            rows,
            voxels_found: numbered.voxels_found,
            stats,
        })
    }

    /// PointPillars' decorated points of hard voxels `[rows, P, C]`:
    /// `[rows, P, K]` f32 ([`PillarLayout`]).
    pub fn decorate_pillars(
        &self,
        voxels: GpuInput<'_>,
        coords: GpuInput<'_>,
        num_points: GpuInput<'_>,
        rows: usize,
        coord_width: usize,
        layout: &PillarLayout,
    ) -> Result<GpuBuffer> {
        let pillar_slots = rows * layout.points_per_pillar;
        let values = checked_values("the decorated pillars", pillar_slots, layout.out_channels())?;
        self.submit("decorating pillars", || {
            let voxels = self.on_device(voxels, "the hard voxels")?;
            let coords = self.on_device(coords, "the voxel coordinates")?;
            let num_points = self.on_device(num_points, "the points per voxel")?;
            // Not filled: `decorate_pillars` writes every place, padding too.
            let out = self.alloc(DType::F32, values, "the decorated pillars")?;
            let bits = |centres: &[f32]| centres.iter().map(|c| c.to_bits()).collect::<Vec<u32>>();
            let x_centres = self.write(HostData::from(&bits(&layout.x_centres)[..]), "the pillar centres")?;
            let y_centres = self.write(HostData::from(&bits(&layout.y_centres)[..]), "the pillar centres")?;
            let (count, dim) = self.elementwise(pillar_slots);
            // SAFETY: units below `rows * P` read their row's `P * C`
            // values, its coordinate row and its count; coordinates index
            // the centre tables, which span the grid; a unit writes its own
            // `K` values of `out`.
            guarded(self.backend, "decorating pillars", || unsafe {
                decorate_pillars::launch_unchecked::<R>(
                    &self.client,
                    count,
                    dim,
                    voxels.arg(),
                    coords.arg(),
                    num_points.arg(),
                    x_centres.arg(),
                    y_centres.arg(),
                    out.arg(),
                    pillar_slots as u32,
                    layout.points_per_pillar as u32,
                    layout.channels as u32,
                    coord_width as u32,
                    layout.z_centre,
                    layout.with_z_centre,
                    self.inexact_division(),
                )
            })?;
            Ok(out)
        })
    }

    /// Scatters per-pillar vectors `[rows, depth]` onto the bird's-eye
    /// view `[clouds, depth, X, Y]` f32, zero where no pillar is.
    pub fn scatter_to_bev(
        &self,
        plan: &PointsPlan,
        coords: GpuInput<'_>,
        rows: usize,
        vectors: GpuInput<'_>,
        depth: usize,
    ) -> Result<GpuBuffer> {
        let [x_dim, y_dim, _] = plan.grid.dims;
        let cells = x_dim * y_dim;
        let values = checked_values("the bird's-eye view", plan.clouds() * depth, cells)?;
        self.submit("scattering pillars", || {
            let coords = self.on_device(coords, "the voxel coordinates")?;
            let vectors = self.on_device(vectors, "the pillar vectors")?;
            let all_cells = plan.clouds() * cells;
            let cell_rows = self.filled(DType::U32, all_cells, NONE, "the pillars' cells")?;
            let out = self.alloc(DType::F32, values, "the bird's-eye view")?;
            let (row_count, row_dim) = self.elementwise(rows);
            let (cell_count, cell_dim) = self.elementwise(all_cells);
            // SAFETY: units below `rows` read their row's coordinates, which
            // lie in the grid (cloud below `clouds`), so the cell is below
            // `clouds * X * Y`; units below `clouds * X * Y` read a row below
            // `rows` (or none) and write `depth` values below `clouds * depth
            // * X * Y`.
            guarded(self.backend, "scattering pillars", || unsafe {
                mark_cells::launch_unchecked::<R>(
                    &self.client,
                    row_count,
                    row_dim,
                    coords.arg(),
                    cell_rows.arg(),
                    rows as u32,
                    plan.coord_width() as u32,
                    x_dim as u32,
                    y_dim as u32,
                );
                gather_bev::launch_unchecked::<R>(
                    &self.client,
                    cell_count,
                    cell_dim,
                    cell_rows.arg(),
                    vectors.arg(),
                    out.arg(),
                    all_cells as u32,
                    cells as u32,
                    depth as u32,
                )
            })?;
            Ok(out)
        })
    }

    /// Reduces per-point features `[slots, F]` over the rows of a dynamic
    /// voxelization: `[rows, F]` f32. A NaN or infinite feature of a point
    /// in a voxel is found on the device and reported by the returned
    /// check, as the CPU backend would word it.
    pub fn reduce_dynamic(
        &self,
        plan: &PointsPlan,
        point_to_voxel: &GpuBuffer,
        rows: usize,
        features: GpuInput<'_>,
        width: usize,
        reduction: PointReduction,
    ) -> Result<(GpuBuffer, Deferred<()>)> {
        let slots = plan.point_slots();
        let values = rows * width;
        let (out, read, features) = self.submit("reducing over voxels", || {
            let features = self.on_device(features, "features")?;
            let status = self.status(0)?;
            let (count, dim) = self.elementwise(slots);
            let pass = |kind: ScatterKind, out: &GpuBuffer, aux: &GpuBuffer| {
                // SAFETY: slots index the `slots * width` features; rows from
                // `point_to_voxel` are below `rows`, so `out` (`rows *
                // width` words) and `aux` (its count or sum words) hold them.
                guarded(self.backend, "reducing over voxels", || unsafe {
                    reduce_rows::launch_unchecked::<R>(
                        &self.client,
                        count.clone(),
                        dim,
                        features.arg(),
                        point_to_voxel.arg(),
                        out.arg(),
                        aux.arg(),
                        status.arg(),
                        slots as u32,
                        width as u32,
                        kind,
                    )
                })
            };
            let out = self.filled(DType::F32, values, 0, "the reduced features")?;
            let (finish_count, finish_dim) = self.elementwise(values);
            match reduction {
                PointReduction::Max => {
                    pass(ScatterKind::Max, &out, &status)?;
                    // SAFETY: touches the `values` words of `out`.
                    guarded(self.backend, "finishing the maxima", || unsafe {
                        finish_max::launch_unchecked::<R>(
                            &self.client,
                            finish_count,
                            finish_dim,
                            out.arg(),
                            values as u32,
                        )
                    })?;
                }
                PointReduction::Sum | PointReduction::Mean => {
                    let counts = self.filled(DType::U32, rows, 0, "the voxel counts")?;
                    pass(ScatterKind::MeanScale, &out, &counts)?;
                    let sums = self.filled(DType::U32, 2 * values, 0, "the voxel sums")?;
                    pass(ScatterKind::MeanSum, &out, &sums)?;
                    // SAFETY: touches `values` words of `out`, `rows` counts
                    // and `2 * values` sum words.
                    guarded(self.backend, "finishing the reduction", || unsafe {
                        finish_mean::launch_unchecked::<R>(
                            &self.client,
                            finish_count,
                            finish_dim,
                            out.arg(),
                            counts.arg(),
                            sums.arg(),
                            values as u32,
                            width as u32,
                            reduction == PointReduction::Mean,
                        )
                    })?;
                }
            }
            let read = self.read_words_later(vec![status], "the feature check")?;
            Ok((out, read, features.into_owned()))
        })?;
        let (gpu, plan) = (self.clone(), plan.clone());
        let check = Deferred::later(move || {
            let flag = read_first(read()?);
            match flag.first() {
                Some(&word) if word != 0 => {
                    Err(gpu.non_finite_feature(&plan, &features, width, (u32::MAX - word) as usize))
                }
                _ => Ok(()),
            }
        });
        Ok((out, check))
    }

    /// The first submission (table, numbering) and read, then the second
    /// (rows, coordinates, counts). `features`, when given, are checked
    /// finite for every point in the grid, as hard voxelization asks.
    fn number_voxels(
        &self,
        plan: &PointsPlan,
        points: GpuInput<'_>,
        features: Option<GpuInput<'_>>,
        lengths: Option<GpuInput<'_>>,
        max_voxels: u32,
    ) -> Result<Numbered> {
        let host_lengths = match lengths {
            Some(l) => Some(self.on_host(l, "lengths")?),
            None => None,
        };
        if let Some(lengths) = &host_lengths {
            validate_cloud_lengths(lengths.u32s("lengths")?, plan.points_per_cloud)?;
        }
        let clouds = plan.clouds();
        let slots = plan.point_slots();
        let blocks_per_cloud = plan.points_per_cloud.div_ceil(BLOCK_ITEMS as usize).max(1);
        let blocks = blocks_per_cloud * clouds;
        // At least twice the slots, so probes stay short.
        let entries = (2 * plan.points_per_cloud).next_power_of_two().max(256);
        let table_len = entries
            .checked_mul(clouds)
            .filter(|&n| n as u64 <= robocache_core::MAX_INDEX);
        let table_len = table_len.ok_or(Error::TooLarge {
            what: "the voxel tables (twice the point slots, per cloud)",
            needed: (entries as u64).saturating_mul(clouds as u64),
            unit: "entries",
            limit: robocache_core::MAX_INDEX,
        })?;
        let table = |max_voxels: u32| TableArgsLaunch::new(entries as u32, 32 - entries.ilog2(), max_voxels);
        let config = PointPassConfig {
            ragged: plan.ragged,
            check_features: features.is_some() && plan.features > 0,
            batched: plan.batch.is_some(),
        };
        let grid_args = || {
            grid_launch_args(
                &plan.grid,
                clouds,
                plan.points_per_cloud,
                plan.voxels_per_cloud,
                plan.features,
                blocks_per_cloud,
            )
        };
        let block_grid = self.cube_grid(blocks);
        let block_dim = CubeDim::new_1d(BLOCK_UNITS);

        let first = self.submit("numbering voxels", || {
            let points = self.on_device(points, "points")?.into_owned();
            let features = match features.filter(|_| config.check_features) {
                Some(f) => Some(self.on_device(f, "features")?.into_owned()),
                None => None,
            };
            let lengths = match (&host_lengths, lengths) {
                (Some(host), _) => Some(self.write(host.as_data(), "lengths")?),
                (None, _) => None,
            };
            let keys = self.filled(DType::U32, table_len, u32::MAX, "the voxel table")?;
            let firsts = self.filled(DType::U32, table_len, u32::MAX, "the voxels' first points")?;
            let entry_of = self.alloc(DType::U32, slots, "the points' table entries")?;
            let stats = self.filled(DType::U32, 3 * clouds + 1, 0, "the voxel statistics")?;
            let totals = self.alloc(DType::U32, blocks, "the block totals")?;
            let cloud_starts = self.alloc(DType::U32, clouds + 1, "the clouds' first rows")?;
            let unused = self.status(0)?;
            // SAFETY: blocks cover `blocks_per_cloud * BLOCK_ITEMS` slots of
            // each cloud and skip those past `points_per_cloud`; entries stay
            // below `entries` per cloud (masked probes, and the table has
            // room for every slot); `totals` has a word per block and
            // `cloud_starts` one per cloud plus the total.
            guarded(self.backend, "launching voxel numbering", || unsafe {
                hash_points::launch_unchecked::<R>(
                    &self.client,
                    block_grid.clone(),
                    block_dim,
                    points.arg(),
                    features.as_ref().unwrap_or(&unused).arg(),
                    lengths.as_ref().unwrap_or(&unused).arg(),
                    keys.arg(),
                    firsts.arg(),
                    entry_of.arg(),
                    stats.arg(),
                    grid_args(),
                    table(max_voxels),
                    config,
                );
                count_firsts::launch_unchecked::<R>(
                    &self.client,
                    block_grid.clone(),
                    block_dim,
                    entry_of.arg(),
                    firsts.arg(),
                    totals.arg(),
                    grid_args(),
                    table(max_voxels),
                );
                scan_totals::launch_unchecked::<R>(
                    &self.client,
                    CubeCount::Static(1, 1, 1),
                    block_dim,
                    totals.arg(),
                    cloud_starts.arg(),
                    blocks as u32,
                    blocks_per_cloud as u32,
                    true,
                )
            })?;
            let read = self.read_words_later(vec![stats, cloud_starts], "the voxel numbering")?;
            Ok((read, points, features, keys, firsts, entry_of, totals))
        })?;
        let (read, points, features, keys, firsts, entry_of, totals) = first;
        let words = read()?;
        let (stats_words, cloud_starts) = (&words[0], &words[1]);
        if stats_words[3 * clouds] != 0 {
            let features = features
                .as_ref()
                .ok_or_else(|| self.device_error("feature check", "no features"))?;
            let slot = (u32::MAX - stats_words[3 * clouds]) as usize;
            return Err(self.non_finite_feature_points(plan, features, slot));
        }
        let stats: Vec<VoxelStats> = stats_words[..3 * clouds]
            .chunks_exact(3)
            .map(|w| VoxelStats {
                kept: w[0].into(),
                out_of_grid: w[1].into(),
                non_finite: w[2].into(),
                ..VoxelStats::default()
            })
            .collect();
        let voxels_found: Vec<usize> = cloud_starts.windows(2).map(|w| (w[1] - w[0]) as usize).collect();
        let mut row_starts_host = Vec::with_capacity(clouds + 1);
        let mut rows = 0u32;
        row_starts_host.push(0);
        for &found in &voxels_found {
            rows += (found as u32).min(max_voxels);
            row_starts_host.push(rows);
        }
        let coord_width = plan.coord_width();

        let (point_to_voxel, coords, counts, row_starts) = self.submit("numbering voxels", || {
            let row_starts = self.write(HostData::from(&row_starts_host[..]), "the clouds' first rows")?;
            let cloud_starts = self.write(HostData::from(&cloud_starts[..]), "the clouds' first voxels")?;
            let table_rows = self.alloc(DType::U32, table_len, "the voxels' rows")?;
            let coords = self.alloc(DType::I32, rows as usize * coord_width, "the voxel coordinates")?;
            let counts = self.filled(DType::U32, rows as usize, 0, "the points per voxel")?;
            let point_to_voxel = self.alloc(DType::I32, slots, "the point-to-voxel map")?;
            let (count, dim) = self.elementwise(slots);
            // SAFETY: as the first submission for the blocks and the table;
            // rows written are below `rows` (the host capped each cloud's
            // at `max_voxels` and laid them out from `row_starts`), so the
            // coordinates (`coord_width` words per row) and counts hold them.
            guarded(self.backend, "launching voxel numbering", || unsafe {
                number_firsts::launch_unchecked::<R>(
                    &self.client,
                    block_grid.clone(),
                    block_dim,
                    entry_of.arg(),
                    firsts.arg(),
                    keys.arg(),
                    totals.arg(),
                    cloud_starts.arg(),
                    row_starts.arg(),
                    table_rows.arg(),
                    coords.arg(),
                    grid_args(),
                    table(max_voxels),
                    config,
                );
                assign_points::launch_unchecked::<R>(
                    &self.client,
                    count,
                    dim,
                    entry_of.arg(),
                    table_rows.arg(),
                    row_starts.arg(),
                    point_to_voxel.arg(),
                    counts.arg(),
                    slots as u32,
                    plan.points_per_cloud.max(1) as u32,
                    table(max_voxels),
                )
            })?;
            Ok((point_to_voxel, coords, counts, row_starts))
        })?;
        Ok(Numbered {
            point_to_voxel,
            coords,
            counts,
            row_starts,
            row_starts_host,
            voxels_found,
            stats,
            points,
            features,
        })
    }

    /// The exclusive prefix sum of the first `len` words of `values`.
    fn exclusive_scan(&self, values: &GpuBuffer, len: usize) -> Result<GpuBuffer> {
        let blocks = len.div_ceil(BLOCK_ITEMS as usize).max(1);
        let totals = self.alloc(DType::U32, blocks, "the block totals")?;
        let out = self.alloc(DType::U32, len, "a prefix sum")?;
        let unused = self.status(0)?;
        let (grid, dim) = (self.cube_grid(blocks), CubeDim::new_1d(BLOCK_UNITS));
        // SAFETY: each block reads and writes its `BLOCK_ITEMS` words below
        // `len`; `totals` has a word per block.
        guarded(self.backend, "launching a prefix sum", || unsafe {
            sum_blocks::launch_unchecked::<R>(
                &self.client,
                grid.clone(),
                dim,
                values.arg(),
                totals.arg(),
                len as u32,
            );
            scan_totals::launch_unchecked::<R>(
                &self.client,
                CubeCount::Static(1, 1, 1),
                dim,
                totals.arg(),
                unused.arg(),
                blocks as u32,
                1,
                false,
            );
            scan_apply::launch_unchecked::<R>(
                &self.client,
                grid,
                dim,
                values.arg(),
                totals.arg(),
                out.arg(),
                len as u32,
            )
        })?;
        Ok(out)
    }

    /// The error for point slot `slot`'s first non-finite feature.
    fn non_finite_feature_points(&self, plan: &PointsPlan, features: &GpuBuffer, slot: usize) -> Error {
        self.non_finite_feature(plan, features, plan.features, slot)
    }

    fn non_finite_feature(
        &self,
        plan: &PointsPlan,
        features: &GpuBuffer,
        width: usize,
        slot: usize,
    ) -> Error {
        let row = self
            .download(features, "features")
            .ok()
            .and_then(|host| {
                host.as_slice::<f32>()
                    .map(|v| v[slot * width..(slot + 1) * width].to_vec())
            })
            .unwrap_or_default();
        let feature = row.iter().position(|x| !x.is_finite()).unwrap_or(0);
        let per_cloud = plan.points_per_cloud.max(1);
        Error::NonFiniteFeature {
            cloud: plan.error_cloud(slot / per_cloud),
            point: slot % per_cloud,
            feature,
            value: row.get(feature).copied().unwrap_or(f32::NAN),
        }
    }
}

/// Each cloud's kept count, as the words `hard_stats` reads at `3 * cloud`.
fn kept_words(stats: &[VoxelStats]) -> Vec<u32> {
    stats.iter().flat_map(|s| [s.kept as u32, 0, 0]).collect()
}

/// The first buffer of a read of one.
fn read_first(mut words: Vec<Vec<u32>>) -> Vec<u32> {
    words.swap_remove(0)
}

/// `a * b` values, or a typed error past the u32 indices the kernels use.
fn checked_values(what: &'static str, a: usize, b: usize) -> Result<usize> {
    a.checked_mul(b)
        .filter(|&n| n as u64 <= robocache_core::MAX_INDEX)
        .ok_or(Error::TooLarge {
            what,
            needed: (a as u64).saturating_mul(b as u64),
            unit: "values",
            limit: robocache_core::MAX_INDEX,
        })
}
