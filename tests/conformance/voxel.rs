//! Point-cloud voxelization: SPEC section 3.

use robocache::{Context, KernelPath, SparseOrder, TensorView, VoxelGrid, VoxelMode, VoxelStats};

use crate::common::{bits, host, view};
use crate::reference;

fn unit_grid(dims: [usize; 3]) -> VoxelGrid {
    VoxelGrid::new([0.0; 3], [1.0; 3], dims)
}

pub fn count_matches_a_hand_example(ctx: &Context) {
    let points = [
        [0.5, 0.5, 0.5],
        [0.1, 0.9, 0.2],
        [1.5, 0.5, 0.5],
        [1.9, 1.9, 0.1],
        [-0.1, 0.5, 0.5],
        [2.5, 0.0, 0.0],
    ];
    let out = ctx
        .voxelize(
            TensorView::points(&points),
            unit_grid([2, 2, 1]),
            VoxelMode::Count,
        )
        .run()
        .unwrap();
    assert_eq!(out.voxels.shape(), &[2, 2, 1]);
    // (x, y) = (0, 0): 2 points; (1, 0): 1; (1, 1): 1.
    assert_eq!(host::<u32>(&out.voxels), vec![2, 0, 1, 1]);
    assert_eq!(
        out.stats().unwrap(),
        [VoxelStats {
            kept: 4,
            out_of_grid: 2,
            non_finite: 0,
            ..VoxelStats::default()
        }]
    );
}

pub fn layout_is_x_major(ctx: &Context) {
    let dims = [3, 4, 5];
    let out = ctx
        .voxelize(
            TensorView::points(&[[1.5, 2.5, 3.5]]),
            unit_grid(dims),
            VoxelMode::Occupancy,
        )
        .run()
        .unwrap();
    let grid = host::<u8>(&out.voxels);
    let (x, y, z) = (1, 2, 3);
    let at = (x * dims[1] + y) * dims[2] + z;
    assert_eq!(grid[at], 1, "grid[x][y][z] = grid[(x * Y + y) * Z + z]");
    assert_eq!(grid.iter().map(|&v| v as usize).sum::<usize>(), 1);
}

pub fn points_on_voxel_faces_follow_the_spec_expression(ctx: &Context) {
    // 0.1 m voxels: k * 0.1 in f32 sits a hair above or below the face, and
    // only the exact f32 expression decides which voxel it lands in.
    let (origin, size, dims) = ([-1.0f32, 0.3, 2.0], [0.1f32, 0.05, 0.3], [30usize, 30, 30]);
    let mut points = Vec::new();
    for k in 0..30 {
        for a in 0..3 {
            let mut p = [origin[0] + 0.01, origin[1] + 0.01, origin[2] + 0.01];
            p[a] = origin[a] + k as f32 * size[a];
            points.push(p);
            p[a] = origin[a] + (k as f32 * size[a]).next_down_compat();
            points.push(p);
        }
    }
    let grid = VoxelGrid::new(origin, size, dims);
    let out = ctx
        .voxelize(TensorView::points(&points), grid, VoxelMode::Count)
        .run()
        .unwrap();
    let mut want = vec![0u32; dims.iter().product()];
    for &p in &points {
        if let Some(v) = reference::voxel_of(p, origin, size, dims) {
            want[v] += 1;
        }
    }
    assert_eq!(host::<u32>(&out.voxels), want);
}

/// `f32::next_down`, which the minimum supported Rust lacks.
trait NextDown {
    fn next_down_compat(self) -> Self;
}

impl NextDown for f32 {
    fn next_down_compat(self) -> f32 {
        if self == 0.0 {
            -f32::from_bits(1)
        } else if self > 0.0 {
            f32::from_bits(self.to_bits() - 1)
        } else {
            f32::from_bits(self.to_bits() + 1)
        }
    }
}

pub fn points_on_the_upper_grid_face_are_dropped(ctx: &Context) {
    let points = [
        [2.0, 0.5, 0.5],
        [0.5, 2.0, 0.5],
        [0.5, 0.5, 1.0],
        [1.999_999_9, 0.5, 0.5],
        [0.0, 0.0, 0.0],
    ];
    let out = ctx
        .voxelize(
            TensorView::points(&points),
            unit_grid([2, 2, 1]),
            VoxelMode::Count,
        )
        .run()
        .unwrap();
    assert_eq!(host::<u32>(&out.voxels), vec![1, 0, 1, 0]);
    assert_eq!(out.stats().unwrap()[0].out_of_grid, 3);
}

pub fn non_finite_points_are_dropped_and_counted(ctx: &Context) {
    let points = [
        [f32::NAN, 0.5, 0.5],
        [0.5, f32::INFINITY, 0.5],
        [0.5, 0.5, f32::NEG_INFINITY],
        [0.5, 0.5, 0.5],
        [1e30, 0.5, 0.5],
    ];
    let out = ctx
        .voxelize(
            TensorView::points(&points),
            unit_grid([1, 1, 1]),
            VoxelMode::Count,
        )
        .run()
        .unwrap();
    // None is clamped into an edge voxel.
    assert_eq!(host::<u32>(&out.voxels), vec![1]);
    assert_eq!(
        out.stats().unwrap(),
        [VoxelStats {
            kept: 1,
            out_of_grid: 1,
            non_finite: 3,
            ..VoxelStats::default()
        }]
    );
    assert_eq!(out.total_stats().unwrap().dropped(), 4);
}

pub fn occupancy_marks_voxels_with_points(ctx: &Context) {
    let points = [[0.5, 0.5, 0.5], [0.6, 0.6, 0.6], [2.5, 0.5, 0.5]];
    let out = ctx
        .voxelize(
            TensorView::points(&points),
            unit_grid([3, 1, 1]),
            VoxelMode::Occupancy,
        )
        .run()
        .unwrap();
    assert_eq!(out.voxels.dtype(), robocache::DType::U8);
    assert_eq!(host::<u8>(&out.voxels), vec![1, 0, 1]);
}

pub fn mean_averages_features_and_zeroes_empty_voxels(ctx: &Context) {
    let points = [[0.5, 0.5, 0.5], [0.2, 0.7, 0.1], [2.5, 0.5, 0.5]];
    let features = [1.0f32, -10.0, 2.0, -20.0, 7.0, 0.5];
    let out = ctx
        .voxelize(TensorView::points(&points), unit_grid([3, 1, 1]), VoxelMode::Mean)
        .features(view(&features, &[3, 2]))
        .run()
        .unwrap();
    assert_eq!(out.voxels.shape(), &[3, 1, 1, 2]);
    assert_eq!(host::<f32>(&out.voxels), vec![1.5, -15.0, 0.0, 0.0, 7.0, 0.5]);
}

pub fn max_keeps_negative_values(ctx: &Context) {
    let points = [[0.5, 0.5, 0.5], [0.2, 0.7, 0.1], [2.5, 0.5, 0.5]];
    let features = [-3.0f32, -10.0, -2.0, -20.0, -7.0, -0.5];
    let out = ctx
        .voxelize(TensorView::points(&points), unit_grid([3, 1, 1]), VoxelMode::Max)
        .features(view(&features, &[3, 2]))
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&out.voxels), vec![-2.0, -10.0, 0.0, 0.0, -7.0, -0.5]);
}

pub fn max_orders_negative_zero_below_zero(ctx: &Context) {
    let points = [[0.5, 0.5, 0.5]; 3];
    for features in [[-0.0f32, 0.0, -0.0], [0.0, -0.0, -0.0]] {
        let out = ctx
            .voxelize(TensorView::points(&points), unit_grid([1, 1, 1]), VoxelMode::Max)
            .features(view(&features, &[3, 1]))
            .run()
            .unwrap();
        assert_eq!(bits(&host::<f32>(&out.voxels)), vec![0.0f32.to_bits()]);
    }
    let out = ctx
        .voxelize(TensorView::points(&points), unit_grid([1, 1, 1]), VoxelMode::Max)
        .features(view(&[-0.0f32; 3], &[3, 1]))
        .run()
        .unwrap();
    assert_eq!(bits(&host::<f32>(&out.voxels)), vec![(-0.0f32).to_bits()]);
}

pub fn empty_clouds_give_zero_grids(ctx: &Context) {
    let none: [[f32; 3]; 0] = [];
    let out = ctx
        .voxelize(TensorView::points(&none), unit_grid([2, 2, 2]), VoxelMode::Count)
        .run()
        .unwrap();
    assert_eq!(host::<u32>(&out.voxels), vec![0; 8]);
    let out = ctx
        .voxelize(TensorView::points(&none), unit_grid([2, 2, 2]), VoxelMode::Mean)
        .features(view::<f32>(&[], &[0, 3]))
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&out.voxels), vec![0.0; 24]);
}

/// A deterministic scatter of points in and around a `dims` unit grid, with
/// a sprinkling of non-finite coordinates.
fn scatter(n: usize, dims: [usize; 3], seed: u64) -> Vec<[f32; 3]> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| {
            if i % 97 == 13 {
                [f32::NAN, 0.0, 0.0]
            } else {
                [0, 1, 2].map(|a| ((next() * 1.2 - 0.1) * dims[a] as f64) as f32)
            }
        })
        .collect()
}

pub fn batched_clouds_match_single_calls(ctx: &Context) {
    let (dims, nmax) = ([6, 5, 4], 300);
    let lengths = [300u32, 0, 123];
    let clouds: Vec<Vec<[f32; 3]>> = (0..3).map(|c| scatter(nmax, dims, c as u64 + 1)).collect();
    let features: Vec<Vec<f32>> = clouds
        .iter()
        .map(|cloud| {
            cloud
                .iter()
                .flat_map(|p| [p[0] + p[1], p[2] - 1.0])
                .map(|x| if x.is_finite() { x } else { 0.0 })
                .collect()
        })
        .collect();
    let flat_points: Vec<f32> = clouds.iter().flatten().flatten().copied().collect();
    let flat_features: Vec<f32> = features.iter().flatten().copied().collect();
    for mode in [
        VoxelMode::Count,
        VoxelMode::Occupancy,
        VoxelMode::Mean,
        VoxelMode::Max,
    ] {
        let batched = ctx
            .voxelize(view(&flat_points, &[3, nmax, 3]), unit_grid(dims), mode)
            .features(view(&flat_features, &[3, nmax, 2]))
            .lengths(view(&lengths, &[3]))
            .run()
            .unwrap();
        let mut shape = vec![3, 6, 5, 4];
        if mode.needs_features() {
            shape.push(2);
        }
        assert_eq!(batched.voxels.shape(), &shape[..]);
        let per_cloud = batched.voxels.len() / 3;
        for c in 0..3 {
            let n = lengths[c] as usize;
            let single = ctx
                .voxelize(TensorView::points(&clouds[c][..n]), unit_grid(dims), mode)
                .features(view(&features[c][..2 * n], &[n, 2]))
                .run()
                .unwrap();
            assert_eq!(
                batched.stats().unwrap()[c],
                single.stats().unwrap()[0],
                "{mode:?} cloud {c}"
            );
            let range = c * per_cloud..(c + 1) * per_cloud;
            match mode {
                VoxelMode::Count => assert_eq!(
                    host::<u32>(&batched.voxels)[range],
                    host::<u32>(&single.voxels)[..]
                ),
                VoxelMode::Occupancy => {
                    assert_eq!(host::<u8>(&batched.voxels)[range], host::<u8>(&single.voxels)[..])
                }
                _ => assert_eq!(
                    bits(&host::<f32>(&batched.voxels)[range]),
                    bits(&host::<f32>(&single.voxels))
                ),
            }
        }
    }
}

pub fn large_clouds_match_the_reference(ctx: &Context) {
    // Enough points and voxels that every backend splits the work.
    let dims = [40, 30, 20];
    let points = scatter(150_000, dims, 21);
    let f = 3;
    let features: Vec<f32> = (0..points.len() * f)
        .map(|i| ((i * 7919) % 2003) as f32 * 0.01 - 10.0)
        .collect();
    let voxels: usize = dims.iter().product();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); voxels];
    for (i, &p) in points.iter().enumerate() {
        if let Some(v) = reference::voxel_of(p, [0.0; 3], [1.0; 3], dims) {
            members[v].push(i);
        }
    }
    let run = |mode| {
        ctx.voxelize(TensorView::points(&points), unit_grid(dims), mode)
            .features(view(&features, &[points.len(), f]))
            .run()
            .unwrap()
    };
    let count = run(VoxelMode::Count);
    let want: Vec<u32> = members.iter().map(|m| m.len() as u32).collect();
    assert_eq!(host::<u32>(&count.voxels), want);
    assert_eq!(
        count.stats().unwrap()[0].kept,
        members.iter().map(|m| m.len() as u64).sum::<u64>()
    );

    let mean = host::<f32>(&run(VoxelMode::Mean).voxels);
    let max = host::<f32>(&run(VoxelMode::Max).voxels);
    for (v, m) in members.iter().enumerate() {
        for j in 0..f {
            let xs: Vec<f32> = m.iter().map(|&i| features[i * f + j]).collect();
            let n = xs.len().max(1) as f64;
            let want_mean = xs.iter().map(|&x| f64::from(x)).sum::<f64>() / n;
            let scale = xs.iter().map(|x| f64::from(x.abs())).sum::<f64>() / n;
            let got = f64::from(mean[v * f + j]);
            assert!(
                (got - want_mean).abs() <= 1e-5 * scale,
                "mean of voxel {v}: {got} vs {want_mean}"
            );
            let want_max = xs.iter().copied().max_by(f32::total_cmp).unwrap_or(0.0);
            assert_eq!(max[v * f + j].to_bits(), want_max.to_bits(), "max of voxel {v}");
        }
    }
}

pub fn reruns_are_bit_identical(ctx: &Context) {
    let dims = [16, 16, 8];
    let points = scatter(200_000, dims, 9);
    let features: Vec<f32> = (0..points.len() * 3)
        .map(|i| ((i * 7919) % 1013) as f32 * 0.001 - 0.5)
        .collect();
    for mode in [
        VoxelMode::Count,
        VoxelMode::Occupancy,
        VoxelMode::Mean,
        VoxelMode::Max,
    ] {
        let run = || {
            let out = ctx
                .voxelize(TensorView::points(&points), unit_grid(dims), mode)
                .features(view(&features, &[points.len(), 3]))
                .run()
                .unwrap();
            match mode {
                VoxelMode::Count => host::<u32>(&out.voxels),
                VoxelMode::Occupancy => host::<u8>(&out.voxels).into_iter().map(u32::from).collect(),
                _ => bits(&host::<f32>(&out.voxels)),
            }
        };
        let first = run();
        for _ in 0..3 {
            assert_eq!(run(), first, "{mode:?}");
        }
    }
}

pub fn features_of_dropped_points_are_not_read(ctx: &Context) {
    // A lidar's no-return points often carry NaN intensities too.
    let points = [[0.5, 0.5, 0.5], [f32::NAN, f32::NAN, f32::NAN], [5.0, 0.5, 0.5]];
    let features = [2.0f32, f32::NAN, f32::INFINITY];
    let out = ctx
        .voxelize(TensorView::points(&points), unit_grid([1, 1, 1]), VoxelMode::Mean)
        .features(view(&features, &[3, 1]))
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&out.voxels), vec![2.0]);
}

pub fn sparse_output_numbers_voxels_by_their_first_point(ctx: &Context) {
    let points = [
        [1.5, 0.5, 0.5],
        [9.0, 0.0, 0.0],
        [0.5, 0.5, 0.5],
        [1.1, 0.9, 0.2],
        [0.2, 0.1, 0.3],
    ];
    let intensity = [4.0f32, 100.0, -2.0, 6.0, -0.0];
    let job = || {
        ctx.voxelize(TensorView::points(&points), unit_grid([2, 1, 1]), VoxelMode::Max)
            .features(view(&intensity, &[5, 1]))
    };
    let first = job().run_sparse(SparseOrder::FirstPoint).unwrap();
    assert_eq!(first.coords, [1, 0, 0, 0, 0, 0]);
    assert_eq!(first.counts, [2, 2]);
    assert_eq!(bits(&first.features), bits(&[6.0, -0.0]));
    assert_eq!((first.stats[0].kept, first.stats[0].out_of_grid), (4, 1));
    let grid = job().run_sparse(SparseOrder::Grid).unwrap();
    assert_eq!(grid.coords, [0, 0, 0, 1, 0, 0]);
    assert_eq!(grid.counts, [2, 2]);
    assert_eq!(bits(&grid.features), bits(&[-0.0, 6.0]));
}

/// Three ragged clouds of `points` with two features each.
fn batch_job<'a>(
    ctx: &'a Context,
    points: &'a [f32],
    features: &'a [f32],
    lengths: &'a [u32],
    dims: [usize; 3],
    mode: VoxelMode,
) -> robocache::Voxelize<'a> {
    let nmax = points.len() / 9;
    ctx.voxelize(view(points, &[3, nmax, 3]), unit_grid(dims), mode)
        .features(view(features, &[3, nmax, 2]))
        .lengths(view(lengths, &[3]))
}

/// Sparse output is the dense grid's occupied voxels on the same backend,
/// bit for bit, with the CPU's coordinates and order on every backend.
/// The one exception is the mean on the PTX path: its dense mean is the PTX
/// kernel's, finished in f64, and its sparse mean the GPUs' shared
/// reduction, finished in f32; the two agree within SPEC's cross-backend
/// 1e-5.
pub fn sparse_output_gathers_the_dense_grid(ctx: &Context) {
    let (dims, nmax) = ([7, 5, 4], 400);
    let lengths = [400u32, 0, 217];
    let points: Vec<f32> = (0..3)
        .flat_map(|c| scatter(nmax, dims, 11 + c))
        .flatten()
        .collect();
    let features: Vec<f32> = points
        .chunks(3)
        .flat_map(|p| [p[0] - p[1], p[2] * 0.5])
        .map(|x| if x.is_finite() { x } else { 0.0 })
        .collect();
    let cpu = Context::cpu();
    for mode in [
        VoxelMode::Count,
        VoxelMode::Occupancy,
        VoxelMode::Mean,
        VoxelMode::Max,
    ] {
        let job_in = |ctx, mode| batch_job(ctx, &points, &features, &lengths, dims, mode);
        let job = |ctx| job_in(ctx, mode);
        let dense = job(ctx).run().unwrap();
        let counts = host::<u32>(&job_in(ctx, VoxelMode::Count).run().unwrap().voxels);
        let width = if mode.needs_features() { 2 } else { 0 };
        let values = if width > 0 {
            host::<f32>(&dense.voxels)
        } else {
            Vec::new()
        };
        let per_cloud: usize = dims.iter().product();
        let grid = job(ctx).run_sparse(SparseOrder::Grid).unwrap();
        let mut at = 0;
        for (i, &n) in counts.iter().enumerate().filter(|(_, &n)| n > 0) {
            let (c, v) = (i / per_cloud, i % per_cloud);
            let (x, y, z) = (v / (dims[1] * dims[2]), (v / dims[2]) % dims[1], v % dims[2]);
            assert_eq!(
                grid.coords[4 * at..4 * at + 4],
                [c, x, y, z].map(|k| k as i32),
                "{mode:?} voxel {at}"
            );
            assert_eq!(grid.counts[at], n, "{mode:?} voxel {at}");
            let (sparse, dense) = (
                &grid.features[width * at..width * (at + 1)],
                &values[width * i..width * (i + 1)],
            );
            if mode == VoxelMode::Mean && ctx.kernel_path() == Some(KernelPath::Ptx) {
                for (s, d) in sparse.iter().zip(dense) {
                    assert!(
                        (s - d).abs() <= 1e-5 * d.abs().max(1e-30),
                        "{mode:?} voxel {at}: {s} against {d}"
                    );
                }
            } else {
                assert_eq!(bits(sparse), bits(dense), "{mode:?} voxel {at}");
            }
            at += 1;
        }
        assert_eq!(grid.len(), at, "{mode:?}: voxels");
        assert_eq!(grid.stats, dense.stats().unwrap(), "{mode:?}");
        for order in [SparseOrder::Grid, SparseOrder::FirstPoint] {
            let here = job(ctx).run_sparse(order).unwrap();
            let reference = job(&cpu).run_sparse(order).unwrap();
            assert_eq!(here.coords, reference.coords, "{mode:?} {order:?}: coordinates");
            assert_eq!(here.counts, reference.counts, "{mode:?} {order:?}: counts");
        }
    }
}
