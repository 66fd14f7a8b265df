//! # robocache
//!
//! Prepares robot sensor data for learning and control, on the CPU and GPUs:
//!
//! - **Trajectory resampling** ([`Context::resample`]): batches of
//!   trajectories `[B, S, D]` recorded at uneven times, resampled to target
//!   times `[B, T]` by linear, nearest, zero-order-hold or quaternion-slerp
//!   interpolation ([`InterpMode`]).
//! - **Multimodal fusion** ([`Context::fuse`]): several sensor streams at
//!   different rates aligned to one time grid and concatenated, in one pass.
//! - **Point-cloud voxelization** ([`Context::voxelize`]): points scattered
//!   into a dense grid: count, occupancy, mean or max of per-point features
//!   ([`VoxelMode`]).
//!
//! Every call goes through a [`Context`], which owns one backend
//! ([`Backend`]). Inputs are zero-copy [`TensorView`]s of your slices or
//! [`Tensor`]s already on the context's device; outputs are [`Tensor`]s on
//! that device, so operations chain without host round trips. Bad input is a
//! typed [`Error`] saying what and where, never a panic.
//!
//! ```
//! use robocache::{Context, InterpMode, TensorView};
//!
//! let ctx = Context::new(robocache::Backend::Auto)?;
//! // One trajectory of 3 samples with 2 features, recorded at uneven times.
//! let data = [0.0f32, 0.0, 1.0, 10.0, 3.0, 30.0];
//! let src_times = [0.0f64, 0.1, 0.3];
//! let tgt_times = [0.05f64, 0.2, 0.5];
//! let out = ctx
//!     .resample(
//!         TensorView::new(&data, [1, 3, 2])?,
//!         TensorView::new(&src_times, [1, 3])?,
//!         TensorView::new(&tgt_times, [1, 3])?,
//!     )
//!     .mode(InterpMode::Linear)
//!     .with_validity()
//!     .run()?;
//! assert_eq!(out.values.to_vec::<f32>()?, vec![0.5, 5.0, 2.0, 20.0, 3.0, 30.0]);
//! assert_eq!(out.valid.unwrap().to_vec::<u8>()?, vec![1, 1, 0]); // 0.5 s is past the end
//! # Ok::<(), robocache::Error>(())
//! ```
//!
//! The exact semantics of each operation are in the rustdoc of its builder
//! and of the mode enums; all backends meet them and one conformance suite
//! checks it.

#![warn(missing_docs)]

mod context;
mod detector;
mod ops;
mod pending;
mod records;
mod split;
mod tensor;

pub use context::{
    available_backends, available_devices, cuda_device_count, Backend, Context, DeviceInfo, BACKEND_ENV,
    CPU_CACHE_LIMIT_BYTES,
};
pub use detector::{DynamicVoxelized, HardVoxelized, VoxelizePoints};
pub use ops::{Fuse, Fused, Resample, Resampled, Stream, Voxelize, Voxelized};
pub use records::UnpackedPoints;
pub use robocache_core::{
    DType, Element, Error, HardLimits, HostData, InterpMode, KernelPath, PointRecordLayout, PointReduction,
    RecordValue, Result, Sample, TimeLocation, TimeRole, VoxelGrid, VoxelMode, VoxelStats, KERNEL_PATH_ENV,
};
pub use robocache_cpu::{SparseOrder, SparseVoxels};
#[cfg(any(feature = "cuda", feature = "wgpu"))]
#[doc(hidden)]
pub use robocache_cubecl::InjectedFault;
/// Where compiled GPU kernels are kept between processes (CubeCL's CUDA
/// kernels); [`KERNEL_CACHE_ENV`] moves it or turns it off.
#[cfg(any(feature = "cuda", feature = "wgpu"))]
pub use robocache_cubecl::{kernel_cache_dir, KERNEL_CACHE_ENV};
pub use split::{batch_shares, split_batch};
pub use tensor::{Tensor, TensorRef, TensorView};

/// Re-exported so callers can name f16 and bf16 data without a direct dependency.
pub use half::{bf16, f16};

/// The wgpu version robocache's wgpu backend runs on, for
/// [`Context::from_wgpu`].
#[cfg(feature = "wgpu")]
pub use wgpu;

/// The CUDA driver bindings robocache's CUDA backend runs on, for
/// [`Context::cuda_on_stream`] and [`Tensor::cuda_pointer`].
#[cfg(feature = "cuda")]
pub use robocache_cubecl::cudarc;

impl Context {
    /// Resamples a batch of trajectories at new times.
    ///
    /// - `data`: `[B, S, D]` samples, f32, f16 or bf16; the output has the
    ///   same dtype, computed in f32 and rounded once.
    /// - `src_times`: `[B, S]` seconds, f64 (Unix-epoch times work: each
    ///   difference is taken in f64 before any f32 arithmetic) or f32;
    ///   finite and non-decreasing in each row.
    /// - `tgt_times`: `[B, T]` seconds, finite, in any order.
    ///
    /// Targets outside a row's recorded span hold the edge sample; a row of
    /// one sample holds it everywhere. `B`, `S` and `D` must be at least 1
    /// (an empty axis is an [`Error::EmptyAxis`]); `T` may be 0, giving an
    /// empty output. See [`InterpMode`] for each mode and [`Resample`] for
    /// ragged rows, validity and tolerance.
    ///
    /// ```
    /// use robocache::{Context, InterpMode, TensorView};
    /// let ctx = Context::cpu();
    /// let data = [0.0f32, 1.0, 2.0];
    /// let out = ctx
    ///     .resample(
    ///         TensorView::new(&data, [1, 3, 1])?,
    ///         TensorView::new(&[0.0f64, 1.0, 2.0], [1, 3])?,
    ///         TensorView::new(&[0.4f64, 1.6], [1, 2])?,
    ///     )
    ///     .mode(InterpMode::Nearest)
    ///     .run()?;
    /// assert_eq!(out.values.to_vec::<f32>()?, vec![0.0, 2.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn resample<'a>(
        &'a self,
        data: impl Into<TensorRef<'a>>,
        src_times: impl Into<TensorRef<'a>>,
        tgt_times: impl Into<TensorRef<'a>>,
    ) -> Resample<'a> {
        Resample::new(self, data.into(), src_times.into(), tgt_times.into())
    }

    /// The simple case of [`Context::resample`], on plain slices: `data` is
    /// `[B, S, D]` as `shape` says, `src_times` `[B, S]`, `tgt_times`
    /// `[B, T]` (T follows from its length), all f64 seconds; the result is
    /// the `[B, T, D]` values in `data`'s dtype.
    ///
    /// ```
    /// use robocache::{Context, InterpMode};
    /// let ctx = Context::cpu();
    /// let joints = [0.0f32, 10.0, 20.0]; // one episode, 3 samples, 1 joint
    /// let out = ctx.resample_slices(&joints, [1, 3, 1], &[0.0, 0.1, 0.2], &[0.05, 0.15], InterpMode::Linear)?;
    /// assert_eq!(out, vec![5.0, 15.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn resample_slices<T: Sample>(
        &self,
        data: &[T],
        shape: [usize; 3],
        src_times: &[f64],
        tgt_times: &[f64],
        mode: InterpMode,
    ) -> Result<Vec<T>> {
        let [batch, samples, _] = shape;
        let targets = tgt_times.len().checked_div(batch).unwrap_or(0);
        let out = self
            .resample(
                TensorView::named(data, &shape, "data")?,
                TensorView::named(src_times, &[batch, samples], "src_times")?,
                TensorView::named(tgt_times, &[batch, targets], "tgt_times")?,
            )
            .mode(mode)
            .run()?;
        out.values.into_vec()
    }

    /// Aligns several sensor streams to one time grid `[B, T]` and
    /// concatenates them along the feature axis: `[B, T, sum D_k]`.
    ///
    /// Each [`Stream`] has its own rate, length, dtype and mode and is
    /// resampled exactly as [`Context::resample`] would; the whole fusion is
    /// one pass over the output.
    ///
    /// ```
    /// use robocache::{Context, InterpMode, Stream, TensorView};
    /// let ctx = Context::cpu();
    /// let joints = [0.0f32, 2.0]; // 2 samples, 1 feature
    /// let gripper = [0.0f32, 1.0, 1.0]; // 3 samples, 1 feature
    /// let fused = ctx
    ///     .fuse(TensorView::new(&[0.5f64], [1, 1])?)
    ///     .stream(Stream::new(TensorView::new(&joints, [1, 2, 1])?, TensorView::new(&[0.0f64, 1.0], [1, 2])?))
    ///     .stream(
    ///         Stream::new(TensorView::new(&gripper, [1, 3, 1])?, TensorView::new(&[0.0f64, 0.4, 0.8], [1, 3])?)
    ///             .mode(InterpMode::Previous),
    ///     )
    ///     .run()?;
    /// assert_eq!(fused.values.shape(), &[1, 1, 2]);
    /// assert_eq!(fused.values.to_vec::<f32>()?, vec![1.0, 1.0]);
    /// assert_eq!(fused.columns, vec![0..1, 1..2]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn fuse<'a>(&'a self, tgt_times: impl Into<TensorRef<'a>>) -> Fuse<'a> {
        Fuse::new(self, tgt_times.into())
    }

    /// Scatters points `[N, 3]` (or a batch `[B, Nmax, 3]`), f32, into a dense
    /// voxel grid.
    ///
    /// A point's voxel is `floor((p - origin) * (1 / voxel_size))` per axis in
    /// f32, the same expression on every backend; points outside the grid or
    /// with a NaN/infinite coordinate are dropped and counted in
    /// [`Voxelized::stats`]. The output is laid out `[X, Y, Z]` (`[X, Y, Z, F]`
    /// for feature modes) so `grid[x][y][z]` reads as written. A cloud may be
    /// empty (a frame with no return): its grid is all zeros. A grid that the
    /// device cannot hold is an [`Error::TooLarge`] or [`Error::OutOfMemory`]
    /// before anything is allocated.
    ///
    /// Every mode is deterministic: `Count`, `Occupancy` and `Max` are exact,
    /// and `Mean` sums each voxel's points in point order (in f64 on the CPU),
    /// so reruns agree bit for bit. `Max` orders `-0.0` below `+0.0`. The
    /// features of dropped points are not read; a NaN or infinite feature of
    /// a kept point is an error naming the first such point.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
    /// let ctx = Context::cpu();
    /// let points = [[0.1f32, 0.1, 0.1], [0.2, 0.3, 0.1], [1.5, 0.5, 0.5], [f32::NAN, 0.0, 0.0]];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
    /// let out = ctx.voxelize(TensorView::points(&points), grid, VoxelMode::Count).run()?;
    /// assert_eq!(out.voxels.to_vec::<u32>()?, vec![2, 1]);
    /// assert_eq!(out.stats()?[0].kept, 3);
    /// assert_eq!(out.stats()?[0].non_finite, 1);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn voxelize<'a>(
        &'a self,
        points: impl Into<TensorRef<'a>>,
        grid: VoxelGrid,
        mode: VoxelMode,
    ) -> Voxelize<'a> {
        Voxelize::new(self, points.into(), grid, mode)
    }

    /// Voxelizes points `[N, 3]` (or a batch `[B, Nmax, 3]`), f32, the way
    /// 3D detectors take them (SPEC section 6): hard voxelization
    /// ([`VoxelizePoints::hard`], PointPillars' and SECOND's input) or the
    /// dynamic point-to-voxel map with reductions over it
    /// ([`VoxelizePoints::dynamic`]).
    ///
    /// The voxel formula and dropping rules are [`Context::voxelize`]'s, but
    /// no dense grid is made, so only one cloud's grid must fit u32 voxel
    /// indices (1408 x 1600 x 40 and larger are fine). Voxels are numbered
    /// per cloud in the order of their first kept point in input order:
    /// every backend and every rerun gives the same rows.
    ///
    /// ```
    /// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
    /// let ctx = Context::cpu();
    /// let points = [[0.1f32, 0.1, 0.1], [1.5, 0.5, 0.5], [0.2, 0.3, 0.1]];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
    /// let hard = ctx.voxelize_points(TensorView::points(&points), grid).hard(HardLimits::new(32, 12_000))?;
    /// assert_eq!(hard.voxels.shape(), &[2, 32, 3]);
    /// assert_eq!(hard.num_points.to_vec::<u32>()?, vec![2, 1]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn voxelize_points<'a>(
        &'a self,
        points: impl Into<TensorRef<'a>>,
        grid: VoxelGrid,
    ) -> VoxelizePoints<'a> {
        VoxelizePoints::new(self, points.into(), grid)
    }
}
