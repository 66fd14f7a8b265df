//! `cargo bench` runs every case on every backend this build can open
//! (`--features cuda,wgpu` adds the GPUs); pick one with a filter:
//! `cargo bench --bench ops -- cpu/`. Each call is timed until its device
//! work has finished. The shapes are those of
//! `benches/RESULTS.md`.
//!
//! Plain cases are steady state, as in a robot's loop: each output is dropped
//! before the next call, whose buffers the context then reuses. `_cold` cases
//! free the context's cache first, so the output comes fresh from the OS.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use robocache::{Context, InterpMode, Stream, Tensor, TensorView, VoxelGrid, VoxelMode};

#[path = "workloads.rs"]
mod workloads;
use workloads::*;

fn contexts() -> Vec<Context> {
    robocache::available_backends()
        .into_iter()
        .filter_map(|backend| Context::new(backend).ok())
        .collect()
}

/// Waits for the device, so that GPU cases time the work and not its queueing.
fn sync<T>(ctx: &Context, out: T) -> T {
    ctx.synchronize().expect("the device finishes");
    out
}

fn upload<T: robocache::Element>(ctx: &Context, data: &[T], shape: &[usize]) -> Tensor {
    ctx.upload(TensorView::new(data, shape).expect("bench shapes are consistent"))
        .expect("bench data fits the device")
}

fn resample(c: &mut Criterion) {
    for ctx in contexts() {
        let mut group = c.benchmark_group(format!("{}/resample", ctx.backend()));
        group.sample_size(20);
        for (name, b, s, d, t) in [
            ("medium_32x500x256_to_256", 32, 500, 256, 256),
            ("large_64x1000x512_to_500", 64, 1000, 512, 500),
        ] {
            let mut rng = Rng::new(7);
            let data = upload(&ctx, &normal_f32(&mut rng, b * s * d), &[b, s, d]);
            let src = upload(&ctx, &uneven_times(&mut rng, b, s, 0.0, 5.0), &[b, s]);
            let tgt = upload(&ctx, &even_times(b, t, 0.0, 5.0), &[b, t]);
            group.throughput(Throughput::Elements((b * t * d) as u64));
            group.bench_function(BenchmarkId::new("f32_linear", name), |bench| {
                bench.iter(|| sync(&ctx, ctx.resample(&data, &src, &tgt).run().expect("valid input")))
            });
            // The first call of a shape: output memory fresh from the OS.
            group.bench_function(BenchmarkId::new("f32_linear_cold", name), |bench| {
                bench.iter_batched(
                    || ctx.release_cached_memory(),
                    |()| sync(&ctx, ctx.resample(&data, &src, &tgt).run().expect("valid input")),
                    BatchSize::PerIteration,
                )
            });
        }
        group.finish();
    }
}

fn fuse(c: &mut Criterion) {
    for ctx in contexts() {
        let mut group = c.benchmark_group(format!("{}/fuse", ctx.backend()));
        group.sample_size(20);
        for b in [4usize, 256] {
            let mut rng = Rng::new(11);
            let streams: Vec<(Tensor, Tensor)> = FUSION_STREAMS
                .iter()
                .map(|&(s, d)| {
                    let data = upload(&ctx, &normal_bf16(&mut rng, b * s * d), &[b, s, d]);
                    let times = upload(&ctx, &uneven_times(&mut rng, b, s, 0.0, 1.0), &[b, s]);
                    (data, times)
                })
                .collect();
            let tgt = upload(
                &ctx,
                &even_times(b, FUSION_TARGET_HZ, 0.0, 1.0),
                &[b, FUSION_TARGET_HZ],
            );
            group.bench_function(BenchmarkId::new("bf16_3_streams", format!("B{b}")), |bench| {
                bench.iter(|| {
                    let fused = streams
                        .iter()
                        .fold(ctx.fuse(&tgt), |fuse, (data, times)| {
                            fuse.stream(Stream::new(data, times).mode(InterpMode::Linear))
                        })
                        .run()
                        .expect("valid input");
                    sync(&ctx, fused)
                })
            });
        }
        group.finish();
    }
}

fn voxelize(c: &mut Criterion) {
    let grid = VoxelGrid::new([-3.2; 3], [0.05; 3], [128; 3]);
    for ctx in contexts() {
        let mut group = c.benchmark_group(format!("{}/voxelize", ctx.backend()));
        group.sample_size(20);
        let n = 2_000_000;
        let mut rng = Rng::new(3);
        let points = cube_points(&mut rng, n);
        let points = upload(&ctx, bytemuck::cast_slice::<[f32; 3], f32>(&points), &[n, 3]);
        let features = upload(&ctx, &normal_f32(&mut rng, n * 8), &[n, 8]);
        group.throughput(Throughput::Elements(n as u64));
        for mode in [
            VoxelMode::Count,
            VoxelMode::Occupancy,
            VoxelMode::Mean,
            VoxelMode::Max,
        ] {
            let run = || {
                let job = ctx.voxelize(&points, grid, mode);
                let job = if mode.needs_features() {
                    job.features(&features)
                } else {
                    job
                };
                sync(&ctx, job.run().expect("valid input"))
            };
            let id = BenchmarkId::new(mode.name(), "2M_points_128cubed");
            group.bench_function(id, |bench| bench.iter(run));
            let id = BenchmarkId::new(format!("{}_cold", mode.name()), "2M_points_128cubed");
            group.bench_function(id, |bench| {
                bench.iter_batched(
                    || ctx.release_cached_memory(),
                    |()| run(),
                    BatchSize::PerIteration,
                )
            });
        }
        group.finish();
    }
}

criterion_group!(benches, resample, fuse, voxelize);
criterion_main!(benches);
