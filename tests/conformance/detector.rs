//! Voxelization for detectors: SPEC section 6, against hand examples and a
//! reference written here from the SPEC's words (a map from voxel to its
//! points in input order), not from the library's algorithm.

use std::collections::HashMap;

use robocache::{Context, Error, HardLimits, PointReduction, TensorView, VoxelGrid};

use crate::common::{bits, host, view};
use crate::reference;

fn unit_grid(dims: [usize; 3]) -> VoxelGrid {
    VoxelGrid::new([0.0; 3], [1.0; 3], dims)
}

/// A cloud where many points share few voxels, with out-of-grid and
/// non-finite points mixed in.
fn crowded(n: usize, dims: [usize; 3], seed: u64) -> Vec<[f32; 3]> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..n)
        .map(|i| match i % 101 {
            7 => [f32::NAN, 1.0, 1.0],
            8 => [f32::INFINITY, 1.0, 1.0],
            _ => [0, 1, 2].map(|a| ((next() * 1.1 - 0.05) * dims[a] as f64) as f32),
        })
        .collect()
}

/// The SPEC's voxels of one cloud: linear index and member points in input
/// order, voxels in the order of their first point.
fn reference_voxels(points: &[[f32; 3]], dims: [usize; 3]) -> Vec<(usize, Vec<usize>)> {
    let mut order: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut row_of: HashMap<usize, usize> = HashMap::new();
    for (i, &p) in points.iter().enumerate() {
        if let Some(v) = reference::voxel_of(p, [0.0; 3], [1.0; 3], dims) {
            let row = *row_of.entry(v).or_insert_with(|| {
                order.push((v, Vec::new()));
                order.len() - 1
            });
            order[row].1.push(i);
        }
    }
    order
}

fn coords_of(v: usize, dims: [usize; 3]) -> [i32; 3] {
    [v / (dims[1] * dims[2]), (v / dims[2]) % dims[1], v % dims[2]].map(|a| a as i32)
}

pub fn hard_keeps_first_voxels_and_first_points(ctx: &Context) {
    let points = [
        [1.5, 0.5, 0.5], // voxel (1,0,0): row 0
        [0.5, 0.5, 0.5], // voxel (0,0,0): row 1
        [1.2, 0.1, 0.9], // row 0, second point
        [5.0, 0.0, 0.0], // outside
        [1.7, 0.2, 0.3], // row 0, third point: full at P = 2
        [2.5, 0.5, 0.5], // voxel (2,0,0): row 2, past M = 2
        [0.9, 0.9, 0.9], // row 1, second point
    ];
    let intensity: Vec<f32> = (0..points.len()).map(|i| 10.0 + i as f32).collect();
    let hard = ctx
        .voxelize_points(TensorView::points(&points), unit_grid([3, 1, 1]))
        .features(view(&intensity, &[points.len(), 1]))
        .hard(HardLimits::new(2, 2))
        .unwrap();
    assert_eq!(hard.voxels.shape(), &[2, 2, 4]);
    #[rustfmt::skip]
    let want = [
        1.5, 0.5, 0.5, 10.0,   1.2, 0.1, 0.9, 12.0,
        0.5, 0.5, 0.5, 11.0,   0.9, 0.9, 0.9, 16.0,
    ];
    assert_eq!(bits(&host::<f32>(&hard.voxels)), bits(&want));
    assert_eq!(host::<i32>(&hard.coords), vec![1, 0, 0, 0, 0, 0]);
    assert_eq!(host::<u32>(&hard.num_points), vec![2, 2]);
    let stats = hard.stats().unwrap()[0];
    assert_eq!(
        (
            stats.kept,
            stats.out_of_grid,
            stats.voxel_full,
            stats.over_max_voxels
        ),
        (4, 1, 1, 1)
    );
    assert_eq!(stats.total(), points.len() as u64);
    assert_eq!(hard.voxels_found(), &[3]);
}

pub fn hard_voxels_are_zero_padded(ctx: &Context) {
    let hard = ctx
        .voxelize_points(TensorView::points(&[[0.5, 0.5, 0.5]]), unit_grid([1, 1, 1]))
        .hard(HardLimits::new(3, 5))
        .unwrap();
    assert_eq!(hard.voxels.shape(), &[1, 3, 3]);
    assert_eq!(
        bits(&host::<f32>(&hard.voxels)),
        bits(&[0.5, 0.5, 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0])
    );
}

pub fn hard_matches_the_reference_on_crowded_clouds(ctx: &Context) {
    let dims = [12, 10, 6];
    let points = crowded(40_000, dims, 5);
    let f = 2;
    let features: Vec<f32> = (0..points.len() * f)
        .map(|i| (i % 977) as f32 * 0.5 - 100.0)
        .collect();
    let (p_max, m_max) = (5, 400);
    let hard = ctx
        .voxelize_points(TensorView::points(&points), unit_grid(dims))
        .features(view(&features, &[points.len(), f]))
        .hard(HardLimits::new(p_max, m_max))
        .unwrap();
    let voxels = reference_voxels(&points, dims);
    let kept = &voxels[..voxels.len().min(m_max)];
    let c = 3 + f;
    let mut want = vec![0.0f32; kept.len() * p_max * c];
    let mut want_coords = Vec::new();
    for (row, (v, members)) in kept.iter().enumerate() {
        for (k, &i) in members.iter().take(p_max).enumerate() {
            let at = (row * p_max + k) * c;
            want[at..at + 3].copy_from_slice(&points[i]);
            want[at + 3..at + c].copy_from_slice(&features[i * f..(i + 1) * f]);
        }
        want_coords.extend(coords_of(*v, dims));
    }
    assert_eq!(hard.voxels.shape(), &[kept.len(), p_max, c]);
    assert_eq!(bits(&host::<f32>(&hard.voxels)), bits(&want));
    assert_eq!(host::<i32>(&hard.coords), want_coords);
    let want_num: Vec<u32> = kept.iter().map(|(_, m)| m.len().min(p_max) as u32).collect();
    assert_eq!(host::<u32>(&hard.num_points), want_num);
    let stats = hard.stats().unwrap()[0];
    let in_kept: usize = kept.iter().map(|(_, m)| m.len()).sum();
    let in_grid: usize = voxels.iter().map(|(_, m)| m.len()).sum();
    assert_eq!(stats.kept as usize, want_num.iter().sum::<u32>() as usize);
    assert_eq!(stats.voxel_full as usize, in_kept - stats.kept as usize);
    assert_eq!(stats.over_max_voxels as usize, in_grid - in_kept);
    assert_eq!(hard.voxels_found(), &[voxels.len()]);
}

pub fn batched_hard_voxelization_matches_single_calls(ctx: &Context) {
    let (dims, nmax) = ([7, 5, 3], 500);
    let lengths = [500u32, 0, 321];
    let clouds: Vec<Vec<[f32; 3]>> = (0..3).map(|c| crowded(nmax, dims, c as u64 + 11)).collect();
    let flat: Vec<f32> = clouds.iter().flatten().flatten().copied().collect();
    let limits = HardLimits::new(4, 30);
    let batched = ctx
        .voxelize_points(view(&flat, &[3, nmax, 3]), unit_grid(dims))
        .lengths(view(&lengths, &[3]))
        .hard(limits)
        .unwrap();
    let (mut voxels, mut coords, mut num) = (Vec::new(), Vec::new(), Vec::new());
    for (c, cloud) in clouds.iter().enumerate() {
        let live = &cloud[..lengths[c] as usize];
        let single = ctx
            .voxelize_points(TensorView::points(live), unit_grid(dims))
            .hard(limits)
            .unwrap();
        voxels.extend(host::<f32>(&single.voxels));
        for row in host::<i32>(&single.coords).chunks(3) {
            coords.push(c as i32);
            coords.extend_from_slice(row);
        }
        num.extend(host::<u32>(&single.num_points));
        assert_eq!(
            batched.stats().unwrap()[c],
            single.stats().unwrap()[0],
            "cloud {c}"
        );
    }
    assert_eq!(batched.coords.shape()[1], 4);
    assert_eq!(bits(&host::<f32>(&batched.voxels)), bits(&voxels));
    assert_eq!(host::<i32>(&batched.coords), coords);
    assert_eq!(host::<u32>(&batched.num_points), num);
}

pub fn dynamic_maps_every_point_to_its_voxel(ctx: &Context) {
    let dims = [9, 8, 5];
    let points = crowded(30_000, dims, 3);
    let dynamic = ctx
        .voxelize_points(TensorView::points(&points), unit_grid(dims))
        .dynamic()
        .unwrap();
    let voxels = reference_voxels(&points, dims);
    let mut want_map = vec![-1i32; points.len()];
    for (row, (_, members)) in voxels.iter().enumerate() {
        for &i in members {
            want_map[i] = row as i32;
        }
    }
    assert_eq!(host::<i32>(&dynamic.point_to_voxel), want_map);
    let want_coords: Vec<i32> = voxels.iter().flat_map(|(v, _)| coords_of(*v, dims)).collect();
    assert_eq!(host::<i32>(&dynamic.coords), want_coords);
    let want_counts: Vec<u32> = voxels.iter().map(|(_, m)| m.len() as u32).collect();
    assert_eq!(host::<u32>(&dynamic.counts), want_counts);
    let stats = dynamic.stats()[0];
    assert_eq!(stats.kept as usize, want_counts.iter().sum::<u32>() as usize);
    assert_eq!(stats.total() as usize, points.len());
}

pub fn dynamic_reductions_match_the_reference(ctx: &Context) {
    let dims = [9, 8, 5];
    let points = crowded(30_000, dims, 4);
    let f = 3;
    let features: Vec<f32> = (0..points.len() * f)
        .map(|i| ((i * 7919) % 2003) as f32 * 0.01 - 10.0)
        .collect();
    let dynamic = ctx
        .voxelize_points(TensorView::points(&points), unit_grid(dims))
        .dynamic()
        .unwrap();
    let reduce = |r| host::<f32>(&dynamic.reduce(view(&features, &[points.len(), f]), r).unwrap());
    let (sum, mean, max) = (
        reduce(PointReduction::Sum),
        reduce(PointReduction::Mean),
        reduce(PointReduction::Max),
    );
    for (row, (_, members)) in reference_voxels(&points, dims).iter().enumerate() {
        for j in 0..f {
            let xs: Vec<f32> = members.iter().map(|&i| features[i * f + j]).collect();
            let n = xs.len() as f64;
            let want_sum: f64 = xs.iter().map(|&x| f64::from(x)).sum();
            let scale: f64 = xs.iter().map(|&x| f64::from(x.abs())).sum();
            let at = row * f + j;
            assert!(
                (f64::from(sum[at]) - want_sum).abs() <= 1e-5 * scale,
                "sum of row {row}: {} vs {want_sum}",
                sum[at]
            );
            assert!(
                (f64::from(mean[at]) - want_sum / n).abs() <= 1e-5 * scale / n,
                "mean of row {row}: {} vs {}",
                mean[at],
                want_sum / n
            );
            let want_max = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
            assert_eq!(max[at].to_bits(), want_max.to_bits(), "max of row {row}");
        }
    }
}

pub fn batched_dynamic_voxelization_numbers_rows_across_clouds(ctx: &Context) {
    // Cloud 0: two voxels; cloud 1: empty; cloud 2: one voxel, one padding slot.
    #[rustfmt::skip]
    let points = [
        0.5f32, 0.5, 0.5,   1.5, 0.5, 0.5,   0.6, 0.5, 0.5,
        0.0, 0.0, 0.0,      0.0, 0.0, 0.0,   0.0, 0.0, 0.0,
        1.5, 0.5, 0.5,      1.6, 0.5, 0.5,   9.0, 9.0, 9.0,
    ];
    let dynamic = ctx
        .voxelize_points(view(&points, &[3, 3, 3]), unit_grid([2, 1, 1]))
        .lengths(view(&[3u32, 0, 2], &[3]))
        .dynamic()
        .unwrap();
    assert_eq!(dynamic.point_to_voxel.shape(), &[3, 3]);
    assert_eq!(
        host::<i32>(&dynamic.point_to_voxel),
        vec![0, 1, 0, -1, -1, -1, 2, 2, -1]
    );
    assert_eq!(
        host::<i32>(&dynamic.coords),
        vec![0, 0, 0, 0, 0, 1, 0, 0, 2, 1, 0, 0]
    );
    assert_eq!(host::<u32>(&dynamic.counts), vec![2, 1, 2]);
    assert_eq!(dynamic.stats()[1].total(), 0);
}

pub fn clouds_with_no_voxel_give_empty_outputs(ctx: &Context) {
    let points = [[7.0f32, 0.0, 0.0], [f32::NAN, 0.0, 0.0]];
    let job = || ctx.voxelize_points(TensorView::points(&points), unit_grid([2, 2, 2]));
    let hard = job().hard(HardLimits::new(4, 4)).unwrap();
    assert_eq!(hard.voxels.shape(), &[0, 4, 3]);
    assert_eq!(hard.coords.shape(), &[0, 3]);
    assert_eq!(hard.stats().unwrap()[0].dropped(), 2);
    let dynamic = job().dynamic().unwrap();
    assert!(dynamic.is_empty());
    assert_eq!(host::<i32>(&dynamic.point_to_voxel), vec![-1, -1]);
    let sums = dynamic
        .reduce(view(&[1.0f32, 2.0], &[2, 1]), PointReduction::Sum)
        .unwrap();
    assert_eq!(sums.shape(), &[0, 1]);
}

pub fn grids_too_large_for_a_dense_output_are_fine(ctx: &Context) {
    // SECOND's KITTI grid at 5 cm: 90 million voxels per cloud, 64 clouds.
    let grid = VoxelGrid::new([0.0, -40.0, -3.0], [0.05, 0.05, 0.1], [1408, 1600, 40]);
    let mut points = vec![0.0f32; 64 * 2 * 3];
    points[..6].copy_from_slice(&[10.0, 0.0, -1.0, 10.01, 0.01, -0.99]);
    points[63 * 6..].copy_from_slice(&[70.3, 39.97, 0.95, 1.0, 1.0, 1.0]);
    let hard = ctx
        .voxelize_points(view(&points, &[64, 2, 3]), grid)
        .hard(HardLimits::new(2, 100))
        .unwrap();
    let coords = host::<i32>(&hard.coords);
    assert_eq!(&coords[..4], &[0, 200, 800, 20]);
    // Cloud 63's second point is on the grid's upper z face: dropped.
    assert_eq!(&coords[coords.len() - 4..], &[63, 1406, 1599, 39]);
    assert_eq!(hard.stats().unwrap()[63].out_of_grid, 1);
}

pub fn reruns_of_detector_voxelization_are_bit_identical(ctx: &Context) {
    let dims = [10, 10, 4];
    let points = crowded(20_000, dims, 9);
    let features: Vec<f32> = (0..points.len()).map(|i| (i % 13) as f32 - 6.5).collect();
    let run = || {
        let job = ctx
            .voxelize_points(TensorView::points(&points), unit_grid(dims))
            .features(view(&features, &[points.len(), 1]));
        let hard = job.clone().hard(HardLimits::new(7, 300)).unwrap();
        let dynamic = job.dynamic().unwrap();
        let mean = dynamic
            .reduce(view(&features, &[points.len(), 1]), PointReduction::Mean)
            .unwrap();
        (
            bits(&host::<f32>(&hard.voxels)),
            host::<i32>(&dynamic.point_to_voxel),
            bits(&host::<f32>(&mean)),
        )
    };
    let first = run();
    for _ in 0..3 {
        assert!(run() == first, "a rerun differs");
    }
}

pub fn bad_detector_input_is_rejected(ctx: &Context) {
    let points = [[0.5f32, 0.5, 0.5], [0.7, 0.5, 0.5]];
    let job = || ctx.voxelize_points(TensorView::points(&points), unit_grid([1, 1, 1]));
    for (limits, option) in [
        (HardLimits::new(0, 10), "max_points_per_voxel"),
        (HardLimits::new(10, 0), "max_voxels"),
    ] {
        let err = job().hard(limits).unwrap_err();
        assert!(
            matches!(err, Error::InvalidLimit { option: o, .. } if o == option),
            "{err}"
        );
    }
    // A grid whose one cloud has more voxels than u32 indexes.
    let huge = VoxelGrid::new([0.0; 3], [0.01; 3], [100_000, 100_000, 1]);
    let err = ctx
        .voxelize_points(TensorView::points(&points), huge)
        .dynamic()
        .unwrap_err();
    assert!(matches!(err, Error::TooLarge { .. }), "{err}");
    // A non-finite feature of a point in the grid names the first one; the
    // same value on a point outside is not read.
    let points = [[9.0f32, 0.5, 0.5], [0.5, 0.5, 0.5], [0.7, 0.5, 0.5]];
    let features = [f32::NAN, 1.0, f32::INFINITY];
    let err = ctx
        .voxelize_points(TensorView::points(&points), unit_grid([1, 1, 1]))
        .features(view(&features, &[3, 1]))
        .hard(HardLimits::new(1, 1))
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::NonFiniteFeature {
                point: 2,
                feature: 0,
                ..
            }
        ),
        "{err}"
    );
    let dynamic = ctx
        .voxelize_points(TensorView::points(&points), unit_grid([1, 1, 1]))
        .dynamic()
        .unwrap();
    let err = dynamic
        .reduce(view(&features, &[3, 1]), PointReduction::Max)
        .and_then(|t| t.to_vec::<f32>())
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::NonFiniteFeature {
                point: 2,
                feature: 0,
                ..
            }
        ),
        "{err}"
    );
    // Lengths past the slots.
    let err = ctx
        .voxelize_points(view(&[0.5f32; 6], &[1, 2, 3]), unit_grid([1, 1, 1]))
        .lengths(view(&[3u32], &[1]))
        .dynamic()
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::RowLength {
                row: 0,
                length: 3,
                ..
            }
        ),
        "{err}"
    );
    // Features whose shape does not match the points.
    let err = dynamic
        .reduce(view(&[1.0f32; 4], &[2, 2]), PointReduction::Sum)
        .unwrap_err();
    assert!(matches!(err, Error::ShapeMismatch { .. }), "{err}");
}

/// A pillar grid of 12 x 10 columns of 0.3 m x 0.25 m, one 2.5 m layer,
/// off the origin so that the centres are not round numbers.
fn pillar_grid() -> VoxelGrid {
    VoxelGrid::new([-1.8, -1.25, -0.5], [0.3, 0.25, 2.5], [12, 10, 1])
}

/// Points spread over the pillar grid (and a little past it), with
/// non-finite ones mixed in.
fn pillar_cloud(n: usize, seed: u64) -> Vec<[f32; 3]> {
    crowded(n, [12, 10, 1], seed)
        .into_iter()
        .map(|p| [p[0] * 0.3 - 1.8, p[1] * 0.25 - 1.25, p[2] * 2.5 - 0.5])
        .collect()
}

pub fn pillar_features_match_the_reference(ctx: &Context) {
    let grid = pillar_grid();
    let points = pillar_cloud(3000, 21);
    let intensity: Vec<f32> = (0..points.len()).map(|i| (i % 13) as f32 * 0.125).collect();
    let (p_max, m_max) = (6, 80);
    let hard = ctx
        .voxelize_points(TensorView::points(&points), grid)
        .features(view(&intensity, &[points.len(), 1]))
        .hard(HardLimits::new(p_max, m_max))
        .unwrap();
    for with_z_centre in [false, true] {
        let k = 4 + 5 + usize::from(with_z_centre);
        let decorated = hard.pillar_features(with_z_centre).unwrap();
        // The SPEC's words: per pillar (first M, by first point) its first P
        // points; the mean of x, y, z added in input order in f32 and divided
        // by the count; the centre at origin + (index + 0.5) * size.
        let mut row_of: HashMap<usize, usize> = HashMap::new();
        let mut pillars: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, &p) in points.iter().enumerate() {
            let Some(v) = reference::voxel_of(p, grid.origin, grid.voxel_size, grid.dims) else {
                continue;
            };
            let row = *row_of.entry(v).or_insert_with(|| {
                pillars.push((v, Vec::new()));
                pillars.len() - 1
            });
            pillars[row].1.push(i);
        }
        pillars.truncate(m_max);
        let mut want = vec![0.0f32; pillars.len() * p_max * k];
        for (row, (v, members)) in pillars.iter().enumerate() {
            let kept = &members[..members.len().min(p_max)];
            let mut sum = [0.0f32; 3];
            for &i in kept {
                for a in 0..3 {
                    sum[a] += points[i][a];
                }
            }
            let mean = sum.map(|s| s / kept.len() as f32);
            let index = [v / grid.dims[1], v % grid.dims[1], 0];
            let centre: [f32; 3] =
                std::array::from_fn(|a| grid.origin[a] + (index[a] as f32 + 0.5) * grid.voxel_size[a]);
            for (slot, &i) in kept.iter().enumerate() {
                let p = points[i];
                let mut values = vec![p[0], p[1], p[2], intensity[i]];
                values.extend((0..3).map(|a| p[a] - mean[a]));
                values.extend((0..2 + usize::from(with_z_centre)).map(|a| p[a] - centre[a]));
                let at = (row * p_max + slot) * k;
                want[at..at + k].copy_from_slice(&values);
            }
        }
        assert_eq!(decorated.shape(), &[pillars.len(), p_max, k]);
        assert_eq!(
            bits(&host::<f32>(&decorated)),
            bits(&want),
            "with_z_centre {with_z_centre}"
        );
    }
}

pub fn pillars_scatter_onto_the_bev_grid(ctx: &Context) {
    let grid = pillar_grid();
    let nmax = 400;
    let lengths = [400u32, 150];
    let flat: Vec<f32> = (0..2)
        .flat_map(|c| pillar_cloud(nmax, 31 + c))
        .flatten()
        .collect();
    let hard = ctx
        .voxelize_points(view(&flat, &[2, nmax, 3]), grid)
        .lengths(view(&lengths, &[2]))
        .hard(HardLimits::new(4, 50))
        .unwrap();
    let rows = hard.num_points.shape()[0];
    let depth = 3;
    let vectors: Vec<f32> = (0..rows * depth).map(|i| i as f32 + 0.5).collect();
    let bev = hard.scatter_to_bev(view(&vectors, &[rows, depth])).unwrap();
    let [x_dim, y_dim, _] = grid.dims;
    assert_eq!(bev.shape(), &[2, depth, x_dim, y_dim]);
    let mut want = vec![0.0f32; 2 * depth * x_dim * y_dim];
    for (row, at) in host::<i32>(&hard.coords).chunks(4).enumerate() {
        let [cloud, x, y] = [at[0], at[1], at[2]].map(|a| a as usize);
        for d in 0..depth {
            want[((cloud * depth + d) * x_dim + x) * y_dim + y] = vectors[row * depth + d];
        }
    }
    assert_eq!(bits(&host::<f32>(&bev)), bits(&want));
    // The decorated points of a batch are those of its clouds.
    assert_eq!(hard.pillar_features(false).unwrap().shape(), &[rows, 4, 8]);
}

pub fn bad_pillar_input_is_rejected(ctx: &Context) {
    let points = pillar_cloud(100, 41);
    let hard = ctx
        .voxelize_points(TensorView::points(&points), pillar_grid())
        .hard(HardLimits::new(4, 50))
        .unwrap();
    let rows = hard.num_points.shape()[0];
    let vectors = vec![1.0f32; (rows + 1) * 2];
    let err = hard.scatter_to_bev(view(&vectors, &[rows + 1, 2])).unwrap_err();
    assert!(
        matches!(err, Error::ShapeMismatch { expected, .. } if expected == rows),
        "{err}"
    );
    let err = hard
        .scatter_to_bev(view(&vectors[..rows * 2], &[rows * 2]))
        .unwrap_err();
    assert!(matches!(err, Error::Rank { expected: 2, .. }), "{err}");
    let integers = vec![1u32; rows * 2];
    let err = hard.scatter_to_bev(view(&integers, &[rows, 2])).unwrap_err();
    assert!(matches!(err, Error::DTypeMismatch { .. }), "{err}");
    // Pillars span the whole height: a grid of two layers is not one.
    let layered = VoxelGrid::new([-1.8, -1.25, -0.5], [0.3, 0.25, 1.25], [12, 10, 2]);
    let hard = ctx
        .voxelize_points(TensorView::points(&points), layered)
        .hard(HardLimits::new(4, 50))
        .unwrap();
    let err = hard.pillar_features(false).unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidGrid {
                parameter: "dims",
                axis: 2,
                ..
            }
        ),
        "{err}"
    );
}
