//! The three operations, as builders: set what differs from the defaults,
//! then `run()`.

use std::ops::Range;

use robocache_core::{
    Check, DType, Deferred, Error, FusePlan, HostBuffer, HostData, InterpMode, Result, StreamRequest,
    VoxelGrid, VoxelMode, VoxelPlan, VoxelRequest, VoxelStats,
};

use robocache_cpu::{BufferPool, SparseOrder, SparseVoxels};

use crate::context::{dispatch, Context};
use crate::tensor::{Storage, Tensor, TensorRef};

/// Resampling of one batch of trajectories; made by [`Context::resample`].
///
/// ```
/// use robocache::{Context, TensorView};
/// let ctx = Context::cpu();
/// let job = ctx.resample(
///     TensorView::new(&[0.0f32, 1.0], [1, 2, 1])?,
///     TensorView::new(&[0.0f64, 1.0], [1, 2])?,
///     TensorView::new(&[0.5f64], [1, 1])?,
/// );
/// let out = job.with_validity().run()?;
/// assert_eq!(out.values.to_vec::<f32>()?, vec![0.5]);
/// assert_eq!(out.valid.unwrap().to_vec::<u8>()?, vec![1]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[must_use = "a resample does nothing until `run` is called"]
#[derive(Debug, Clone)]
pub struct Resample<'a> {
    context: &'a Context,
    stream: Stream<'a>,
    tgt_times: TensorRef<'a>,
    validity: bool,
}

/// The output of a [`Resample`]: values and, when asked for, validity.
///
/// ```
/// use robocache::{Context, TensorView};
/// let ctx = Context::cpu();
/// let job = ctx.resample(
///     TensorView::new(&[0.0f32, 1.0], [1, 2, 1])?,
///     TensorView::new(&[0.0f64, 1.0], [1, 2])?,
///     TensorView::new(&[0.5f64], [1, 1])?,
/// );
/// let out = job.with_validity().run()?;
/// assert_eq!(out.values.to_vec::<f32>()?, vec![0.5]);
/// assert_eq!(out.valid.unwrap().to_vec::<u8>()?, vec![1]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Resampled {
    /// `[B, T, D]`, the dtype of the input data.
    pub values: Tensor,
    /// `[B, T]` u8 validity mask, when asked for.
    pub valid: Option<Tensor>,
}

impl<'a> Resample<'a> {
    pub(crate) fn new(
        context: &'a Context,
        data: TensorRef<'a>,
        src_times: TensorRef<'a>,
        tgt_times: TensorRef<'a>,
    ) -> Self {
        Resample {
            context,
            stream: Stream::new(data, src_times),
            tgt_times,
            validity: false,
        }
    }

    /// The interpolation mode (default [`InterpMode::Linear`]).
    ///
    /// ```
    /// use robocache::{Context, InterpMode, TensorView};
    /// let ctx = Context::cpu();
    /// let out = ctx
    ///     .resample(
    ///         TensorView::new(&[1.0f32, 2.0], [1, 2, 1])?,
    ///         TensorView::new(&[0.0f64, 1.0], [1, 2])?,
    ///         TensorView::new(&[0.9f64], [1, 1])?,
    ///     )
    ///     .mode(InterpMode::Previous)
    ///     .run()?;
    /// assert_eq!(out.values.to_vec::<f32>()?, vec![1.0]); // zero-order hold
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn mode(mut self, mode: InterpMode) -> Self {
        self.stream = self.stream.mode(mode);
        self
    }

    /// Valid lengths `[B]` (u32) of ragged rows: samples past a row's length
    /// are ignored (neither read nor validated).
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// // Row 1 received only 2 of 3 samples; its padding is garbage.
    /// let data = [0.0f32, 1.0, 2.0, 5.0, 6.0, -1.0];
    /// let times = [0.0f64, 1.0, 2.0, 0.0, 1.0, f64::NAN];
    /// let out = ctx
    ///     .resample(
    ///         TensorView::new(&data, [2, 3, 1])?,
    ///         TensorView::new(&times, [2, 3])?,
    ///         TensorView::new(&[1.5f64, 1.5], [2, 1])?,
    ///     )
    ///     .lengths(TensorView::new(&[3u32, 2], [2])?)
    ///     .run()?;
    /// assert_eq!(out.values.to_vec::<f32>()?, vec![1.5, 6.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn lengths(mut self, lengths: impl Into<TensorRef<'a>>) -> Self {
        self.stream = self.stream.lengths(lengths);
        self
    }

    /// Also produce the validity mask `[B, T]`: 1 where the target lies
    /// within the row's recorded span, else 0.
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// let out = ctx
    ///     .resample(
    ///         TensorView::new(&[1.0f32, 2.0], [1, 2, 1])?,
    ///         TensorView::new(&[0.0f64, 1.0], [1, 2])?,
    ///         TensorView::new(&[-0.5f64, 0.5, 1.5], [1, 3])?,
    ///     )
    ///     .with_validity()
    ///     .run()?;
    /// assert_eq!(out.valid.unwrap().to_vec::<u8>()?, vec![0, 1, 0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn with_validity(mut self) -> Self {
        self.validity = true;
        self
    }

    /// Produce the validity mask, and mark valid only targets whose nearest
    /// source sample is within `seconds` (LeRobot's `tolerance_s`).
    ///
    /// ```
    /// use robocache::{Context, TensorView};
    /// let ctx = Context::cpu();
    /// let out = ctx
    ///     .resample(
    ///         TensorView::new(&[1.0f32, 2.0], [1, 2, 1])?,
    ///         TensorView::new(&[0.0f64, 1.0], [1, 2])?,
    ///         TensorView::new(&[0.125f64, 0.5], [1, 2])?,
    ///     )
    ///     .tolerance(0.25)
    ///     .run()?;
    /// assert_eq!(out.valid.unwrap().to_vec::<u8>()?, vec![1, 0]); // 0.5 s is 0.5 s from a sample
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn tolerance(mut self, seconds: f64) -> Self {
        self.stream = self.stream.tolerance(seconds);
        self.validity = true;
        self
    }

    /// Validates the input and resamples on the context's device.
    ///
    /// Errors ([`Error`]) name the offending tensor and, for times, the row
    /// and index; nothing is computed then.
    ///
    /// ```
    /// use robocache::{Context, Error, TensorView};
    /// let ctx = Context::cpu();
    /// let err = ctx
    ///     .resample(
    ///         TensorView::new(&[1.0f32, 2.0], [1, 2, 1])?,
    ///         TensorView::new(&[1.0f64, 0.0], [1, 2])?, // goes backwards
    ///         TensorView::new(&[0.5f64], [1, 1])?,
    ///     )
    ///     .run()
    ///     .unwrap_err();
    /// assert!(matches!(err, Error::DecreasingTime { .. }));
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn run(self) -> Result<Resampled> {
        let plan = FusePlan::resample(&self.stream.request(), &self.tgt_times.meta(), self.validity)?;
        let fused = run_fuse(self.context, &plan, &[self.stream], &self.tgt_times)?;
        Ok(Resampled {
            values: fused.values,
            valid: fused.valid,
        })
    }
}

/// One input of a fusion: samples, their times and how to interpolate them.
///
/// ```
/// use robocache::{InterpMode, Stream, TensorView};
/// let imu = vec![0.0f32; 200 * 12];
/// let imu_times: Vec<f64> = (0..200).map(|i| i as f64 / 200.0).collect();
/// let stream = Stream::new(TensorView::new(&imu, [1, 200, 12])?, TensorView::new(&imu_times, [1, 200])?)
///     .mode(InterpMode::Linear)
///     .tolerance(0.01);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Stream<'a> {
    data: TensorRef<'a>,
    times: TensorRef<'a>,
    lengths: Option<TensorRef<'a>>,
    mode: InterpMode,
    tolerance: Option<f64>,
}

impl<'a> Stream<'a> {
    /// A stream of `[B, S, D]` samples (f32, f16 or bf16) recorded at
    /// `[B, S]` times in seconds (f64, or f32 for episode-relative times).
    pub fn new(data: impl Into<TensorRef<'a>>, times: impl Into<TensorRef<'a>>) -> Self {
        Stream {
            data: data.into(),
            times: times.into(),
            lengths: None,
            mode: InterpMode::default(),
            tolerance: None,
        }
    }

    /// The interpolation mode (default [`InterpMode::Linear`]).
    ///
    /// ```
    /// use robocache::{InterpMode, Stream, TensorView};
    /// let gripper = [0.0f32, 1.0];
    /// let stream = Stream::new(TensorView::new(&gripper, [1, 2, 1])?, TensorView::new(&[0.0f64, 0.5], [1, 2])?)
    ///     .mode(InterpMode::Previous);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn mode(mut self, mode: InterpMode) -> Self {
        self.mode = mode;
        self
    }

    /// Valid lengths `[B]` (u32) of ragged rows; samples past a row's length
    /// are ignored.
    ///
    /// ```
    /// use robocache::{Stream, TensorView};
    /// let frames = [0.0f32; 2 * 3 * 8];
    /// let times = [0.0f64, 0.1, 0.2, 0.0, 0.1, 0.0];
    /// let lengths = [3u32, 2]; // the second episode dropped a frame
    /// let stream = Stream::new(TensorView::new(&frames, [2, 3, 8])?, TensorView::new(&times, [2, 3])?)
    ///     .lengths(TensorView::new(&lengths, [2])?);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn lengths(mut self, lengths: impl Into<TensorRef<'a>>) -> Self {
        self.lengths = Some(lengths.into());
        self
    }

    /// Largest distance, in seconds, from a target to this stream's nearest
    /// sample for the target to count as valid; turns on the fusion's
    /// validity mask.
    ///
    /// ```
    /// use robocache::{Context, Stream, TensorView};
    /// let ctx = Context::cpu();
    /// let fused = ctx
    ///     .fuse(TensorView::new(&[0.05f64, 0.5], [1, 2])?)
    ///     .stream(
    ///         Stream::new(TensorView::new(&[1.0f32, 2.0], [1, 2, 1])?, TensorView::new(&[0.0f64, 1.0], [1, 2])?)
    ///             .tolerance(0.1),
    ///     )
    ///     .run()?;
    /// assert_eq!(fused.valid.unwrap().to_vec::<u8>()?, vec![1, 0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn tolerance(mut self, seconds: f64) -> Self {
        self.tolerance = Some(seconds);
        self
    }

    fn request(&self) -> StreamRequest {
        StreamRequest {
            data: self.data.meta(),
            times: self.times.meta(),
            lengths: self.lengths.as_ref().map(TensorRef::meta),
            mode: self.mode,
            tolerance: self.tolerance,
        }
    }
}

/// Fusion of several streams onto one time grid; made by [`Context::fuse`].
///
/// ```
/// use robocache::{Context, Stream, TensorView};
/// let ctx = Context::cpu();
/// let times = [0.0f64, 1.0];
/// let job = ctx
///     .fuse(TensorView::new(&[0.25f64], [1, 1])?)
///     .stream(Stream::new(TensorView::new(&[0.0f32, 4.0], [1, 2, 1])?, TensorView::new(&times, [1, 2])?));
/// assert_eq!(job.run()?.values.to_vec::<f32>()?, vec![1.0]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[must_use = "a fusion does nothing until `run` is called"]
#[derive(Debug, Clone)]
pub struct Fuse<'a> {
    context: &'a Context,
    streams: Vec<Stream<'a>>,
    tgt_times: TensorRef<'a>,
    out_dtype: Option<DType>,
    validity: bool,
}

/// The output of a [`Fuse`]: the fused values, their column ranges per
/// stream, and, when asked for, validity.
///
/// ```
/// use robocache::{Context, Stream, TensorView};
/// let ctx = Context::cpu();
/// let times = [0.0f64, 1.0];
/// let fused = ctx
///     .fuse(TensorView::new(&[0.5f64], [1, 1])?)
///     .stream(Stream::new(TensorView::new(&[0.0f32; 6], [1, 2, 3])?, TensorView::new(&times, [1, 2])?).tolerance(1.0))
///     .run()?;
/// assert_eq!(fused.values.shape(), &[1, 1, 3]);
/// assert_eq!(fused.columns, vec![0..3]);
/// assert_eq!(fused.valid.unwrap().to_vec::<u8>()?, vec![1]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Fused {
    /// `[B, T, sum D_k]`, streams side by side in the order they were added.
    pub values: Tensor,
    /// `[B, T, K]` u8 validity, one column per stream, when asked for.
    pub valid: Option<Tensor>,
    /// The feature columns of each stream in `values`' last axis.
    pub columns: Vec<Range<usize>>,
}

impl<'a> Fuse<'a> {
    pub(crate) fn new(context: &'a Context, tgt_times: TensorRef<'a>) -> Self {
        Fuse {
            context,
            streams: Vec::new(),
            tgt_times,
            out_dtype: None,
            validity: false,
        }
    }

    /// Appends a stream; its features follow the previous stream's.
    ///
    /// ```
    /// use robocache::{Context, Stream, TensorView};
    /// let ctx = Context::cpu();
    /// let times = [0.0f64, 1.0];
    /// let fused = ctx
    ///     .fuse(TensorView::new(&[0.5f64], [1, 1])?)
    ///     .stream(Stream::new(TensorView::new(&[0.0f32, 2.0], [1, 2, 1])?, TensorView::new(&times, [1, 2])?))
    ///     .stream(Stream::new(TensorView::new(&[1.0f32, 1.0, 3.0, 5.0], [1, 2, 2])?, TensorView::new(&times, [1, 2])?))
    ///     .run()?;
    /// assert_eq!(fused.values.to_vec::<f32>()?, vec![1.0, 2.0, 3.0]);
    /// assert_eq!(fused.columns, vec![0..1, 1..3]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn stream(mut self, stream: Stream<'a>) -> Self {
        self.streams.push(stream);
        self
    }

    /// The output dtype. Default: the streams' common dtype if they agree,
    /// else f32.
    ///
    /// ```
    /// use robocache::{bf16, Context, DType, Stream, TensorView};
    /// let ctx = Context::cpu();
    /// let fused = ctx
    ///     .fuse(TensorView::new(&[0.5f64], [1, 1])?)
    ///     .stream(Stream::new(TensorView::new(&[0.0f32, 2.0], [1, 2, 1])?, TensorView::new(&[0.0f64, 1.0], [1, 2])?))
    ///     .out_dtype(DType::BF16)
    ///     .run()?;
    /// assert_eq!(fused.values.to_vec::<bf16>()?, vec![bf16::from_f32(1.0)]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn out_dtype(mut self, dtype: DType) -> Self {
        self.out_dtype = Some(dtype);
        self
    }

    /// Also produce the validity mask `[B, T, K]` (implied when any stream
    /// has a tolerance).
    ///
    /// ```
    /// use robocache::{Context, Stream, TensorView};
    /// let ctx = Context::cpu();
    /// let fused = ctx
    ///     .fuse(TensorView::new(&[1.5f64], [1, 1])?)
    ///     .stream(Stream::new(TensorView::new(&[0.0f32, 2.0], [1, 2, 1])?, TensorView::new(&[0.0f64, 1.0], [1, 2])?))
    ///     .with_validity()
    ///     .run()?;
    /// assert_eq!(fused.valid.unwrap().shape(), &[1, 1, 1]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn with_validity(mut self) -> Self {
        self.validity = true;
        self
    }

    /// Validates the input and fuses, in one pass over the output.
    ///
    /// Errors name the stream (`stream 2`, `streams[2].times`) besides the
    /// row and index.
    ///
    /// ```
    /// use robocache::{Context, Error, TensorView};
    /// let err = Context::cpu().fuse(TensorView::new(&[0.0f64], [1, 1])?).run().unwrap_err();
    /// assert_eq!(err, Error::NoStreams);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn run(self) -> Result<Fused> {
        let validity = self.validity || self.streams.iter().any(|s| s.tolerance.is_some());
        let requests: Vec<StreamRequest> = self.streams.iter().map(Stream::request).collect();
        let plan = FusePlan::fuse(&requests, &self.tgt_times.meta(), self.out_dtype, validity)?;
        run_fuse(self.context, &plan, &self.streams, &self.tgt_times)
    }
}

/// Runs a validated resample or fusion on the context's device.
fn run_fuse(
    context: &Context,
    plan: &FusePlan,
    streams: &[Stream<'_>],
    tgt_times: &TensorRef<'_>,
) -> Result<Fused> {
    let columns = plan
        .streams
        .iter()
        .map(|s| s.offset..s.offset + s.features)
        .collect();
    let (values, valid, check) = dispatch!(&context.inner.device,
        cpu(pool) => cpu_fuse(context, pool, plan, streams, tgt_times)?,
        gpu(g) => gpu_fuse(context, g, plan, streams, tgt_times)?,
    );
    let inputs = streams
        .iter()
        .flat_map(|s| [Some(&s.data), Some(&s.times), s.lengths.as_ref()])
        .chain([Some(tgt_times)])
        .flatten();
    let mut checks = unique_checks(inputs.flat_map(TensorRef::checks));
    checks.extend(check.map(|check| context.remember(check.as_check())));
    Ok(Fused {
        values: Tensor::new(context.clone(), plan.output_shape(), values).with_checks(checks.clone()),
        valid: valid.map(|v| Tensor::new(context.clone(), plan.validity_shape(), v).with_checks(checks)),
        columns,
    })
}

/// The rows of `sparse` sorted by their coordinates, `(cloud,) x, y, z`:
/// each cloud's voxels in grid order (SPEC section 3's layout), clouds in
/// order.
#[cfg(any(feature = "cuda", feature = "wgpu"))]
fn in_grid_order(sparse: SparseVoxels, plan: &VoxelPlan) -> SparseVoxels {
    let coord_width = sparse.coords.len() / sparse.len().max(1);
    let row = |r: usize| &sparse.coords[r * coord_width..(r + 1) * coord_width];
    // One integer key per row, the cloud's offset plus the voxel's linear
    // index: distinct, as the voxels are, and below the grid's size.
    let keys: Vec<u64> = (0..sparse.len())
        .map(|r| {
            // `(cloud,) x, y, z`, each within the grid, so none is negative.
            let (cloud, xyz) = row(r).split_at(coord_width - 3);
            let voxel = plan.grid.index_of([xyz[0], xyz[1], xyz[2]].map(|c| c as usize));
            let cloud = cloud.first().map_or(0, |&c| c as usize);
            (cloud * plan.voxels_per_cloud + voxel) as u64
        })
        .collect();
    let universe = (plan.clouds() as u64).saturating_mul(plan.voxels_per_cloud as u64);
    let order = grid_order(&keys, universe);
    let width = sparse.features.len() / sparse.len().max(1);
    SparseVoxels {
        coords: order.iter().flat_map(|&r| row(r as usize)).copied().collect(),
        counts: order.iter().map(|&r| sparse.counts[r as usize]).collect(),
        features: order
            .iter()
            .flat_map(|&r| &sparse.features[r as usize * width..(r as usize + 1) * width])
            .copied()
            .collect(),
        stats: sparse.stats,
    }
}

/// The rows of `keys` (distinct, each below `universe`) in ascending order
/// of their keys.
///
/// Where the keys are not too sparse in their universe (a lidar cloud's
/// voxels in its grid), each key's place comes from a bitmap of the keys
/// present (a bit per possible key, 96 KB for a 768 000-voxel grid) and the
/// count of keys before each of its words: two passes over the keys and one
/// over the bitmap, where a radix sort makes a pass per byte of key. For
/// 17 000 voxels of that grid it took 120-160 us on the 2-core machine,
/// the radix sort 330-500 us (comparing coordinate slices, before either,
/// took 2.4 ms for a cloud of that size).
#[cfg(any(feature = "cuda", feature = "wgpu"))]
fn grid_order(keys: &[u64], universe: u64) -> Vec<u32> {
    let words = universe.div_ceil(64);
    // A bitmap much larger than the keys would cost more to clear and scan
    // than sorting them.
    if words > 16 * keys.len() as u64 + 1024 {
        let mut keyed: Vec<(u64, u32)> = keys.iter().enumerate().map(|(r, &k)| (k, r as u32)).collect();
        radsort::sort_by_key(&mut keyed, |&(key, _)| key);
        return keyed.into_iter().map(|(_, r)| r).collect();
    }
    let mut present = vec![0u64; words as usize];
    for &key in keys {
        present[(key / 64) as usize] |= 1 << (key % 64);
    }
    let mut before = Vec::with_capacity(present.len());
    let mut seen = 0u32;
    for word in &present {
        before.push(seen);
        seen += word.count_ones();
    }
    let mut order = vec![0u32; keys.len()];
    for (r, &key) in keys.iter().enumerate() {
        let (word, bit) = ((key / 64) as usize, key % 64);
        let lower = present[word] & ((1u64 << bit) - 1);
        order[(before[word] + lower.count_ones()) as usize] = r as u32;
    }
    order
}

/// `checks` without repeats: a chain of calls would otherwise carry each
/// check once per path to it.
pub(crate) fn unique_checks<'c>(checks: impl Iterator<Item = &'c Check>) -> Vec<Check> {
    let mut unique: Vec<Check> = Vec::new();
    for check in checks {
        if !unique.iter().any(|c| c.same(check)) {
            unique.push(check.clone());
        }
    }
    unique
}

/// A fusion's output, its validity mask, and the check that only the
/// device could make of its inputs, if there was one.
type FuseOutput = (Storage, Option<Storage>, Option<Deferred<()>>);

fn cpu_fuse(
    context: &Context,
    pool: &BufferPool,
    plan: &FusePlan,
    streams: &[Stream<'_>],
    tgt_times: &TensorRef<'_>,
) -> Result<FuseOutput> {
    let mut values = pool.take(plan.out_dtype, plan.output_len()?, "the resampled output")?;
    let mut valid = if plan.validity {
        let len = plan.validity_shape().iter().product();
        Some(pool.take(DType::U8, len, "the validity mask")?)
    } else {
        None
    };
    let name = |k: usize, part: &str| robocache_core::stream_tensor_name(plan.single, k, part);
    let inputs = streams
        .iter()
        .enumerate()
        .map(|(k, s)| {
            Ok(robocache_cpu::StreamInput {
                data: s.data.host_data(context, &name(k, "data"))?,
                times: s.times.host_data(context, &name(k, "times"))?,
                lengths: match &s.lengths {
                    Some(lengths) => Some(u32_slice(lengths.host_data(context, &name(k, "lengths"))?)?),
                    None => None,
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let targets = tgt_times.host_data(context, "tgt_times")?;
    let valid_slice = match valid.as_mut() {
        Some(HostBuffer::U8(v)) => Some(&mut v[..]),
        _ => None,
    };
    robocache_cpu::fuse(plan, &inputs, targets, values.view_mut(), valid_slice)?;
    Ok((Storage::Host(values), valid.map(Storage::Host), None))
}

#[cfg(any(feature = "cuda", feature = "wgpu"))]
fn gpu_fuse<R: robocache_cubecl::cubecl::Runtime>(
    context: &Context,
    gpu: &robocache_cubecl::Gpu<R>,
    plan: &FusePlan,
    streams: &[Stream<'_>],
    tgt_times: &TensorRef<'_>,
) -> Result<FuseOutput> {
    let name = |k: usize, part: &str| robocache_core::stream_tensor_name(plan.single, k, part);
    let inputs = streams
        .iter()
        .enumerate()
        .map(|(k, s)| {
            Ok(robocache_cubecl::GpuStream {
                data: s.data.gpu_input(context, &name(k, "data"))?,
                times: s.times.gpu_input(context, &name(k, "times"))?,
                lengths: match &s.lengths {
                    Some(lengths) => Some(lengths.gpu_input(context, &name(k, "lengths"))?),
                    None => None,
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let targets = tgt_times.gpu_input(context, "tgt_times")?;
    let (values, valid, check) = gpu.fuse(plan, &inputs, targets)?;
    Ok((Storage::Gpu(values), valid.map(Storage::Gpu), check))
}

/// Lengths were checked to be u32 by the plan; this narrows the enum.
pub(crate) fn u32_slice(data: HostData<'_>) -> Result<&[u32]> {
    data.as_slice::<u32>().ok_or(Error::DTypeMismatch {
        tensor: "lengths".to_string(),
        expected: "u32",
        actual: data.dtype(),
    })
}

/// Points and features were checked to be f32 by the plan; this narrows the enum.
pub(crate) fn f32_slice<'b>(data: HostData<'b>, name: &str) -> Result<&'b [f32]> {
    data.as_slice::<f32>().ok_or(Error::DTypeMismatch {
        tensor: name.to_string(),
        expected: "f32",
        actual: data.dtype(),
    })
}

/// Voxelization of one or a batch of point clouds; made by
/// [`Context::voxelize`].
///
/// ```
/// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
/// let ctx = Context::cpu();
/// let job = ctx.voxelize(TensorView::points(&[[0.5, 0.5, 0.5]]), VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]), VoxelMode::Occupancy);
/// assert_eq!(job.run()?.voxels.to_vec::<u8>()?, vec![1, 0]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[must_use = "a voxelization does nothing until `run` is called"]
#[derive(Debug, Clone)]
pub struct Voxelize<'a> {
    context: &'a Context,
    points: TensorRef<'a>,
    features: Option<TensorRef<'a>>,
    lengths: Option<TensorRef<'a>>,
    grid: VoxelGrid,
    mode: VoxelMode,
}

/// The output of a [`Voxelize`]: the grid and each cloud's kept/dropped counts.
///
/// On a GPU the counts come back from the device after the call has
/// returned: [`stats`](Voxelized::stats) waits for them, and so does
/// reading the grid, which reports the error the device found instead
/// (non-finite features or bad lengths of device-resident inputs).
///
/// ```
/// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
/// let points = [[0.5f32, 0.5, 0.5], [f32::NAN, 0.0, 0.0]];
/// let out = Context::cpu()
///     .voxelize(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]), VoxelMode::Count)
///     .run()?;
/// assert_eq!(out.voxels.to_vec::<u32>()?, vec![1]);
/// assert_eq!((out.stats()?[0].kept, out.stats()?[0].non_finite), (1, 1));
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Voxelized {
    /// `[(B,) X, Y, Z]` (count: u32, occupancy: u8) or `[(B,) X, Y, Z, F]`
    /// (mean, max: f32).
    pub voxels: Tensor,
    stats: Deferred<Vec<VoxelStats>>,
    /// The unsettled device checks of the inputs: counts of invalid input
    /// are no more valid than its grid.
    input_checks: Vec<Check>,
}

impl Voxelized {
    /// Kept and dropped points of each cloud (one entry when not batched),
    /// waiting for the device if it has not said yet; or the error a check
    /// on the device found in the input.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
    /// let points = [0.5f32, 0.5, 0.5, 9.0, 0.0, 0.0];
    /// let out = Context::cpu()
    ///     .voxelize(TensorView::new(&points, [2, 1, 3])?, VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]), VoxelMode::Count)
    ///     .run()?;
    /// assert_eq!(out.stats()?.len(), 2);
    /// assert_eq!(out.stats()?[1].out_of_grid, 1);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn stats(&self) -> Result<&[VoxelStats]> {
        self.input_checks.iter().try_for_each(Check::verdict)?;
        self.stats.get().map(Vec::as_slice)
    }

    /// Kept and dropped points over all clouds (see [`stats`](Self::stats)).
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
    /// let points = [0.5f32, 0.5, 0.5, 9.0, 0.0, 0.0];
    /// let out = Context::cpu()
    ///     .voxelize(TensorView::new(&points, [2, 1, 3])?, VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]), VoxelMode::Count)
    ///     .run()?;
    /// assert_eq!(out.total_stats()?.kept, 1);
    /// assert_eq!(out.total_stats()?.out_of_grid, 1);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn total_stats(&self) -> Result<VoxelStats> {
        Ok(self
            .stats()?
            .iter()
            .fold(VoxelStats::default(), |a, &b| a.merge(b)))
    }
}

impl<'a> Voxelize<'a> {
    pub(crate) fn new(context: &'a Context, points: TensorRef<'a>, grid: VoxelGrid, mode: VoxelMode) -> Self {
        Voxelize {
            context,
            points,
            features: None,
            lengths: None,
            grid,
            mode,
        }
    }

    /// Per-point features `[N, F]` (or `[B, Nmax, F]`), f32; needed by
    /// [`VoxelMode::Mean`] and [`VoxelMode::Max`], ignored by the others.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
    /// let points = [[0.2f32, 0.2, 0.2], [0.8, 0.8, 0.8]];
    /// let intensity = [1.0f32, 3.0];
    /// let out = Context::cpu()
    ///     .voxelize(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]), VoxelMode::Mean)
    ///     .features(TensorView::new(&intensity, [2, 1])?)
    ///     .run()?;
    /// assert_eq!(out.voxels.shape(), &[1, 1, 1, 1]);
    /// assert_eq!(out.voxels.to_vec::<f32>()?, vec![2.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn features(mut self, features: impl Into<TensorRef<'a>>) -> Self {
        self.features = Some(features.into());
        self
    }

    /// Points per cloud `[B]` (u32) of a batched `[B, Nmax, 3]` call; slots
    /// past a cloud's length are ignored. A cloud may be empty.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid, VoxelMode};
    /// // Two scans padded to 2 points; the second has none.
    /// let points = [0.5f32, 0.5, 0.5, 1.5, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0];
    /// let out = Context::cpu()
    ///     .voxelize(TensorView::new(&points, [2, 2, 3])?, VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]), VoxelMode::Count)
    ///     .lengths(TensorView::new(&[2u32, 0], [2])?)
    ///     .run()?;
    /// assert_eq!(out.voxels.shape(), &[2, 2, 1, 1]);
    /// assert_eq!(out.voxels.to_vec::<u32>()?, vec![1, 1, 0, 0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn lengths(mut self, lengths: impl Into<TensorRef<'a>>) -> Self {
        self.lengths = Some(lengths.into());
        self
    }

    /// Validates the input and voxelizes on the context's device.
    ///
    /// ```
    /// use robocache::{Context, Error, TensorView, VoxelGrid, VoxelMode};
    /// let grid = VoxelGrid::new([0.0; 3], [0.0, 1.0, 1.0], [4; 3]); // zero-size voxels
    /// let err = Context::cpu().voxelize(TensorView::points(&[[0.0; 3]]), grid, VoxelMode::Count).run().unwrap_err();
    /// assert!(matches!(err, Error::InvalidGrid { parameter: "voxel_size", axis: 0, .. }));
    /// ```
    pub fn run(self) -> Result<Voxelized> {
        let context = self.context;
        let plan = self.plan()?;
        let (voxels, stats) = dispatch!(&context.inner.device,
            cpu(pool) => self.run_on_cpu(pool, &plan)?,
            gpu(g) => self.run_on_gpu(g, &plan)?,
        );
        let input_checks = self.input_checks();
        let mut checks = input_checks.clone();
        if !stats.is_settled() {
            checks.push(context.remember(stats.as_check()));
        }
        Ok(Voxelized {
            voxels: Tensor::new(context.clone(), plan.output_shape(), voxels).with_checks(checks),
            stats,
            input_checks,
        })
    }

    /// The unsettled device checks of the inputs, which the grid inherits.
    fn input_checks(&self) -> Vec<Check> {
        let inputs = [Some(&self.points), self.features.as_ref(), self.lengths.as_ref()];
        unique_checks(inputs.into_iter().flatten().flat_map(TensorRef::checks))
    }

    /// Validates the input and voxelizes into the occupied voxels only:
    /// SPEC section 6's sparse output, coordinates plus values, in `order`
    /// within each cloud. A lidar grid is mostly empty, and this costs its
    /// points, not its cells.
    ///
    /// Coordinates, counts and order are the same on every backend, and so
    /// are the values where [`run`](Self::run)'s are (a mean's last bits may
    /// differ between the CPU and a GPU; see [`VoxelMode::Mean`]). No
    /// backend makes the dense grid: the GPUs run dynamic voxelization
    /// ([`Context::voxelize_points`]) and its reductions, and read the
    /// occupied voxels back. On the CUDA PTX path the dense mean comes from
    /// the PTX kernel and the sparse one from that reduction, so a mean may
    /// differ from `run`'s in its last bits there too.
    ///
    /// ```
    /// use robocache::{Context, SparseOrder, TensorView, VoxelGrid, VoxelMode};
    /// let points = [[1.5f32, 0.5, 0.5], [0.5, 0.5, 0.5], [1.2, 0.1, 0.9], [7.0, 0.0, 0.0]];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
    /// let out = Context::cpu()
    ///     .voxelize(TensorView::points(&points), grid, VoxelMode::Count)
    ///     .run_sparse(SparseOrder::FirstPoint)?;
    /// assert_eq!(out.coords, [1, 0, 0, 0, 0, 0]); // (1, 0, 0) is reached first
    /// assert_eq!(out.counts, [2, 1]);
    /// assert_eq!(out.stats[0].out_of_grid, 1);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn run_sparse(self, order: SparseOrder) -> Result<SparseVoxels> {
        let plan = self.plan()?;
        Ok(dispatch!(&self.context.inner.device,
            cpu(_) => robocache_cpu::voxelize_sparse(&plan, self.cpu_input()?, order)?,
            gpu(_gpu) => self.sparse_on_gpu(&plan, order)?,
        ))
    }

    fn plan(&self) -> Result<VoxelPlan> {
        VoxelPlan::new(&VoxelRequest {
            points: self.points.meta(),
            features: self.features.as_ref().map(TensorRef::meta),
            lengths: self.lengths.as_ref().map(TensorRef::meta),
            grid: self.grid,
            mode: self.mode,
        })
    }

    /// The occupied voxels from dynamic voxelization on the device, which
    /// numbers them by first kept point; the grid order is a sort of the
    /// coordinates on the host. The dense grid is never made.
    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    fn sparse_on_gpu(&self, plan: &VoxelPlan, order: SparseOrder) -> Result<SparseVoxels> {
        let mut job = self.context.voxelize_points(self.points.clone(), self.grid);
        if let Some(lengths) = &self.lengths {
            job = job.lengths(lengths.clone());
        }
        let dynamic = job.dynamic()?;
        let reduction = match plan.mode {
            VoxelMode::Mean => Some(robocache_core::PointReduction::Mean),
            VoxelMode::Max => Some(robocache_core::PointReduction::Max),
            VoxelMode::Count | VoxelMode::Occupancy => None,
        };
        let features = match (reduction, &self.features) {
            (Some(reduction), Some(features)) => {
                dynamic.reduce(features.clone(), reduction)?.to_vec::<f32>()?
            }
            _ => Vec::new(),
        };
        let mut out = SparseVoxels {
            coords: dynamic.coords.to_vec::<i32>()?,
            counts: dynamic.counts.to_vec::<u32>()?,
            features,
            stats: dynamic.stats().to_vec(),
        };
        if order == SparseOrder::Grid {
            out = in_grid_order(out, plan);
        }
        Ok(out)
    }

    fn cpu_input(&self) -> Result<robocache_cpu::VoxelInput<'_>> {
        let context = self.context;
        Ok(robocache_cpu::VoxelInput {
            points: f32_slice(self.points.host_data(context, "points")?, "points")?,
            features: match (&self.features, self.mode.needs_features()) {
                (Some(features), true) => {
                    Some(f32_slice(features.host_data(context, "features")?, "features")?)
                }
                _ => None,
            },
            lengths: match &self.lengths {
                Some(lengths) => Some(u32_slice(lengths.host_data(context, "lengths")?)?),
                None => None,
            },
        })
    }

    fn run_on_cpu(
        &self,
        pool: &BufferPool,
        plan: &VoxelPlan,
    ) -> Result<(Storage, Deferred<Vec<VoxelStats>>)> {
        let mut voxels = pool.take(self.mode.output_dtype(), plan.output_len()?, "the voxel grid")?;
        let stats = robocache_cpu::voxelize(plan, self.cpu_input()?, voxels.view_mut(), pool)?;
        Ok((Storage::Host(voxels), Deferred::ready(Ok(stats))))
    }

    #[cfg(any(feature = "cuda", feature = "wgpu"))]
    fn run_on_gpu<R: robocache_cubecl::cubecl::Runtime>(
        &self,
        gpu: &robocache_cubecl::Gpu<R>,
        plan: &VoxelPlan,
    ) -> Result<(Storage, Deferred<Vec<VoxelStats>>)> {
        let context = self.context;
        let points = self.points.gpu_input(context, "points")?;
        let features = match &self.features {
            Some(features) => Some(features.gpu_input(context, "features")?),
            None => None,
        };
        let lengths = match &self.lengths {
            Some(lengths) => Some(lengths.gpu_input(context, "lengths")?),
            None => None,
        };
        let (voxels, stats) = gpu.voxelize(plan, points, features, lengths)?;
        Ok((Storage::Gpu(voxels), stats))
    }
}

#[cfg(all(test, any(feature = "cuda", feature = "wgpu")))]
mod tests {
    use super::grid_order;

    /// Distinct keys below `universe`, in a scrambled order.
    fn scrambled_keys(count: usize, universe: u64) -> Vec<u64> {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut keys = std::collections::BTreeSet::new();
        while keys.len() < count {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            keys.insert((state >> 11) % universe);
        }
        let mut keys: Vec<u64> = keys.into_iter().collect();
        for i in (1..keys.len()).rev() {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            keys.swap(i, (state >> 33) as usize % (i + 1));
        }
        keys
    }

    #[test]
    fn grid_order_sorts_dense_and_sparse_keys_alike() {
        // Dense in a lidar grid (the bitmap), sparse in a huge one (the
        // radix sort), keys on word edges, none, and one.
        for (count, universe) in [(17_000, 768_000), (5_000, 1 << 40), (64, 64), (0, 100), (1, 1)] {
            let keys = scrambled_keys(count, universe);
            let order = grid_order(&keys, universe);
            let sorted: Vec<u64> = order.iter().map(|&r| keys[r as usize]).collect();
            let mut want = keys.clone();
            want.sort_unstable();
            assert_eq!(sorted, want, "{count} keys below {universe}");
        }
    }
}
