//! Where a backend's time goes when `convert` voxelizes one lidar cloud:
//! the steps of `Voxelize::run_sparse` timed one by one on the first clouds
//! of a recording (the first five are warm-up).
//!
//! ```sh
//! cargo run --release -p robocache-cli --features cuda --example cloud_anatomy -- BAG cuda
//! ```

use std::time::Instant;

use robocache::{Backend, Context, PointReduction, SparseOrder, TensorView, VoxelGrid, VoxelMode};
use robocache_recordings::{decode, Decoded, Recording};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let bag = args.get(1).ok_or("usage: cloud_anatomy BAG [BACKEND]")?;
    let backend: Backend = args.get(2).map_or("cuda", String::as_str).parse()?;
    let context = Context::new(backend)?;
    // The benchmark's grid: --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3.
    let grid = VoxelGrid::new([-16.0, -16.0, -3.0], [0.2; 3], [160, 160, 30]);
    let mut clouds = Vec::new();
    for message in Recording::open(bag)?.messages() {
        let message = message?;
        if let Ok(Decoded::Cloud(cloud)) = decode(&message.type_name, &message.data) {
            clouds.push(cloud);
            if clouds.len() == 45 {
                break;
            }
        }
    }
    let steps = [
        "dynamic()",
        "reduce(mean)",
        "mean to_vec",
        "coords to_vec",
        "counts to_vec",
        "run_sparse, whole",
    ];
    let mut totals = [0.0f64; 6];
    let mut timed = 0;
    for (i, cloud) in clouds.iter().enumerate() {
        let (n, f) = (cloud.len(), cloud.feature_names.len());
        let points = TensorView::new(&cloud.xyz, [n, 3])?;
        let features = TensorView::new(&cloud.features, [n, f])?;
        let mut marks = [Instant::now(); 7];
        let dynamic = context.voxelize_points(points.clone(), grid).dynamic()?;
        marks[1] = Instant::now();
        let mean = dynamic.reduce(features.clone(), PointReduction::Mean)?;
        marks[2] = Instant::now();
        let values = mean.to_vec::<f32>()?;
        marks[3] = Instant::now();
        let coords = dynamic.coords.to_vec::<i32>()?;
        marks[4] = Instant::now();
        let counts = dynamic.counts.to_vec::<u32>()?;
        marks[5] = Instant::now();
        let sparse = context
            .voxelize(points, grid, VoxelMode::Mean)
            .features(features)
            .run_sparse(SparseOrder::Grid)?;
        marks[6] = Instant::now();
        assert_eq!(
            (values.len(), coords.len(), counts.len()),
            (sparse.len() * f, 3 * sparse.len(), sparse.len())
        );
        if i >= 5 {
            timed += 1;
            for (total, step) in totals.iter_mut().zip(marks.windows(2)) {
                *total += (step[1] - step[0]).as_secs_f64();
            }
        }
    }
    println!(
        "{} ({}), {timed} clouds of about {} points, ms per cloud:",
        context.backend(),
        context.device_name(),
        clouds[0].len()
    );
    for (step, total) in steps.iter().zip(totals) {
        println!("  {step:<20} {:8.3}", total * 1e3 / timed as f64);
    }
    Ok(())
}
