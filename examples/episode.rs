//! The main job, end to end: a realistic multi-sensor robot episode and a
//! lidar scan, through all three operations on the best backend available.
//!
//! ```text
//! cargo run --release --example episode [-- path/to/scan.bin]
//! ROBOCACHE_BACKEND=cpu cargo run --release --example episode   # force a backend
//! ```
//!
//! The scan is a KITTI-style file of little-endian f32 `(x, y, z,
//! reflectance)` records. Without an argument the example reads
//! `../shared/data/kitti_000008.bin` beside the checkout when present, and
//! otherwise simulates a scan of a street.

use std::error::Error;
use std::f64::consts::TAU;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use robocache::{bf16, Backend, Context, InterpMode, Stream, Tensor, TensorView, VoxelGrid, VoxelMode};

/// Episodes in the batch.
const EPISODES: usize = 16;
/// Seconds each episode lasts.
const SECONDS: f64 = 20.0;
/// The control (and learning) rate everything is aligned to.
const CONTROL_HZ: f64 = 50.0;

fn main() -> Result<(), Box<dyn Error>> {
    let ctx = Context::new(Backend::Auto)?;
    match ctx.kernel_path() {
        Some(path) => println!(
            "robocache on {} ({}), {path} kernels\n",
            ctx.backend(),
            ctx.device_name()
        ),
        None => println!("robocache on {} ({})\n", ctx.backend(), ctx.device_name()),
    }

    let episode = Episode::record();
    println!(
        "episode batch: {EPISODES} episodes x {SECONDS} s, Unix-epoch timestamps with jitter and dropped camera frames"
    );
    for sensor in &episode.sensors {
        println!(
            "  {:<13} {:>5.0} Hz x {:>3} features ({}, {} mode)",
            sensor.name,
            sensor.rate_hz,
            sensor.features,
            sensor.dtype_name(),
            sensor.mode.name()
        );
    }
    println!();

    println!("resample and fuse the episodes:");
    step("upload to the device", || upload(&ctx, &episode))
        .and_then(|tensors| run_pipeline(&ctx, &episode, &tensors))?;

    let (points, source) = load_scan()?;
    println!("\nlidar scan: {} points ({source})", points.len() / 4);
    println!("\nvoxelize the scan:");
    voxelize_scan(&ctx, &points)?;
    Ok(())
}

/// Runs and times one step, printing its line as it finishes.
fn step<T>(what: &str, f: impl FnOnce() -> Result<T, robocache::Error>) -> Result<T, robocache::Error> {
    let start = Instant::now();
    let out = f()?;
    println!("  {:<44} {:>9}", what, millis(start.elapsed()));
    Ok(out)
}

fn millis(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// One sensor's recording over the whole batch.
struct Sensor {
    name: &'static str,
    rate_hz: f64,
    features: usize,
    mode: InterpMode,
    /// `[B, S, D]`, f32 or bf16 (camera features are stored in bf16).
    values: Values,
    /// `[B, S]` Unix-epoch seconds.
    times: Vec<f64>,
    /// `[B]` samples actually received per episode.
    lengths: Vec<u32>,
    samples: usize,
}

enum Values {
    F32(Vec<f32>),
    BF16(Vec<bf16>),
}

impl Sensor {
    fn dtype_name(&self) -> &'static str {
        match self.values {
            Values::F32(_) => "f32",
            Values::BF16(_) => "bf16",
        }
    }
}

struct Episode {
    sensors: Vec<Sensor>,
    /// `[B, T]` control ticks.
    control_times: Vec<f64>,
    ticks: usize,
}

/// A small deterministic generator: the example needs no `rand`.
struct Rng(u64);

impl Rng {
    fn unit(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

impl Episode {
    fn record() -> Self {
        let mut rng = Rng(0x5eed_cafe);
        let epoch_start = 1_732_400_000.0; // a morning in November 2024
        let starts: Vec<f64> = (0..EPISODES).map(|e| epoch_start + e as f64 * 60.0).collect();
        let mut sensors = Vec::new();
        // (name, rate, features, mode, stored as bf16, chance a frame drops)
        let specs = [
            ("camera", 30.0, 512, InterpMode::Nearest, true, 0.05),
            ("joints", 100.0, 14, InterpMode::Linear, false, 0.0),
            ("imu", 200.0, 12, InterpMode::Linear, false, 0.0),
            ("ee_orientation", 100.0, 4, InterpMode::Slerp, false, 0.0),
            ("gripper_cmd", 10.0, 1, InterpMode::Previous, false, 0.0),
        ];
        for (name, rate_hz, features, mode, half, drop_chance) in specs {
            let samples = (SECONDS * rate_hz) as usize + 1;
            let mut times = vec![0.0; EPISODES * samples];
            let mut values = vec![0.0f32; EPISODES * samples * features];
            let mut lengths = Vec::with_capacity(EPISODES);
            for e in 0..EPISODES {
                let mut kept = 0;
                for i in 0..samples {
                    if rng.unit() < drop_chance {
                        continue; // a dropped frame: the row is shorter
                    }
                    let jitter = (rng.unit() - 0.5) * 0.2 / rate_hz;
                    let t = i as f64 / rate_hz + jitter.max(0.0);
                    times[e * samples + kept] = starts[e] + t;
                    let row =
                        &mut values[(e * samples + kept) * features..(e * samples + kept + 1) * features];
                    fill_sample(name, t, e, row, &mut rng);
                    kept += 1;
                }
                // Pad the tail with the last time, as a logger would.
                let last = times[e * samples + kept - 1];
                times[e * samples + kept..(e + 1) * samples].fill(last);
                lengths.push(kept as u32);
            }
            let values = if half {
                Values::BF16(values.into_iter().map(bf16::from_f32).collect())
            } else {
                Values::F32(values)
            };
            sensors.push(Sensor {
                name,
                rate_hz,
                features,
                mode,
                values,
                times,
                lengths,
                samples,
            });
        }
        let ticks = (SECONDS * CONTROL_HZ) as usize;
        let control_times = starts
            .iter()
            .flat_map(|&s| (0..ticks).map(move |k| s + k as f64 / CONTROL_HZ))
            .collect();
        Episode {
            sensors,
            control_times,
            ticks,
        }
    }
}

/// Plausible signals: smooth joint motion, a noisy IMU, a turning wrist.
fn fill_sample(sensor: &str, t: f64, episode: usize, row: &mut [f32], rng: &mut Rng) {
    let phase = episode as f64 * 0.37;
    match sensor {
        "joints" | "camera" => {
            for (j, v) in row.iter_mut().enumerate() {
                *v = ((0.3 + 0.05 * j as f64) * TAU * t / 10.0 + phase + j as f64).sin() as f32;
            }
        }
        "imu" => {
            for (j, v) in row.iter_mut().enumerate() {
                let gravity = if j == 2 { 9.81 } else { 0.0 };
                *v = (gravity + 0.2 * (t + j as f64).sin() + (rng.unit() - 0.5) * 0.05) as f32;
            }
        }
        "ee_orientation" => {
            let yaw = 0.5 * TAU * (t / SECONDS) + phase;
            row.copy_from_slice(&[0.0, 0.0, (yaw / 2.0).sin() as f32, (yaw / 2.0).cos() as f32]);
        }
        _ => {
            row[0] = if (t + phase).rem_euclid(4.0) < 2.0 {
                1.0
            } else {
                0.0
            }
        }
    }
}

/// The episode's tensors on the context's device.
struct DeviceEpisode {
    data: Vec<Tensor>,
    times: Vec<Tensor>,
    lengths: Vec<Tensor>,
    control_times: Tensor,
}

fn upload(ctx: &Context, episode: &Episode) -> Result<DeviceEpisode, robocache::Error> {
    let mut out = DeviceEpisode {
        data: Vec::new(),
        times: Vec::new(),
        lengths: Vec::new(),
        control_times: ctx.upload(TensorView::new(
            &episode.control_times,
            [EPISODES, episode.ticks],
        )?)?,
    };
    for s in &episode.sensors {
        let shape = [EPISODES, s.samples, s.features];
        out.data.push(match &s.values {
            Values::F32(v) => ctx.upload(TensorView::new(v, shape)?)?,
            Values::BF16(v) => ctx.upload(TensorView::new(v, shape)?)?,
        });
        out.times
            .push(ctx.upload(TensorView::new(&s.times, [EPISODES, s.samples])?)?);
        out.lengths
            .push(ctx.upload(TensorView::new(&s.lengths, [EPISODES])?)?);
    }
    Ok(out)
}

fn run_pipeline(ctx: &Context, episode: &Episode, tensors: &DeviceEpisode) -> Result<(), robocache::Error> {
    let joints = 1;
    let resampled = timed("resample joints to 50 Hz (linear, 20 ms tol.)", || {
        ctx.resample(
            &tensors.data[joints],
            &tensors.times[joints],
            &tensors.control_times,
        )
        .lengths(&tensors.lengths[joints])
        .tolerance(0.02)
        .run()
    })?;
    let (valid, total) = count_valid(resampled.valid.as_ref())?;
    println!(
        "    -> {:?} {}, {valid} of {total} ticks within tolerance",
        resampled.values.shape(),
        resampled.values.dtype(),
    );

    let fused = timed("fuse 5 streams onto the 50 Hz grid", || {
        episode
            .sensors
            .iter()
            .enumerate()
            .fold(ctx.fuse(&tensors.control_times), |fuse, (k, sensor)| {
                fuse.stream(
                    Stream::new(&tensors.data[k], &tensors.times[k])
                        .lengths(&tensors.lengths[k])
                        .mode(sensor.mode)
                        .tolerance(2.0 / sensor.rate_hz),
                )
            })
            .run()
    })?;
    let (valid, total) = count_valid(fused.valid.as_ref())?;
    println!(
        "    -> {:?} {} ({:.1}% of stream ticks valid); columns: {}",
        fused.values.shape(),
        fused.values.dtype(),
        100.0 * valid as f64 / total.max(1) as f64,
        episode
            .sensors
            .iter()
            .zip(&fused.columns)
            .map(|(s, c)| format!("{} {}..{}", s.name, c.start, c.end))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let values = fused.values.to_vec::<f32>()?;
    let width = fused.values.shape()[2];
    let ee = fused.columns[3].clone();
    // Episode 3, tick 250 (5 s in).
    let row = (3 * episode.ticks + 250) * width;
    let q = &values[row + ee.start..row + ee.end];
    println!(
        "    -> episode 3 at 5 s: joint 0 = {:.4}, wrist quaternion = [{:.3}, {:.3}, {:.3}, {:.3}] (|q| = {:.6})",
        values[row + fused.columns[1].start],
        q[0],
        q[1],
        q[2],
        q[3],
        q.iter().map(|x| x * x).sum::<f32>().sqrt()
    );
    Ok(())
}

/// Ones in a validity mask, and its size.
fn count_valid(mask: Option<&Tensor>) -> Result<(usize, usize), robocache::Error> {
    let mask = mask.map(|m| m.to_vec::<u8>()).transpose()?.unwrap_or_default();
    Ok((mask.iter().filter(|&&v| v == 1).count(), mask.len()))
}

fn load_scan() -> Result<(Vec<f32>, String), Box<dyn Error>> {
    let explicit = std::env::args_os().nth(1).map(PathBuf::from);
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/kitti_000008.bin");
    match explicit.or_else(|| shared.exists().then_some(shared)) {
        Some(path) => {
            let bytes = std::fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
            if bytes.len() % 16 != 0 {
                return Err(format!(
                    "{}: not a stream of (x, y, z, reflectance) f32 records",
                    path.display()
                )
                .into());
            }
            let values = bytes
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect();
            Ok((values, path.display().to_string()))
        }
        None => Ok((simulated_scan(), "simulated street scan".to_string())),
    }
}

/// A 64-beam lidar in a street: ground, two building faces, parked cars;
/// rays that hit nothing come back as NaN, as real drivers report them.
fn simulated_scan() -> Vec<f32> {
    let mut rng = Rng(42);
    let mut out = Vec::new();
    for beam in 0..64 {
        let elevation = (-24.8 + 26.8 * beam as f64 / 63.0).to_radians();
        for step in 0..1800 {
            let azimuth = step as f64 / 1800.0 * TAU;
            let (dx, dy, dz) = (
                azimuth.cos() * elevation.cos(),
                azimuth.sin() * elevation.cos(),
                elevation.sin(),
            );
            let sensor_height = 1.73;
            let mut range = f64::INFINITY;
            if dz < 0.0 {
                range = range.min(sensor_height / -dz);
            }
            for wall_y in [-8.0, 9.0] {
                let r = wall_y / dy;
                if r > 0.0 {
                    range = range.min(r);
                }
            }
            for car_x in [6.0, 14.0, 25.0] {
                let r = (car_x - 2.0) / dx;
                let (y, z) = (r * dy, sensor_height + r * dz);
                if r > 0.0 && (-5.5..-3.5).contains(&y) && z < 1.5 {
                    range = range.min(r);
                }
            }
            let reflectance = (0.1 + 0.8 * rng.unit()) as f32;
            if range > 80.0 {
                out.extend([f32::NAN, f32::NAN, f32::NAN, 0.0]);
            } else {
                let noisy = range + (rng.unit() - 0.5) * 0.02;
                out.extend([
                    (noisy * dx) as f32,
                    (noisy * dy) as f32,
                    (sensor_height + noisy * dz) as f32 - 1.73,
                    reflectance,
                ]);
            }
        }
    }
    out
}

/// Times a call once cold (fresh output memory) and then warm (the median of
/// `WARM_RUNS`, buffers reused as in a robot's loop), printing both.
fn timed<T>(what: &str, mut f: impl FnMut() -> Result<T, robocache::Error>) -> Result<T, robocache::Error> {
    const WARM_RUNS: usize = 9;
    let start = Instant::now();
    let mut out = f()?;
    let cold = start.elapsed();
    let mut warm = Vec::with_capacity(WARM_RUNS);
    for _ in 0..WARM_RUNS {
        drop(out);
        let start = Instant::now();
        out = f()?;
        warm.push(start.elapsed());
    }
    warm.sort();
    println!(
        "  {:<44} {:>9} first, {:>9} warm",
        what,
        millis(cold),
        millis(warm[WARM_RUNS / 2])
    );
    Ok(out)
}

fn voxelize_scan(ctx: &Context, records: &[f32]) -> Result<(), robocache::Error> {
    let n = records.len() / 4;
    let points: Vec<f32> = records.chunks_exact(4).flat_map(|r| [r[0], r[1], r[2]]).collect();
    let features: Vec<f32> = records.chunks_exact(4).flat_map(|r| [r[2], r[3]]).collect(); // height, reflectance
                                                                                           // KITTI's detection range ahead of the car, 0.1 m across, 0.2 m tall.
    let grid = VoxelGrid::new([0.0, -40.0, -3.0], [0.1, 0.1, 0.2], [704, 800, 20]);
    let points = ctx.upload(TensorView::new(&points, [n, 3])?)?;
    let features = ctx.upload(TensorView::new(&features, [n, 2])?)?;
    println!("voxel grid: x 0..70.4 m, y -40..40 m, z -3..1 m; 704 x 800 x 20 voxels of 0.1 x 0.1 x 0.2 m");

    let occupancy = timed("voxelize: occupancy", || {
        ctx.voxelize(&points, grid, VoxelMode::Occupancy).run()
    })?;
    let stats = occupancy.total_stats()?;
    println!(
        "    -> {} occupied voxels; {} points kept, {} outside the grid, {} without a return",
        occupancy
            .voxels
            .to_vec::<u8>()?
            .iter()
            .filter(|&&v| v == 1)
            .count(),
        stats.kept,
        stats.out_of_grid,
        stats.non_finite
    );
    let counts = timed("voxelize: count", || {
        ctx.voxelize(&points, grid, VoxelMode::Count).run()
    })?;
    let counts = counts.voxels.to_vec::<u32>()?;
    println!(
        "    -> densest voxel holds {} points",
        counts.iter().max().copied().unwrap_or(0)
    );
    let mean = timed("voxelize: mean of (height, reflectance)", || {
        ctx.voxelize(&points, grid, VoxelMode::Mean)
            .features(&features)
            .run()
    })?;
    let maxima = timed("voxelize: max of (height, reflectance)", || {
        ctx.voxelize(&points, grid, VoxelMode::Max)
            .features(&features)
            .run()
    })?;
    let mean = mean.voxels.to_vec::<f32>()?;
    let maxima = maxima.voxels.to_vec::<f32>()?;
    let brightest = maxima
        .chunks_exact(2)
        .map(|f| f[1])
        .fold(f32::NEG_INFINITY, f32::max);
    let heights: Vec<f32> = mean
        .chunks_exact(2)
        .zip(&counts)
        .filter(|(_, &c)| c > 0)
        .map(|(f, _)| f[0])
        .collect();
    println!(
        "    -> mean height of occupied voxels {:.2} m; brightest return {:.2}",
        heights.iter().sum::<f32>() / heights.len().max(1) as f32,
        brightest
    );
    Ok(())
}
