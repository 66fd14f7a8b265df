//! One batch over every CUDA device of the machine against one device: the
//! throughput of a large fusion and of batched voxelization, with the data
//! already on the devices (each device uploads its share first), so that
//! what is measured is the devices' work running side by side.
//!
//! ```text
//! cargo run --release --features cuda --example multi_gpu
//! ```
//!
//! Prints one JSON line per workload and device count.

use std::error::Error;
use std::time::Instant;

use robocache::{bf16, split_batch, Context, InterpMode, Stream, Tensor, TensorView, VoxelGrid, VoxelMode};

/// Calls per device in the timed loop.
const REPEATS: usize = 50;

fn main() -> Result<(), Box<dyn Error>> {
    let count = robocache::cuda_device_count();
    if count == 0 {
        return Err("no CUDA device: this example measures several".into());
    }
    let all: Vec<Context> = (0..count).map(Context::cuda).collect::<Result<_, _>>()?;
    same_result_on_every_split(&all)?;
    for n in [1, count] {
        fusion(&all[..n], 4096)?;
        voxelization(&all[..n], 256)?;
        if count == 1 {
            break;
        }
    }
    Ok(())
}

/// A fusion split over all devices gives, bit for bit, what the first
/// device gives alone.
fn same_result_on_every_split(all: &[Context]) -> Result<(), Box<dyn Error>> {
    let (b, s, d, t) = (64, 300, 32, 100);
    let values: Vec<bf16> = (0..b * s * d)
        .map(|i| bf16::from_f32((i % 997) as f32 * 0.01))
        .collect();
    let times: Vec<f64> = (0..b * s)
        .map(|i| (i % s) as f64 * 0.01 + (i / s) as f64 * 1e-4)
        .collect();
    let targets: Vec<f64> = (0..b * t).map(|i| (i % t) as f64 * 0.029).collect();
    let fuse = |ctx: &Context, share: std::ops::Range<usize>| {
        let n = share.len();
        ctx.fuse(TensorView::new(&targets[share.start * t..share.end * t], [n, t])?)
            .stream(
                Stream::new(
                    TensorView::new(&values[share.start * s * d..share.end * s * d], [n, s, d])?,
                    TensorView::new(&times[share.start * s..share.end * s], [n, s])?,
                )
                .tolerance(0.05),
            )
            .run()?
            .values
            .to_vec::<bf16>()
    };
    let alone = split_batch(&all[..1], b, fuse)?.concat();
    let split = split_batch(all, b, fuse)?.concat();
    if alone != split {
        return Err(format!(
            "the fusion split over {} devices differs from one device's",
            all.len()
        )
        .into());
    }
    println!(
        "{{\"check\": \"a fusion split over {} devices equals one device's\", \"ok\": true}}",
        all.len()
    );
    Ok(())
}

/// 2 s episodes of camera features (30 Hz x 512), joints (100 Hz x 64) and
/// IMU (200 Hz x 12), bf16, fused at 100 Hz.
fn fusion(contexts: &[Context], episodes: usize) -> Result<(), Box<dyn Error>> {
    let streams = [(60, 512), (200, 64), (400, 12)];
    let frames = 200;
    let resident = split_batch(contexts, episodes, |ctx, share| {
        let n = share.len();
        let mut uploaded: Vec<(Tensor, Tensor)> = Vec::new();
        for (s, d) in streams {
            let values: Vec<bf16> = (0..n * s * d)
                .map(|i| bf16::from_f32((i % 251) as f32 * 0.01))
                .collect();
            let times: Vec<f64> = (0..n * s).map(|i| (i % s) as f64 * 2.0 / s as f64).collect();
            uploaded.push((
                ctx.upload(TensorView::new(&values, [n, s, d])?)?,
                ctx.upload(TensorView::new(&times, [n, s])?)?,
            ));
        }
        let targets: Vec<f64> = (0..n * frames).map(|i| (i % frames) as f64 * 0.01).collect();
        let targets = ctx.upload(TensorView::new(&targets, [n, frames])?)?;
        ctx.synchronize()?;
        Ok((uploaded, targets))
    })?;
    let seconds = timed(contexts, |ctx, i| {
        let (streams, targets) = &resident[i];
        let mut fuse = ctx.fuse(targets);
        for (values, times) in streams {
            fuse = fuse.stream(Stream::new(values, times).mode(InterpMode::Linear));
        }
        fuse.run().map(drop)
    })?;
    report("fusion", contexts.len(), episodes, seconds);
    Ok(())
}

/// KITTI-size scans (120 000 points each) counted into a 128^3 grid.
fn voxelization(contexts: &[Context], clouds: usize) -> Result<(), Box<dyn Error>> {
    let points = 120_000;
    let grid = VoxelGrid::new([-40.0, -40.0, -3.0], [0.625, 0.625, 0.05], [128, 128, 128]);
    let resident = split_batch(contexts, clouds, |ctx, share| {
        let n = share.len();
        let xyz: Vec<f32> = (0..n * points * 3)
            .map(|i| match i % 3 {
                0 | 1 => ((i * 7919) % 8000) as f32 * 0.01 - 40.0,
                _ => ((i * 104_729) % 640) as f32 * 0.01 - 3.0,
            })
            .collect();
        let tensor = ctx.upload(TensorView::new(&xyz, [n, points, 3])?)?;
        ctx.synchronize()?;
        Ok(tensor)
    })?;
    let seconds = timed(contexts, |ctx, i| {
        ctx.voxelize(&resident[i], grid, VoxelMode::Count).run().map(drop)
    })?;
    report("voxelization", contexts.len(), clouds, seconds);
    Ok(())
}

/// Seconds for every context to make [`REPEATS`] calls of `call` (given
/// the context and its index) side by side, after one untimed round.
fn timed(
    contexts: &[Context],
    call: impl Fn(&Context, usize) -> robocache::Result<()> + Sync,
) -> robocache::Result<f64> {
    // One share per context: its index.
    let round = |repeats: usize| {
        split_batch(contexts, contexts.len(), |ctx, share| {
            for _ in 0..repeats {
                call(ctx, share.start)?;
            }
            ctx.synchronize()
        })
    };
    round(1)?;
    let started = Instant::now();
    round(REPEATS)?;
    Ok(started.elapsed().as_secs_f64())
}

fn report(workload: &str, gpus: usize, batch: usize, seconds: f64) {
    println!(
        "{{\"workload\": \"{workload}\", \"gpus\": {gpus}, \"batch\": {batch}, \"calls_per_gpu\": {REPEATS}, \
         \"seconds\": {seconds:.4}, \"batches_per_s\": {:.2}}}",
        REPEATS as f64 / seconds
    );
}
