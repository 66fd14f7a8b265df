//! Device-timed cases for `benches/RESULTS.md`, at the shapes of
//! `../shared/bench/peers_torch.py`, so each row sits beside PyTorch's.
//!
//! `cargo bench --features cuda,wgpu --bench kernels [-- cuda|cuda-cubecl|cuda-ptx|wgpu|cpu]
//! [--case=NAME] [--runs=N] [--warm=N]`
//!
//! For each case and backend, one CSV row: the median of `Context::profile`
//! over repeated calls (`device_ms`; on CUDA, CubeCL 0.10 times this on the
//! host between two synchronisations, so it includes the host's share of
//! the call; its wgpu figures proved unreliable, see RESULTS.md), the bytes
//! the operation must move at least (inputs read once, outputs written
//! once) and the bandwidth that implies, the median wall time of a call
//! plus a synchronisation (`wall_ms`), and the time per call of calls
//! queued back to back (`pipelined_ms`).
//!
//! For the kernels alone, run this under Nsight Compute:
//! `benches/ncu_kernels.py` does, one case at a time, and sums each call's
//! kernel durations.

use std::path::Path;
use std::time::{Duration, Instant};

use robocache::{
    Backend, Context, HardLimits, InterpMode, KernelPath, PointReduction, Stream, Tensor, TensorView,
    VoxelGrid, VoxelMode,
};

#[path = "workloads.rs"]
mod workloads;
use workloads::*;

/// Calls before timing, and timed calls (each timed twice: profiled, then by
/// the wall clock). `--warm=N` and `--runs=N` override them.
struct Plan {
    warm: usize,
    runs: usize,
    case: Option<String>,
}

impl Plan {
    fn wants(&self, case: &str) -> bool {
        self.case.as_deref().is_none_or(|c| c == case)
    }
}

/// The data on the device, or `None` (with a note) when it does not fit.
fn upload<T: robocache::Element>(ctx: &Context, data: &[T], shape: &[usize]) -> Option<Tensor> {
    match ctx.upload(TensorView::new(data, shape).expect("bench shapes are consistent")) {
        Ok(tensor) => Some(tensor),
        Err(error) => {
            println!("# {}: skipped a case: {error}", ctx.backend());
            None
        }
    }
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

/// What `measure` found: medians of the profiled and of the wall-clock
/// calls, and the mean of back-to-back calls.
struct Timing {
    device: Duration,
    wall: Duration,
    pipelined: Duration,
}

/// Runs `op` warm, then times it three ways: profiled (`Context::profile`),
/// by the wall clock around a call and a synchronisation, and as `runs`
/// calls queued back to back before one synchronisation (per call), which
/// overlaps the host's work with the device's as a pipeline does.
fn measure<T: Send + 'static>(plan: &Plan, ctx: &Context, op: impl Fn() -> T + Sync) -> Timing {
    measure_keeping(plan, ctx, op).0
}

/// `measure`, keeping the first call's output (a warm-up call, unless there
/// are none), for a case whose report needs to know what a call made.
fn measure_keeping<T: Send + 'static>(plan: &Plan, ctx: &Context, op: impl Fn() -> T + Sync) -> (Timing, T) {
    let first = op();
    for _ in 1..plan.warm {
        drop(op());
    }
    ctx.synchronize().expect("the device finishes");
    let mut device = Vec::with_capacity(plan.runs);
    let mut wall = Vec::with_capacity(plan.runs);
    for _ in 0..plan.runs {
        let (out, took) = ctx.profile(&op).expect("profiling works");
        drop(out);
        device.push(took);
        let start = Instant::now();
        let out = op();
        ctx.synchronize().expect("the device finishes");
        wall.push(start.elapsed());
        drop(out);
    }
    // Each output is dropped as soon as it is queued, as a pipeline that
    // hands it on would: holding `runs` of them can exceed the device's
    // memory (64 bird's-eye views of 64 channels take 3.5 GB each).
    let start = Instant::now();
    for _ in 0..plan.runs {
        drop(op());
    }
    ctx.synchronize().expect("the device finishes");
    let pipelined = start.elapsed() / plan.runs.max(1) as u32;
    let timing = Timing {
        device: median(device),
        wall: median(wall),
        pipelined,
    };
    (timing, first)
}

/// The backend column: the backend, and on CUDA the kernel path.
fn label(ctx: &Context) -> String {
    match ctx.kernel_path() {
        Some(path) if ctx.backend() == Backend::Cuda => format!("cuda-{path}"),
        _ => ctx.backend().to_string(),
    }
}

fn report(case: &str, ctx: &Context, bytes: usize, timing: &Timing, extra: &str) {
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let gbs = bytes as f64 / timing.device.as_secs_f64() / 1e9;
    println!(
        "{case},{},{:.4},{bytes},{gbs:.1},{:.4},{:.4},{extra}",
        label(ctx),
        ms(timing.device),
        ms(timing.wall),
        ms(timing.pipelined),
    );
}

fn resample_cases(plan: &Plan, ctx: &Context) {
    for (case, b, s, d, t) in [
        ("resample_medium", 32, 500, 256, 256),
        ("resample_large", 64, 1000, 512, 500),
    ] {
        if !plan.wants(case) {
            continue;
        }
        let mut rng = Rng::new(7);
        let (Some(data), Some(src), Some(tgt)) = (
            upload(ctx, &normal_bf16(&mut rng, b * s * d), &[b, s, d]),
            upload(ctx, &uneven_times(&mut rng, b, s, 0.0, 5.0), &[b, s]),
            upload(ctx, &even_times(b, t, 0.0, 5.0), &[b, t]),
        ) else {
            continue;
        };
        let bytes = 2 * b * s * d + 8 * b * s + 8 * b * t + 2 * b * t * d;
        let timing = measure(plan, ctx, || {
            ctx.resample(&data, &src, &tgt).run().expect("valid input")
        });
        report(case, ctx, bytes, &timing, "bf16 linear");
    }
}

fn fuse_cases(plan: &Plan, ctx: &Context) {
    for (case, b) in [("fusion_seed_b4", 4usize), ("fusion_b256", 256)] {
        if !plan.wants(case) {
            continue;
        }
        let mut rng = Rng::new(11);
        let mut bytes = 0;
        let streams: Option<Vec<(Tensor, Tensor)>> = FUSION_STREAMS
            .iter()
            .map(|&(s, d)| {
                bytes += 2 * b * s * d + 8 * b * s + 2 * b * FUSION_TARGET_HZ * d;
                let data = upload(ctx, &normal_bf16(&mut rng, b * s * d), &[b, s, d])?;
                let times = upload(ctx, &uneven_times(&mut rng, b, s, 0.0, 1.0), &[b, s])?;
                Some((data, times))
            })
            .collect();
        bytes += 8 * b * FUSION_TARGET_HZ;
        let tgt = upload(
            ctx,
            &even_times(b, FUSION_TARGET_HZ, 0.0, 1.0),
            &[b, FUSION_TARGET_HZ],
        );
        let (Some(streams), Some(tgt)) = (streams, tgt) else {
            continue;
        };
        let timing = measure(plan, ctx, || {
            streams
                .iter()
                .fold(ctx.fuse(&tgt), |fuse, (data, times)| {
                    fuse.stream(Stream::new(data, times).mode(InterpMode::Linear))
                })
                .run()
                .expect("valid input")
        });
        report(case, ctx, bytes, &timing, "bf16 3 streams");
    }
}

fn voxel_cases(plan: &Plan, ctx: &Context) {
    let g = 128usize;
    let grid = VoxelGrid::new([-3.2; 3], [0.05; 3], [g; 3]);
    for n in [500_000usize, 10_000_000] {
        let mut rng = Rng::new(3);
        let points = cube_points(&mut rng, n);
        let (Some(points), Some(features)) = (
            upload(ctx, bytemuck::cast_slice::<[f32; 3], f32>(&points), &[n, 3]),
            upload(ctx, &normal_f32(&mut rng, n * 8), &[n, 8]),
        ) else {
            continue;
        };
        for mode in [
            VoxelMode::Count,
            VoxelMode::Occupancy,
            VoxelMode::Mean,
            VoxelMode::Max,
        ] {
            let suffix = if mode.needs_features() { "_f8" } else { "" };
            let case = format!("voxel_{}{suffix}_N{n}", mode.name());
            if !plan.wants(&case) {
                continue;
            }
            let voxels = g * g * g;
            let bytes = match mode {
                VoxelMode::Count => 12 * n + 4 * voxels,
                VoxelMode::Occupancy => 12 * n + voxels,
                VoxelMode::Mean | VoxelMode::Max => 12 * n + 32 * n + 32 * voxels,
            };
            let timing = measure(plan, ctx, || {
                let job = ctx.voxelize(&points, grid, mode);
                let job = if mode.needs_features() {
                    job.features(&features)
                } else {
                    job
                };
                job.run().expect("valid input")
            });
            let points_per_s = n as f64 / timing.device.as_secs_f64() / 1e9;
            report(&case, ctx, bytes, &timing, &format!("{points_per_s:.2} Gpts/s"));
        }
    }
}

/// The KITTI scan of `../shared/data` (x, y, z, intensity as f32), when present.
fn kitti_scan() -> Option<Vec<[f32; 4]>> {
    let path = std::env::var_os("ROBOCACHE_KITTI_SCAN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/kitti_000008.bin"));
    let bytes = std::fs::read(&path).ok()?;
    Some(
        bytes
            .chunks_exact(16)
            .map(|p| [0, 1, 2, 3].map(|i| f32::from_le_bytes(p[4 * i..4 * i + 4].try_into().unwrap())))
            .collect(),
    )
}

/// The real scan, 64 copies each turned by its own yaw (a batch of sweeps),
/// voxelized at 0.1 m over 51.2 m x 51.2 m x 4.8 m around the sensor.
fn kitti_cases(plan: &Plan, ctx: &Context) {
    let case = "kitti_occupancy_b64";
    if !plan.wants(case) {
        return;
    }
    let Some(scan) = kitti_scan() else {
        println!(
            "# {}: skipped {case}: no KITTI scan (set ROBOCACHE_KITTI_SCAN)",
            label(ctx)
        );
        return;
    };
    let clouds = 64;
    let n = scan.len();
    let mut points = Vec::with_capacity(clouds * n * 3);
    for c in 0..clouds {
        let (sin, cos) = (c as f32 * 0.1).sin_cos();
        for p in &scan {
            points.extend([cos * p[0] - sin * p[1], sin * p[0] + cos * p[1], p[2]]);
        }
    }
    let grid = VoxelGrid::new([-25.6, -25.6, -3.0], [0.1; 3], [512, 512, 48]);
    let Some(points) = upload(ctx, &points, &[clouds, n, 3]) else {
        return;
    };
    let voxels = 512 * 512 * 48 * clouds;
    let bytes = 12 * n * clouds + voxels;
    let timing = measure(plan, ctx, || {
        ctx.voxelize(&points, grid, VoxelMode::Occupancy)
            .run()
            .expect("valid input")
    });
    let points_per_s = (n * clouds) as f64 / timing.device.as_secs_f64() / 1e9;
    report(
        case,
        ctx,
        bytes,
        &timing,
        &format!("{points_per_s:.2} Gpts/s; {n} points x {clouds}"),
    );
}

/// A detector's frame of `n` points: copies of the real scan, each turned by
/// its own yaw, until there are `n` (x, y, z, intensity).
fn lidar_frame(scan: &[[f32; 4]], n: usize) -> Vec<[f32; 4]> {
    (0..)
        .flat_map(move |c: usize| {
            let (sin, cos) = (c as f32 * 0.1).sin_cos();
            scan.iter()
                .map(move |p| [cos * p[0] - sin * p[1], sin * p[0] + cos * p[1], p[2], p[3]])
        })
        .take(n)
        .collect()
}

/// Hard voxelization (P = 10, M = 60 000) and dynamic voxelization with a
/// mean, of 250k points at 0.1 m over ±51.2 m x ±51.2 m x 8 m: issue 16's
/// targets, at the shapes of `benches/peers_detector.py`.
fn detector_cases(plan: &Plan, ctx: &Context) {
    let cases = [
        "detector_hard_250k",
        "detector_dynamic_250k",
        "detector_dynamic_mean_250k",
    ];
    if !cases.iter().any(|case| plan.wants(case)) {
        return;
    }
    let Some(scan) = kitti_scan() else {
        println!(
            "# {}: skipped the detector cases: no KITTI scan (set ROBOCACHE_KITTI_SCAN)",
            label(ctx)
        );
        return;
    };
    let n = 250_000;
    let frame = lidar_frame(&scan, n);
    // The PyTorch peer reads the very same points.
    if let Some(path) = std::env::var_os("ROBOCACHE_DETECTOR_FRAME") {
        std::fs::write(path, bytemuck::cast_slice::<[f32; 4], u8>(&frame)).expect("the frame is written");
    }
    let xyz: Vec<f32> = frame.iter().flat_map(|p| [p[0], p[1], p[2]]).collect();
    let intensity: Vec<f32> = frame.iter().map(|p| p[3]).collect();
    let (Some(points), Some(features)) = (upload(ctx, &xyz, &[n, 3]), upload(ctx, &intensity, &[n, 1]))
    else {
        return;
    };
    let grid = VoxelGrid::new([-51.2, -51.2, -5.0], [0.1; 3], [1024, 1024, 80]);
    let limits = HardLimits::new(10, 60_000);
    let points_per_s = |timing: &Timing| n as f64 / timing.device.as_secs_f64() / 1e9;
    if plan.wants(cases[0]) {
        let (timing, hard) = measure_keeping(plan, ctx, || {
            ctx.voxelize_points(&points, grid)
                .features(&features)
                .hard(limits)
                .expect("valid input")
        });
        let rows = hard.num_points.shape()[0];
        let kept = hard.stats().expect("valid input")[0].kept;
        // Points and features read once; voxels, coordinates and counts written once.
        let bytes = 16 * n + rows * (10 * 4 * 4 + 3 * 4 + 4);
        let note = format!(
            "{:.2} Gpts/s; {rows} voxels, {kept} points kept",
            points_per_s(&timing)
        );
        report(cases[0], ctx, bytes, &timing, &note);
    }
    if plan.wants(cases[1]) {
        let (timing, dynamic) = measure_keeping(plan, ctx, || {
            ctx.voxelize_points(&points, grid).dynamic().expect("valid input")
        });
        let (rows, kept) = (dynamic.len(), dynamic.stats()[0].kept);
        // Points read once; the point map, coordinates and counts written once.
        let bytes = 12 * n + 4 * n + rows * 16;
        let note = format!(
            "{:.2} Gpts/s; {rows} voxels, {kept} points kept",
            points_per_s(&timing)
        );
        report(cases[1], ctx, bytes, &timing, &note);
    }
    if plan.wants(cases[2]) {
        let (timing, (dynamic, _mean)) = measure_keeping(plan, ctx, || {
            let dynamic = ctx.voxelize_points(&points, grid).dynamic().expect("valid input");
            let mean = dynamic
                .reduce(&features, PointReduction::Mean)
                .expect("valid input");
            (dynamic, mean)
        });
        let rows = dynamic.len();
        // The dynamic voxelization's bytes, then the features read and the means written.
        let bytes = 12 * n + 4 * n + rows * 16 + 4 * n + 4 * rows;
        let note = format!("{:.2} Gpts/s; {rows} voxels", points_per_s(&timing));
        report(cases[2], ctx, bytes, &timing, &note);
    }
}

/// PointPillars on a batch: 64 clouds of 120k points, each made of turned
/// copies of the real scan (as `lidar_frame`) and turned again by its own
/// yaw, into KITTI's pillar grid (0.16 m over 69.12 m x 79.36 m, P = 32,
/// M = 12 000): hard voxelization plus the decorated points, and, apart, the
/// scatter of 64-channel pillar vectors onto the bird's-eye view.
fn pillar_cases(plan: &Plan, ctx: &Context) {
    let cases = ["pillars_b64", "pillars_scatter_b64"];
    if !cases.iter().any(|case| plan.wants(case)) {
        return;
    }
    let Some(scan) = kitti_scan() else {
        println!("# {}: skipped the pillar cases: no KITTI scan", label(ctx));
        return;
    };
    let (clouds, n) = (64, 120_000);
    let frame = lidar_frame(&scan, n);
    let mut xyz = Vec::with_capacity(clouds * n * 3);
    let mut intensity = Vec::with_capacity(clouds * n);
    for c in 0..clouds {
        let (sin, cos) = (0.05 + c as f32 * 0.013).sin_cos();
        for p in &frame {
            xyz.extend([cos * p[0] - sin * p[1], sin * p[0] + cos * p[1], p[2]]);
            intensity.push(p[3]);
        }
    }
    let (Some(points), Some(features)) = (
        upload(ctx, &xyz, &[clouds, n, 3]),
        upload(ctx, &intensity, &[clouds, n, 1]),
    ) else {
        return;
    };
    let grid = VoxelGrid::new([0.0, -39.68, -3.0], [0.16, 0.16, 4.0], [432, 496, 1]);
    let limits = HardLimits::new(32, 12_000);
    let hard = || {
        ctx.voxelize_points(&points, grid)
            .features(&features)
            .hard(limits)
            .expect("valid input")
    };
    let points_per_s = |timing: &Timing| (clouds * n) as f64 / timing.device.as_secs_f64() / 1e9;
    if plan.wants(cases[0]) {
        let (timing, (pillars, _)) = measure_keeping(plan, ctx, || {
            let pillars = hard();
            let decorated = pillars.pillar_features(false).expect("a pillar grid");
            (pillars, decorated)
        });
        let rows = pillars.num_points.shape()[0];
        // Points and features read once; voxels, coordinates, counts and the
        // decorated points written once.
        let bytes = 16 * n * clouds + rows * (32 * 4 * 4 + 16 + 4 + 32 * 9 * 4);
        let note = format!(
            "{:.2} Gpts/s; {rows} pillars, {n} points x {clouds}",
            points_per_s(&timing)
        );
        report(cases[0], ctx, bytes, &timing, &note);
    }
    if plan.wants(cases[1]) {
        let pillars = hard();
        let rows = pillars.num_points.shape()[0];
        let depth = 64;
        let mut rng = Rng::new(9);
        let Some(vectors) = upload(ctx, &normal_f32(&mut rng, rows * depth), &[rows, depth]) else {
            return;
        };
        let timing = measure(plan, ctx, || {
            pillars.scatter_to_bev(&vectors).expect("valid input")
        });
        let bytes = rows * depth * 4 + rows * 16 + clouds * depth * 432 * 496 * 4;
        report(
            cases[1],
            ctx,
            bytes,
            &timing,
            &format!("{rows} pillars x {depth} channels"),
        );
    }
}

/// Host wall time of resample -> fuse (of the resampled tensor) -> voxelize,
/// data on the device throughout: what handing tensors between kernels
/// costs, end to end.
fn chain_case(plan: &Plan, ctx: &Context) {
    let case = "chain_resample_fuse_voxelize";
    if !plan.wants(case) {
        return;
    }
    let (b, s, d, t, n) = (32, 500, 256, 256, 500_000);
    let mut rng = Rng::new(5);
    let cloud = cube_points(&mut rng, n);
    let (Some(data), Some(src), Some(tgt), Some(imu), Some(imu_times), Some(cloud)) = (
        upload(ctx, &normal_bf16(&mut rng, b * s * d), &[b, s, d]),
        upload(ctx, &uneven_times(&mut rng, b, s, 0.0, 5.0), &[b, s]),
        upload(ctx, &even_times(b, t, 0.0, 5.0), &[b, t]),
        upload(ctx, &normal_bf16(&mut rng, b * 1000 * 12), &[b, 1000, 12]),
        upload(ctx, &uneven_times(&mut rng, b, 1000, 0.0, 5.0), &[b, 1000]),
        upload(ctx, bytemuck::cast_slice::<[f32; 3], f32>(&cloud), &[n, 3]),
    ) else {
        return;
    };
    let grid = VoxelGrid::new([-3.2; 3], [0.05; 3], [128; 3]);
    let timing = measure(plan, ctx, || {
        let resampled = ctx.resample(&data, &src, &tgt).run().expect("valid input");
        let fused = ctx
            .fuse(&tgt)
            .stream(Stream::new(&resampled.values, &tgt))
            .stream(Stream::new(&imu, &imu_times))
            .run()
            .expect("valid input");
        let voxels = ctx
            .voxelize(&cloud, grid, VoxelMode::Occupancy)
            .run()
            .expect("valid input");
        (fused, voxels)
    });
    report(case, ctx, 0, &timing, "3 calls; wall_ms is the chain");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let option = |name: &str| {
        args.iter()
            .find_map(|a| a.strip_prefix(&format!("--{name}=")).map(str::to_string))
    };
    let count = |name: &str, default: usize| option(name).map_or(default, |v| v.parse().expect("a count"));
    let plan = Plan {
        warm: count("warm", 5),
        runs: count("runs", 30),
        case: option("case"),
    };
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    println!("case,backend,device_ms,bytes,GB/s,wall_ms,pipelined_ms,note");
    for backend in robocache::available_backends() {
        let opened = Context::new(backend).expect("an available backend opens");
        // CUDA runs each case on both kernel paths.
        let contexts = if backend == Backend::Cuda {
            [KernelPath::CubeCl, KernelPath::Ptx]
                .iter()
                .filter_map(|&path| match opened.with_kernel_path(path) {
                    Ok(ctx) => Some(ctx),
                    Err(error) => {
                        println!("# cuda-{path}: unavailable: {error}");
                        None
                    }
                })
                .collect()
        } else {
            vec![opened]
        };
        for ctx in contexts {
            let name = label(&ctx);
            let wanted = |f: &&String| **f == name || **f == backend.name();
            if !filter.is_empty() && !filter.iter().any(wanted) {
                continue;
            }
            println!("# {name}: {}", ctx.device_name());
            if backend == Backend::Cpu && filter.is_empty() {
                println!("# cpu: skipped unless asked for (`-- cpu`); criterion's `ops` bench covers it");
                continue;
            }
            resample_cases(&plan, &ctx);
            fuse_cases(&plan, &ctx);
            voxel_cases(&plan, &ctx);
            kitti_cases(&plan, &ctx);
            detector_cases(&plan, &ctx);
            pillar_cases(&plan, &ctx);
            chain_case(&plan, &ctx);
        }
    }
}
