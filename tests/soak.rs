//! The soak: every kernel path runs a mix of resampling, fusion and
//! voxelization for a set time, from several threads, while host RSS and
//! device memory are sampled; memory that keeps growing after the warm-up
//! fails the run.
//!
//! A leak of a few hundred bytes per call passes every short test and takes
//! a process that runs for days down, so this is its own harness:
//! `cargo test --release --test soak` (CI runs it on the CPU for 45 s;
//! `scripts/gpu-run.sh ... soak` runs every path on the GPU machine).
//!
//! Settings (environment variables):
//! - `ROBOCACHE_SOAK_PATHS`: comma-separated, of `cpu`, `wgpu`, `cuda`
//!   (CubeCL kernels), `cuda-ptx`; default `cpu`. A path named here that
//!   cannot open fails the run. The GPU paths are named on request (as
//!   `scripts/gpu-run.sh` does), so that `cargo test` takes the same 30 s
//!   on any machine.
//! - `ROBOCACHE_SOAK_SECONDS`: seconds per path (default 30: the CPU
//!   context's buffer cache takes about 10 s of this mix to fill to its
//!   ceiling, and a shorter run mistakes the filling for growth).
//! - `ROBOCACHE_SOAK_WARMUP_SECONDS`: the warm-up, not judged (default: half
//!   the run, at most 60 s, so that its peak has seen the swings of buffers
//!   in flight).
//! - `ROBOCACHE_SOAK_THREADS`: threads sharing the context (default 4).
//! - `ROBOCACHE_SOAK_CSV`: a file to write every sample to.
//!
//! Each call has fresh shapes, half its inputs on the host and half uploaded
//! first, and half its results read back; the rest are dropped unread. Host
//! RSS comes from `/proc/self/status`, device memory from `nvidia-smi` (the
//! memory the driver gives this process) where it answers, and on wgpu the
//! memory wgpu's allocator holds (its allocator report: the soak opens the
//! wgpu device itself, as an app that shares its device does, to read it).
//!
//! Each thread starts with the largest call of each operation in the mix.
//! A pool that keeps a page for the largest buffer it has met is at its
//! bound, not leaking; met first at minute seven (CubeCL's pool on an H200
//! takes a 2.2 GB page for the largest voxel grids here), that page would
//! read as growth, and a warm-up long enough to meet it by chance would be
//! longer than the run.
//!
//! Memory is sampled between calls: the sampler waits until no call is in
//! flight and holds the next ones back while it reads, so that a sample
//! shows what the process keeps, not how many buffers happened to be in
//! flight at that instant (which made a sample swing by more than the 5 %
//! the run is judged by).
//!
//! To find which part of the mix grows, narrow it:
//! - `ROBOCACHE_SOAK_OPS`: of `resample`, `fuse`, `voxelize` (default all);
//! - `ROBOCACHE_SOAK_UPLOADS`, `ROBOCACHE_SOAK_READS`: the share of calls
//!   whose inputs are uploaded first, and whose results are read back
//!   (default 0.5 each);
//! - `ROBOCACHE_SOAK_SHAPES`: draw each call's shapes and data from this
//!   many seeds only (default 0: fresh every call), to tell growth with
//!   every new shape from growth with every call.

use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

mod support;

use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use robocache::{
    Backend, Context, DType, InterpMode, KernelPath, Stream, Tensor, TensorView, VoxelGrid, VoxelMode,
};
use support::Placed;

/// Growth past the warm-up's peak that fails a path.
const ALLOWED_GROWTH: f64 = 0.05;

fn main() {
    check_the_judge();
    let settings = Settings::from_env();
    let mut failed = 0;
    let mut passed = 0;
    for path in &settings.paths {
        let (ctx, allocator) = match open(path) {
            Ok(opened) => opened,
            Err(e) => {
                println!("soak {path}: FAILED to open: {e}");
                failed += 1;
                continue;
            }
        };
        match soak(path, &ctx, allocator.as_deref(), &settings) {
            Ok(summary) => {
                println!("soak {path}: ok, {summary}");
                passed += 1;
            }
            Err(why) => {
                println!("soak {path}: FAILED: {why}");
                failed += 1;
            }
        }
    }
    println!("soak: {passed} passed, {failed} failed");
    if failed > 0 || passed == 0 {
        std::process::exit(1);
    }
}

struct Settings {
    paths: Vec<String>,
    run: Duration,
    warmup: Duration,
    threads: usize,
    csv: Option<String>,
    mix: Mix,
}

/// What each call does, drawn per call.
#[derive(Clone, Copy)]
struct Mix {
    resample: bool,
    fuse: bool,
    voxelize: bool,
    uploads: f64,
    reads: f64,
    shapes: u64,
}

impl Settings {
    fn from_env() -> Self {
        let number = |name: &str, default: f64| -> f64 {
            std::env::var(name)
                .ok()
                .map(|v| v.parse().unwrap_or_else(|_| panic!("{name}={v} is not a number")))
                .unwrap_or(default)
        };
        let paths = std::env::var("ROBOCACHE_SOAK_PATHS")
            .as_deref()
            .unwrap_or("cpu")
            .split(',')
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
        let ops = std::env::var("ROBOCACHE_SOAK_OPS").unwrap_or_else(|_| "resample,fuse,voxelize".into());
        let op = |name: &str| ops.split(',').any(|o| o.trim() == name);
        for o in ops.split(',').map(str::trim) {
            assert!(
                ["resample", "fuse", "voxelize"].contains(&o),
                "unknown soak operation {o:?}: resample, fuse or voxelize"
            );
        }
        let share = |name: &str| {
            let p = number(name, 0.5);
            assert!(
                (0.0..=1.0).contains(&p),
                "{name}={p} is not a share between 0 and 1"
            );
            p
        };
        assert!(
            ["resample", "fuse", "voxelize"].iter().any(|o| op(o)),
            "ROBOCACHE_SOAK_OPS names no operation"
        );
        let mix = Mix {
            resample: op("resample"),
            fuse: op("fuse"),
            voxelize: op("voxelize"),
            uploads: share("ROBOCACHE_SOAK_UPLOADS"),
            reads: share("ROBOCACHE_SOAK_READS"),
            shapes: number("ROBOCACHE_SOAK_SHAPES", 0.0) as u64,
        };
        let run = number("ROBOCACHE_SOAK_SECONDS", 30.0);
        let warmup = number("ROBOCACHE_SOAK_WARMUP_SECONDS", (run / 2.0).min(60.0));
        Settings {
            paths,
            run: Duration::from_secs_f64(run),
            warmup: Duration::from_secs_f64(warmup),
            threads: number("ROBOCACHE_SOAK_THREADS", 4.0) as usize,
            csv: std::env::var("ROBOCACHE_SOAK_CSV").ok(),
            mix,
        }
    }
}

/// Reads how many bytes a device's own allocator reserves and has handed
/// out, where the path has one to read.
type AllocatorProbe = Box<dyn Fn() -> Option<(u64, u64)>>;

fn open(path: &str) -> robocache::Result<(Context, Option<AllocatorProbe>)> {
    Ok(match path {
        "cpu" => (Context::new(Backend::Cpu)?, None),
        "wgpu" => return open_wgpu(),
        "cuda" => (
            Context::new(Backend::Cuda)?.with_kernel_path(KernelPath::CubeCl)?,
            None,
        ),
        "cuda-ptx" => (
            Context::new(Backend::Cuda)?.with_kernel_path(KernelPath::Ptx)?,
            None,
        ),
        other => panic!("unknown soak path {other:?}: cpu, wgpu, cuda or cuda-ptx"),
    })
}

/// The wgpu path on a device the soak opens itself, so that it can read
/// wgpu's allocator report beside the process's memory.
#[cfg(feature = "wgpu")]
fn open_wgpu() -> robocache::Result<(Context, Option<AllocatorProbe>)> {
    use robocache::wgpu;
    let unavailable = |why: String| robocache::Error::BackendUnavailable {
        requested: "wgpu".into(),
        reason: why,
        available: format!("{:?}", robocache::available_backends()),
    };
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle());
    let adapter = pollster::block_on(instance.request_adapter(&wgpu::RequestAdapterOptions {
        power_preference: wgpu::PowerPreference::HighPerformance,
        ..Default::default()
    }))
    .map_err(|e| unavailable(e.to_string()))?;
    let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
        required_limits: adapter.limits(),
        ..Default::default()
    }))
    .map_err(|e| unavailable(e.to_string()))?;
    let probe_device = device.clone();
    let ctx = Context::from_wgpu(instance, adapter, device, queue)?;
    let probe: AllocatorProbe = Box::new(move || {
        probe_device
            .generate_allocator_report()
            .map(|report| (report.total_reserved_bytes, report.total_allocated_bytes))
    });
    Ok((ctx, Some(probe)))
}

#[cfg(not(feature = "wgpu"))]
fn open_wgpu() -> robocache::Result<(Context, Option<AllocatorProbe>)> {
    Ok((Context::new(Backend::Wgpu)?, None))
}

/// One memory sample.
#[derive(Debug, Clone, Copy)]
struct Sample {
    seconds: f64,
    calls: u64,
    rss_bytes: u64,
    device_bytes: Option<u64>,
    /// Bytes the device's allocator reserves, and has handed out.
    allocator_bytes: Option<(u64, u64)>,
}

fn soak(
    path: &str,
    ctx: &Context,
    allocator: Option<&dyn Fn() -> Option<(u64, u64)>>,
    settings: &Settings,
) -> Result<String, String> {
    let stop = Arc::new(AtomicBool::new(false));
    let calls = Arc::new(AtomicU64::new(0));
    let failure: Arc<Mutex<Option<String>>> = Arc::default();
    // Calls hold it shared; the sampler holds it alone (std's lock lets a
    // waiting writer in before new readers, so sampling is never starved).
    let between_calls = Arc::new(RwLock::new(()));
    let start = Instant::now();
    let workers: Vec<_> = (0..settings.threads)
        .map(|thread| {
            let (ctx, stop, calls, failure, between_calls) = (
                ctx.clone(),
                stop.clone(),
                calls.clone(),
                failure.clone(),
                between_calls.clone(),
            );
            let mix = settings.mix;
            std::thread::spawn(move || {
                let mut rng = SmallRng::seed_from_u64(0x50ac + thread as u64);
                if let Err(why) = largest_calls(&ctx, &mut rng, mix) {
                    *failure.lock().unwrap() = Some(why);
                    stop.store(true, Ordering::Relaxed);
                }
                while !stop.load(Ordering::Relaxed) {
                    let in_call = between_calls.read().unwrap();
                    if let Err(why) = one_call(&ctx, &mut rng, mix) {
                        *failure.lock().unwrap() = Some(why);
                        stop.store(true, Ordering::Relaxed);
                    }
                    drop(in_call);
                    calls.fetch_add(1, Ordering::Relaxed);
                }
            })
        })
        .collect();

    let interval = (settings.run / 30).clamp(Duration::from_millis(500), Duration::from_secs(10));
    let mut samples = Vec::new();
    let mut csv = settings.csv.as_ref().map(|file| {
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(file)
            .expect("the soak's CSV file opens");
        writeln!(
            f,
            "path,seconds,calls,rss_bytes,device_bytes,allocator_reserved_bytes,allocator_allocated_bytes"
        )
        .ok();
        f
    });
    while start.elapsed() < settings.run && !stop.load(Ordering::Relaxed) {
        std::thread::sleep(interval.min(settings.run.saturating_sub(start.elapsed())));
        let quiet = between_calls.write().unwrap();
        let sample = Sample {
            seconds: start.elapsed().as_secs_f64(),
            calls: calls.load(Ordering::Relaxed),
            rss_bytes: host_rss_bytes(),
            device_bytes: device_bytes_of_this_process(),
            allocator_bytes: allocator.and_then(|probe| probe()),
        };
        drop(quiet);
        if let Some(f) = csv.as_mut() {
            let optional = |b: Option<u64>| b.map(|b| b.to_string()).unwrap_or_default();
            writeln!(
                f,
                "{path},{:.1},{},{},{},{},{}",
                sample.seconds,
                sample.calls,
                sample.rss_bytes,
                optional(sample.device_bytes),
                optional(sample.allocator_bytes.map(|a| a.0)),
                optional(sample.allocator_bytes.map(|a| a.1)),
            )
            .ok();
        }
        let megabytes = |b: Option<u64>| b.map_or("n/a".to_string(), |b| format!("{:.1} MB", mb(b)));
        println!(
            "  {path} {:>7.1} s {:>9} calls  rss {:>8.1} MB  device {}{}",
            sample.seconds,
            sample.calls,
            mb(sample.rss_bytes),
            megabytes(sample.device_bytes),
            sample
                .allocator_bytes
                .map_or(String::new(), |(reserved, allocated)| format!(
                    "  allocator {:.1} MB reserved, {:.1} MB handed out",
                    mb(reserved),
                    mb(allocated)
                )),
        );
        samples.push(sample);
    }
    stop.store(true, Ordering::Relaxed);
    for worker in workers {
        worker
            .join()
            .map_err(|_| "a worker thread panicked".to_string())?;
    }
    if let Some(why) = failure.lock().unwrap().take() {
        return Err(why);
    }
    if path == "cpu" && ctx.cached_bytes() > robocache::CPU_CACHE_LIMIT_BYTES {
        return Err(format!(
            "the CPU buffer cache holds {} bytes, over its ceiling of {}",
            ctx.cached_bytes(),
            robocache::CPU_CACHE_LIMIT_BYTES
        ));
    }
    judge(&samples, settings.warmup)
}

/// Growth is a level that memory rises to and stays at: the highest level
/// that `HELD_SAMPLES` samples in a row all reach. A leak raises every
/// sample after it, so it raises this too; a pool that took one more page
/// for a burst of large calls and gave it back by the next samples does not
/// (the 10-minute wgpu run on the H200 on 2026-11-30 had one sample at
/// +17 % between samples at the warm-up's level, as the Vulkan allocator
/// took and returned one 256 MiB block).
const HELD_SAMPLES: usize = 3;

/// Fails when, after the warm-up, memory holds a level above the warm-up's
/// peak by more than [`ALLOWED_GROWTH`]: in-flight buffers make memory
/// swing from call to call, so the peak, not one sample, is what later
/// levels must stay near. The highest single sample is reported beside it.
fn judge(samples: &[Sample], warmup: Duration) -> Result<String, String> {
    let warm = warmup.as_secs_f64();
    let (before, after): (Vec<_>, Vec<_>) = samples.iter().partition(|s| s.seconds <= warm);
    if before.is_empty() || after.len() < HELD_SAMPLES {
        return Err(format!(
            "too few samples to judge ({} in the warm-up, {} after)",
            before.len(),
            after.len()
        ));
    }
    let calls = samples.last().map_or(0, |s| s.calls);
    let mut report = format!("{calls} calls");
    for (name, value) in [
        (
            "host RSS",
            (|s: &Sample| Some(s.rss_bytes)) as fn(&Sample) -> Option<u64>,
        ),
        ("device memory", |s: &Sample| s.device_bytes),
    ] {
        let peak = before.iter().copied().filter_map(value).max();
        let later: Vec<u64> = after.iter().copied().filter_map(value).collect();
        let (Some(peak), Some(&last)) = (peak, later.last()) else {
            report += &format!(", {name} not measured");
            continue;
        };
        let highest = later.iter().copied().max().unwrap_or(last);
        let held = highest_held_level(&later);
        let growth = |bytes: u64| (bytes as f64 / peak as f64 - 1.0) * 100.0;
        report += &format!(
            ", {name} {:.1} MB after the warm-up, held at most {:.1} MB later ({:+.1} %; \
             highest sample {:.1} MB, {:+.1} %), {:.1} MB at the end",
            mb(peak),
            mb(held),
            growth(held),
            mb(highest),
            growth(highest),
            mb(last)
        );
        if growth(held) > ALLOWED_GROWTH * 100.0 {
            return Err(format!("{name} grew past the warm-up's peak: {report}"));
        }
    }
    Ok(report)
}

/// The highest level the series holds for [`HELD_SAMPLES`] samples in a
/// row.
fn highest_held_level(series: &[u64]) -> u64 {
    series
        .windows(HELD_SAMPLES.min(series.len()).max(1))
        .map(|w| w.iter().copied().min().unwrap_or(0))
        .max()
        .unwrap_or(0)
}

/// The judge itself, on series whose verdict is known, before any path
/// runs: a harness that cannot fail proves nothing.
fn check_the_judge() {
    let series = |values: &[u64]| -> Vec<Sample> {
        values
            .iter()
            .enumerate()
            .map(|(i, &v)| Sample {
                seconds: i as f64,
                calls: i as u64,
                rss_bytes: v,
                device_bytes: Some(v),
                allocator_bytes: None,
            })
            .collect()
    };
    let warmup = Duration::from_secs_f64(2.5);
    let flat = series(&[100, 104, 102, 101, 103, 100, 102, 104, 101]);
    let leak = series(&[100, 101, 102, 104, 106, 108, 110, 112, 114]);
    let burst = series(&[100, 104, 102, 101, 117, 100, 102, 117, 101]);
    let step = series(&[100, 104, 102, 101, 102, 110, 110, 110, 110]);
    let late_step = series(&[100, 104, 102, 101, 102, 101, 120, 120, 120]);
    assert!(judge(&flat, warmup).is_ok(), "a flat series failed the judge");
    assert!(judge(&leak, warmup).is_err(), "a steady leak passed the judge");
    assert!(
        judge(&burst, warmup).is_ok(),
        "one-sample bursts failed the judge"
    );
    assert!(
        judge(&step, warmup).is_err(),
        "a step that stays passed the judge"
    );
    assert!(
        judge(&late_step, warmup).is_err(),
        "a step in the last samples passed the judge"
    );
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// `VmRSS` of `/proc/self/status`.
fn host_rss_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(0, |kib| kib * 1024)
}

/// The device memory the driver has given this process, from `nvidia-smi`
/// (the sum over GPUs); `None` where it is absent or does not list us.
fn device_bytes_of_this_process() -> Option<u64> {
    let output = std::process::Command::new("nvidia-smi")
        .args([
            "--query-compute-apps=pid,used_memory",
            "--format=csv,noheader,nounits",
        ])
        .output()
        .ok()?;
    let pid = std::process::id().to_string();
    let mib: Vec<u64> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let (p, used) = line.split_once(',')?;
            (p.trim() == pid).then(|| used.trim().parse().ok()).flatten()
        })
        .collect();
    (!mib.is_empty()).then(|| mib.iter().sum::<u64>() << 20)
}

/// One call of a random operation of the mix with random valid shapes;
/// checks what it can of the result without a reference.
fn one_call(ctx: &Context, rng: &mut SmallRng, mix: Mix) -> Result<(), String> {
    let read = rng.random_bool(mix.reads);
    let on_device = rng.random_bool(mix.uploads);
    // With a fixed set of shapes, the operation, its shapes and its data
    // come from one of that many seeds.
    let mut fixed;
    let rng = if mix.shapes > 0 {
        fixed = SmallRng::seed_from_u64(rng.random_range(0..mix.shapes));
        &mut fixed
    } else {
        rng
    };
    let ops = mix.ops();
    let op = ops[rng.random_range(0..ops.len())];
    let mut call = Call {
        rng,
        largest: false,
        read,
        on_device,
    };
    op(ctx, &mut call).map_err(|e| format!("a valid call failed: {e}"))
}

/// Calls every operation of the mix at its largest shapes, with its inputs
/// uploaded and its results read, and then from the host.
fn largest_calls(ctx: &Context, rng: &mut SmallRng, mix: Mix) -> Result<(), String> {
    for op in mix.ops() {
        for on_device in [true, false] {
            let mut call = Call {
                rng,
                largest: true,
                read: true,
                on_device,
            };
            op(ctx, &mut call).map_err(|e| format!("a valid call at the largest shapes failed: {e}"))?;
        }
    }
    Ok(())
}

type Op = fn(&Context, &mut Call<'_>) -> robocache::Result<()>;

impl Mix {
    fn ops(&self) -> Vec<Op> {
        [
            (self.resample, resample as Op),
            (self.fuse, fuse as Op),
            (self.voxelize, voxelize as Op),
        ]
        .into_iter()
        .filter_map(|(wanted, op)| wanted.then_some(op))
        .collect()
    }
}

/// How one call draws its shapes, and what it does with its inputs and
/// results.
struct Call<'r> {
    rng: &'r mut SmallRng,
    /// Every size at the top of its range, and the mode that needs the
    /// most memory.
    largest: bool,
    read: bool,
    on_device: bool,
}

impl Call<'_> {
    fn size(&mut self, range: std::ops::Range<usize>) -> usize {
        if self.largest {
            range.end - 1
        } else {
            self.rng.random_range(range)
        }
    }

    fn share(&mut self, range: std::ops::Range<f64>) -> f64 {
        if self.largest {
            range.end
        } else {
            self.rng.random_range(range)
        }
    }

    /// One of `choices`, the first when drawing the largest call.
    fn pick<T: Copy>(&mut self, choices: &[T]) -> T {
        if self.largest {
            choices[0]
        } else {
            choices[self.rng.random_range(0..choices.len())]
        }
    }
}

/// Times of `rows` sequences of `samples` strictly increasing stamps, at
/// Unix-epoch offsets, with jitter.
fn times(rng: &mut SmallRng, rows: usize, samples: usize, period: f64) -> Vec<f64> {
    let mut out = Vec::with_capacity(rows * samples);
    for _ in 0..rows {
        let mut t = 1.7e9 + rng.random_range(0.0..1.0);
        for _ in 0..samples {
            out.push(t);
            t += period * rng.random_range(0.5..1.5);
        }
    }
    out
}

fn values(rng: &mut SmallRng, len: usize) -> Vec<f32> {
    (0..len).map(|_| rng.random_range(-1.0f32..1.0)).collect()
}

fn check_len(tensor: &Tensor, want: usize, what: &str) -> robocache::Result<()> {
    if tensor.len() != want {
        return Err(robocache::Error::Device {
            backend: "soak",
            message: format!("{what} has {} elements, expected {want}", tensor.len()),
        });
    }
    Ok(())
}

fn resample(ctx: &Context, call: &mut Call<'_>) -> robocache::Result<()> {
    let (b, s, d, t) = (
        call.size(1..16),
        call.size(2..600),
        call.size(1..64),
        call.size(1..300),
    );
    let mode = call.pick(&[InterpMode::Linear, InterpMode::Nearest, InterpMode::Previous]);
    let (read, on_device, rng) = (call.read, call.on_device, &mut *call.rng);
    let data = values(rng, b * s * d);
    let src = times(rng, b, s, 0.01);
    let tgt: Vec<f64> = (0..b * t)
        .map(|i| src[(i / t) * s] + rng.random_range(-0.1..s as f64 * 0.01))
        .collect();
    let data = Placed::new(ctx, TensorView::new(&data, [b, s, d])?, on_device)?;
    let src = Placed::new(ctx, TensorView::new(&src, [b, s])?, on_device)?;
    let out = ctx
        .resample(data.get(), src.get(), TensorView::new(&tgt, [b, t])?)
        .mode(mode)
        .tolerance(0.05)
        .run()?;
    check_len(&out.values, b * t * d, "the resampled values")?;
    if read {
        out.values.to_vec::<f32>()?;
        out.valid.as_ref().map(|v| v.to_vec::<u8>()).transpose()?;
    }
    Ok(())
}

fn fuse(ctx: &Context, call: &mut Call<'_>) -> robocache::Result<()> {
    let b = call.size(1..32);
    let t = call.size(1..100);
    let out_dtype = call.pick(&[DType::F32, DType::BF16, DType::F16]);
    // Camera features, joints, IMU: rates and widths around the reference.
    let specs = [(30.0, 512), (100.0, 64), (200.0, 12)];
    let streams: Vec<(Vec<f32>, Vec<f64>, usize, usize)> = specs
        .iter()
        .map(|&(rate, width)| {
            let s = (rate * call.share(0.3..1.2)) as usize + 2;
            let d = (width as f64 * call.share(0.5..1.0)) as usize + 1;
            (
                values(call.rng, b * s * d),
                times(call.rng, b, s, 1.0 / rate),
                s,
                d,
            )
        })
        .collect();
    let (read, on_device) = (call.read, call.on_device);
    let tgt: Vec<f64> = (0..b * t)
        .map(|i| {
            let row = i / t;
            streams[0].1[row * streams[0].2] + (i % t) as f64 * 0.02
        })
        .collect();
    let inputs = streams
        .iter()
        .map(|(data, times, s, d)| {
            Ok((
                Placed::new(ctx, TensorView::new(data, [b, *s, *d])?, on_device)?,
                Placed::new(ctx, TensorView::new(times, [b, *s])?, on_device)?,
            ))
        })
        .collect::<robocache::Result<Vec<_>>>()?;
    let mut fusion = ctx
        .fuse(TensorView::new(&tgt, [b, t])?)
        .out_dtype(out_dtype)
        .with_validity();
    for (k, (data, times)) in inputs.iter().enumerate() {
        let mode = if k == 0 {
            InterpMode::Nearest
        } else {
            InterpMode::Linear
        };
        fusion = fusion.stream(Stream::new(data.get(), times.get()).mode(mode));
    }
    let out = fusion.run()?;
    let width: usize = streams.iter().map(|s| s.3).sum();
    check_len(&out.values, b * t * width, "the fused values")?;
    if read {
        match out_dtype {
            DType::F32 => drop(out.values.to_vec::<f32>()?),
            DType::BF16 => drop(out.values.to_vec::<robocache::bf16>()?),
            _ => drop(out.values.to_vec::<robocache::f16>()?),
        }
        out.valid.as_ref().map(|v| v.to_vec::<u8>()).transpose()?;
    }
    Ok(())
}

fn voxelize(ctx: &Context, call: &mut Call<'_>) -> robocache::Result<()> {
    let clouds = call.size(1..4);
    let n = call.size(1..150_000);
    let dims = [call.size(16..256), call.size(16..256), call.size(1..16)];
    let mode = call.pick(&[
        VoxelMode::Mean,
        VoxelMode::Max,
        VoxelMode::Count,
        VoxelMode::Occupancy,
    ]);
    let (read, on_device, rng) = (call.read, call.on_device, &mut *call.rng);
    let mut points: Vec<f32> = (0..clouds * n * 3)
        .map(|i| match i % 3 {
            2 => rng.random_range(-3.0f32..2.0),
            _ => rng.random_range(-45.0f32..45.0),
        })
        .collect();
    // Lidars report no return as NaN: a few points drop for that reason.
    for _ in 0..n / 100 {
        let i = rng.random_range(0..points.len());
        points[i] = f32::NAN;
    }
    let lengths: Vec<u32> = (0..clouds).map(|_| rng.random_range(0..=n as u32)).collect();
    let features = values(rng, clouds * n * 4);
    let grid = VoxelGrid {
        origin: [-40.0, -40.0, -3.0],
        voxel_size: [80.0 / dims[0] as f32, 80.0 / dims[1] as f32, 5.0 / dims[2] as f32],
        dims,
    };
    let points = Placed::new(ctx, TensorView::new(&points, [clouds, n, 3])?, on_device)?;
    let features = Placed::new(ctx, TensorView::new(&features, [clouds, n, 4])?, on_device)?;
    let mut call = ctx
        .voxelize(points.get(), grid, mode)
        .lengths(TensorView::new(&lengths, [clouds])?);
    if matches!(mode, VoxelMode::Mean | VoxelMode::Max) {
        call = call.features(features.get());
    }
    let out = call.run()?;
    for (cloud, (stats, &len)) in out.stats()?.iter().zip(&lengths).enumerate() {
        if stats.kept + stats.dropped() != u64::from(len) {
            return Err(robocache::Error::Device {
                backend: "soak",
                message: format!("cloud {cloud}: {stats:?} do not add up to its {len} points"),
            });
        }
    }
    if read {
        match mode {
            VoxelMode::Count => drop(out.voxels.to_vec::<u32>()?),
            VoxelMode::Occupancy => drop(out.voxels.to_vec::<u8>()?),
            _ => drop(out.voxels.to_vec::<f32>()?),
        }
    }
    Ok(())
}
