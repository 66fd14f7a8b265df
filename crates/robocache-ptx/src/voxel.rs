//! Host side of `kernels/voxel.cu`: argument layout, scratch sizes, the
//! launch sequence of each mode.

use std::sync::Arc;

use cudarc::driver::sys::CUfunction_attribute;
use cudarc::driver::{CudaFunction, CudaModule, CudaStream, DeviceRepr, LaunchConfig, PushKernelArg};
use robocache_core::{Result, VoxelIndexer, VoxelMode, VoxelPlan};

use crate::{device_error, driver_error, function, PtxKernels};

const POINT_THREADS: u32 = 256;
const POINTS_PER_BLOCK: usize = 256 * 8;
const REDUCE_THREADS: u32 = 256;
/// Most blocks along y (the clouds of a batch).
const MAX_CLOUDS: usize = 65_535;
/// Binned count and occupancy (`voxel_bin`, `voxel_tally_*` in the kernel):
/// voxels per bin, most bins, points per tile, tally block size.
const BIN_VOXELS: usize = 1 << 14;
const MAX_BINS: usize = 256;
const BIN_THREADS: u32 = 512;
const BIN_TILE: usize = 8192;
const TALLY_THREADS: u32 = 1024;
/// The tally's shared counters, one u32 per voxel of a bin.
const TALLY_SHARED_BYTES: u32 = 4 * BIN_VOXELS as u32;
/// Points of a count or occupancy from which the binned kernels run, where
/// the grid allows them. On the H100 (benches/RESULTS.md), 500k points take
/// 18.7 us direct and 22.5 us binned, 10M take 146 us direct and 78 us
/// binned; the lines through those cross near 1M.
const BIN_MIN_POINTS: usize = 1_000_000;

/// Sets the number of points from which count and occupancy run binned
/// (a tuning knob, read once per process; 1 bins every call it can).
pub const VOXEL_BIN_MIN_POINTS_ENV: &str = "ROBOCACHE_PTX_VOXEL_BIN_MIN_POINTS";

fn bin_min_points() -> usize {
    static KNOB: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    KNOB.get_or_init(|| robocache_core::tuning_knob(VOXEL_BIN_MIN_POINTS_ENV))
        .unwrap_or(BIN_MIN_POINTS)
}

/// How a binned count or occupancy splits its work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Binning {
    bins: usize,
    tiles_per_cloud: usize,
}

impl Binning {
    /// The binning of `plan`, if its count or occupancy runs binned.
    fn of(plan: &VoxelPlan) -> Option<Self> {
        let counts = matches!(plan.mode, VoxelMode::Count | VoxelMode::Occupancy);
        let points = plan.clouds() * plan.points_per_cloud;
        let voxels = plan.total_voxels();
        (counts && voxels <= MAX_BINS * BIN_VOXELS && points >= bin_min_points()).then(|| Binning {
            bins: voxels.div_ceil(BIN_VOXELS),
            tiles_per_cloud: plan.points_per_cloud.div_ceil(BIN_TILE).max(1),
        })
    }

    fn tiles(&self, plan: &VoxelPlan) -> usize {
        self.tiles_per_cloud * plan.clouds()
    }
}

/// The end of a voxel's list (`EMPTY` in the kernel): `head` starts as all
/// 0xFF bytes.
const EMPTY_BYTE: u32 = 0xFF;

/// Mirrors `GridArgs` in `kernels/voxel.cu`.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct GridArgs {
    points: u64,
    features: u64,
    lengths: u64,
    stats: u64,
    origin: [f32; 3],
    inv: [f32; 3],
    limit: [f32; 3],
    dim_y: u32,
    dim_z: u32,
    voxels_per_cloud: u32,
    points_per_cloud: u32,
    features_per_point: u32,
    clouds: u32,
    padding: u32,
}

// SAFETY: plain old data laid out as the kernel's `GridArgs` (repr(C), the
// same fields in the same order, 96 bytes).
unsafe impl DeviceRepr for GridArgs {}
const _: () = assert!(std::mem::size_of::<GridArgs>() == 96);

/// Scratch buffers of one voxelization, as device pointers; [`VoxelScratch::words`]
/// says how many 32-bit words each must hold (16-byte aligned).
#[derive(Debug, Clone, Copy, Default)]
pub struct VoxelScratch {
    /// Per cloud kept, out-of-grid and non-finite counts, then the first
    /// bad feature slot as `u32::MAX - slot` (0: none). Read back by the call.
    pub stats: u64,
    /// Mean and max: per voxel, the last point linked into its list.
    pub head: u64,
    /// Mean and max: per point slot, the point linked before it.
    pub next: u64,
    /// Binned count and occupancy: where each bin's points start in each
    /// tile of points.
    pub bin_starts: u64,
    /// Binned count and occupancy: each tile's points' offsets within their
    /// bins, grouped by bin (16-bit).
    pub bin_keys: u64,
}

impl VoxelScratch {
    /// Words each scratch buffer needs, in field order: stats, head, next,
    /// bin_starts, bin_keys (0 where the call needs none).
    pub fn words(plan: &VoxelPlan) -> [usize; 5] {
        let stats = 3 * plan.clouds() + 1;
        match plan.mode {
            VoxelMode::Count | VoxelMode::Occupancy => match Binning::of(plan) {
                Some(binning) => {
                    let tiles = binning.tiles(plan);
                    [stats, 0, 0, (binning.bins + 1) * tiles, tiles * BIN_TILE / 2]
                }
                None => [stats, 0, 0, 0, 0],
            },
            VoxelMode::Mean | VoxelMode::Max => [
                stats,
                plan.total_voxels(),
                plan.clouds() * plan.points_per_cloud,
                0,
                0,
            ],
        }
    }
}

/// Device pointers of one voxelization.
#[derive(Debug, Clone, Copy)]
pub struct VoxelBuffers {
    /// `[clouds * points_per_cloud, 3]` f32 points.
    pub points: u64,
    /// `[clouds * points_per_cloud, F]` f32 features (mean and max).
    pub features: Option<u64>,
    /// `[clouds]` u32 lengths of a ragged batch.
    pub lengths: Option<u64>,
    /// The grid: `[clouds, X, Y, Z(, F)]` of the mode's output type.
    pub out: u64,
    /// Scratch, sized by [`VoxelScratch::words`].
    pub scratch: VoxelScratch,
}

pub(crate) struct Functions {
    count: CudaFunction,
    occupancy: CudaFunction,
    link: CudaFunction,
    max: CudaFunction,
    mean: CudaFunction,
    bin: CudaFunction,
    tally_count: CudaFunction,
    tally_occupancy: CudaFunction,
    fill: CudaFunction,
}

impl Functions {
    pub(crate) fn load(module: &Arc<CudaModule>) -> Result<Self> {
        let tally = |name: &str| -> Result<CudaFunction> {
            let f = function(module, name)?;
            // Beyond the default 48 KB of dynamic shared memory.
            f.set_attribute(
                CUfunction_attribute::CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES,
                TALLY_SHARED_BYTES as i32,
            )
            .map_err(driver_error("sizing the tally's shared memory"))?;
            Ok(f)
        };
        Ok(Functions {
            count: function(module, "voxel_count")?,
            occupancy: function(module, "voxel_occupancy")?,
            link: function(module, "voxel_link")?,
            max: function(module, "voxel_max")?,
            mean: function(module, "voxel_mean")?,
            bin: function(module, "voxel_bin")?,
            tally_count: tally("voxel_tally_count")?,
            tally_occupancy: tally("voxel_tally_occupancy")?,
            fill: function(module, "fill_bytes")?,
        })
    }
}

impl PtxKernels {
    /// Whether the PTX voxelization takes this plan.
    pub fn voxelize_applies(plan: &VoxelPlan) -> bool {
        plan.clouds() <= MAX_CLOUDS
    }

    /// Queues the voxelization of `plan` into `buffers.out` on `stream` and
    /// returns without waiting; the statistics words (see
    /// [`VoxelScratch::stats`]) are in `buffers.scratch.stats` once the
    /// stream has run it.
    ///
    /// # Safety
    /// Every pointer must address a device allocation of the primary context
    /// of the size the plan and [`VoxelScratch::words`] give, ready for work
    /// queued on `stream` now and written by nothing else during the call,
    /// and ragged lengths must lie in `0..=points_per_cloud` (validated by
    /// the caller).
    pub unsafe fn voxelize(
        &self,
        stream: &CudaStream,
        plan: &VoxelPlan,
        buffers: &VoxelBuffers,
    ) -> Result<()> {
        if !Self::voxelize_applies(plan) {
            return Err(device_error(format!(
                "{} clouds: the PTX voxelization takes at most {MAX_CLOUDS}",
                plan.clouds()
            )));
        }
        let clouds = plan.clouds();
        let words = VoxelScratch::words(plan);
        let scratch = buffers.scratch;
        let indexer = VoxelIndexer::new(&plan.grid);
        let grid = GridArgs {
            points: buffers.points,
            features: buffers.features.unwrap_or(0),
            lengths: buffers.lengths.unwrap_or(0),
            stats: scratch.stats,
            origin: plan.grid.origin,
            inv: plan.grid.inv_voxel_size(),
            limit: indexer.limits(),
            dim_y: plan.grid.dims[1] as u32,
            dim_z: plan.grid.dims[2] as u32,
            voxels_per_cloud: plan.voxels_per_cloud as u32,
            points_per_cloud: plan.points_per_cloud as u32,
            features_per_point: plan.features as u32,
            clouds: clouds as u32,
            padding: 0,
        };
        let points = LaunchConfig {
            grid_dim: (
                plan.points_per_cloud.div_ceil(POINTS_PER_BLOCK).max(1) as u32,
                clouds as u32,
                1,
            ),
            block_dim: (POINT_THREADS, 1, 1),
            shared_mem_bytes: 0,
        };
        self.context
            .bind_to_thread()
            .map_err(driver_error("binding the context"))?;
        // SAFETY: for every launch and memset below, the caller vouches for
        // the pointers and sizes; each kernel indexes within the plan's shapes.
        unsafe {
            self.fill(stream, scratch.stats, 4 * words[0], 0)?;
            match (plan.mode, Binning::of(plan)) {
                (_, Some(binning)) => self.tally_by_bin(stream, plan, &grid, buffers, binning)?,
                (VoxelMode::Count, None) => {
                    self.fill(stream, buffers.out, 4 * plan.total_voxels(), 0)?;
                    let mut launch = stream.launch_builder(&self.voxel.count);
                    launch.arg(&grid).arg(&buffers.out);
                    launch
                        .launch(points)
                        .map_err(driver_error("launching the count"))?;
                }
                (VoxelMode::Occupancy, None) => {
                    self.fill(stream, buffers.out, plan.total_voxels(), 0)?;
                    let mut launch = stream.launch_builder(&self.voxel.occupancy);
                    launch.arg(&grid).arg(&buffers.out);
                    launch
                        .launch(points)
                        .map_err(driver_error("launching the occupancy"))?;
                }
                (VoxelMode::Mean | VoxelMode::Max, None) => {
                    self.reduce_by_voxel(stream, plan, &grid, buffers, points)?
                }
            }
        }
        Ok(())
    }

    /// Binned count and occupancy: sort each tile of points by bin, then
    /// count each bin in shared memory.
    unsafe fn tally_by_bin(
        &self,
        stream: &CudaStream,
        plan: &VoxelPlan,
        grid: &GridArgs,
        buffers: &VoxelBuffers,
        binning: Binning,
    ) -> Result<()> {
        let s = buffers.scratch;
        let tiles = binning.tiles(plan) as u32;
        let bins = binning.bins as u32;
        // Enough blocks to fill the GPU once: where the bins are fewer than
        // the multiprocessors, each bin's tiles are split into ranges whose
        // counts are added into a zeroed grid.
        let ranges = (self.multiprocessors / bins).clamp(1, tiles);
        let total_voxels = plan.total_voxels() as u64;
        let (tally, element_bytes) = match plan.mode {
            VoxelMode::Count => (&self.voxel.tally_count, 4),
            _ => (&self.voxel.tally_occupancy, 1),
        };
        // SAFETY: as in `voxelize`; the scratch holds the words
        // `VoxelScratch::words` gives for this binning.
        unsafe {
            if ranges > 1 {
                self.fill(stream, buffers.out, element_bytes * plan.total_voxels(), 0)?;
            }
            let mut launch = stream.launch_builder(&self.voxel.bin);
            launch.arg(grid).arg(&s.bin_keys).arg(&s.bin_starts).arg(&bins);
            launch
                .launch(LaunchConfig {
                    grid_dim: (binning.tiles_per_cloud as u32, plan.clouds() as u32, 1),
                    block_dim: (BIN_THREADS, 1, 1),
                    shared_mem_bytes: 0,
                })
                .map_err(driver_error("launching the binning"))?;
            let mut launch = stream.launch_builder(tally);
            launch
                .arg(&s.bin_keys)
                .arg(&s.bin_starts)
                .arg(&tiles)
                .arg(&total_voxels)
                .arg(&buffers.out);
            launch
                .launch(LaunchConfig {
                    grid_dim: (ranges, bins, 1),
                    block_dim: (TALLY_THREADS, 1, 1),
                    shared_mem_bytes: TALLY_SHARED_BYTES,
                })
                .map_err(driver_error("launching the tally"))?;
        }
        Ok(())
    }

    /// Mean and max: link the points into per-voxel lists, then reduce
    /// each (voxel, feature) from its list.
    unsafe fn reduce_by_voxel(
        &self,
        stream: &CudaStream,
        plan: &VoxelPlan,
        grid: &GridArgs,
        buffers: &VoxelBuffers,
        points: LaunchConfig,
    ) -> Result<()> {
        let s = buffers.scratch;
        // SAFETY: as in `voxelize`.
        unsafe {
            self.fill(stream, s.head, 4 * plan.total_voxels(), EMPTY_BYTE)?;
            let mut launch = stream.launch_builder(&self.voxel.link);
            launch.arg(grid).arg(&s.head).arg(&s.next);
            launch
                .launch(points)
                .map_err(driver_error("launching the linking"))?;

            let values = (plan.total_voxels() * plan.features) as u64;
            let blocks = values
                .div_ceil(u64::from(REDUCE_THREADS))
                .clamp(1, 64 * u64::from(self.multiprocessors));
            let kernel = if plan.mode == VoxelMode::Mean {
                &self.voxel.mean
            } else {
                &self.voxel.max
            };
            let mut launch = stream.launch_builder(kernel);
            launch
                .arg(grid)
                .arg(&s.head)
                .arg(&s.next)
                .arg(&buffers.out)
                .arg(&values);
            launch
                .launch(LaunchConfig {
                    grid_dim: (blocks as u32, 1, 1),
                    block_dim: (REDUCE_THREADS, 1, 1),
                    shared_mem_bytes: 0,
                })
                .map_err(driver_error("launching the reduction"))?;
        }
        Ok(())
    }

    /// Queues setting `bytes` bytes at `ptr` to `value` (a kernel rather
    /// than a memset, so that profilers count it with the rest).
    ///
    /// # Safety
    /// `ptr` must address at least `bytes` bytes of device memory, 16-byte aligned.
    unsafe fn fill(&self, stream: &CudaStream, ptr: u64, bytes: usize, value: u32) -> Result<()> {
        if bytes == 0 {
            return Ok(());
        }
        let threads = 256u32;
        let blocks = bytes
            .div_ceil(16 * threads as usize)
            .clamp(1, 32 * self.multiprocessors as usize);
        let bytes = bytes as u64;
        let mut launch = stream.launch_builder(&self.voxel.fill);
        launch.arg(&ptr).arg(&bytes).arg(&value);
        // SAFETY: the caller guarantees the range; the kernel writes within it.
        unsafe {
            launch.launch(LaunchConfig {
                grid_dim: (blocks as u32, 1, 1),
                block_dim: (threads, 1, 1),
                shared_mem_bytes: 0,
            })
        }
        .map(|_| ())
        .map_err(driver_error("filling a buffer"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use robocache_core::VoxelGrid;

    fn plan(mode: VoxelMode, points: usize, dims: [usize; 3]) -> VoxelPlan {
        VoxelPlan {
            grid: VoxelGrid::new([0.0; 3], [1.0; 3], dims),
            mode,
            batch: None,
            points_per_cloud: points,
            features: usize::from(mode.needs_features()),
            ragged: false,
            voxels_per_cloud: dims.iter().product(),
        }
    }

    #[test]
    fn many_points_on_a_small_grid_are_binned() {
        let p = plan(VoxelMode::Count, 10_000_000, [128; 3]);
        let binning = Binning::of(&p).expect("binned");
        assert_eq!(binning.bins, 128);
        assert_eq!(binning.tiles_per_cloud, 10_000_000usize.div_ceil(BIN_TILE));
        let [stats, head, next, starts, keys] = VoxelScratch::words(&p);
        assert_eq!((stats, head, next), (4, 0, 0));
        assert_eq!(starts, 129 * binning.tiles_per_cloud);
        assert_eq!(keys, binning.tiles_per_cloud * BIN_TILE / 2);
        assert!(Binning::of(&plan(VoxelMode::Occupancy, 10_000_000, [128; 3])).is_some());
    }

    #[test]
    fn few_points_large_grids_and_reductions_are_not_binned() {
        assert_eq!(Binning::of(&plan(VoxelMode::Count, 500_000, [128; 3])), None);
        // 512 x 512 x 48 voxels: more bins than a tile's shared table holds.
        assert_eq!(
            Binning::of(&plan(VoxelMode::Count, 10_000_000, [512, 512, 48])),
            None
        );
        for mode in [VoxelMode::Mean, VoxelMode::Max] {
            let p = plan(mode, 10_000_000, [128; 3]);
            assert_eq!(Binning::of(&p), None);
            assert_eq!(VoxelScratch::words(&p)[3..], [0, 0]);
        }
    }
}
