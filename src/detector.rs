//! Voxelization for 3D detectors (SPEC section 6): hard voxelization,
//! dynamic voxelization and the reductions over dynamic voxels, on every
//! backend with the same rows.

use robocache_core::{
    Check, DType, Deferred, Error, HardLimits, HostBuffer, PillarLayout, PointReduction, PointsPlan, Result,
    TensorMeta, VoxelGrid, VoxelStats,
};

use crate::context::{dispatch, Context};
use crate::ops::{f32_slice, u32_slice, unique_checks};
use crate::tensor::{Storage, Tensor, TensorRef};

/// Voxelization of points for detectors; made by
/// [`Context::voxelize_points`]. [`hard`](Self::hard) and
/// [`dynamic`](Self::dynamic) run it.
///
/// Voxels are numbered per cloud in the order of their first kept point in
/// input order, on every backend, so the outputs are the same everywhere
/// and on every rerun. Both forms wait once for the device, for the number
/// of voxels that sizes their outputs.
///
/// ```
/// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
/// let points = [[1.5f32, 0.5, 0.5], [0.5, 0.5, 0.5], [1.2, 0.1, 0.9]];
/// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
/// let hard = Context::cpu().voxelize_points(TensorView::points(&points), grid).hard(HardLimits::new(2, 10))?;
/// assert_eq!(hard.coords.to_vec::<i32>()?, vec![1, 0, 0, 0, 0, 0]);
/// assert_eq!(hard.num_points.to_vec::<u32>()?, vec![2, 1]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[must_use = "a voxelization does nothing until `hard` or `dynamic` is called"]
#[derive(Debug, Clone)]
pub struct VoxelizePoints<'a> {
    context: &'a Context,
    points: TensorRef<'a>,
    features: Option<TensorRef<'a>>,
    lengths: Option<TensorRef<'a>>,
    grid: VoxelGrid,
}

/// A hard voxelization's output: at most M voxels per cloud of at most P
/// points each.
///
/// ```
/// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
/// let points = [[0.5f32, 0.5, 0.5], [0.6, 0.5, 0.5], [1.5, 0.5, 0.5]];
/// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
/// // One point per voxel, one voxel: the second point's voxel is full, the
/// // third point's voxel is past the cap.
/// let hard = Context::cpu().voxelize_points(TensorView::points(&points), grid).hard(HardLimits::new(1, 1))?;
/// assert_eq!(hard.voxels.shape(), &[1, 1, 3]);
/// let stats = hard.stats()?[0];
/// assert_eq!((stats.kept, stats.voxel_full, stats.over_max_voxels), (1, 1, 1));
/// assert_eq!(hard.voxels_found(), &[2]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct HardVoxelized {
    /// `[M', P, C]` f32: each kept voxel's points (x, y, z, then the
    /// features) in input order, zero past its `num_points`.
    pub voxels: Tensor,
    /// `[M', 3]` i32 `(x, y, z)` voxel indices, or `[M', 4]` `(cloud, x, y,
    /// z)` when batched.
    pub coords: Tensor,
    /// `[M']` u32 points stored per voxel.
    pub num_points: Tensor,
    stats: Deferred<Vec<VoxelStats>>,
    voxels_found: Vec<usize>,
    plan: PointsPlan,
}

impl HardVoxelized {
    /// Each cloud's points stored, dropped from the grid, and dropped by the
    /// limits ([`VoxelStats::over_max_voxels`], [`VoxelStats::voxel_full`]);
    /// on a GPU, waits for the device's count.
    ///
    /// ```
    /// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
    /// let points = [[0.5f32, 0.5, 0.5], [9.0, 0.0, 0.0]];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]);
    /// let hard = Context::cpu().voxelize_points(TensorView::points(&points), grid).hard(HardLimits::new(4, 4))?;
    /// assert_eq!((hard.stats()?[0].kept, hard.stats()?[0].out_of_grid), (1, 1));
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn stats(&self) -> Result<&[VoxelStats]> {
        self.stats.get().map(Vec::as_slice)
    }

    /// Each cloud's voxels before `max_voxels` cut them: where it exceeds
    /// `max_voxels`, the difference is the voxels dropped.
    ///
    /// ```
    /// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
    /// let points = [[0.5f32, 0.5, 0.5], [1.5, 0.5, 0.5]];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]);
    /// let hard = Context::cpu().voxelize_points(TensorView::points(&points), grid).hard(HardLimits::new(4, 1))?;
    /// assert_eq!(hard.voxels_found(), &[2]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn voxels_found(&self) -> &[usize] {
        &self.voxels_found
    }

    /// PointPillars' decorated points (SPEC section 6, pillars) of a grid
    /// one voxel high: `[M', P, C + 5]` f32, or `[M', P, C + 6]` with
    /// `with_z_centre`. Per stored point: its C channels (x, y, z, r for
    /// one feature), its offsets from the pillar's mean x, y, z, then from
    /// the pillar's centre x, y (and z); zero past each pillar's points.
    ///
    /// The mean adds the pillar's points in slot order in f32 and divides
    /// by their count, and the centres, `origin + (index + 0.5) * size` in
    /// f32, come from the host, so every backend gives the same bits.
    ///
    /// ```
    /// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
    /// let points = [[1.25f32, 0.5, 1.0], [1.75, 0.5, 3.0]];
    /// let intensity = [0.5f32, 0.25];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0, 1.0, 4.0], [2, 2, 1]); // 2 x 2 pillars
    /// let hard = Context::cpu()
    ///     .voxelize_points(TensorView::points(&points), grid)
    ///     .features(TensorView::new(&intensity, [2, 1])?)
    ///     .hard(HardLimits::new(2, 100))?;
    /// let decorated = hard.pillar_features(false)?; // [1, 2, 9]
    /// assert_eq!(
    ///     &decorated.to_vec::<f32>()?[..9],
    ///     &[1.25, 0.5, 1.0, 0.5, -0.25, 0.0, -1.0, -0.25, 0.0] // the first point: centre (1.5, 0.5)
    /// );
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn pillar_features(&self, with_z_centre: bool) -> Result<Tensor> {
        let layout = PillarLayout::new(&self.plan, self.voxels.shape()[1], with_z_centre)?;
        let context = self.voxels.context();
        let rows = self.num_points.shape()[0];
        let shape = vec![rows, layout.points_per_pillar, layout.out_channels()];
        let checks = unique_checks(
            [&self.voxels, &self.coords, &self.num_points]
                .into_iter()
                .flat_map(Tensor::unsettled_checks),
        );
        let storage = dispatch!(&context.inner.device,
            cpu(_) => Storage::Host(HostBuffer::from_vec(robocache_cpu::pillar_features(
                &layout,
                &self.voxels.to_vec::<f32>()?,
                &self.coords.to_vec::<i32>()?,
                &self.num_points.to_vec::<u32>()?,
            )?)),
            gpu(g) => {
                let inputs = [&self.voxels, &self.coords, &self.num_points].map(TensorRef::from);
                let [voxels, coords, num_points] = &inputs;
                Storage::Gpu(g.decorate_pillars(
                    voxels.gpu_input(context, "voxels")?,
                    coords.gpu_input(context, "coords")?,
                    num_points.gpu_input(context, "num_points")?,
                    rows,
                    self.plan.coord_width(),
                    &layout,
                )?)
            },
        );
        Ok(Tensor::new(context.clone(), shape, storage).with_checks(checks))
    }

    /// Scatters per-pillar vectors `[M', D]` f32 (a pillar feature net's
    /// output, one row per voxel of this voxelization) onto the bird's-eye
    /// view: `[D, X, Y]`, or `[B, D, X, Y]` when batched; zero where no
    /// pillar is. Every pillar has its own cell, so the result is the same
    /// on every backend.
    ///
    /// ```
    /// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
    /// let points = [[1.5f32, 2.5, 0.5]];
    /// let grid = VoxelGrid::new([0.0; 3], [1.0, 1.0, 4.0], [2, 3, 1]);
    /// let hard = Context::cpu().voxelize_points(TensorView::points(&points), grid).hard(HardLimits::new(4, 10))?;
    /// let bev = hard.scatter_to_bev(TensorView::new(&[7.0f32, 8.0], [1, 2])?)?;
    /// assert_eq!(bev.shape(), &[2, 2, 3]);
    /// assert_eq!(bev.to_vec::<f32>()?, vec![0.0, 0.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn scatter_to_bev<'a>(&self, pillar_vectors: impl Into<TensorRef<'a>>) -> Result<Tensor> {
        let vectors = pillar_vectors.into();
        let rows = self.num_points.shape()[0];
        let depth = self.vector_width(&vectors.meta(), rows)?;
        let context = self.coords.context();
        let [x_dim, y_dim, _] = self.plan.grid.dims;
        let shape: Vec<usize> = self.plan.batch.into_iter().chain([depth, x_dim, y_dim]).collect();
        let checks = unique_checks(vectors.checks().chain(self.coords.unsettled_checks()));
        let storage = dispatch!(&context.inner.device,
            cpu(_) => Storage::Host(HostBuffer::from_vec(robocache_cpu::scatter_to_bev(
                &self.plan,
                &self.coords.to_vec::<i32>()?,
                f32_slice(vectors.host_data(context, "pillar vectors")?, "pillar vectors")?,
                depth,
            )?)),
            gpu(g) => {
                let coords = TensorRef::from(&self.coords);
                Storage::Gpu(g.scatter_to_bev(
                    &self.plan,
                    coords.gpu_input(context, "coords")?,
                    rows,
                    vectors.gpu_input(context, "pillar vectors")?,
                    depth,
                )?)
            },
        );
        Ok(Tensor::new(context.clone(), shape, storage).with_checks(checks))
    }

    /// D of pillar vectors `[rows, D]` f32, checked.
    fn vector_width(&self, vectors: &TensorMeta, rows: usize) -> Result<usize> {
        let tensor = || "pillar vectors".to_string();
        if vectors.dtype != DType::F32 {
            return Err(Error::DTypeMismatch {
                tensor: tensor(),
                expected: "f32",
                actual: vectors.dtype,
            });
        }
        let &[pillars, depth] = vectors.shape.as_slice() else {
            return Err(Error::Rank {
                tensor: tensor(),
                expected: 2,
                layout: "[M', D], a vector per voxel",
                actual: vectors.shape.clone(),
            });
        };
        if pillars != rows {
            return Err(Error::ShapeMismatch {
                tensor: tensor(),
                axis: "M'",
                actual: pillars,
                expected: rows,
                reference: "the hard voxelization's coords".to_string(),
            });
        }
        if depth == 0 {
            return Err(Error::EmptyAxis {
                tensor: tensor(),
                axis: "D",
                why: "a pillar vector needs at least one value",
            });
        }
        Ok(depth)
    }
}

/// A dynamic voxelization's output: every point's voxel, and the voxels.
///
/// ```
/// use robocache::{Context, PointReduction, TensorView, VoxelGrid};
/// let points = [[1.5f32, 0.5, 0.5], [0.5, 0.5, 0.5], [1.2, 0.1, 0.9], [7.0, 0.0, 0.0]];
/// let intensity = [10.0f32, 4.0, 20.0, 1.0];
/// let ctx = Context::cpu();
/// let dynamic = ctx.voxelize_points(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1])).dynamic()?;
/// assert_eq!(dynamic.point_to_voxel.to_vec::<i32>()?, vec![0, 1, 0, -1]);
/// assert_eq!(dynamic.counts.to_vec::<u32>()?, vec![2, 1]);
/// let mean = dynamic.reduce(TensorView::new(&intensity, [4, 1])?, PointReduction::Mean)?;
/// assert_eq!(mean.to_vec::<f32>()?, vec![15.0, 4.0]);
/// # Ok::<(), robocache::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct DynamicVoxelized {
    /// `[N]` or `[B, Nmax]` i32: each point's voxel row, -1 for a dropped
    /// point or a slot past its cloud's length. It is also the inverse map
    /// from points to `coords`.
    pub point_to_voxel: Tensor,
    /// `[M, 3]` i32 `(x, y, z)`, or `[M, 4]` `(cloud, x, y, z)` when batched:
    /// the voxels, clouds in order, each cloud's in the order of their first
    /// kept point.
    pub coords: Tensor,
    /// `[M]` u32 points per voxel.
    pub counts: Tensor,
    stats: Vec<VoxelStats>,
    plan: PointsPlan,
}

impl DynamicVoxelized {
    /// Each cloud's kept and dropped points.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid};
    /// let points = [[0.5f32, 0.5, 0.5], [f32::NAN, 0.0, 0.0]];
    /// let dynamic = Context::cpu().voxelize_points(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3])).dynamic()?;
    /// assert_eq!((dynamic.stats()[0].kept, dynamic.stats()[0].non_finite), (1, 1));
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn stats(&self) -> &[VoxelStats] {
        &self.stats
    }

    /// Voxels over all clouds (M).
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid};
    /// let points = [[0.5f32, 0.5, 0.5], [1.5, 0.5, 0.5]];
    /// let dynamic = Context::cpu().voxelize_points(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1])).dynamic()?;
    /// assert_eq!(dynamic.len(), 2);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// Whether no point landed in the grid.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid};
    /// let dynamic = Context::cpu().voxelize_points(TensorView::points(&[[9.0, 0.0, 0.0]]), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3])).dynamic()?;
    /// assert!(dynamic.is_empty());
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reduces per-point features (`[N, F]` or `[B, Nmax, F]`, f32) over the
    /// voxels: `[M, F]` f32.
    ///
    /// `Max` is bit-identical on every backend; `Sum` and `Mean` have the
    /// determinism of the dense mean: bit-identical across reruns, and
    /// within 1e-5 relative of the f64 result across backends. A NaN or
    /// infinite feature of a point in a voxel is an error naming the first
    /// one (on a GPU, at the first read of the result).
    ///
    /// ```
    /// use robocache::{Context, PointReduction, TensorView, VoxelGrid};
    /// let points = [[0.5f32, 0.5, 0.5], [0.7, 0.5, 0.5]];
    /// let ctx = Context::cpu();
    /// let dynamic = ctx.voxelize_points(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3])).dynamic()?;
    /// let sums = dynamic.reduce(TensorView::new(&[1.0f32, 2.0, 3.0, 4.0], [2, 2])?, PointReduction::Sum)?;
    /// assert_eq!(sums.to_vec::<f32>()?, vec![4.0, 6.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn reduce<'a>(
        &self,
        features: impl Into<TensorRef<'a>>,
        reduction: PointReduction,
    ) -> Result<Tensor> {
        let features = features.into();
        let context = self.point_to_voxel.context();
        let width = self.feature_width(&features.meta())?;
        let shape = vec![self.len(), width];
        let checks = unique_checks(features.checks().chain(self.point_to_voxel.unsettled_checks()));
        Ok(dispatch!(&context.inner.device,
            cpu(_) => {
                let values = f32_slice(features.host_data(context, "features")?, "features")?;
                let host = robocache_cpu::DynamicVoxels {
                    point_to_voxel: self.point_to_voxel.to_vec::<i32>()?,
                    counts: self.counts.to_vec::<u32>()?,
                    ..Default::default()
                };
                let out = robocache_cpu::reduce_dynamic(&self.plan, &host, values, reduction)?;
                Tensor::new(context.clone(), shape, Storage::Host(HostBuffer::from_vec(out))).with_checks(checks)
            },
            gpu(g) => {
                let Storage::Gpu(map) = self.point_to_voxel.storage() else {
                    unreachable!("a GPU context's tensors live on its device")
                };
                let input = features.gpu_input(context, "features")?;
                let (out, check) = g.reduce_dynamic(&self.plan, map, self.len(), input, width, reduction)?;
                let mut checks = checks;
                checks.push(context.remember(check.as_check()));
                Tensor::new(context.clone(), shape, Storage::Gpu(out)).with_checks(checks)
            },
        ))
    }

    /// The features per point of `features`, checked against the points.
    fn feature_width(&self, features: &TensorMeta) -> Result<usize> {
        let mut lead = self.plan.batch.map_or(vec![], |b| vec![b]);
        lead.push(self.plan.points_per_cloud);
        let points = TensorMeta::new([lead.as_slice(), &[3]].concat(), robocache_core::DType::F32);
        let plan = PointsPlan::new(&points, Some(features), None, self.plan.grid)?;
        Ok(plan.features)
    }
}

impl<'a> VoxelizePoints<'a> {
    pub(crate) fn new(context: &'a Context, points: TensorRef<'a>, grid: VoxelGrid) -> Self {
        VoxelizePoints {
            context,
            points,
            features: None,
            lengths: None,
            grid,
        }
    }

    /// Per-point features `[N, F]` (or `[B, Nmax, F]`), f32, that hard
    /// voxelization stores after x, y, z (C = 3 + F). Features of points
    /// that land in the grid must be finite.
    ///
    /// ```
    /// use robocache::{Context, HardLimits, TensorView, VoxelGrid};
    /// let points = [[0.5f32, 0.5, 0.5]];
    /// let hard = Context::cpu()
    ///     .voxelize_points(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]))
    ///     .features(TensorView::new(&[0.25f32], [1, 1])?)
    ///     .hard(HardLimits::new(2, 1))?;
    /// assert_eq!(hard.voxels.to_vec::<f32>()?, vec![0.5, 0.5, 0.5, 0.25, 0.0, 0.0, 0.0, 0.0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn features(mut self, features: impl Into<TensorRef<'a>>) -> Self {
        self.features = Some(features.into());
        self
    }

    /// Points per cloud `[B]` (u32) of a batched `[B, Nmax, 3]` call; slots
    /// past a cloud's length are ignored.
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid};
    /// let points = [0.5f32, 0.5, 0.5, 0.7, 0.5, 0.5, 0.5, 0.5, 0.5, 0.0, 0.0, 0.0];
    /// let dynamic = Context::cpu()
    ///     .voxelize_points(TensorView::new(&points, [2, 2, 3])?, VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]))
    ///     .lengths(TensorView::new(&[2u32, 1], [2])?)
    ///     .dynamic()?;
    /// assert_eq!(dynamic.point_to_voxel.to_vec::<i32>()?, vec![0, 0, 1, -1]);
    /// assert_eq!(dynamic.coords.to_vec::<i32>()?, vec![0, 0, 0, 0, 1, 0, 0, 0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn lengths(mut self, lengths: impl Into<TensorRef<'a>>) -> Self {
        self.lengths = Some(lengths.into());
        self
    }

    /// Hard voxelization: per cloud, the first `max_voxels` voxels by first
    /// kept point, each with its first `max_points_per_voxel` points in
    /// input order (mmcv's deterministic semantics).
    ///
    /// ```
    /// use robocache::{Context, Error, HardLimits, TensorView, VoxelGrid};
    /// let ctx = Context::cpu();
    /// let job = ctx.voxelize_points(TensorView::points(&[[0.5; 3]]), VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]));
    /// assert!(matches!(job.hard(HardLimits::new(0, 100)), Err(Error::InvalidLimit { option: "max_points_per_voxel", .. })));
    /// ```
    pub fn hard(self, limits: HardLimits) -> Result<HardVoxelized> {
        limits.validate()?;
        let plan = self.plan()?;
        let context = self.context;
        let p = limits.max_points_per_voxel;
        let (c, coord_width) = (plan.channels(), plan.coord_width());
        let checks = self.input_checks();
        let tensor = |shape: Vec<usize>, storage| {
            Tensor::new(context.clone(), shape, storage).with_checks(checks.clone())
        };
        Ok(dispatch!(&context.inner.device,
            cpu(_) => {
                let out = robocache_cpu::voxelize_hard(&plan, self.cpu_input()?, limits)?;
                let rows = out.len();
                HardVoxelized {
                    voxels: tensor(vec![rows, p, c], Storage::Host(HostBuffer::from_vec(out.voxels))),
                    coords: tensor(vec![rows, coord_width], Storage::Host(HostBuffer::from_vec(out.coords))),
                    num_points: tensor(vec![rows], Storage::Host(HostBuffer::from_vec(out.num_points))),
                    stats: Deferred::ready(Ok(out.stats)),
                    voxels_found: out.voxels_found,
                    plan: plan.clone(),
                }
            },
            gpu(g) => {
                let features = match (&self.features, plan.features) {
                    (Some(features), 1..) => Some(features.gpu_input(context, "features")?),
                    _ => None,
                };
                let lengths = match &self.lengths {
                    Some(lengths) => Some(lengths.gpu_input(context, "lengths")?),
                    None => None,
                };
                let out = g.voxelize_hard(&plan, self.points.gpu_input(context, "points")?, features, lengths, limits)?;
                let rows = out.rows;
                HardVoxelized {
                    voxels: tensor(vec![rows, p, c], Storage::Gpu(out.voxels)),
                    coords: tensor(vec![rows, coord_width], Storage::Gpu(out.coords)),
                    num_points: tensor(vec![rows], Storage::Gpu(out.num_points)),
                    stats: out.stats,
                    voxels_found: out.voxels_found,
                    plan: plan.clone(),
                }
            },
        ))
    }

    /// Dynamic voxelization: each point's voxel row and the voxels, in the
    /// order of hard voxelization, with no cap. Features given to
    /// [`features`](Self::features) are not read; pass them to
    /// [`DynamicVoxelized::reduce`].
    ///
    /// ```
    /// use robocache::{Context, TensorView, VoxelGrid};
    /// let points = [[1.5f32, 0.5, 0.5], [0.5, 0.5, 0.5]];
    /// let dynamic = Context::cpu().voxelize_points(TensorView::points(&points), VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1])).dynamic()?;
    /// assert_eq!(dynamic.coords.to_vec::<i32>()?, vec![1, 0, 0, 0, 0, 0]);
    /// # Ok::<(), robocache::Error>(())
    /// ```
    pub fn dynamic(self) -> Result<DynamicVoxelized> {
        let plan = self.plan()?;
        let context = self.context;
        let slots_shape: Vec<usize> = plan.batch.into_iter().chain([plan.points_per_cloud]).collect();
        let coord_width = plan.coord_width();
        let checks = self.input_checks();
        let tensor = |shape: Vec<usize>, storage| {
            Tensor::new(context.clone(), shape, storage).with_checks(checks.clone())
        };
        let (point_to_voxel, coords, counts, stats) = dispatch!(&context.inner.device,
            cpu(_) => {
                let out = robocache_cpu::voxelize_dynamic(&plan, self.cpu_input()?)?;
                let rows = out.len();
                (
                    tensor(slots_shape, Storage::Host(HostBuffer::from_vec(out.point_to_voxel))),
                    tensor(vec![rows, coord_width], Storage::Host(HostBuffer::from_vec(out.coords))),
                    tensor(vec![rows], Storage::Host(HostBuffer::from_vec(out.counts))),
                    out.stats,
                )
            },
            gpu(g) => {
                let lengths = match &self.lengths {
                    Some(lengths) => Some(lengths.gpu_input(context, "lengths")?),
                    None => None,
                };
                let out = g.voxelize_dynamic(&plan, self.points.gpu_input(context, "points")?, lengths)?;
                let rows = out.rows;
                (
                    tensor(slots_shape, Storage::Gpu(out.point_to_voxel)),
                    tensor(vec![rows, coord_width], Storage::Gpu(out.coords)),
                    tensor(vec![rows], Storage::Gpu(out.counts)),
                    out.stats,
                )
            },
        );
        Ok(DynamicVoxelized {
            point_to_voxel,
            coords,
            counts,
            stats,
            plan: PointsPlan { features: 0, ..plan },
        })
    }

    /// The unsettled device checks of the inputs, which every output
    /// inherits.
    fn input_checks(&self) -> Vec<Check> {
        let inputs = [Some(&self.points), self.features.as_ref(), self.lengths.as_ref()];
        unique_checks(inputs.into_iter().flatten().flat_map(TensorRef::checks))
    }

    fn plan(&self) -> Result<PointsPlan> {
        PointsPlan::new(
            &self.points.meta(),
            self.features.as_ref().map(TensorRef::meta).as_ref(),
            self.lengths.as_ref().map(TensorRef::meta).as_ref(),
            self.grid,
        )
    }

    fn cpu_input(&self) -> Result<robocache_cpu::VoxelInput<'_>> {
        let context = self.context;
        Ok(robocache_cpu::VoxelInput {
            points: f32_slice(self.points.host_data(context, "points")?, "points")?,
            features: match &self.features {
                Some(features) => Some(f32_slice(features.host_data(context, "features")?, "features")?),
                None => None,
            },
            lengths: match &self.lengths {
                Some(lengths) => Some(u32_slice(lengths.host_data(context, "lengths")?)?),
                None => None,
            },
        })
    }
}
