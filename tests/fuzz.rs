//! Fuzzing at scale: random calls, mostly invalid, on every kernel path.
//!
//! Each case is one resampling, fusion or voxelization with random shapes
//! (some that lie about their data), NaN and infinities in every field,
//! zero sizes, zero, negative or NaN voxel sizes, bad tolerances, ragged
//! lengths out of range, decreasing times, and inputs on the host or
//! uploaded first. Every path must:
//! - never panic;
//! - return `Ok` with a result of the promised size and statistics that add
//!   up (kept + dropped = the cloud's points), or a typed error that is not
//!   a device fault;
//! - agree with the CPU backend, the reference, on `Ok` against `Err` and on
//!   the error's kind.
//!
//! `cargo test --release --test fuzz`. Settings (environment variables):
//! - `ROBOCACHE_FUZZ_CASES`: cases (default 2000; CI runs 100 000 on the CPU);
//! - `ROBOCACHE_FUZZ_PATHS`: comma-separated, of `cpu`, `wgpu`, `cuda`,
//!   `cuda-ptx` (default: every path this build and machine have); the CPU
//!   always runs, as the reference;
//! - `ROBOCACHE_FUZZ_SEED`: the first case's seed (default 0); case `i` uses
//!   seed + i, so a failure names the one case to rerun with
//!   `ROBOCACHE_FUZZ_SEED=<its seed> ROBOCACHE_FUZZ_CASES=1`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;

mod support;

use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};
use robocache::{
    bf16, f16, Backend, Context, Error, InterpMode, KernelPath, Result, Stream, Tensor, TensorView,
    VoxelGrid, VoxelMode,
};
use support::Placed;

fn main() {
    let number = |name: &str, default: u64| -> u64 {
        std::env::var(name)
            .ok()
            .map(|v| {
                v.parse()
                    .unwrap_or_else(|_| panic!("{name}={v} is not a whole number"))
            })
            .unwrap_or(default)
    };
    // Every panic is caught and reported with its case; the default hook
    // would print each one again, with a backtrace.
    std::panic::set_hook(Box::new(|_| {}));
    let cases = number("ROBOCACHE_FUZZ_CASES", 2000);
    let seed = number("ROBOCACHE_FUZZ_SEED", 0);
    let explicit = std::env::var("ROBOCACHE_FUZZ_PATHS").ok();
    let mut paths = vec![("cpu".to_string(), Context::cpu())];
    for name in explicit.as_deref().unwrap_or("wgpu,cuda,cuda-ptx").split(',') {
        let name = name.trim();
        if name.is_empty() || name == "cpu" {
            continue;
        }
        match open(name) {
            Ok(ctx) => paths.push((name.to_string(), ctx)),
            Err(e) if explicit.is_some() => {
                println!("fuzz {name}: FAILED to open: {e}");
                println!("fuzz: 0 passed, 1 failed");
                std::process::exit(1);
            }
            Err(e) => println!("fuzz {name}: not available here ({e})"),
        }
    }
    let names: Vec<&str> = paths.iter().map(|(n, _)| n.as_str()).collect();
    println!("fuzz: {cases} cases from seed {seed} on {}", names.join(", "));

    let start = Instant::now();
    let (mut passed, mut failed, mut ok_cases) = (0u64, 0u64, 0u64);
    for case_seed in seed..seed + cases {
        let case = Case::generate(&mut SmallRng::seed_from_u64(case_seed));
        let outcomes: Vec<Outcome> = paths.iter().map(|(_, ctx)| case.run(ctx)).collect();
        match judge(&names, &outcomes) {
            Ok(()) => {
                passed += 1;
                ok_cases += u64::from(matches!(outcomes[0], Outcome::Ok));
            }
            Err(why) => {
                failed += 1;
                if failed <= 20 {
                    println!("fuzz case seed {case_seed}: FAILED: {why}\n  {case:?}");
                }
            }
        }
        if (case_seed - seed + 1) % (cases / 10).max(1) == 0 {
            println!(
                "  {} cases, {:.0} s, {failed} failed",
                case_seed - seed + 1,
                start.elapsed().as_secs_f64()
            );
        }
    }
    println!(
        "fuzz: {cases} cases in {:.1} s on {}; {ok_cases} valid, {} rejected",
        start.elapsed().as_secs_f64(),
        names.join(", "),
        cases - ok_cases
    );
    println!("fuzz: {passed} passed, {failed} failed");
    if failed > 0 {
        std::process::exit(1);
    }
}

fn open(path: &str) -> Result<Context> {
    match path {
        "wgpu" => Context::new(Backend::Wgpu),
        "cuda" => Context::new(Backend::Cuda)?.with_kernel_path(KernelPath::CubeCl),
        "cuda-ptx" => Context::new(Backend::Cuda)?.with_kernel_path(KernelPath::Ptx),
        other => panic!("unknown fuzz path {other:?}: cpu, wgpu, cuda or cuda-ptx"),
    }
}

/// What one path did with a case.
#[derive(Debug)]
enum Outcome {
    Ok,
    /// A typed error, and its kind for comparison across paths.
    Rejected(std::mem::Discriminant<Error>, String),
    /// A panic, a device fault, or a result that does not add up (reported
    /// by `call` as a device error of the harness).
    Broken(String),
}

impl Outcome {
    fn describe(&self) -> &str {
        match self {
            Outcome::Ok => "Ok",
            Outcome::Rejected(_, message) | Outcome::Broken(message) => message,
        }
    }
}

fn judge(names: &[&str], outcomes: &[Outcome]) -> std::result::Result<(), String> {
    for (name, outcome) in names.iter().zip(outcomes) {
        if let Outcome::Broken(why) = outcome {
            return Err(format!("{name}: {why}"));
        }
    }
    let reference = &outcomes[0];
    for (name, outcome) in names.iter().zip(outcomes).skip(1) {
        let agree = match (reference, outcome) {
            (Outcome::Ok, Outcome::Ok) => true,
            (Outcome::Rejected(a, _), Outcome::Rejected(b, _)) => a == b,
            _ => false,
        };
        if !agree {
            return Err(format!(
                "{name} disagrees with cpu: {} against {}",
                outcome.describe(),
                reference.describe()
            ));
        }
    }
    Ok(())
}

/// Sample values in one of the three data types.
#[derive(Debug)]
enum Samples {
    F32(Vec<f32>),
    F16(Vec<f16>),
    BF16(Vec<bf16>),
}

/// Times as f64 or f32.
#[derive(Debug)]
enum Times {
    F64(Vec<f64>),
    F32(Vec<f32>),
}

/// A tensor as the caller hands it over: its data, the shape it claims (not
/// always the data's), and whether it is uploaded first.
#[derive(Debug)]
struct Input<D> {
    data: D,
    shape: Vec<usize>,
    on_device: bool,
}

/// Data that views as a tensor of a claimed shape.
trait Data {
    fn view<'a>(&'a self, shape: &[usize]) -> Result<TensorView<'a>>;
}

impl Data for Samples {
    fn view<'a>(&'a self, shape: &[usize]) -> Result<TensorView<'a>> {
        match self {
            Samples::F32(v) => TensorView::new(v, shape),
            Samples::F16(v) => TensorView::new(v, shape),
            Samples::BF16(v) => TensorView::new(v, shape),
        }
    }
}

impl Data for Times {
    fn view<'a>(&'a self, shape: &[usize]) -> Result<TensorView<'a>> {
        match self {
            Times::F64(v) => TensorView::new(v, shape),
            Times::F32(v) => TensorView::new(v, shape),
        }
    }
}

impl<T: robocache::Element> Data for Vec<T> {
    fn view<'a>(&'a self, shape: &[usize]) -> Result<TensorView<'a>> {
        TensorView::new(self, shape)
    }
}

impl<D: Data> Input<D> {
    /// The tensor as the call gets it: a view of the claimed shape (an error
    /// when it lies), uploaded first when `on_device`.
    fn place(&self, ctx: &Context) -> Result<Placed<'_>> {
        Placed::new(ctx, self.data.view(&self.shape)?, self.on_device)
    }
}

#[derive(Debug)]
struct StreamCase {
    data: Input<Samples>,
    times: Input<Times>,
    lengths: Option<Input<Vec<u32>>>,
    mode: InterpMode,
    tolerance: Option<f64>,
}

impl StreamCase {
    /// Samples, times and lengths, as the call gets them.
    fn place(&self, ctx: &Context) -> Result<(Placed<'_>, Placed<'_>, Option<Placed<'_>>)> {
        Ok((
            self.data.place(ctx)?,
            self.times.place(ctx)?,
            self.lengths.as_ref().map(|l| l.place(ctx)).transpose()?,
        ))
    }
}

#[derive(Debug)]
enum Case {
    Resample {
        stream: StreamCase,
        targets: Input<Times>,
        validity: bool,
    },
    Fuse {
        streams: Vec<StreamCase>,
        targets: Input<Times>,
        out_dtype: Option<robocache::DType>,
        validity: bool,
    },
    Voxelize {
        points: Input<Vec<f32>>,
        features: Option<Input<Vec<f32>>>,
        lengths: Option<Input<Vec<u32>>>,
        grid: VoxelGrid,
        mode: VoxelMode,
    },
}

/// Mostly small sizes, zero now and then.
fn size(rng: &mut SmallRng, most: usize) -> usize {
    if rng.random_bool(0.08) {
        0
    } else {
        rng.random_range(1..=most)
    }
}

/// The shape the data really has, or now and then one that lies by an
/// element or an axis.
fn claimed(rng: &mut SmallRng, real: Vec<usize>) -> Vec<usize> {
    let mut shape = real;
    match rng.random_range(0..40) {
        0 => shape[0] += 1,
        1 => {
            let last = shape.len() - 1;
            shape[last] = shape[last].saturating_sub(1);
        }
        2 => shape.push(1),
        3 if shape.len() > 1 => drop(shape.pop()),
        _ => {}
    }
    shape
}

/// A float that is now and then NaN or infinite.
fn poisoned(rng: &mut SmallRng, value: f64, odds: f64) -> f64 {
    if rng.random_bool(odds) {
        [f64::NAN, f64::INFINITY, f64::NEG_INFINITY][rng.random_range(0..3)]
    } else {
        value
    }
}

/// A value of `range`, now and then NaN or infinite.
fn poisoned_in(rng: &mut SmallRng, range: std::ops::Range<f64>, odds: f64) -> f64 {
    let value = rng.random_range(range);
    poisoned(rng, value, odds)
}

fn gen_times(rng: &mut SmallRng, rows: usize, samples: usize, sorted: bool) -> Times {
    let base = if rng.random_bool(0.5) { 1.7e9 } else { 0.0 };
    let mut values = Vec::with_capacity(rows * samples);
    for _ in 0..rows {
        let mut t = base + rng.random_range(0.0..1.0);
        for _ in 0..samples {
            values.push(poisoned(rng, t, 0.01));
            t = if sorted && !rng.random_bool(0.02) {
                t + rng.random_range(0.0..0.1)
            } else {
                t - rng.random_range(0.0..0.1)
            };
        }
    }
    if rng.random_bool(0.2) && base == 0.0 {
        Times::F32(values.into_iter().map(|t| t as f32).collect())
    } else {
        Times::F64(values)
    }
}

fn gen_samples(rng: &mut SmallRng, len: usize) -> Samples {
    let values: Vec<f32> = (0..len)
        .map(|_| poisoned_in(rng, -2.0..2.0, 0.01) as f32)
        .collect();
    match rng.random_range(0..4) {
        0 => Samples::F16(values.into_iter().map(f16::from_f32).collect()),
        1 => Samples::BF16(values.into_iter().map(bf16::from_f32).collect()),
        _ => Samples::F32(values),
    }
}

fn gen_lengths(rng: &mut SmallRng, rows: usize, most: usize) -> Input<Vec<u32>> {
    // Mostly within [1, most], now and then 0 or past the end.
    let data = (0..rows)
        .map(|_| match rng.random_range(0..20) {
            0 => 0,
            1 => most as u32 + 1,
            _ => rng.random_range(1..=most.max(1)) as u32,
        })
        .collect();
    Input {
        data,
        shape: claimed(rng, vec![rows]),
        on_device: rng.random_bool(0.3),
    }
}

fn gen_stream(rng: &mut SmallRng, rows: usize) -> StreamCase {
    let samples = size(rng, 12);
    let width = if rng.random_bool(0.3) {
        4 * rng.random_range(1..3)
    } else {
        size(rng, 6)
    };
    let mode = [
        InterpMode::Linear,
        InterpMode::Nearest,
        InterpMode::Previous,
        InterpMode::Slerp,
    ][rng.random_range(0..4)];
    let tolerance = match rng.random_range(0..8) {
        0 => Some(0.0),
        1 => Some(-0.1),
        2 => Some(f64::NAN),
        3 => Some(f64::INFINITY),
        4 => Some(rng.random_range(0.0..0.2)),
        _ => None,
    };
    let sorted = rng.random_bool(0.9);
    StreamCase {
        data: Input {
            data: gen_samples(rng, rows * samples * width),
            shape: claimed(rng, vec![rows, samples, width]),
            on_device: rng.random_bool(0.3),
        },
        times: Input {
            data: gen_times(rng, rows, samples, sorted),
            shape: claimed(rng, vec![rows, samples]),
            on_device: rng.random_bool(0.3),
        },
        lengths: rng.random_bool(0.2).then(|| gen_lengths(rng, rows, samples)),
        mode,
        tolerance,
    }
}

fn gen_targets(rng: &mut SmallRng, rows: usize) -> Input<Times> {
    let targets = size(rng, 10);
    let sorted = rng.random_bool(0.5);
    Input {
        data: gen_times(rng, rows, targets, sorted),
        shape: claimed(rng, vec![rows, targets]),
        on_device: rng.random_bool(0.3),
    }
}

impl Case {
    fn generate(rng: &mut SmallRng) -> Case {
        let rows = size(rng, 4);
        match rng.random_range(0..3) {
            0 => Case::Resample {
                stream: gen_stream(rng, rows),
                targets: gen_targets(rng, rows),
                validity: rng.random_bool(0.5),
            },
            1 => Case::Fuse {
                streams: (0..rng.random_range(0..4))
                    .map(|_| gen_stream(rng, rows))
                    .collect(),
                targets: gen_targets(rng, rows),
                out_dtype: match rng.random_range(0..5) {
                    0 => Some(robocache::DType::F32),
                    1 => Some(robocache::DType::BF16),
                    2 => Some(robocache::DType::U8),
                    _ => None,
                },
                validity: rng.random_bool(0.5),
            },
            _ => Self::generate_voxelize(rng),
        }
    }

    fn generate_voxelize(rng: &mut SmallRng) -> Case {
        let batched = rng.random_bool(0.3);
        let clouds = if batched { size(rng, 3) } else { 1 };
        let n = size(rng, 40);
        let points: Vec<f32> = (0..clouds * n * 3)
            .map(|_| poisoned_in(rng, -1.5..1.5, 0.03) as f32)
            .collect();
        let point_shape = if batched { vec![clouds, n, 3] } else { vec![n, 3] };
        let width = size(rng, 3);
        let features: Vec<f32> = (0..clouds * n * width)
            .map(|_| poisoned_in(rng, -5.0..5.0, 0.005) as f32)
            .collect();
        let feature_shape = if batched {
            vec![clouds, n, width]
        } else {
            vec![n, width]
        };
        let voxel_size = |rng: &mut SmallRng| match rng.random_range(0..30) {
            0 => 0.0,
            1 => -0.1,
            2 => f32::NAN,
            3 => f32::INFINITY,
            4 => 1e-30,
            _ => rng.random_range(0.05..0.8),
        };
        let dim = |rng: &mut SmallRng| match rng.random_range(0..40) {
            0 => 0,
            1 => 1 << 40,
            2 => usize::MAX / 2,
            _ => rng.random_range(1..12),
        };
        let grid = VoxelGrid {
            origin: [
                poisoned(rng, -1.0, 0.01) as f32,
                poisoned(rng, -1.0, 0.01) as f32,
                poisoned(rng, -1.0, 0.01) as f32,
            ],
            voxel_size: [voxel_size(rng), voxel_size(rng), voxel_size(rng)],
            dims: [dim(rng), dim(rng), dim(rng)],
        };
        Case::Voxelize {
            points: Input {
                data: points,
                shape: claimed(rng, point_shape),
                on_device: rng.random_bool(0.3),
            },
            features: rng.random_bool(0.7).then(|| Input {
                data: features,
                shape: claimed(rng, feature_shape),
                on_device: rng.random_bool(0.3),
            }),
            lengths: (batched && rng.random_bool(0.7)).then(|| gen_lengths(rng, clouds, n)),
            grid,
            mode: [
                VoxelMode::Count,
                VoxelMode::Occupancy,
                VoxelMode::Mean,
                VoxelMode::Max,
            ][rng.random_range(0..4)],
        }
    }

    /// Runs the case on `ctx`: its outcome, with panics caught.
    fn run(&self, ctx: &Context) -> Outcome {
        match catch_unwind(AssertUnwindSafe(|| self.call(ctx))) {
            Ok(Ok(())) => Outcome::Ok,
            Ok(Err(Error::Device { backend, message })) => {
                Outcome::Broken(format!("a device fault ({backend}): {message}"))
            }
            Ok(Err(e)) => Outcome::Rejected(std::mem::discriminant(&e), e.to_string()),
            Err(panic) => Outcome::Broken(format!(
                "panicked: {}",
                panic
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| panic.downcast_ref::<&str>().copied())
                    .unwrap_or("?")
            )),
        }
    }

    fn call(&self, ctx: &Context) -> Result<()> {
        match self {
            Case::Resample {
                stream,
                targets,
                validity,
            } => {
                // A call that succeeds had honest shapes: [B, S, D] and [B, T].
                let promised = || stream.data.shape[0] * targets.shape[1] * stream.data.shape[2];
                let (data, times, lengths) = stream.place(ctx)?;
                let placed_targets = targets.place(ctx)?;
                let mut call = ctx
                    .resample(data.get(), times.get(), placed_targets.get())
                    .mode(stream.mode);
                if let Some(l) = &lengths {
                    call = call.lengths(l.get());
                }
                if let Some(t) = stream.tolerance {
                    call = call.tolerance(t);
                }
                if *validity {
                    call = call.with_validity();
                }
                let out = call.run()?;
                expect_len(&out.values, promised())
            }
            Case::Fuse {
                streams,
                targets,
                out_dtype,
                validity,
            } => {
                let placed = streams.iter().map(|s| s.place(ctx)).collect::<Result<Vec<_>>>()?;
                // A call that succeeds had honest shapes: [B, S_k, D_k] and [B, T].
                let promised = || {
                    let width: usize = streams.iter().map(|s| s.data.shape[2]).sum();
                    targets.shape[0] * targets.shape[1] * width
                };
                let targets = targets.place(ctx)?;
                let mut call = ctx.fuse(targets.get());
                for (s, (data, times, lengths)) in streams.iter().zip(&placed) {
                    let mut stream = Stream::new(data.get(), times.get()).mode(s.mode);
                    if let Some(l) = lengths {
                        stream = stream.lengths(l.get());
                    }
                    if let Some(t) = s.tolerance {
                        stream = stream.tolerance(t);
                    }
                    call = call.stream(stream);
                }
                if let Some(dtype) = out_dtype {
                    call = call.out_dtype(*dtype);
                }
                if *validity {
                    call = call.with_validity();
                }
                let out = call.run()?;
                expect_len(&out.values, promised())
            }
            Case::Voxelize {
                points,
                features,
                lengths,
                grid,
                mode,
            } => {
                let placed_points = points.place(ctx)?;
                let mut call = ctx.voxelize(placed_points.get(), *grid, *mode);
                let placed_features = features.as_ref().map(|f| f.place(ctx)).transpose()?;
                if let Some(f) = &placed_features {
                    call = call.features(f.get());
                }
                let placed_lengths = lengths.as_ref().map(|l| l.place(ctx)).transpose()?;
                if let Some(l) = &placed_lengths {
                    call = call.lengths(l.get());
                }
                let out = call.run()?;
                let per_cloud = points.shape[points.shape.len() - 2];
                for (cloud, stats) in out.stats()?.iter().enumerate() {
                    let points_of_cloud = lengths
                        .as_ref()
                        .map_or(per_cloud as u64, |l| u64::from(l.data[cloud]));
                    if stats.kept + stats.dropped() != points_of_cloud {
                        return Err(Error::Device {
                            backend: "fuzz",
                            message: format!(
                                "cloud {cloud}: {stats:?} do not add up to its {points_of_cloud} points"
                            ),
                        });
                    }
                }
                Ok(())
            }
        }
    }
}

fn expect_len(values: &Tensor, want: usize) -> Result<()> {
    if values.len() == want && values.shape().iter().product::<usize>() == want {
        Ok(())
    } else {
        Err(Error::Device {
            backend: "fuzz",
            message: format!(
                "an output of shape {:?} ({} elements) where {want} were promised: results do not add up",
                values.shape(),
                values.len()
            ),
        })
    }
}
