//! The CPU backend's results do not depend on how many threads run them:
//! work is split by thread count, but every reduction runs in point order.

use robocache::{Context, TensorView, VoxelGrid, VoxelMode};

fn in_pool<T: Send>(threads: usize, f: impl FnOnce() -> T + Send) -> T {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("a thread pool")
        .install(f)
}

#[test]
fn voxel_means_are_bit_identical_for_any_thread_count() {
    let n = 120_000;
    let points: Vec<[f32; 3]> = (0..n)
        .map(|i| {
            let x = ((i * 2_654_435_761usize) % 100_003) as f32 / 100_003.0;
            let y = ((i * 40_503usize) % 10_007) as f32 / 10_007.0;
            [x * 8.0, y * 8.0, (x * y) * 8.0]
        })
        .collect();
    let features: Vec<f32> = (0..n * 4)
        .map(|i| ((i * 7919) % 4099) as f32 * 1e-3 - 2.0)
        .collect();
    let grid = VoxelGrid::new([0.0; 3], [0.25; 3], [32; 3]);
    let run = |threads| {
        in_pool(threads, || {
            let ctx = Context::cpu();
            let out = ctx
                .voxelize(TensorView::points(&points), grid, VoxelMode::Mean)
                .features(TensorView::new(&features, [n, 4]).unwrap())
                .run()
                .unwrap();
            out.voxels
                .to_vec::<f32>()
                .unwrap()
                .iter()
                .map(|v| v.to_bits())
                .collect::<Vec<_>>()
        })
    };
    let one = run(1);
    for threads in [2, 3, 8] {
        assert_eq!(run(threads), one, "{threads} threads");
    }
}

#[test]
fn fusion_is_identical_for_any_thread_count() {
    let (b, s, d, t) = (8, 40, 16, 33);
    let data: Vec<f32> = (0..b * s * d).map(|i| (i % 97) as f32 * 0.37).collect();
    let times: Vec<f64> = (0..b * s)
        .map(|i| (i % s) as f64 * 0.1 + (i / s) as f64)
        .collect();
    let targets: Vec<f64> = (0..b * t)
        .map(|i| (i % t) as f64 * 0.12 + (i / t) as f64)
        .collect();
    let run = |threads| {
        in_pool(threads, || {
            Context::cpu()
                .resample(
                    TensorView::new(&data, [b, s, d]).unwrap(),
                    TensorView::new(&times, [b, s]).unwrap(),
                    TensorView::new(&targets, [b, t]).unwrap(),
                )
                .run()
                .unwrap()
                .values
                .to_vec::<f32>()
                .unwrap()
        })
    };
    assert_eq!(run(3), run(1));
}
