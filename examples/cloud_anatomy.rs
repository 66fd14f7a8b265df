//! Where one lidar cloud's voxelization spends its time, call by call, on
//! each backend built in: the sparse voxels in grid order (what
//! `robocache-node` publishes), the steps that call is made of, and the
//! dense grid read back. Each call ends in a read of its result, so the
//! figures are latencies, as a node handling one cloud at a time sees them.
//! Prints CSV: `step,backend,p50_us,p99_us`.
//!
//! ```text
//! cargo run --release --features cuda --example cloud_anatomy [CALLS] [IDLE_MS]
//! ```
//!
//! With `IDLE_MS`, the host sleeps that long before each timed call, as a
//! node between two clouds does.
//!
//! The cloud is the node's benchmark cloud: 120 000 points of a 32-beam
//! scan with an intensity, every 37th a missing return, in a 0.2 m grid
//! over 32 x 32 x 6 m (768 000 voxels), mean of the intensity.

use std::error::Error;
use std::f64::consts::PI;
use std::time::{Duration, Instant};

use robocache::{
    available_backends, Context, KernelPath, PointRecordLayout, PointReduction, SparseOrder, Tensor,
    TensorView, VoxelGrid, VoxelMode,
};

const POINTS: u32 = 120_000;

fn main() -> Result<(), Box<dyn Error>> {
    let arg = |i: usize| std::env::args().nth(i);
    let pace = Pace {
        calls: arg(1).map_or(Ok(300), |a| a.parse())?,
        idle: arg(2)
            .map(|ms| ms.parse().map(Duration::from_millis))
            .transpose()?,
    };
    let (xyz, intensity) = scan(POINTS);
    let n = xyz.len() / 3;
    // The same points as a PointCloud2 carries them: x, y, z, intensity.
    let records: Vec<u8> = (xyz.chunks_exact(3).zip(&intensity))
        .flat_map(|(p, i)| [p[0], p[1], p[2], *i])
        .flat_map(f32::to_le_bytes)
        .collect();
    let layout = PointRecordLayout::new(16, [0, 4, 8]).with_features([12]);
    let grid = VoxelGrid::new([-16.0, -16.0, -3.0], [0.2; 3], [160, 160, 30]);
    println!("step,backend,p50_us,p99_us");
    for backend in available_backends() {
        let base = Context::new(backend)?;
        // Both kernel paths where there are two: CUDA's.
        let contexts = match backend {
            robocache::Backend::Cuda => vec![
                (format!("{backend}-ptx"), base.with_kernel_path(KernelPath::Ptx)?),
                (
                    format!("{backend}-cubecl"),
                    base.with_kernel_path(KernelPath::CubeCl)?,
                ),
            ],
            _ => vec![(backend.to_string(), base)],
        };
        for (name, ctx) in contexts {
            let points = || TensorView::new(&xyz, [n, 3]);
            let features = || TensorView::new(&intensity, [n, 1]);
            let line = |step: &str, mut call: Box<dyn FnMut() -> Result<(), robocache::Error> + '_>| {
                let (p50, p99) = latency(pace, &mut call)?;
                println!("{step},{name},{p50:.1},{p99:.1}");
                Ok::<_, Box<dyn Error>>(())
            };
            line(
                "sparse_grid_order",
                Box::new(|| {
                    let sparse = ctx
                        .voxelize(points()?, grid, VoxelMode::Mean)
                        .features(features()?)
                        .run_sparse(SparseOrder::Grid)?;
                    std::hint::black_box(sparse);
                    Ok(())
                }),
            )?;
            line(
                "sparse_grid_order_from_records",
                Box::new(|| {
                    let unpacked = ctx.unpack_points(&records, &layout)?;
                    let features = unpacked.features.as_ref().expect("the layout names a feature");
                    let sparse = ctx
                        .voxelize(&unpacked.points, grid, VoxelMode::Mean)
                        .features(features)
                        .run_sparse(SparseOrder::Grid)?;
                    std::hint::black_box(sparse);
                    Ok(())
                }),
            )?;
            line(
                "unpack_records",
                Box::new(|| {
                    let unpacked = ctx.unpack_points(&records, &layout)?;
                    ctx.synchronize()?;
                    std::hint::black_box(unpacked);
                    Ok(())
                }),
            )?;
            line(
                "sparse_first_point_order",
                Box::new(|| {
                    let sparse = ctx
                        .voxelize(points()?, grid, VoxelMode::Mean)
                        .features(features()?)
                        .run_sparse(SparseOrder::FirstPoint)?;
                    std::hint::black_box(sparse);
                    Ok(())
                }),
            )?;
            line(
                "upload_points_and_features",
                Box::new(|| {
                    let p = ctx.upload(points()?)?;
                    let f = ctx.upload(features()?)?;
                    ctx.synchronize()?;
                    std::hint::black_box((p, f));
                    Ok(())
                }),
            )?;
            line(
                "dynamic_voxels_counts_read",
                Box::new(|| {
                    let dynamic = ctx.voxelize_points(points()?, grid).dynamic()?;
                    std::hint::black_box(dynamic.counts.to_vec::<u32>()?);
                    Ok(())
                }),
            )?;
            line(
                "dynamic_and_mean_read",
                Box::new(|| {
                    let dynamic = ctx.voxelize_points(points()?, grid).dynamic()?;
                    let mean = dynamic.reduce(features()?, PointReduction::Mean)?;
                    std::hint::black_box(mean.to_vec::<f32>()?);
                    Ok(())
                }),
            )?;
            line(
                "dense_mean_read",
                Box::new(|| {
                    let dense = ctx
                        .voxelize(points()?, grid, VoxelMode::Mean)
                        .features(features()?)
                        .run()?;
                    std::hint::black_box(read(&dense.voxels)?);
                    Ok(())
                }),
            )?;
            line(
                "dense_count_read",
                Box::new(|| {
                    let dense = ctx.voxelize(points()?, grid, VoxelMode::Count).run()?;
                    std::hint::black_box(dense.voxels.to_vec::<u32>()?);
                    Ok(())
                }),
            )?;
        }
    }
    #[cfg(feature = "cuda")]
    if available_backends().contains(&robocache::Backend::Cuda) {
        transfer_floor(&xyz, &intensity, pace)?;
    }
    Ok(())
}

/// What moving the cloud to the device costs the CUDA driver itself, beside
/// `upload_points_and_features`: from the caller's pageable memory, and
/// through page-locked memory allocated once (the host's copy into it
/// timed alone too), each ending in a synchronisation as the uploads do.
#[cfg(feature = "cuda")]
fn transfer_floor(xyz: &[f32], intensity: &[f32], pace: Pace) -> Result<(), Box<dyn Error>> {
    use robocache::cudarc::driver::CudaContext;
    let stream = CudaContext::new(0)?.new_stream()?;
    let mut on_device = (
        stream.alloc_zeros::<f32>(xyz.len())?,
        stream.alloc_zeros::<f32>(intensity.len())?,
    );
    // SAFETY: written below before the device reads them.
    let mut pinned = unsafe {
        (
            stream.context().alloc_pinned::<f32>(xyz.len())?,
            stream.context().alloc_pinned::<f32>(intensity.len())?,
        )
    };
    let line = |step: &str, (p50, p99): (f64, f64)| println!("{step},cuda-driver,{p50:.1},{p99:.1}");
    let failed = |e: robocache::cudarc::driver::DriverError| robocache::Error::Device {
        backend: "cuda",
        message: e.to_string(),
    };
    type Pinned = robocache::cudarc::driver::PinnedHostSlice<f32>;
    let stage = |pinned: &mut (Pinned, Pinned)| {
        pinned.0.as_mut_slice().map_err(failed)?.copy_from_slice(xyz);
        pinned
            .1
            .as_mut_slice()
            .map_err(failed)?
            .copy_from_slice(intensity);
        Ok(())
    };
    line(
        "driver_upload_pageable",
        latency(pace, &mut || {
            stream.memcpy_htod(xyz, &mut on_device.0).map_err(failed)?;
            stream.memcpy_htod(intensity, &mut on_device.1).map_err(failed)?;
            stream.synchronize().map_err(failed)
        })?,
    );
    line(
        "host_copy_into_pinned",
        latency(pace, &mut || stage(&mut pinned))?,
    );
    line(
        "driver_upload_through_pinned",
        latency(pace, &mut || {
            stage(&mut pinned)?;
            stream.memcpy_htod(&pinned.0, &mut on_device.0).map_err(failed)?;
            stream.memcpy_htod(&pinned.1, &mut on_device.1).map_err(failed)?;
            stream.synchronize().map_err(failed)
        })?,
    );
    Ok(())
}

/// A dense mean grid's values on the host.
fn read(voxels: &Tensor) -> robocache::Result<Vec<f32>> {
    voxels.to_vec::<f32>()
}

/// How calls are timed: how many, and how long the host idles before each
/// (none: back to back; 100 ms: a 10 Hz lidar's pace, as a node sees it).
#[derive(Clone, Copy)]
struct Pace {
    calls: usize,
    idle: Option<Duration>,
}

/// Median and 99th percentile of `pace.calls` runs of `call`, microseconds,
/// after ten unmeasured runs (the first compiles kernels and fills pools).
fn latency(pace: Pace, call: &mut dyn FnMut() -> robocache::Result<()>) -> robocache::Result<(f64, f64)> {
    for _ in 0..10 {
        call()?;
    }
    let mut us = Vec::with_capacity(pace.calls);
    for _ in 0..pace.calls {
        if let Some(idle) = pace.idle {
            std::thread::sleep(idle);
        }
        let start = Instant::now();
        call()?;
        us.push(start.elapsed().as_secs_f64() * 1e6);
    }
    us.sort_by(f64::total_cmp);
    let at = |q: f64| us[((us.len() - 1) as f64 * q).round() as usize];
    Ok((at(0.5), at(0.99)))
}

/// The node benchmark's scan (`crates/robocache-ros2/tests/support/lidar.rs`)
/// as points and intensities, missing returns left out as the decoder
/// leaves them out.
fn scan(points: u32) -> (Vec<f32>, Vec<f32>) {
    let (mut xyz, mut intensity) = (Vec::new(), Vec::new());
    for i in 0..points {
        let jitter = ((i as u64 * 2654435761) % 1000) as f64 / 1000.0;
        let az = -PI + 2.0 * PI * (i as f64 + jitter) / points as f64;
        let el = ((i % 32) as f64 - 20.0).to_radians();
        let wall = 12.0 + 2.0 * (3.0 * az).sin();
        let floor = if el < 0.0 {
            1.8 / (-el).sin().max(1e-3)
        } else {
            f64::INFINITY
        };
        let r = (wall / el.cos()).min(floor) + 0.02 * (jitter - 0.5);
        if i % 37 != 0 {
            xyz.extend([r * az.cos() * el.cos(), r * az.sin() * el.cos(), r * el.sin()].map(|v| v as f32));
            intensity.push((100.0 * jitter) as f32);
        }
    }
    (xyz, intensity)
}
