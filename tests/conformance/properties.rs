//! Property tests: random shapes and values against the f64 reference, and
//! arbitrary input thrown at the validators.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use robocache::{bf16, f16, Context, DType, Element, InterpMode, Stream, TensorView, VoxelGrid, VoxelMode};

use crate::common::{host, view};
use crate::reference::{self, Row};

/// A runner of `cases` cases, or fewer where `PROPTEST_CASES` says so (for
/// slow tools such as compute-sanitizer, which run every case's kernels).
fn runner(cases: u32) -> TestRunner {
    let cap = std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok());
    TestRunner::new(Config {
        cases: cap.map_or(cases, |cap: u32| cases.min(cap.max(1))),
        failure_persistence: None,
        ..Config::default()
    })
}

/// SplitMix64, to expand a proptest seed into test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn interp_mode() -> impl Strategy<Value = InterpMode> {
    prop_oneof![
        Just(InterpMode::Linear),
        Just(InterpMode::Nearest),
        Just(InterpMode::Previous),
        Just(InterpMode::Slerp)
    ]
}

/// One randomly shaped stream with uneven times (repeats included), maybe
/// ragged, on an episode or a Unix-epoch clock.
#[derive(Debug, Clone)]
struct StreamCase {
    b: usize,
    s: usize,
    d: usize,
    values: Vec<f64>,
    times: Vec<f64>,
    lengths: Option<Vec<u32>>,
    mode: InterpMode,
    tolerance: Option<f64>,
}

fn stream_case(b: usize, mode: InterpMode, seed: u64) -> StreamCase {
    let mut rng = Rng(seed);
    let s = 1 + rng.below(12);
    let d = if mode == InterpMode::Slerp {
        4 * (1 + rng.below(2))
    } else {
        1 + rng.below(6)
    };
    let epoch = rng.below(3) == 0;
    let mut times = Vec::with_capacity(b * s);
    for _ in 0..b {
        let mut t = if epoch {
            1.7e9 + rng.unit() * 1e6
        } else {
            rng.unit() * 20.0 - 10.0
        };
        for _ in 0..s {
            times.push(t);
            // A quarter of the steps repeat the time; the rest are >= 1 ms.
            if rng.below(4) != 0 {
                t += 1e-3 + rng.unit() * 0.5;
            }
        }
    }
    let values = (0..b * s * d).map(|_| rng.unit() * 200.0 - 100.0).collect();
    let lengths = (rng.below(2) == 0).then(|| (0..b).map(|_| 1 + rng.below(s) as u32).collect());
    let tolerance = (rng.below(2) == 0).then(|| rng.unit() * 0.3);
    StreamCase {
        b,
        s,
        d,
        values,
        times,
        lengths,
        mode,
        tolerance,
    }
}

/// `t` targets per row: around each row's span, with exact hits.
fn targets_for(streams: &[&StreamCase], b: usize, t: usize, seed: u64) -> Vec<f64> {
    let mut rng = Rng(seed);
    let mut out = Vec::with_capacity(b * t);
    for row in 0..b {
        let first = &streams[rng.below(streams.len())];
        let row_times = &first.times[row * first.s..(row + 1) * first.s];
        let (lo, hi) = (row_times[0], row_times[first.s - 1]);
        for _ in 0..t {
            out.push(match rng.below(4) {
                0 => row_times[rng.below(first.s)],
                _ => lo + (rng.unit() * 1.4 - 0.2) * (hi - lo + 0.1),
            });
        }
    }
    out
}

/// The reference output `[B, T, D]` and validity `[B, T]` of one stream.
fn reference_stream(case: &StreamCase, targets: &[f64], t: usize) -> (Vec<f64>, Vec<u8>) {
    let (mut values, mut valid) = (Vec::new(), Vec::new());
    for row in 0..case.b {
        let length = case.lengths.as_ref().map_or(case.s, |l| l[row] as usize);
        let times = &case.times[row * case.s..row * case.s + length];
        let row_values = &case.values[row * case.s * case.d..(row * case.s + length) * case.d];
        let r = Row {
            times,
            values: row_values,
            d: case.d,
        };
        for &target in &targets[row * t..(row + 1) * t] {
            let (v, ok) = reference::sample(&r, target, case.mode, case.tolerance);
            values.extend(v);
            valid.push(u8::from(ok));
        }
    }
    (values, valid)
}

fn max_abs(values: &[f64]) -> f64 {
    values.iter().fold(0.0, |m, v| m.max(v.abs()))
}

/// The f32 tolerance of a resampled value: a few ulps of the data's magnitude.
fn f32_tolerance(case: &StreamCase) -> f64 {
    if case.mode == InterpMode::Slerp {
        2e-5
    } else {
        4e-7 * (1.0 + max_abs(&case.values))
    }
}

fn check_stream<T: Element + Into<Widened>>(
    got: &[T],
    want: &[f64],
    tolerance: f64,
    what: &str,
) -> Result<(), TestCaseError> {
    prop_assert_eq!(got.len(), want.len());
    for (i, (g, &w)) in got.iter().zip(want).enumerate() {
        let g: f64 = (*g).into().0;
        prop_assert!(
            (g - w).abs() <= tolerance,
            "{}: element {} is {}, expected {} (tolerance {:e})",
            what,
            i,
            g,
            w,
            tolerance
        );
    }
    Ok(())
}

/// f32, f16 and bf16 widened to f64, for comparisons.
struct Widened(f64);
impl From<f32> for Widened {
    fn from(v: f32) -> Self {
        Widened(v.into())
    }
}
impl From<f16> for Widened {
    fn from(v: f16) -> Self {
        Widened(v.to_f64())
    }
}
impl From<bf16> for Widened {
    fn from(v: bf16) -> Self {
        Widened(v.to_f64())
    }
}

fn run_resample<T: Element>(
    ctx: &Context,
    case: &StreamCase,
    data: &[T],
    targets: &[f64],
    t: usize,
) -> (Vec<T>, Vec<u8>) {
    let lengths = case.lengths.clone();
    let job = ctx
        .resample(
            view(data, &[case.b, case.s, case.d]),
            view(&case.times, &[case.b, case.s]),
            view(targets, &[case.b, t]),
        )
        .mode(case.mode)
        .with_validity();
    let job = match &lengths {
        Some(l) => job.lengths(view(l, &[case.b])),
        None => job,
    };
    let job = match case.tolerance {
        Some(tol) => job.tolerance(tol),
        None => job,
    };
    let out = job.run().expect("generated input is valid");
    (host::<T>(&out.values), host::<u8>(&out.valid.expect("asked for")))
}

pub fn resampling_matches_the_f64_reference(ctx: &Context) {
    let strategy = (
        1usize..=3,
        0usize..=12,
        prop_oneof![
            Just(InterpMode::Linear),
            Just(InterpMode::Nearest),
            Just(InterpMode::Previous)
        ],
        any::<u64>(),
    );
    runner(160)
        .run(&strategy, |(b, t, mode, seed)| {
            let case = stream_case(b, mode, seed);
            let targets = targets_for(&[&case], b, t, seed ^ 1);
            let data: Vec<f32> = case.values.iter().map(|&v| v as f32).collect();
            let case = StreamCase {
                values: data.iter().map(|&v| f64::from(v)).collect(),
                ..case
            };
            let (want, want_valid) = reference_stream(&case, &targets, t);
            let (got, got_valid) = run_resample(ctx, &case, &data, &targets, t);
            check_stream(&got, &want, f32_tolerance(&case), "values")?;
            prop_assert_eq!(got_valid, want_valid);
            Ok(())
        })
        .unwrap();
}

pub fn half_precision_resampling_matches_the_reference(ctx: &Context) {
    runner(64)
        .run(
            &(1usize..=2, 1usize..=8, any::<bool>(), any::<u64>()),
            |(b, t, brain, seed)| {
                let case = stream_case(b, InterpMode::Linear, seed);
                let targets = targets_for(&[&case], b, t, seed ^ 2);
                // Round the data to the dtype first: the reference then sees what the kernel sees.
                let scale = 1.0 + max_abs(&case.values);
                if brain {
                    let data: Vec<bf16> = case.values.iter().map(|&v| bf16::from_f64(v)).collect();
                    let case = StreamCase {
                        values: data.iter().map(|v| v.to_f64()).collect(),
                        ..case
                    };
                    let (want, _) = reference_stream(&case, &targets, t);
                    let (got, _) = run_resample(ctx, &case, &data, &targets, t);
                    check_stream(&got, &want, scale * 2f64.powi(-8), "bf16")?;
                } else {
                    let data: Vec<f16> = case.values.iter().map(|&v| f16::from_f64(v)).collect();
                    let case = StreamCase {
                        values: data.iter().map(|v| v.to_f64()).collect(),
                        ..case
                    };
                    let (want, _) = reference_stream(&case, &targets, t);
                    let (got, _) = run_resample(ctx, &case, &data, &targets, t);
                    check_stream(&got, &want, scale * 2f64.powi(-11), "f16")?;
                }
                Ok(())
            },
        )
        .unwrap();
}

pub fn slerp_matches_the_f64_reference(ctx: &Context) {
    runner(96)
        .run(&(1usize..=2, 1usize..=10, any::<u64>()), |(b, t, seed)| {
            let mut case = stream_case(b, InterpMode::Slerp, seed);
            // Unit quaternions, some consecutive pairs antipodal or nearly equal.
            let mut rng = Rng(seed ^ 3);
            for q in case.values.chunks_mut(4) {
                let v: Vec<f64> = (0..4).map(|_| rng.unit() * 2.0 - 1.0).collect();
                q.copy_from_slice(&reference::normalize(&v));
            }
            let d = case.d;
            for j in (d..case.values.len()).step_by(d) {
                match rng.below(4) {
                    0 => {
                        let previous: Vec<f64> = case.values[j - d..j].iter().map(|x| -x).collect();
                        case.values[j..j + d].copy_from_slice(&previous);
                    }
                    1 => {
                        let previous: Vec<f64> = case.values[j - d..j].iter().map(|x| x + 1e-4).collect();
                        let nudged: Vec<f64> = previous.chunks(4).flat_map(reference::normalize).collect();
                        case.values[j..j + d].copy_from_slice(&nudged);
                    }
                    _ => {}
                }
            }
            let data: Vec<f32> = case.values.iter().map(|&v| v as f32).collect();
            let case = StreamCase {
                values: data.iter().map(|&v| f64::from(v)).collect(),
                ..case
            };
            let targets = targets_for(&[&case], b, t, seed ^ 4);
            let (want, _) = reference_stream(&case, &targets, t);
            let (got, _) = run_resample(ctx, &case, &data, &targets, t);
            check_stream(&got, &want, 2e-5, "slerp")?;
            Ok(())
        })
        .unwrap();
}

pub fn fusion_matches_the_f64_reference(ctx: &Context) {
    let strategy = (
        1usize..=3,
        0usize..=9,
        prop::collection::vec((interp_mode(), any::<u64>(), 0usize..3), 1..=4),
    );
    runner(96)
        .run(&strategy, |(b, t, streams)| {
            let cases: Vec<(StreamCase, DType)> = streams
                .iter()
                .map(|&(mode, seed, dtype)| {
                    let case = stream_case(b, mode, seed);
                    let dtype = [DType::F32, DType::BF16, DType::F16][dtype];
                    // Round the values through their dtype so the reference sees them.
                    let values = case
                        .values
                        .iter()
                        .map(|&v| match dtype {
                            DType::BF16 => bf16::from_f64(v).to_f64(),
                            DType::F16 => f16::from_f64(v).to_f64(),
                            _ => f64::from(v as f32),
                        })
                        .collect();
                    (StreamCase { values, ..case }, dtype)
                })
                .collect();
            let refs: Vec<&StreamCase> = cases.iter().map(|(c, _)| c).collect();
            let targets = targets_for(&refs, b, t, 5);
            let buffers: Vec<(Vec<f32>, Vec<bf16>, Vec<f16>)> = cases
                .iter()
                .map(|(c, _)| {
                    (
                        c.values.iter().map(|&v| v as f32).collect(),
                        c.values.iter().map(|&v| bf16::from_f64(v)).collect(),
                        c.values.iter().map(|&v| f16::from_f64(v)).collect(),
                    )
                })
                .collect();
            let mut fuse = ctx
                .fuse(view(&targets, &[b, t]))
                .out_dtype(DType::F32)
                .with_validity();
            for ((case, dtype), (f32s, bf16s, f16s)) in cases.iter().zip(&buffers) {
                let shape = [case.b, case.s, case.d];
                let data: TensorView = match dtype {
                    DType::BF16 => view(bf16s, &shape),
                    DType::F16 => view(f16s, &shape),
                    _ => view(f32s, &shape),
                };
                let mut stream = Stream::new(data, view(&case.times, &[b, case.s])).mode(case.mode);
                if let Some(l) = &case.lengths {
                    stream = stream.lengths(view(l, &[b]));
                }
                if let Some(tol) = case.tolerance {
                    stream = stream.tolerance(tol);
                }
                fuse = fuse.stream(stream);
            }
            let fused = fuse.run().expect("generated input is valid");
            let values = host::<f32>(&fused.values);
            let valid = host::<u8>(&fused.valid.expect("asked for"));
            let (k, width) = (cases.len(), fused.values.shape()[2]);
            for (j, (case, _)) in cases.iter().enumerate() {
                let (want, want_valid) = reference_stream(case, &targets, t);
                let columns = fused.columns[j].clone();
                let got: Vec<f32> = (0..b * t)
                    .flat_map(|row| values[row * width + columns.start..row * width + columns.end].to_vec())
                    .collect();
                check_stream(&got, &want, f32_tolerance(case), &format!("stream {j}"))?;
                let got_valid: Vec<u8> = (0..b * t).map(|row| valid[row * k + j]).collect();
                prop_assert_eq!(got_valid, want_valid, "validity of stream {}", j);
            }
            Ok(())
        })
        .unwrap();
}

pub fn voxelization_matches_the_reference(ctx: &Context) {
    let strategy = (
        prop::option::of(1usize..=3),
        0usize..=300,
        1usize..=3,
        any::<u64>(),
    );
    runner(96)
        .run(&strategy, |(batch, nmax, f, seed)| {
            let mut rng = Rng(seed);
            let origin = [0; 3].map(|_: u8| (rng.unit() * 10.0 - 5.0) as f32);
            let size = [0; 3].map(|_: u8| (0.05 + rng.unit() * 2.0) as f32);
            let dims = [0; 3].map(|_: u8| 1 + rng.below(8));
            let grid = VoxelGrid::new(origin, size, dims);
            let clouds = batch.unwrap_or(1);
            let points: Vec<[f32; 3]> = (0..clouds * nmax)
                .map(|_| match rng.below(40) {
                    0 => [f32::NAN, 0.0, 0.0],
                    1 => [0.0, f32::INFINITY, 0.0],
                    // Exactly on a voxel face.
                    2 => [0, 1, 2].map(|a| origin[a] + rng.below(dims[a] + 1) as f32 * size[a]),
                    _ => [0, 1, 2]
                        .map(|a| origin[a] + ((rng.unit() * 1.2 - 0.1) * dims[a] as f64) as f32 * size[a]),
                })
                .collect();
            let features: Vec<f32> = (0..clouds * nmax * f)
                .map(|_| (rng.unit() * 20.0 - 10.0) as f32)
                .collect();
            let lengths: Vec<u32> = (0..clouds).map(|_| rng.below(nmax + 1) as u32).collect();
            let flat: Vec<f32> = points.iter().flatten().copied().collect();

            let voxels = dims.iter().product::<usize>();
            // Reference: per cloud, the points of each voxel in order.
            let mut members: Vec<Vec<usize>> = vec![Vec::new(); clouds * voxels];
            let mut kept = vec![0u64; clouds];
            for c in 0..clouds {
                let n = if batch.is_some() {
                    lengths[c] as usize
                } else {
                    nmax
                };
                for i in 0..n {
                    if let Some(v) = reference::voxel_of(points[c * nmax + i], origin, size, dims) {
                        members[c * voxels + v].push(c * nmax + i);
                        kept[c] += 1;
                    }
                }
            }

            for mode in [
                VoxelMode::Count,
                VoxelMode::Occupancy,
                VoxelMode::Mean,
                VoxelMode::Max,
            ] {
                let (points_view, features_view) = match batch {
                    Some(b) => (view(&flat, &[b, nmax, 3]), view(&features, &[b, nmax, f])),
                    None => (view(&flat, &[nmax, 3]), view(&features, &[nmax, f])),
                };
                let mut job = ctx.voxelize(points_view, grid, mode).features(features_view);
                if let Some(b) = batch {
                    job = job.lengths(view(&lengths, &[b]));
                }
                let out = job.run().expect("generated input is valid");
                prop_assert_eq!(
                    out.stats().unwrap().iter().map(|s| s.kept).collect::<Vec<_>>(),
                    kept.clone()
                );
                match mode {
                    VoxelMode::Count => {
                        let want: Vec<u32> = members.iter().map(|m| m.len() as u32).collect();
                        prop_assert_eq!(host::<u32>(&out.voxels), want);
                    }
                    VoxelMode::Occupancy => {
                        let want: Vec<u8> = members.iter().map(|m| u8::from(!m.is_empty())).collect();
                        prop_assert_eq!(host::<u8>(&out.voxels), want);
                    }
                    VoxelMode::Mean => {
                        let got = host::<f32>(&out.voxels);
                        for (v, m) in members.iter().enumerate() {
                            for j in 0..f {
                                let xs: Vec<f64> =
                                    m.iter().map(|&i| f64::from(features[i * f + j])).collect();
                                let n = xs.len().max(1) as f64;
                                let want = xs.iter().sum::<f64>() / n;
                                let scale = xs.iter().map(|x| x.abs()).sum::<f64>() / n;
                                let g = f64::from(got[v * f + j]);
                                prop_assert!(
                                    (g - want).abs() <= 1e-5 * scale,
                                    "mean of voxel {} feature {}: {} vs {}",
                                    v,
                                    j,
                                    g,
                                    want
                                );
                            }
                        }
                    }
                    VoxelMode::Max => {
                        let got = host::<f32>(&out.voxels);
                        for (v, m) in members.iter().enumerate() {
                            for j in 0..f {
                                let want = m
                                    .iter()
                                    .map(|&i| features[i * f + j])
                                    .max_by(f32::total_cmp)
                                    .unwrap_or(0.0);
                                prop_assert_eq!(
                                    got[v * f + j].to_bits(),
                                    want.to_bits(),
                                    "max of voxel {} feature {}",
                                    v,
                                    j
                                );
                            }
                        }
                    }
                }
            }
            Ok(())
        })
        .unwrap();
}

/// A dtype-tagged buffer of arbitrary values for `shape`.
fn arbitrary_tensor(shape: &[usize], dtype: usize, rng: &mut Rng) -> (Vec<f64>, Vec<usize>, usize) {
    let len = shape.iter().product::<usize>();
    let specials = [
        f64::NAN,
        f64::INFINITY,
        -f64::INFINITY,
        0.0,
        -0.0,
        1e300,
        -1.0,
        1.7e9,
    ];
    let values = (0..len)
        .map(|_| {
            if rng.below(5) == 0 {
                specials[rng.below(specials.len())]
            } else {
                rng.unit() * 10.0 - 2.0
            }
        })
        .collect();
    (values, shape.to_vec(), dtype % 6)
}

/// Runs `f` with a view of `values` converted to dtype number `dtype`.
fn with_view<R>(values: &[f64], shape: &[usize], dtype: usize, f: impl FnOnce(TensorView<'_>) -> R) -> R {
    match dtype {
        0 => f(view(&values.iter().map(|&v| v as f32).collect::<Vec<_>>(), shape)),
        1 => f(view(
            &values.iter().map(|&v| f16::from_f64(v)).collect::<Vec<_>>(),
            shape,
        )),
        2 => f(view(
            &values.iter().map(|&v| bf16::from_f64(v)).collect::<Vec<_>>(),
            shape,
        )),
        3 => f(view(values, shape)),
        4 => f(view(&values.iter().map(|&v| v as u8).collect::<Vec<_>>(), shape)),
        _ => f(view(&values.iter().map(|&v| v as u32).collect::<Vec<_>>(), shape)),
    }
}

fn small_shape() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0usize..=4, 0..=4)
}

pub fn arbitrary_resample_input_never_panics(ctx: &Context) {
    let strategy = (
        small_shape(),
        small_shape(),
        small_shape(),
        prop::option::of(small_shape()),
        (0usize..6, 0usize..6, 0usize..6, 0usize..6),
        interp_mode(),
        prop::option::of(-1.0f64..1.0),
        any::<u64>(),
    );
    runner(256)
        .run(
            &strategy,
            |(data_shape, src_shape, tgt_shape, lengths_shape, dtypes, mode, tolerance, seed)| {
                let mut rng = Rng(seed);
                let (data, ds, dd) = arbitrary_tensor(&data_shape, dtypes.0, &mut rng);
                let (src, ss, sd) = arbitrary_tensor(&src_shape, dtypes.1, &mut rng);
                let (tgt, ts, td) = arbitrary_tensor(&tgt_shape, dtypes.2, &mut rng);
                let lengths = lengths_shape.map(|shape| arbitrary_tensor(&shape, dtypes.3, &mut rng));
                with_view(&data, &ds, dd, |data| {
                    with_view(&src, &ss, sd, |src| {
                        with_view(&tgt, &ts, td, |tgt| {
                            let mut job = ctx.resample(data.clone(), src.clone(), tgt.clone()).mode(mode);
                            if let Some(tol) = tolerance {
                                job = job.tolerance(tol);
                            }
                            match &lengths {
                                Some((values, shape, dtype)) => with_view(values, shape, *dtype, |l| {
                                    let _ = job.lengths(l).run();
                                }),
                                None => {
                                    let _ = job.run();
                                }
                            }
                            // The same inputs as a two-stream fusion.
                            let _ = ctx
                                .fuse(tgt)
                                .stream(Stream::new(data.clone(), src.clone()).mode(mode))
                                .stream(Stream::new(data, src))
                                .run();
                        })
                    })
                });
                Ok(())
            },
        )
        .unwrap();
}

pub fn arbitrary_voxel_input_never_panics(ctx: &Context) {
    let dims = prop_oneof![4 => 0usize..=6, 1 => Just(1usize << 40), 1 => Just(usize::MAX / 3)];
    let size = prop_oneof![4 => 0.01f32..3.0, 1 => Just(0.0f32), 1 => Just(f32::NAN), 1 => Just(-1.0f32), 1 => Just(1e-45f32)];
    let grid = (
        prop::array::uniform3(-5.0f32..5.0),
        prop::array::uniform3(size),
        prop::array::uniform3(dims),
    );
    let mode = prop_oneof![
        Just(VoxelMode::Count),
        Just(VoxelMode::Occupancy),
        Just(VoxelMode::Mean),
        Just(VoxelMode::Max)
    ];
    let strategy = (
        grid,
        mode,
        small_shape(),
        prop::option::of(small_shape()),
        prop::option::of(small_shape()),
        (0usize..6, 0usize..6, 0usize..6),
        any::<u64>(),
    );
    runner(256)
        .run(
            &strategy,
            |((origin, size, dims), mode, points_shape, features_shape, lengths_shape, dtypes, seed)| {
                let mut rng = Rng(seed);
                let grid = VoxelGrid::new(origin, size, dims);
                let (points, ps, pd) = arbitrary_tensor(&points_shape, dtypes.0, &mut rng);
                let features = features_shape.map(|s| arbitrary_tensor(&s, dtypes.1, &mut rng));
                let lengths = lengths_shape.map(|s| arbitrary_tensor(&s, dtypes.2, &mut rng));
                with_view(&points, &ps, pd, |points| {
                    let job = ctx.voxelize(points, grid, mode);
                    match (&features, &lengths) {
                        (Some((f, fs, fd)), Some((l, ls, ld))) => with_view(f, fs, *fd, |f| {
                            with_view(l, ls, *ld, |l| {
                                let _ = job.features(f).lengths(l).run();
                            })
                        }),
                        (Some((f, fs, fd)), None) => with_view(f, fs, *fd, |f| {
                            let _ = job.features(f).run();
                        }),
                        (None, Some((l, ls, ld))) => with_view(l, ls, *ld, |l| {
                            let _ = job.lengths(l).run();
                        }),
                        (None, None) => {
                            let _ = job.run();
                        }
                    }
                });
                Ok(())
            },
        )
        .unwrap();
}
