//! Multimodal fusion: SPEC section 2.

use robocache::{bf16, f16, Context, DType, InterpMode, Stream, Tensor};

use crate::common::{host, view};

/// A deterministic, uneven stream: `b` rows of `s` samples of `d` features
/// over one second (rows start at different offsets).
fn stream_data(b: usize, s: usize, d: usize, seed: u64) -> (Vec<f32>, Vec<f64>) {
    let values = (0..b * s * d)
        .map(|i| (((i as u64 + 1) * (seed * 2 + 1)) % 1000) as f32 / 37.0 - 10.0)
        .collect();
    let times = (0..b)
        .flat_map(|row| {
            (0..s).map(move |i| {
                row as f64 * 0.01 + i as f64 / s as f64 + if i % 3 == 1 { 0.2 / s as f64 } else { 0.0 }
            })
        })
        .collect();
    (values, times)
}

fn targets(b: usize, t: usize) -> Vec<f64> {
    (0..b)
        .flat_map(|_| (0..t).map(move |i| -0.05 + i as f64 * 1.1 / t as f64))
        .collect()
}

pub fn fusion_equals_per_stream_resampling(ctx: &Context) {
    let (b, t) = (3, 17);
    let shapes = [
        (5, 8, InterpMode::Linear),
        (11, 3, InterpMode::Previous),
        (7, 4, InterpMode::Nearest),
        (4, 8, InterpMode::Slerp),
    ];
    let data: Vec<_> = shapes
        .iter()
        .enumerate()
        .map(|(k, &(s, d, _))| stream_data(b, s, d, k as u64))
        .collect();
    let tgt = targets(b, t);
    let fused = shapes
        .iter()
        .zip(&data)
        .fold(
            ctx.fuse(view(&tgt, &[b, t])),
            |fuse, (&(s, d, mode), (values, times))| {
                fuse.stream(Stream::new(view(values, &[b, s, d]), view(times, &[b, s])).mode(mode))
            },
        )
        .run()
        .unwrap();
    let width: usize = shapes.iter().map(|s| s.1).sum();
    assert_eq!(fused.values.shape(), &[b, t, width]);
    let fused_values = host::<f32>(&fused.values);
    for (k, (&(s, d, mode), (values, times))) in shapes.iter().zip(&data).enumerate() {
        let single = ctx
            .resample(
                view(values, &[b, s, d]),
                view(times, &[b, s]),
                view(&tgt, &[b, t]),
            )
            .mode(mode)
            .run()
            .unwrap();
        let single = host::<f32>(&single.values);
        let columns = fused.columns[k].clone();
        assert_eq!(columns.len(), d);
        for row in 0..b * t {
            assert_eq!(
                &fused_values[row * width + columns.start..row * width + columns.end],
                &single[row * d..(row + 1) * d],
                "stream {k}, output row {row}"
            );
        }
    }
}

pub fn reference_streams_give_the_documented_shape(ctx: &Context) {
    // Camera features 30 Hz x 512, joints 100 Hz x 64, IMU 200 Hz x 12; 50 Hz out.
    let b = 2;
    let streams: Vec<(Vec<bf16>, Vec<f64>, usize, usize)> = [(30, 512), (100, 64), (200, 12)]
        .iter()
        .map(|&(s, d)| {
            let (values, times) = stream_data(b, s, d, s as u64);
            (values.into_iter().map(bf16::from_f32).collect(), times, s, d)
        })
        .collect();
    let tgt: Vec<f64> = (0..b).flat_map(|_| (0..50).map(|i| i as f64 / 50.0)).collect();
    let fuse_on = |ctx: &Context| {
        streams
            .iter()
            .fold(ctx.fuse(view(&tgt, &[b, 50])), |fuse, (values, times, s, d)| {
                fuse.stream(Stream::new(view(values, &[b, *s, *d]), view(times, &[b, *s])))
            })
            .run()
            .unwrap()
    };
    let fused = fuse_on(ctx);
    assert_eq!(fused.values.shape(), &[b, 50, 588]);
    assert_eq!(fused.values.dtype(), DType::BF16);
    assert_eq!(fused.columns, vec![0..512, 512..576, 576..588]);
    // Every value as the reference backend computes it, within one bf16
    // rounding step; near zero, within f32 rounding of the samples (|v| <=
    // 17), which a fused multiply-add may round differently.
    let want = host::<bf16>(&fuse_on(&Context::cpu()).values);
    for (i, (got, want)) in host::<bf16>(&fused.values).iter().zip(&want).enumerate() {
        let (got, want) = (got.to_f32(), want.to_f32());
        assert!(
            (got - want).abs() <= want.abs() / 128.0 + 17.0 * f32::EPSILON,
            "element {i}: {got}, reference {want}"
        );
    }
}

pub fn output_dtype_defaults_and_overrides(ctx: &Context) {
    let a: Vec<bf16> = [1.0f32, 2.0].iter().map(|&x| bf16::from_f32(x)).collect();
    let b: Vec<f16> = [3.0f32, 5.0].iter().map(|&x| f16::from_f32(x)).collect();
    let times = [0.0f64, 1.0];
    let tgt = [0.5f64];
    let both_bf16 = ctx
        .fuse(view(&tgt, &[1, 1]))
        .stream(Stream::new(view(&a, &[1, 2, 1]), view(&times, &[1, 2])))
        .stream(Stream::new(view(&a, &[1, 2, 1]), view(&times, &[1, 2])))
        .run()
        .unwrap();
    assert_eq!(both_bf16.values.dtype(), DType::BF16);
    let mixed = ctx
        .fuse(view(&tgt, &[1, 1]))
        .stream(Stream::new(view(&a, &[1, 2, 1]), view(&times, &[1, 2])))
        .stream(Stream::new(view(&b, &[1, 2, 1]), view(&times, &[1, 2])))
        .run()
        .unwrap();
    assert_eq!(mixed.values.dtype(), DType::F32);
    assert_eq!(host::<f32>(&mixed.values), vec![1.5, 4.0]);
    let forced = ctx
        .fuse(view(&tgt, &[1, 1]))
        .stream(Stream::new(view(&a, &[1, 2, 1]), view(&times, &[1, 2])))
        .stream(Stream::new(view(&b, &[1, 2, 1]), view(&times, &[1, 2])))
        .out_dtype(DType::F16)
        .run()
        .unwrap();
    assert_eq!(
        host::<f16>(&forced.values),
        vec![f16::from_f32(1.5), f16::from_f32(4.0)]
    );
}

pub fn validity_has_one_column_per_stream(ctx: &Context) {
    let values = [0.0f32, 1.0];
    let slow = [0.0f64, 1.0];
    let late = [0.5f64, 2.0];
    let tgt = [0.25f64, 0.75, 1.5];
    let fused = ctx
        .fuse(view(&tgt, &[1, 3]))
        .stream(Stream::new(view(&values, &[1, 2, 1]), view(&slow, &[1, 2])).tolerance(0.3))
        .stream(Stream::new(view(&values, &[1, 2, 1]), view(&late, &[1, 2])))
        .run()
        .unwrap();
    let valid: Tensor = fused.valid.expect("a tolerance implies the mask");
    assert_eq!(valid.shape(), &[1, 3, 2]);
    // Stream 0: 0.25 is 0.25 away (ok), 0.75 too, 1.5 is past its end.
    // Stream 1: 0.25 is before its start, 0.75 and 1.5 are inside.
    assert_eq!(host::<u8>(&valid), vec![1, 0, 1, 1, 0, 1]);
}

pub fn ragged_streams_use_their_own_lengths(ctx: &Context) {
    let values = [0.0f32, 10.0, 20.0, 1.0, 2.0, 99.0];
    let times = [0.0f64, 1.0, 2.0, 0.0, 1.0, 0.5];
    let lengths = [3u32, 2];
    let tgt = [1.5f64, 1.5];
    let fused = ctx
        .fuse(view(&tgt, &[2, 1]))
        .stream(Stream::new(view(&values, &[2, 3, 1]), view(&times, &[2, 3])).lengths(view(&lengths, &[2])))
        .stream(
            Stream::new(view(&values, &[2, 3, 1]), view(&times[..], &[2, 3]))
                .mode(InterpMode::Previous)
                .lengths(view(&[3u32, 1], &[2])),
        )
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&fused.values), vec![15.0, 10.0, 2.0, 1.0]);
}

/// Work queued on device tensors that another thread made, and drops and
/// overwrites with new uploads as soon as the call has returned, still reads
/// the values it was given: a GPU call that returns before its kernels run
/// must hold its inputs until they have.
pub fn inputs_dropped_as_soon_as_a_call_returns_stay_valid_for_it(ctx: &Context) {
    let (b, s, d, t) = (16, 4000, 8, 1500);
    let (values, times) = stream_data(b, s, d, 7);
    let tgt = targets(b, t);
    // The same call on this context from host memory, which it holds.
    let want = host::<f32>(
        &ctx.resample(
            view(&values, &[b, s, d]),
            view(&times, &[b, s]),
            view(&tgt, &[b, t]),
        )
        .run()
        .unwrap()
        .values,
    );
    let junk: Vec<f32> = values.iter().map(|v| -v - 1.0).collect();
    for round in 0..6 {
        let (inputs_tx, inputs_rx) = std::sync::mpsc::channel::<[Tensor; 3]>();
        let (dropped_tx, dropped_rx) = std::sync::mpsc::channel::<()>();
        let got = std::thread::scope(|scope| {
            let (values, junk, times, tgt) = (&values, &junk, &times, &tgt);
            scope.spawn(move || {
                let up = |data: &[f32], shape: &[usize]| ctx.upload(view(data, shape)).unwrap();
                let inputs = [
                    up(values, &[b, s, d]),
                    ctx.upload(view(times, &[b, s])).unwrap(),
                    ctx.upload(view(tgt, &[b, t])).unwrap(),
                ];
                inputs_tx.send(inputs).unwrap();
                dropped_rx.recv().unwrap();
                // The freed memory, reused on this thread's stream at once.
                let overwrites: Vec<Tensor> = (0..4).map(|_| up(junk, &[b, s, d])).collect();
                drop(overwrites);
            });
            let [data, src, dst] = inputs_rx.recv().unwrap();
            let out = ctx.resample(&data, &src, &dst).run().unwrap();
            drop((data, src, dst));
            dropped_tx.send(()).unwrap();
            host::<f32>(&out.values)
        });
        assert_eq!(got, want, "round {round}");
    }
}
