//! How long a new process waits for its first call of each operation: the
//! wait the kernel cache (`ROBOCACHE_KERNEL_CACHE`, see
//! `robocache::kernel_cache_dir`) removes on CUDA. Prints one JSON
//! line; run it twice, and the second process finds the first one's kernels.
//!
//! ```text
//! ROBOCACHE_KERNELS=cubecl cargo run --release --features cuda --example first_call -- cuda
//! ROBOCACHE_KERNEL_CACHE=off cargo run --release --features cuda --example first_call -- cuda
//! ```
//!
//! Each operation runs twice; a call's time includes reading its result
//! back, so that the work is done when the clock stops. A first upload and
//! read-back before them is timed apart: it sets up what all calls share.

use std::error::Error;
use std::time::Instant;

use robocache::{Backend, Context, InterpMode, Stream, TensorView, VoxelGrid, VoxelMode};

fn main() -> Result<(), Box<dyn Error>> {
    let backend: Backend = std::env::args().nth(1).unwrap_or_else(|| "auto".into()).parse()?;
    let started = Instant::now();
    let ctx = Context::new(backend)?;
    let open_ms = ms(started);

    // A batch of trajectories: 32 episodes of 500 samples of 64 values.
    let (b, s, d, t) = (32, 500, 64, 250);
    let values: Vec<f32> = (0..b * s * d).map(|i| (i % 977) as f32 * 1e-3).collect();
    let src: Vec<f64> = (0..b * s).map(|i| (i % s) as f64 * 0.01).collect();
    let tgt: Vec<f64> = (0..b * t).map(|i| (i % t) as f64 * 0.019).collect();
    let resample = || -> Result<(), Box<dyn Error>> {
        let out = ctx
            .resample(
                TensorView::new(&values, [b, s, d])?,
                TensorView::new(&src, [b, s])?,
                TensorView::new(&tgt, [b, t])?,
            )
            .mode(InterpMode::Linear)
            .run()?;
        out.values.to_vec::<f32>()?;
        Ok(())
    };
    // Two streams at other rates, fused onto the same targets.
    let slow: Vec<f32> = values[..b * 100 * 16].to_vec();
    let slow_times: Vec<f64> = (0..b * 100).map(|i| (i % 100) as f64 * 0.05).collect();
    let fuse = || -> Result<(), Box<dyn Error>> {
        let out = ctx
            .fuse(TensorView::new(&tgt, [b, t])?)
            .stream(Stream::new(
                TensorView::new(&values, [b, s, d])?,
                TensorView::new(&src, [b, s])?,
            ))
            .stream(
                Stream::new(
                    TensorView::new(&slow, [b, 100, 16])?,
                    TensorView::new(&slow_times, [b, 100])?,
                )
                .mode(InterpMode::Previous),
            )
            .run()?;
        out.values.to_vec::<f32>()?;
        Ok(())
    };
    // A lidar-sized cloud into a 128^3 grid.
    let points: Vec<f32> = (0..120_000 * 3)
        .map(|i| ((i * 7919) % 2000) as f32 * 0.01 - 10.0)
        .collect();
    let grid = VoxelGrid::new([-10.0; 3], [0.16; 3], [128; 3]);
    let voxelize = || -> Result<(), Box<dyn Error>> {
        let out = ctx
            .voxelize(TensorView::new(&points, [120_000, 3])?, grid, VoxelMode::Count)
            .run()?;
        out.voxels.to_vec::<u32>()?;
        Ok(())
    };

    // The first transfer sets up what every later call shares (memory
    // pools, staging buffers, the stream): timed apart from the kernels.
    let started = Instant::now();
    ctx.upload(TensorView::new(&values, [b, s, d])?)?
        .to_vec::<f32>()?;
    let first_transfer_ms = ms(started);

    let mut line = format!(
        "{{\"backend\": \"{}\", \"kernels\": \"{}\", \"cache\": \"{}\", \"open_ms\": {open_ms:.1}, \
         \"first_transfer_ms\": {first_transfer_ms:.1}",
        ctx.backend(),
        ctx.kernel_path().map_or("-".to_string(), |p| p.to_string()),
        cache_dir(),
    );
    let ops: [(&str, &Call); 3] = [("resample", &resample), ("fuse", &fuse), ("voxelize", &voxelize)];
    for (name, op) in ops {
        for call in ["first", "second"] {
            let started = Instant::now();
            op()?;
            line += &format!(", \"{name}_{call}_ms\": {:.1}", ms(started));
        }
    }
    println!("{line}}}");
    Ok(())
}

/// One operation, called and read back.
type Call<'a> = dyn Fn() -> Result<(), Box<dyn Error>> + 'a;

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1e3
}

#[cfg(any(feature = "cuda", feature = "wgpu"))]
fn cache_dir() -> String {
    robocache::kernel_cache_dir().map_or("off".into(), |d| d.display().to_string())
}

#[cfg(not(any(feature = "cuda", feature = "wgpu")))]
fn cache_dir() -> String {
    "-".into()
}
