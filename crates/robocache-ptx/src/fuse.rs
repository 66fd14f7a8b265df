//! Host side of `kernels/fuse.cu`: argument layout, vector width and grid.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use cudarc::driver::{CudaFunction, CudaModule, CudaStream, DeviceRepr, LaunchConfig, PushKernelArg};
use robocache_core::{DType, FusePlan, InterpMode, Result};

use crate::{device_error, driver_error, function, PtxKernels};

/// Most streams one PTX fusion takes (the size of the kernel's argument
/// array); a fusion of more runs on the CubeCL kernel.
pub const MAX_STREAMS: usize = 16;
/// Most output rows per block (bounds the kernel's shared segment table).
const MAX_ROWS_PER_BLOCK: usize = 64;
/// Threads of a row-major block, and the most a block of fixed chunk columns
/// holds short of two row lanes.
const THREADS: usize = 256;
/// The kernels' launch bound: a row of up to 160 chunks still gets a block
/// of two row lanes.
const MAX_THREADS: usize = 320;

/// Fixes the output elements per block instead of the one-wave rule below
/// (a tuning knob, read once per process).
pub const FUSE_ELEMENTS_ENV: &str = "ROBOCACHE_PTX_FUSE_ELEMENTS_PER_BLOCK";

/// How a block's threads cover its rows. Where a row has few enough chunks
/// for two rows of them in one block, the block is whole rows of chunks (row
/// lanes) and each thread keeps one chunk column as it walks the rows;
/// otherwise `THREADS` threads take chunks in row-major order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Layout {
    fixed_columns: bool,
    threads: usize,
}

impl Layout {
    fn of(chunks_per_row: usize) -> Self {
        if chunks_per_row * 2 <= MAX_THREADS {
            // A thread that keeps its column does no per-chunk index
            // arithmetic or stream lookup; measured on the H100, this beats
            // row-major blocks even at two lanes (fusion B=256: 147 chunks
            // per row, 13.7 against 14.1 us).
            let lanes = (THREADS / chunks_per_row).max(2);
            Layout {
                fixed_columns: true,
                threads: lanes * chunks_per_row,
            }
        } else {
            Layout {
                fixed_columns: false,
                threads: THREADS,
            }
        }
    }
}

/// Output rows per block: the fewest that cover every row in one wave of
/// `slots` resident blocks. Each block searches its rows' segments before it
/// copies, and a wave's blocks all do so at once; a second wave would wait
/// on the first's searches and copies again, while fewer, fuller blocks
/// leave slots empty. Measured on the H100: fusion B=256 15.9 -> 15.0 us
/// (20 rows instead of 27, row-major), resample (64,1000,512) 35.0 us at 572
/// blocks against 31.8 at 525.
fn rows_per_block(rows: usize, width: usize, slots: usize, elements_knob: Option<usize>) -> usize {
    let rows_per_block = match elements_knob {
        Some(elements) => elements / width.max(1),
        None => rows.div_ceil(slots.max(1)),
    };
    rows_per_block.clamp(1, MAX_ROWS_PER_BLOCK)
}

fn elements_knob() -> Option<usize> {
    static KNOB: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    *KNOB.get_or_init(|| robocache_core::tuning_knob(FUSE_ELEMENTS_ENV))
}

/// Mirrors `StreamArgs` in `kernels/fuse.cu`.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
struct StreamArgs {
    data: u64,
    times: u64,
    lengths: u64,
    tolerance: f64,
    samples: u32,
    width: u32,
    offset: u32,
    element: u32,
    f64_times: u32,
    mode: u32,
}

/// Mirrors `FuseArgs` in `kernels/fuse.cu`; passed by value (960 bytes).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
struct FuseArgs {
    streams: [StreamArgs; MAX_STREAMS],
    targets: u64,
    out: u64,
    valid: u64,
    stream_count: u32,
    targets_per_row: u32,
    rows: u32,
    width: u32,
    out_element: u32,
    f64_targets: u32,
    rows_per_block: u32,
    any_slerp: u32,
    fixed_columns: u32,
    padding: u32,
}

// SAFETY: plain old data laid out as the kernel's `FuseArgs` (repr(C),
// fields in the same order and sizes; the kernel declares the same 960 bytes).
unsafe impl DeviceRepr for FuseArgs {}
const _: () = assert!(std::mem::size_of::<FuseArgs>() == 960);

/// Device pointers of one fusion, in the plan's stream order.
#[derive(Debug, Clone, Copy)]
pub struct FuseBuffers<'a> {
    /// `[B, S_k, D_k]` samples of each stream.
    pub data: &'a [u64],
    /// `[B, S_k]` times of each stream.
    pub times: &'a [u64],
    /// `[B]` ragged lengths of each stream that has them.
    pub lengths: &'a [Option<u64>],
    /// `[B, T]` target times.
    pub targets: u64,
    /// `[B, T, width]` output.
    pub out: u64,
    /// `[B, T, K]` validity mask, when the plan asks for one.
    pub valid: Option<u64>,
}

/// The kernels of one vector width: one that reads each tensor's element
/// type at run time, and one per fixed type (every stream and the output
/// of that type), which issues far fewer instructions per element.
struct Width {
    vec: usize,
    any: CudaFunction,
    f32: CudaFunction,
    f16: CudaFunction,
    bf16: CudaFunction,
}

impl Width {
    fn load(module: &Arc<CudaModule>, vec: usize) -> Result<Self> {
        let name = |suffix: &str| format!("fuse_vec{vec}{suffix}");
        Ok(Width {
            vec,
            any: function(module, &name(""))?,
            f32: function(module, &name("_f32"))?,
            f16: function(module, &name("_f16"))?,
            bf16: function(module, &name("_bf16"))?,
        })
    }

    /// The kernel for `plan`: the fixed-type one where every stream and the
    /// output share one element type.
    fn kernel(&self, plan: &FusePlan) -> &CudaFunction {
        let uniform = plan.streams.iter().all(|s| s.dtype == plan.out_dtype);
        match plan.out_dtype {
            DType::F32 if uniform => &self.f32,
            DType::F16 if uniform => &self.f16,
            DType::BF16 if uniform => &self.bf16,
            _ => &self.any,
        }
    }
}

pub(crate) struct Functions {
    /// Widest first.
    by_width: [Width; 4],
    /// Blocks of a kernel (by its driver handle) and a block size that fit
    /// on one multiprocessor at once: asked of the driver once per pair,
    /// not per call.
    resident: Mutex<HashMap<(usize, u32), u32>>,
}

impl Functions {
    pub(crate) fn load(module: &Arc<CudaModule>) -> Result<Self> {
        Ok(Functions {
            by_width: [
                Width::load(module, 8)?,
                Width::load(module, 4)?,
                Width::load(module, 2)?,
                Width::load(module, 1)?,
            ],
            resident: Mutex::default(),
        })
    }

    /// Blocks of `threads` threads of `kernel` resident per multiprocessor.
    fn resident(&self, kernel: &CudaFunction, threads: u32) -> Result<u32> {
        let key = (kernel.cu_function() as usize, threads);
        let mut known = self
            .resident
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(&blocks) = known.get(&key) {
            return Ok(blocks);
        }
        let blocks = kernel
            .occupancy_max_active_blocks_per_multiprocessor(threads, 0, None)
            .map_err(driver_error("reading the fusion kernel's occupancy"))?
            .max(1);
        known.insert(key, blocks);
        Ok(blocks)
    }
}

fn element(dtype: DType) -> Result<u32> {
    match dtype {
        DType::F32 => Ok(0),
        DType::F16 => Ok(1),
        DType::BF16 => Ok(2),
        other => Err(device_error(format!("no PTX fusion of {other} samples"))),
    }
}

fn mode(mode: InterpMode) -> u32 {
    match mode {
        InterpMode::Linear => 0,
        InterpMode::Nearest => 1,
        InterpMode::Previous => 2,
        InterpMode::Slerp => 3,
    }
}

impl PtxKernels {
    /// Whether the PTX fusion kernel takes this plan.
    pub fn fuse_applies(plan: &FusePlan) -> bool {
        plan.streams.len() <= MAX_STREAMS
    }

    /// Queues the fusion of `plan` on `stream` and returns without waiting.
    ///
    /// # Safety
    /// Every pointer must address a device allocation of the primary context
    /// holding the tensor the plan describes (shapes, element types) that
    /// stays allocated, and is written by nothing else, until the work queued
    /// on `stream` so far has run (an allocator that frees in the stream's
    /// order, as CubeCL's does, guarantees it); the inputs must be ready for
    /// work queued on `stream` now; and the plan must have been validated
    /// (non-decreasing finite times, lengths in `1..=S`), as
    /// `robocache-cubecl` does before it calls this.
    pub unsafe fn fuse(&self, stream: &CudaStream, plan: &FusePlan, buffers: &FuseBuffers<'_>) -> Result<()> {
        if !Self::fuse_applies(plan) {
            return Err(device_error(format!(
                "{} streams: the PTX fusion takes at most {MAX_STREAMS}",
                plan.streams.len()
            )));
        }
        let rows = plan.batch * plan.targets;
        if rows == 0 || plan.width == 0 {
            return Ok(());
        }
        let mut streams = [StreamArgs::default(); MAX_STREAMS];
        for (k, s) in plan.streams.iter().enumerate() {
            streams[k] = StreamArgs {
                data: buffers.data[k],
                times: buffers.times[k],
                lengths: buffers.lengths[k].unwrap_or(0),
                tolerance: s.tolerance.unwrap_or(-1.0),
                samples: s.samples as u32,
                width: s.features as u32,
                offset: s.offset as u32,
                element: element(s.dtype)?,
                f64_times: u32::from(s.time_dtype == DType::F64),
                mode: mode(s.mode),
            };
        }
        // The widest vector every stream's width and every buffer's
        // alignment allow (16-bit and 32-bit elements alike).
        let aligned = |ptr: u64, dtype: DType, vec: usize| ptr % (vec * dtype.size_in_bytes()) as u64 == 0;
        let width = self
            .fuse
            .by_width
            .iter()
            .find(|w| {
                plan.streams
                    .iter()
                    .zip(buffers.data)
                    .all(|(s, &ptr)| s.features % w.vec == 0 && aligned(ptr, s.dtype, w.vec))
                    && aligned(buffers.out, plan.out_dtype, w.vec)
            })
            .expect("a vector of one element always fits");
        let (vec, kernel) = (width.vec, width.kernel(plan));
        let layout = Layout::of(plan.width / vec);
        let resident = self.fuse.resident(kernel, layout.threads as u32)?;
        let slots = resident as usize * self.multiprocessors as usize;
        let rows_per_block = rows_per_block(rows, plan.width, slots, elements_knob());
        let args = FuseArgs {
            streams,
            targets: buffers.targets,
            out: buffers.out,
            valid: buffers.valid.unwrap_or(0),
            stream_count: plan.streams.len() as u32,
            targets_per_row: plan.targets as u32,
            rows: rows as u32,
            width: plan.width as u32,
            out_element: element(plan.out_dtype)?,
            f64_targets: u32::from(plan.target_dtype == DType::F64),
            rows_per_block: rows_per_block as u32,
            any_slerp: u32::from(plan.streams.iter().any(|s| s.mode == InterpMode::Slerp)),
            fixed_columns: u32::from(layout.fixed_columns),
            padding: 0,
        };
        let config = LaunchConfig {
            grid_dim: (rows.div_ceil(rows_per_block) as u32, 1, 1),
            block_dim: (layout.threads as u32, 1, 1),
            shared_mem_bytes: 0,
        };
        let mut launch = stream.launch_builder(kernel);
        launch.arg(&args);
        // SAFETY: the caller vouches for the pointers and the validated plan;
        // the kernel indexes only within the plan's shapes.
        unsafe { launch.launch(config) }
            .map(|_| ())
            .map_err(driver_error("launching the fusion"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_of_few_chunks_keep_their_columns() {
        // Resampling 512 bf16 features (vectors of 8), the reference fusion
        // (588 features, vectors of 4), and a narrow stream.
        let fixed = |threads| Layout {
            fixed_columns: true,
            threads,
        };
        assert_eq!(Layout::of(64), fixed(256));
        assert_eq!(Layout::of(147), fixed(294));
        assert_eq!(Layout::of(3), fixed(255));
        assert_eq!(
            Layout::of(161),
            Layout {
                fixed_columns: false,
                threads: THREADS
            }
        );
        for chunks in 1..=MAX_THREADS / 2 {
            let layout = Layout::of(chunks);
            assert!(layout.fixed_columns, "{chunks} chunks");
            assert_eq!(layout.threads % chunks, 0, "{chunks} chunks: whole rows");
            assert!(layout.threads / chunks >= 2, "{chunks} chunks: two lanes");
            assert!(layout.threads <= MAX_THREADS, "{chunks} chunks: launch bound");
        }
    }

    #[test]
    fn blocks_cover_the_rows_in_one_wave() {
        // 132 multiprocessors with 4 resident blocks each.
        let slots = 528;
        assert_eq!(rows_per_block(256 * 50, 588, slots, None), 25);
        assert_eq!(rows_per_block(4 * 50, 588, slots, None), 1);
        // More rows than one wave of the largest blocks holds: several waves.
        assert_eq!(rows_per_block(1 << 20, 64, slots, None), MAX_ROWS_PER_BLOCK);
        // The knob fixes the elements per block instead.
        assert_eq!(rows_per_block(256 * 50, 588, slots, Some(16_384)), 27);
        assert_eq!(rows_per_block(10, 1 << 20, slots, Some(16_384)), 1);
    }
}
