//! Every rejection in SPEC: a typed error that says what and where.

use robocache::{
    Context, DType, Error, InterpMode, Stream, TensorView, TimeLocation, TimeRole, VoxelGrid, VoxelMode,
};

use crate::common::view;

const DATA: [f32; 6] = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0];

fn resample_err(ctx: &Context, src: &[f64], tgt: &[f64], shape: [usize; 3]) -> Error {
    let (b, s, _) = (shape[0], shape[1], shape[2]);
    ctx.resample(
        view(&DATA[..shape.iter().product()], &shape),
        view(src, &[b, s]),
        view(tgt, &[b, tgt.len() / b]),
    )
    .run()
    .unwrap_err()
}

/// Checks the error's message mentions each fragment, so users can act on it.
fn assert_mentions(error: &Error, fragments: &[&str]) {
    let message = error.to_string();
    for fragment in fragments {
        assert!(
            message.contains(fragment),
            "{message:?} should mention {fragment:?}"
        );
    }
}

pub fn decreasing_source_times_name_row_and_index(ctx: &Context) {
    let error = resample_err(ctx, &[0.0, 1.0, 2.0, 1.0, 0.5, 3.0], &[0.5, 0.5], [2, 3, 1]);
    assert_eq!(
        error,
        Error::DecreasingTime {
            at: TimeLocation {
                stream: None,
                row: 1,
                index: 1
            },
            previous: 1.0,
            value: 0.5
        }
    );
    assert_mentions(&error, &["row 1, index 1", "non-decreasing"]);
}

pub fn non_finite_source_times_are_rejected(ctx: &Context) {
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let error = resample_err(ctx, &[0.0, bad, 2.0], &[0.5], [1, 3, 1]);
        assert!(
            matches!(
                error,
                Error::NonFiniteTime {
                    role: TimeRole::Source,
                    at: TimeLocation { row: 0, index: 1, .. },
                    ..
                }
            ),
            "{error}"
        );
    }
}

pub fn non_finite_target_times_are_rejected(ctx: &Context) {
    let error = resample_err(ctx, &[0.0, 1.0, 2.0], &[0.5, 1.0, f64::NAN], [1, 3, 1]);
    assert!(
        matches!(
            error,
            Error::NonFiniteTime {
                role: TimeRole::Target,
                at: TimeLocation { row: 0, index: 2, .. },
                ..
            }
        ),
        "{error}"
    );
    assert_mentions(&error, &["target time", "row 0, index 2"]);
}

pub fn fusion_errors_name_the_stream(ctx: &Context) {
    let good = [0.0f64, 1.0];
    let bad = [1.0f64, 0.0];
    let error = ctx
        .fuse(view(&[0.5f64], &[1, 1]))
        .stream(Stream::new(view(&DATA[..2], &[1, 2, 1]), view(&good, &[1, 2])))
        .stream(Stream::new(view(&DATA[..2], &[1, 2, 1]), view(&bad, &[1, 2])))
        .run()
        .unwrap_err();
    assert!(matches!(
        error,
        Error::DecreasingTime {
            at: TimeLocation {
                stream: Some(1),
                row: 0,
                index: 1
            },
            ..
        }
    ));
    assert_mentions(&error, &["stream 1"]);
    let error = ctx
        .fuse(view(&[0.5f64], &[1, 1]))
        .stream(Stream::new(view(&DATA[..2], &[1, 2, 1]), view(&good, &[1, 2])))
        .stream(Stream::new(view(&DATA[..3], &[1, 3, 1]), view(&good, &[1, 2])))
        .run()
        .unwrap_err();
    assert_mentions(&error, &["streams[1].times", "samples"]);
}

pub fn empty_axes_are_rejected(ctx: &Context) {
    let no_samples = ctx
        .resample(
            view::<f32>(&[], &[1, 0, 2]),
            view::<f64>(&[], &[1, 0]),
            view(&[0.0f64], &[1, 1]),
        )
        .run()
        .unwrap_err();
    assert!(
        matches!(no_samples, Error::EmptyAxis { axis: "samples", .. }),
        "{no_samples}"
    );
    let no_rows = ctx
        .resample(
            view::<f32>(&[], &[0, 2, 1]),
            view::<f64>(&[], &[0, 2]),
            view::<f64>(&[], &[0, 1]),
        )
        .run()
        .unwrap_err();
    assert!(
        matches!(no_rows, Error::EmptyAxis { axis: "batch", .. }),
        "{no_rows}"
    );
    let no_features = ctx
        .resample(
            view::<f32>(&[], &[1, 2, 0]),
            view(&[0.0f64, 1.0], &[1, 2]),
            view(&[0.0f64], &[1, 1]),
        )
        .run()
        .unwrap_err();
    assert!(
        matches!(no_features, Error::EmptyAxis { axis: "features", .. }),
        "{no_features}"
    );
}

pub fn mismatched_shapes_are_rejected(ctx: &Context) {
    // data has 2 rows, times 1.
    let error = ctx
        .resample(
            view(&DATA[..4], &[2, 2, 1]),
            view(&[0.0f64, 1.0], &[1, 2]),
            view(&[0.0f64, 1.0], &[2, 1]),
        )
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::ShapeMismatch {
                axis: "batch",
                actual: 1,
                expected: 2,
                ..
            }
        ),
        "{error}"
    );
    assert_mentions(&error, &["src_times"]);
    // A view whose slice is too short for its shape.
    let error = TensorView::new(&DATA, [2, 4]).unwrap_err();
    assert!(matches!(
        error,
        Error::ShapeDataMismatch {
            expected: 8,
            actual: 6,
            ..
        }
    ));
}

pub fn wrong_ranks_are_rejected(ctx: &Context) {
    let error = ctx
        .resample(
            view(&DATA[..2], &[2]),
            view(&[0.0f64, 1.0], &[1, 2]),
            view(&[0.0f64], &[1, 1]),
        )
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::Rank { expected: 3, .. }), "{error}");
    assert_mentions(&error, &["data", "[batch, samples, features]"]);
}

pub fn wrong_dtypes_are_rejected(ctx: &Context) {
    let error = ctx
        .resample(
            view(&[1u8, 2], &[1, 2, 1]),
            view(&[0.0f64, 1.0], &[1, 2]),
            view(&[0.0f64], &[1, 1]),
        )
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::DTypeMismatch {
                actual: DType::U8,
                ..
            }
        ),
        "{error}"
    );
    let error = ctx
        .resample(
            view(&DATA[..2], &[1, 2, 1]),
            view(&[0u32, 1], &[1, 2]),
            view(&[0.0f64], &[1, 1]),
        )
        .run()
        .unwrap_err();
    assert_mentions(&error, &["src_times", "u32"]);
    let error = ctx
        .fuse(view(&[0.0f64], &[1, 1]))
        .stream(Stream::new(
            view(&DATA[..2], &[1, 2, 1]),
            view(&[0.0f64, 1.0], &[1, 2]),
        ))
        .out_dtype(DType::U32)
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::DTypeMismatch {
                actual: DType::U32,
                ..
            }
        ),
        "{error}"
    );
}

pub fn slerp_needs_groups_of_four(ctx: &Context) {
    let error = ctx
        .resample(
            view(&DATA, &[1, 2, 3]),
            view(&[0.0f64, 1.0], &[1, 2]),
            view(&[0.0f64], &[1, 1]),
        )
        .mode(InterpMode::Slerp)
        .run()
        .unwrap_err();
    assert!(
        matches!(error, Error::QuaternionWidth { features: 3, .. }),
        "{error}"
    );
}

pub fn bad_row_lengths_are_rejected(ctx: &Context) {
    for (lengths, row) in [([2u32, 0], 1), ([4, 1], 0)] {
        let error = ctx
            .resample(
                view(&DATA, &[2, 3, 1]),
                view(&[0.0f64, 1.0, 2.0, 0.0, 1.0, 2.0], &[2, 3]),
                view(&[0.0f64; 2], &[2, 1]),
            )
            .lengths(view(&lengths, &[2]))
            .run()
            .unwrap_err();
        assert!(
            matches!(error, Error::RowLength { row: r, max: 3, .. } if r == row),
            "{error}"
        );
    }
    let error = ctx
        .resample(
            view(&DATA[..3], &[1, 3, 1]),
            view(&[0.0f64, 1.0, 2.0], &[1, 3]),
            view(&[0.0f64], &[1, 1]),
        )
        .lengths(view(&[1.0f32], &[1]))
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::DTypeMismatch {
                actual: DType::F32,
                ..
            }
        ),
        "{error}"
    );
}

pub fn bad_tolerances_are_rejected(ctx: &Context) {
    for tolerance in [-0.1, f64::NAN, f64::INFINITY] {
        let error = ctx
            .resample(
                view(&DATA[..2], &[1, 2, 1]),
                view(&[0.0f64, 1.0], &[1, 2]),
                view(&[0.0f64], &[1, 1]),
            )
            .tolerance(tolerance)
            .run()
            .unwrap_err();
        assert!(matches!(error, Error::InvalidTolerance { .. }), "{error}");
    }
}

pub fn fusion_needs_a_stream(ctx: &Context) {
    let error = ctx.fuse(view(&[0.0f64], &[1, 1])).run().unwrap_err();
    assert_eq!(error, Error::NoStreams);
}

pub fn bad_grids_are_rejected(ctx: &Context) {
    let points = [[0.0f32; 3]];
    let bad_grids = [
        (VoxelGrid::new([0.0; 3], [0.0, 1.0, 1.0], [1; 3]), "voxel_size"),
        (VoxelGrid::new([0.0; 3], [1.0, -1.0, 1.0], [1; 3]), "voxel_size"),
        (
            VoxelGrid::new([0.0; 3], [1.0, 1.0, f32::NAN], [1; 3]),
            "voxel_size",
        ),
        (VoxelGrid::new([0.0; 3], [1.0, 1.0, 1e-45], [1; 3]), "voxel_size"),
        (
            VoxelGrid::new([0.0, f32::INFINITY, 0.0], [1.0; 3], [1; 3]),
            "origin",
        ),
        (VoxelGrid::new([0.0; 3], [1.0; 3], [1, 0, 1]), "dims"),
    ];
    for (grid, parameter) in bad_grids {
        let error = ctx
            .voxelize(TensorView::points(&points), grid, VoxelMode::Count)
            .run()
            .unwrap_err();
        assert!(
            matches!(error, Error::InvalidGrid { parameter: p, .. } if p == parameter),
            "{error}"
        );
    }
}

pub fn feature_modes_need_features(ctx: &Context) {
    for mode in [VoxelMode::Mean, VoxelMode::Max] {
        let error = ctx
            .voxelize(
                TensorView::points(&[[0.0; 3]]),
                VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]),
                mode,
            )
            .run()
            .unwrap_err();
        assert!(matches!(error, Error::MissingFeatures { .. }), "{error}");
    }
}

pub fn non_finite_features_name_the_first_bad_point(ctx: &Context) {
    let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [4, 1, 1]);
    let points = [[0.5, 0.5, 0.5], [3.5, 0.5, 0.5], [1.5, 0.5, 0.5], [0.5, 0.5, 0.5]];
    // Points 2 and 3 are bad; 2 comes first although 3 lands in an earlier voxel.
    let features = [1.0f32, 2.0, 3.0, 4.0, 5.0, f32::INFINITY, f32::NAN, 8.0];
    for mode in [VoxelMode::Mean, VoxelMode::Max] {
        let error = ctx
            .voxelize(TensorView::points(&points), grid, mode)
            .features(view(&features, &[4, 2]))
            .run()
            .unwrap_err();
        assert!(
            matches!(
                error,
                Error::NonFiniteFeature {
                    cloud: None,
                    point: 2,
                    feature: 1,
                    ..
                }
            ),
            "{error}"
        );
    }
    // Batched: the cloud is named too.
    let flat: Vec<f32> = points.iter().flatten().copied().collect();
    let error = ctx
        .voxelize(view(&flat, &[2, 2, 3]), grid, VoxelMode::Mean)
        .features(view(&features, &[2, 2, 2]))
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::NonFiniteFeature {
                cloud: Some(1),
                point: 0,
                feature: 1,
                ..
            }
        ),
        "{error}"
    );
    assert_mentions(&error, &["point 0 of cloud 1"]);
}

pub fn oversized_grids_fail_before_allocating(ctx: &Context) {
    let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [1 << 20, 1 << 20, 1 << 20]);
    let error = ctx
        .voxelize(TensorView::points(&[[0.0; 3]]), grid, VoxelMode::Count)
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::TooLarge { .. }), "{error}");
    let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [usize::MAX, 2, 1]);
    let error = ctx
        .voxelize(TensorView::points(&[[0.0; 3]]), grid, VoxelMode::Occupancy)
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::TooLarge { .. }), "{error}");
    // Addressable, but 1 G voxels x 256 features x 4 bytes = 1.1 TB fits no
    // device's memory: refused with an error, not a crash.
    let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [1024, 1024, 1024]);
    let error = ctx
        .voxelize(TensorView::points(&[[0.0; 3]]), grid, VoxelMode::Mean)
        .features(view(&[0.0f32; 256], &[1, 256]))
        .run()
        .unwrap_err();
    assert!(
        matches!(error, Error::OutOfMemory { bytes, .. } if bytes == (1u64 << 30) * 256 * 4),
        "{error}"
    );
}

pub fn bad_voxel_shapes_are_rejected(ctx: &Context) {
    let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [2; 3]);
    let points = [0.0f32; 12];
    // Points must end in an axis of 3.
    let error = ctx
        .voxelize(view(&points, &[3, 4]), grid, VoxelMode::Count)
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::Rank { .. }), "{error}");
    // Features must match the points' leading axes.
    let error = ctx
        .voxelize(view(&points, &[4, 3]), grid, VoxelMode::Mean)
        .features(view(&points[..6], &[3, 2]))
        .run()
        .unwrap_err();
    assert!(
        matches!(error, Error::ShapeMismatch { tensor: ref t, .. } if t == "features"),
        "{error}"
    );
    // Per-cloud lengths need a batch, and may not exceed it.
    let error = ctx
        .voxelize(view(&points, &[4, 3]), grid, VoxelMode::Count)
        .lengths(view(&[1u32], &[1]))
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::Rank { .. }), "{error}");
    let error = ctx
        .voxelize(view(&points, &[2, 2, 3]), grid, VoxelMode::Count)
        .lengths(view(&[2u32, 3], &[2]))
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::RowLength {
                row: 1,
                length: 3,
                max: 2,
                ..
            }
        ),
        "{error}"
    );
    // Points are f32.
    let error = ctx
        .voxelize(view(&[0.0f64; 3], &[1, 3]), grid, VoxelMode::Count)
        .run()
        .unwrap_err();
    assert!(
        matches!(
            error,
            Error::DTypeMismatch {
                actual: DType::F64,
                ..
            }
        ),
        "{error}"
    );
}

pub fn tensors_of_another_context_are_rejected(ctx: &Context) {
    let other = Context::cpu();
    let foreign = other.upload(view(&DATA[..2], &[1, 2, 1])).unwrap();
    let error = ctx
        .resample(&foreign, view(&[0.0f64, 1.0], &[1, 2]), view(&[0.5f64], &[1, 1]))
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::ForeignTensor { .. }), "{error}");
    assert_mentions(&error, &["data", "another context"]);
}

/// Errors compare by their debug form, in which NaN values equal.
fn assert_same_error(got: &Error, want: &Error) {
    assert_eq!(format!("{got:?}"), format!("{want:?}"));
}

/// The error of a call whose input only the device can check (SPEC
/// section 5): returned by the call itself where the host can check (the
/// CPU backend), else by the first read of its result (`read`), never
/// values. Run again and dropped unread, the call leaves the same error to
/// `synchronize`, which reports it once; an error a read reported is not
/// reported again.
fn deferred_error<T>(
    ctx: &Context,
    call: impl Fn() -> Result<T, Error>,
    read: impl Fn(&T) -> Result<(), Error>,
) -> Error {
    let error = match call() {
        Err(error) => error,
        Ok(out) => {
            let error = read(&out).expect_err("a result of invalid input was read as valid");
            assert_same_error(&read(&out).unwrap_err(), &error);
            assert_eq!(ctx.synchronize(), Ok(()), "a read reported the error already");
            error
        }
    };
    if let Ok(out) = call() {
        drop(out);
        let unread = ctx.synchronize().expect_err("an unread result's error was lost");
        assert_same_error(&unread, &error);
        assert_eq!(ctx.synchronize(), Ok(()), "reported once");
    }
    error
}

fn values_of(out: &robocache::Resampled) -> Result<(), Error> {
    out.values.to_vec::<f32>().map(drop)
}

/// The same bad values, passed as tensors already on the device, give the
/// same errors as host views: GPU backends validate on the device, then name
/// the culprit exactly as the CPU does.
pub fn device_inputs_are_validated_like_host_inputs(ctx: &Context) {
    let up = |v: TensorView<'_>| ctx.upload(v).unwrap();
    let data = [0.0f32; 12];
    let good_times = [0.0f64, 1.0, 2.0, 0.0, 1.0, 2.0];
    let bad_cases: [(&[f64], &[f64], &[u32]); 4] = [
        (&[0.0, 1.0, 2.0, 0.0, 2.0, 1.0], &[0.5, 0.5], &[3, 3]), // decreasing
        (&[0.0, f64::NAN, 2.0, 0.0, 1.0, 2.0], &[0.5, 0.5], &[3, 3]), // not finite
        (&good_times, &[0.5, f64::INFINITY], &[3, 3]),           // bad target
        (&good_times, &[0.5, 0.5], &[3, 4]),                     // length past S
    ];
    for (src, tgt, lengths) in bad_cases {
        let host_error = ctx
            .resample(view(&data, &[2, 3, 2]), view(src, &[2, 3]), view(tgt, &[2, 1]))
            .lengths(view(lengths, &[2]))
            .run()
            .unwrap_err();
        let (d, s, t, l) = (
            up(view(&data, &[2, 3, 2])),
            up(view(src, &[2, 3])),
            up(view(tgt, &[2, 1])),
            up(view(lengths, &[2])),
        );
        let device_error = ctx.resample(&d, &s, &t).lengths(&l).run().unwrap_err();
        assert_same_error(&device_error, &host_error);
        // Padding past a row's length is not validated, on the device either.
        let padded = [0.0f64, 1.0, f64::NAN, 0.0, 1.0, 2.0];
        ctx.resample(
            &d,
            &up(view(&padded, &[2, 3])),
            &up(view(&[0.5f64, 0.5], &[2, 1])),
        )
        .lengths(&up(view(&[2u32, 3], &[2])))
        .run()
        .unwrap();
    }

    // Times and lengths computed on the device (no host copy exists): a
    // zero-order hold copies values into a tensor used as times, a voxel
    // count becomes lengths.
    let on_device = |values: &[f32]| {
        let n = values.len();
        let at: Vec<f32> = (0..n).map(|i| i as f32).collect();
        let held = ctx
            .resample(view(values, &[1, n, 1]), view(&at, &[1, n]), view(&at, &[1, n]))
            .mode(InterpMode::Previous)
            .run()
            .unwrap();
        held.values.reshape([1, n]).unwrap()
    };
    // Lengths counted on the device: `[a, b]` points in the two voxels of
    // a count grid.
    let counted_lengths = |[a, b]: [usize; 2]| {
        let points: Vec<f32> = std::iter::repeat_n([0.5f32, 0.5, 0.5], a)
            .chain(std::iter::repeat_n([1.5, 0.5, 0.5], b))
            .flatten()
            .collect();
        let counts = ctx
            .voxelize(
                view(&points, &[a + b, 3]),
                VoxelGrid::new([0.0; 3], [1.0; 3], [2, 1, 1]),
                VoxelMode::Count,
            )
            .run()
            .unwrap();
        counts.voxels.reshape([2]).unwrap()
    };
    let row = [0.0f32; 3];
    for bad in [[0.0f32, 2.0, 1.0], [0.0, f32::NAN, 2.0]] {
        let host_error = ctx
            .resample(
                view(&row, &[1, 3, 1]),
                view(&bad, &[1, 3]),
                view(&[0.5f32], &[1, 1]),
            )
            .run()
            .unwrap_err();
        let times = on_device(&bad);
        let call = || {
            ctx.resample(view(&row, &[1, 3, 1]), &times, view(&[0.5f32], &[1, 1]))
                .with_validity()
                .run()
        };
        let device_error = deferred_error(ctx, call, values_of);
        assert_same_error(&device_error, &host_error);
        // The mask, and what is computed from the result, carry the error.
        let mask = |out: &robocache::Resampled| out.valid.as_ref().unwrap().to_vec::<u8>().map(drop);
        assert_same_error(&deferred_error(ctx, call, mask), &host_error);
        let chained = || {
            let out = call()?;
            ctx.resample(&out.values, view(&[0.0f32], &[1, 1]), view(&[0.0f32], &[1, 1]))
                .run()
        };
        assert_same_error(&deferred_error(ctx, chained, values_of), &host_error);
        // Points computed from it: neither the grid nor the counts are valid.
        let voxelized = || {
            let out = ctx
                .resample(view(&row, &[1, 3, 1]), &times, view(&[0.5f32; 3], &[1, 3]))
                .run()?;
            let points = out.values.reshape([1, 3])?;
            ctx.voxelize(
                &points,
                VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]),
                VoxelMode::Count,
            )
            .run()
        };
        let counts = |out: &robocache::Voxelized| out.stats().map(drop);
        assert_same_error(&deferred_error(ctx, voxelized, counts), &host_error);
        let grid = |out: &robocache::Voxelized| out.voxels.to_vec::<u32>().map(drop);
        assert_same_error(&deferred_error(ctx, voxelized, grid), &host_error);
    }
    let bad_targets = [0.5f32, f32::INFINITY];
    let host_error = ctx
        .resample(
            view(&row, &[1, 3, 1]),
            view(&[0.0f32, 1.0, 2.0], &[1, 3]),
            view(&bad_targets, &[1, 2]),
        )
        .run()
        .unwrap_err();
    let targets = on_device(&bad_targets);
    let call = || {
        ctx.resample(
            view(&row, &[1, 3, 1]),
            view(&[0.0f32, 1.0, 2.0], &[1, 3]),
            &targets,
        )
        .run()
    };
    assert_same_error(&deferred_error(ctx, call, values_of), &host_error);
    // Counts [3, 4] used as the lengths of rows of 3 samples.
    let lengths = counted_lengths([3, 4]);
    let data = [0.0f32; 6];
    let times = [0.0f64, 1.0, 2.0, 0.0, 1.0, 2.0];
    let host_error = ctx
        .resample(
            view(&data, &[2, 3, 1]),
            view(&times, &[2, 3]),
            view(&[0.5f64, 0.5], &[2, 1]),
        )
        .lengths(view(&[3u32, 4], &[2]))
        .run()
        .unwrap_err();
    let call = || {
        ctx.resample(
            view(&data, &[2, 3, 1]),
            view(&times, &[2, 3]),
            view(&[0.5f64, 0.5], &[2, 1]),
        )
        .lengths(&lengths)
        .run()
    };
    assert_same_error(&deferred_error(ctx, call, values_of), &host_error);
    assert!(matches!(
        host_error,
        Error::RowLength {
            row: 1,
            length: 4,
            ..
        }
    ));

    let points = [0.5f32, 0.5, 0.5, 0.6, 0.6, 0.6, 9.0, 9.0, 9.0];
    let features = [1.0f32, 2.0, f32::NAN, 3.0, f32::NAN, f32::NAN];
    let grid = VoxelGrid::new([0.0; 3], [1.0; 3], [1; 3]);
    let host_error = ctx
        .voxelize(view(&points, &[3, 3]), grid, VoxelMode::Mean)
        .features(view(&features, &[3, 2]))
        .run()
        .unwrap_err();
    let device_error = ctx
        .voxelize(&up(view(&points, &[3, 3])), grid, VoxelMode::Mean)
        .features(&up(view(&features, &[3, 2])))
        .run()
        .unwrap_err();
    assert_same_error(&device_error, &host_error);
    assert!(matches!(
        host_error,
        Error::NonFiniteFeature {
            point: 1,
            feature: 0,
            ..
        }
    ));

    // Features computed on the device: the grid and the statistics both
    // report the bad one.
    let computed = on_device(&features).reshape([3, 2]).unwrap();
    let call = || {
        ctx.voxelize(view(&points, &[3, 3]), grid, VoxelMode::Mean)
            .features(&computed)
            .run()
    };
    let grid_of = |out: &robocache::Voxelized| out.voxels.to_vec::<f32>().map(drop);
    let stats_of = |out: &robocache::Voxelized| out.stats().map(drop);
    assert_same_error(&deferred_error(ctx, call, grid_of), &host_error);
    assert_same_error(&deferred_error(ctx, call, stats_of), &host_error);

    let batched = [0.5f32; 2 * 2 * 3];
    let lengths = [2u32, 3];
    let host_error = ctx
        .voxelize(view(&batched, &[2, 2, 3]), grid, VoxelMode::Count)
        .lengths(view(&lengths, &[2]))
        .run()
        .unwrap_err();
    let device_error = ctx
        .voxelize(&up(view(&batched, &[2, 2, 3])), grid, VoxelMode::Count)
        .lengths(&up(view(&lengths, &[2])))
        .run()
        .unwrap_err();
    assert_same_error(&device_error, &host_error);
    assert!(matches!(host_error, Error::RowLength { row: 1, .. }));
    // Lengths computed on the device: 2 and 3 points.
    let lengths = counted_lengths([2, 3]);
    let call = || {
        ctx.voxelize(view(&batched, &[2, 2, 3]), grid, VoxelMode::Count)
            .lengths(&lengths)
            .run()
    };
    let grid_of = |out: &robocache::Voxelized| out.voxels.to_vec::<u32>().map(drop);
    assert_same_error(&deferred_error(ctx, call, grid_of), &host_error);
}

/// Times found valid once are not trusted for another shape: cut into
/// longer rows, the same values decrease, and the call says so.
pub fn times_valid_in_one_shape_are_checked_again_in_another(ctx: &Context) {
    let times = ctx
        .upload(view(&[0.0f64, 1.0, 2.0, 0.0, 1.0, 2.0], &[2, 3]))
        .unwrap();
    let data = [0.0f32; 6];
    for _ in 0..2 {
        ctx.resample(view(&data, &[2, 3, 1]), &times, view(&[0.5f64, 1.5], &[2, 1]))
            .run()
            .unwrap();
    }
    let longer = times.reshape([1, 6]).unwrap();
    let error = ctx
        .resample(view(&data, &[1, 6, 1]), &longer, view(&[0.5f64], &[1, 1]))
        .run()
        .unwrap_err();
    assert!(matches!(error, Error::DecreasingTime { .. }), "{error:?}");
}
