//! Trajectory resampling: SPEC section 1, case by case.

use robocache::{bf16, f16, Context, InterpMode, TensorView};

use crate::common::{assert_close, bits, host, resample_row, view};

pub fn linear_interpolates_between_neighbours(ctx: &Context) {
    let got = resample_row(
        ctx,
        &[0.0, 10.0, 30.0],
        &[0.0, 1.0, 3.0],
        &[0.25, 2.0, 2.5],
        InterpMode::Linear,
    );
    assert_eq!(got, vec![2.5, 20.0, 25.0]);
}

pub fn exact_hits_return_the_sample_bit_for_bit(ctx: &Context) {
    // Values whose lerp with a zero weight could still round if computed.
    let values = [0.1f32, 1.0e7 + 1.0, -3.3333333, 7.0e-30];
    let times = [0.0, 0.37, 1.1, 2.9];
    for mode in [InterpMode::Linear, InterpMode::Nearest, InterpMode::Previous] {
        let got = resample_row(ctx, &values, &times, &times, mode);
        assert_eq!(bits(&got), bits(&values), "{mode:?}");
    }
}

pub fn repeated_times_take_the_later_sample(ctx: &Context) {
    let values = [1.0, 2.0, 3.0, 4.0];
    let times = [0.0, 1.0, 1.0, 2.0];
    for mode in [InterpMode::Linear, InterpMode::Previous] {
        let got = resample_row(ctx, &values, &times, &[1.0, 1.5], mode);
        let want = if mode == InterpMode::Linear {
            [3.0, 3.5]
        } else {
            [3.0, 3.0]
        };
        assert_eq!(got, want, "{mode:?}");
    }
}

pub fn nearest_ties_go_to_the_earlier_sample(ctx: &Context) {
    let got = resample_row(
        ctx,
        &[1.0, 2.0, 3.0],
        &[0.0, 1.0, 2.0],
        &[0.5, 1.5, 0.49, 0.51],
        InterpMode::Nearest,
    );
    assert_eq!(got, vec![1.0, 2.0, 1.0, 2.0]);
    // Samples recorded at the same time tie too: the earlier one wins.
    let got = resample_row(
        ctx,
        &[1.0, 2.0, 3.0],
        &[0.0, 1.0, 1.0],
        &[1.0, 0.9, 5.0],
        InterpMode::Nearest,
    );
    assert_eq!(got, vec![2.0, 2.0, 2.0]);
}

pub fn previous_never_looks_ahead(ctx: &Context) {
    let just_before = 1.0 - 1e-9;
    let got = resample_row(
        ctx,
        &[5.0, 7.0, 9.0],
        &[0.0, 1.0, 2.0],
        &[0.0, just_before, 1.0, 1.999],
        InterpMode::Previous,
    );
    assert_eq!(got, vec![5.0, 5.0, 7.0, 7.0]);
}

pub fn targets_outside_the_span_hold_the_edge(ctx: &Context) {
    for mode in [InterpMode::Linear, InterpMode::Nearest, InterpMode::Previous] {
        let got = resample_row(ctx, &[4.0, 6.0], &[10.0, 11.0], &[-1e6, 9.999, 11.001, 1e6], mode);
        assert_eq!(got, vec![4.0, 4.0, 6.0, 6.0], "{mode:?}");
    }
}

pub fn one_sample_holds_everywhere(ctx: &Context) {
    for mode in [InterpMode::Linear, InterpMode::Nearest, InterpMode::Previous] {
        let got = resample_row(ctx, &[3.5], &[2.0], &[-5.0, 2.0, 9.0], mode);
        assert_eq!(got, vec![3.5; 3], "{mode:?}");
    }
}

pub fn targets_need_not_be_sorted(ctx: &Context) {
    let got = resample_row(
        ctx,
        &[0.0, 1.0],
        &[0.0, 1.0],
        &[0.75, 0.25, 0.5],
        InterpMode::Linear,
    );
    assert_eq!(got, vec![0.75, 0.25, 0.5]);
}

pub fn zero_targets_give_an_empty_output(ctx: &Context) {
    let out = ctx
        .resample(
            view(&[1.0f32, 2.0], &[1, 2, 1]),
            view(&[0.0f64, 1.0], &[1, 2]),
            view::<f64>(&[], &[1, 0]),
        )
        .with_validity()
        .run()
        .unwrap();
    assert_eq!(out.values.shape(), &[1, 0, 1]);
    assert_eq!(out.valid.unwrap().shape(), &[1, 0]);
}

pub fn unix_epoch_times_with_millisecond_spacing(ctx: &Context) {
    // f32 steps by 128 s at 1.7e9 s: only f64 (or rebased) times resolve 1 ms.
    let start = 1_700_000_000.123_f64;
    let src: Vec<f64> = (0..100).map(|i| start + i as f64 * 1e-3).collect();
    let values: Vec<f32> = (0..100).map(|i| i as f32).collect();
    let tgt: Vec<f64> = (0..99)
        .map(|i| start + i as f64 * 1e-3 + 0.25e-3 * (1 + i % 3) as f64)
        .collect();
    let got = resample_row(ctx, &values, &src, &tgt, InterpMode::Linear);
    // values[i] = i, so the output is i + w: check every weight against f64.
    let want: Vec<f64> = tgt
        .iter()
        .enumerate()
        .map(|(i, &t)| i as f64 + (t - src[i]) / (src[i + 1] - src[i]))
        .collect();
    assert_close(
        &got,
        &want,
        |i| 1e-5 + want[i] * f64::from(f32::EPSILON),
        "epoch-time weights",
    );

    // SPEC's hardest case: 1 us spacing at the far end of a 1e6 s sequence,
    // where a time rebased to the first sample needs more than f32 holds.
    let src = [start, start + 5e5, start + 1e6 - 1e-6, start + 1e6];
    let tgt = [start + 1e6 - 0.75e-6, start + 1e6 - 0.5e-6, start + 1e6 - 0.25e-6];
    let got = resample_row(ctx, &[0.0, 0.0, 0.0, 1.0], &src, &tgt, InterpMode::Linear);
    let want: Vec<f64> = tgt.iter().map(|&t| (t - src[2]) / (src[3] - src[2])).collect();
    assert_close(&got, &want, |_| 1e-5, "1 us weights 1e6 s after the first sample");

    // Segments that straddle a multiple of 128 s, where f32's grid steps at
    // epoch scale: a backend that splits times into f32 parts (the GPUs)
    // must not lose the lowest bits against the step.
    let boundary = 128.0 * (1_701_000_000.0f64 / 128.0).ceil();
    for (before, after) in [(0.5e-6, 0.5e-6), (0.3, 0.2), (1e-3, 127.9)] {
        let src = [boundary - before, boundary + after];
        let tgt: Vec<f64> = (1..8)
            .map(|k| src[0] + (src[1] - src[0]) * f64::from(k) / 8.0 + 1e-7)
            .collect();
        let got = resample_row(ctx, &[0.0, 1.0], &src, &tgt, InterpMode::Linear);
        let want: Vec<f64> = tgt.iter().map(|&t| (t - src[0]) / (src[1] - src[0])).collect();
        assert_close(&got, &want, |_| 1e-5, "weights across a 128 s boundary");
    }
}

pub fn f32_times_are_accepted(ctx: &Context) {
    let out = ctx
        .resample(
            view(&[0.0f32, 8.0], &[1, 2, 1]),
            view(&[0.0f32, 2.0], &[1, 2]),
            view(&[0.5f32], &[1, 1]),
        )
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&out.values), vec![2.0]);
}

pub fn half_precision_data_is_rounded_once(ctx: &Context) {
    let raw = [0.1f32, 0.7, -2.3, 1000.5];
    let (src, tgt) = ([0.0f64, 3.0], [1.0f64]);
    let w = 1.0f32 / 3.0;
    // bf16: widen, lerp in f32, round once.
    let data: Vec<bf16> = raw.iter().map(|&x| bf16::from_f32(x)).collect();
    let out = ctx
        .resample(view(&data, &[1, 2, 2]), view(&src, &[1, 2]), view(&tgt, &[1, 1]))
        .run()
        .unwrap();
    assert_eq!(out.values.dtype(), robocache::DType::BF16);
    let want: Vec<bf16> = (0..2)
        .map(|d| {
            let (a, b) = (data[d].to_f32(), data[2 + d].to_f32());
            bf16::from_f32(a + w * (b - a))
        })
        .collect();
    assert_eq!(host::<bf16>(&out.values), want);
    // f16 likewise.
    let data: Vec<f16> = raw.iter().map(|&x| f16::from_f32(x)).collect();
    let out = ctx
        .resample(view(&data, &[1, 2, 2]), view(&src, &[1, 2]), view(&tgt, &[1, 1]))
        .run()
        .unwrap();
    let want: Vec<f16> = (0..2)
        .map(|d| {
            let (a, b) = (data[d].to_f32(), data[2 + d].to_f32());
            f16::from_f32(a + w * (b - a))
        })
        .collect();
    assert_eq!(host::<f16>(&out.values), want);
}

/// A rotation of `angle` about z, scalar last.
fn about_z(angle: f64) -> [f32; 4] {
    [0.0, 0.0, (angle / 2.0).sin() as f32, (angle / 2.0).cos() as f32]
}

fn slerp_row(ctx: &Context, quats: &[[f32; 4]], src: &[f64], tgt: &[f64]) -> Vec<f32> {
    let flat: Vec<f32> = quats.iter().flatten().copied().collect();
    let out = ctx
        .resample(
            view(&flat, &[1, quats.len(), 4]),
            view(src, &[1, src.len()]),
            view(tgt, &[1, tgt.len()]),
        )
        .mode(InterpMode::Slerp)
        .run()
        .unwrap();
    host::<f32>(&out.values)
}

pub fn slerp_follows_the_great_circle(ctx: &Context) {
    let quarter_turn = std::f64::consts::FRAC_PI_2;
    let tgt = [0.1, 0.25, 0.5, 0.9];
    let got = slerp_row(ctx, &[about_z(0.0), about_z(quarter_turn)], &[0.0, 1.0], &tgt);
    let want: Vec<f64> = tgt
        .iter()
        .flat_map(|&w| about_z(w * quarter_turn).map(f64::from))
        .collect();
    assert_close(&got, &want, |_| 2e-6, "slerp about z");
}

pub fn slerp_takes_the_short_way_for_antipodal_quaternions(ctx: &Context) {
    // q and -q are the same rotation: the path between them is no motion.
    let q = about_z(0.7);
    let minus_q = q.map(|x| -x);
    let got = slerp_row(ctx, &[q, minus_q], &[0.0, 1.0], &[0.3, 0.5]);
    let want: Vec<f64> = [q, q].iter().flatten().map(|&x| f64::from(x)).collect();
    assert_close(&got, &want, |_| 1e-6, "antipodal");
    // A negative dot product between different rotations: go the short way.
    let a = about_z(0.2);
    let b = about_z(0.6).map(|x| -x);
    let got = slerp_row(ctx, &[a, b], &[0.0, 1.0], &[0.5]);
    let want: Vec<f64> = about_z(0.4).iter().map(|&x| f64::from(x)).collect();
    assert_close(&got, &want, |_| 2e-6, "negative dot");
}

pub fn slerp_output_is_unit_length(ctx: &Context) {
    // Stored slightly off unit (as bf16 storage leaves them), and nearly
    // parallel (the normalised-lerp branch).
    let a = [0.0, 0.0, 0.0, 1.01];
    let b = about_z(1e-4).map(|x| x * 0.99);
    let got = slerp_row(
        ctx,
        &[a, b, about_z(2.0)],
        &[0.0, 1.0, 2.0],
        &[-1.0, 0.5, 1.5, 5.0],
    );
    for q in got.chunks(4) {
        let norm: f32 = q.iter().map(|x| x * x).sum::<f32>().sqrt();
        assert!((norm - 1.0).abs() < 1e-6, "{q:?} has norm {norm}");
    }
}

pub fn validity_marks_the_span_and_the_tolerance(ctx: &Context) {
    let src = [1.0, 2.0, 2.5];
    let tgt = [0.99, 1.0, 1.25, 1.5, 2.375, 2.5, 2.51];
    let values = [0.0f32; 3];
    let run = |tolerance: Option<f64>| {
        let job = ctx
            .resample(
                view(&values, &[1, 3, 1]),
                view(&src, &[1, 3]),
                view(&tgt, &[1, 7]),
            )
            .with_validity();
        let job = match tolerance {
            Some(t) => job.tolerance(t),
            None => job,
        };
        host::<u8>(&job.run().unwrap().valid.unwrap())
    };
    assert_eq!(run(None), vec![0, 1, 1, 1, 1, 1, 0]);
    // 1.25 is 0.25 from its nearest sample, 1.5 is 0.5 away, 2.375 0.125.
    assert_eq!(run(Some(0.25)), vec![0, 1, 1, 0, 1, 1, 0]);
    assert_eq!(run(Some(0.0)), vec![0, 1, 0, 0, 0, 1, 0]);
}

pub fn ragged_rows_ignore_their_padding(ctx: &Context) {
    // Row 1 has 2 real samples; its padding holds garbage that must not be
    // read or validated (a decreasing, non-finite time).
    let values = [0.0f32, 1.0, 2.0, 3.0, 10.0, 20.0, -99.0, -99.0];
    let src = [0.0, 1.0, 2.0, 3.0, 0.0, 1.0, f64::NAN, -5.0];
    let tgt = [0.5, 2.5, 9.0, 0.5, 2.5, 9.0];
    let lengths = [4u32, 2];
    let out = ctx
        .resample(
            view(&values, &[2, 4, 1]),
            view(&src, &[2, 4]),
            view(&tgt, &[2, 3]),
        )
        .lengths(view(&lengths, &[2]))
        .with_validity()
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&out.values), vec![0.5, 2.5, 3.0, 15.0, 20.0, 20.0]);
    assert_eq!(host::<u8>(&out.valid.unwrap()), vec![1, 1, 0, 1, 0, 0]);
}

pub fn host_slices_resample_like_the_builder(ctx: &Context) {
    let data = [0.0f32, 1.0, 10.0, 11.0, 20.0, 21.0];
    let src = [0.0, 1.0, 2.0, 0.0, 0.5, 1.0];
    let tgt = [0.5, 1.5, 0.25, 0.75];
    let simple = ctx
        .resample_slices(&data[..], [2, 3, 1], &src, &tgt, InterpMode::Linear)
        .unwrap();
    let built = ctx
        .resample(view(&data, &[2, 3, 1]), view(&src, &[2, 3]), view(&tgt, &[2, 2]))
        .run()
        .unwrap();
    assert_eq!(simple, host::<f32>(&built.values));
    assert_eq!(simple, vec![0.5, 5.5, 15.5, 20.5]);
    // A target slice that does not split into whole rows is named.
    let error = ctx
        .resample_slices(&data[..], [2, 3, 1], &src, &tgt[..3], InterpMode::Linear)
        .unwrap_err();
    assert!(
        matches!(error, robocache::Error::ShapeDataMismatch { ref tensor, .. } if tensor == "tgt_times"),
        "{error}"
    );
}

pub fn device_tensors_chain_without_host_copies(ctx: &Context) {
    // Resample on the device, then feed the output straight back in.
    let data = ctx.upload(view(&[0.0f32, 4.0, 8.0], &[1, 3, 1])).unwrap();
    let src = ctx.upload(view(&[0.0f64, 1.0, 2.0], &[1, 3])).unwrap();
    let mid = ctx.upload(view(&[0.5f64, 1.5], &[1, 2])).unwrap();
    let first = ctx.resample(&data, &src, &mid).run().unwrap();
    let again = ctx
        .resample(&first.values, &mid, TensorView::new(&[1.0f64], [1, 1]).unwrap())
        .run()
        .unwrap();
    assert_eq!(host::<f32>(&again.values), vec![4.0]);
    assert_eq!(again.values.context().backend(), ctx.backend());
}
