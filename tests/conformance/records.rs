//! Point records unpacked into points and features (`Context::unpack_points`):
//! the values written into records come back bit for bit, wherever in the
//! record they sit.

use robocache::{Context, Error, PointRecordLayout, RecordValue, TensorView, VoxelGrid, VoxelMode};

use crate::common::{bits, host};

/// SplitMix64: filler bytes and values that differ from record to record.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// `n` records of `layout`: random bytes everywhere, then each value
/// written at its offset, an f32 of `value(point, slot)` (x, y, z, then the
/// features) or an integer of its type. Returns the records with the points
/// and features written, as f32.
fn records(
    layout: &PointRecordLayout,
    n: usize,
    value: impl Fn(usize, usize) -> f32,
) -> (Vec<u8>, Vec<f32>, Vec<f32>) {
    let mut bytes: Vec<u8> = (0..n * layout.point_step).map(|i| mix(i as u64) as u8).collect();
    let (mut points, mut features) = (Vec::new(), Vec::new());
    for point in 0..n {
        for (slot, (offset, kind)) in layout.values().enumerate() {
            let at = point * layout.point_step + offset;
            let r = mix((point * 16 + slot) as u64 ^ 0xABCD);
            let (written, v): (Vec<u8>, f32) = match kind {
                RecordValue::F32 => {
                    let v = value(point, slot);
                    (v.to_le_bytes().to_vec(), v)
                }
                RecordValue::I8 => (vec![r as u8], f32::from(r as u8 as i8)),
                RecordValue::U8 => (vec![r as u8], f32::from(r as u8)),
                RecordValue::I16 => ((r as i16).to_le_bytes().to_vec(), f32::from(r as i16)),
                RecordValue::U16 => ((r as u16).to_le_bytes().to_vec(), f32::from(r as u16)),
            };
            bytes[at..at + written.len()].copy_from_slice(&written);
            match slot {
                0..=2 => points.push(v),
                _ => features.push(v),
            }
        }
    }
    (bytes, points, features)
}

/// Values of every kind: signed, tiny, huge, subnormal, zeros of both signs,
/// NaN and infinities.
fn awkward(point: usize, slot: usize) -> f32 {
    let r = mix((point * 16 + slot) as u64);
    match r % 16 {
        0 => f32::NAN,
        1 => f32::INFINITY,
        2 => -0.0,
        3 => f32::from_bits(1 + (r >> 40) as u32 % 1000),
        4 => f32::NEG_INFINITY,
        _ => f32::from_bits((r >> 32) as u32 & 0x7F7F_FFFF) * if r & 1 == 0 { 1.0 } else { -1.0 },
    }
}

pub fn unpacked_records_hold_the_values_written(ctx: &Context) {
    let layouts = [
        // ROS's XYZI layout: every value on a word.
        PointRecordLayout::new(16, [0, 4, 8]).with_features([12]),
        // A Velodyne driver's: x, y, z, intensity, ring (u16), time.
        PointRecordLayout::new(22, [0, 4, 8])
            .with_features([12])
            .with_feature(16, RecordValue::U16)
            .with_features([18]),
        // A 23-byte record with its values off the words, z before y, the
        // features in another order than they sit, and integers of every
        // type, the last ending the record.
        PointRecordLayout::new(23, [1, 14, 5])
            .with_features([18])
            .with_feature(9, RecordValue::I16)
            .with_feature(22, RecordValue::U8)
            .with_feature(11, RecordValue::I8)
            .with_feature(12, RecordValue::U16),
        // x, y, z only, with padding after.
        PointRecordLayout::new(32, [0, 4, 8]),
    ];
    for layout in &layouts {
        for n in [1, 7, 1000, 70_001] {
            let (bytes, points, features) = records(layout, n, awkward);
            let unpacked = ctx.unpack_points(&bytes, layout).unwrap();
            assert_eq!(unpacked.points.shape(), &[n, 3]);
            assert_eq!(
                bits(&host::<f32>(&unpacked.points)),
                bits(&points),
                "{layout:?}, {n} points"
            );
            match &unpacked.features {
                Some(got) => {
                    assert_eq!(got.shape(), &[n, layout.features.len()]);
                    assert_eq!(bits(&host::<f32>(got)), bits(&features), "{layout:?}, {n} points");
                }
                None => assert!(layout.features.is_empty(), "{layout:?}"),
            }
        }
    }
}

pub fn unpacked_records_voxelize_like_the_same_points(ctx: &Context) {
    let layout = PointRecordLayout::new(20, [0, 4, 8]).with_features([16, 12]);
    // Points spread over (and past) a 4 m cube, every 37th a missing return.
    let value = |point: usize, slot: usize| {
        let r = mix((point * 8 + slot) as u64);
        match (point % 37, slot) {
            (0, 0..=2) => f32::NAN,
            (_, 0..=2) => (r % 5000) as f32 / 1000.0 - 0.5,
            _ => (r % 2001) as f32 / 1000.0 - 1.0,
        }
    };
    let n = 50_000;
    let (bytes, points, features) = records(&layout, n, value);
    let unpacked = ctx.unpack_points(&bytes, &layout).unwrap();
    let grid = VoxelGrid::new([0.0; 3], [0.25; 3], [16, 16, 16]);
    let unpacked_features = unpacked.features.as_ref().unwrap();
    for mode in [VoxelMode::Count, VoxelMode::Mean, VoxelMode::Max] {
        let from_records = ctx
            .voxelize(&unpacked.points, grid, mode)
            .features(unpacked_features)
            .run()
            .unwrap();
        let from_slices = ctx
            .voxelize(TensorView::new(&points, [n, 3]).unwrap(), grid, mode)
            .features(TensorView::new(&features, [n, 2]).unwrap())
            .run()
            .unwrap();
        let words = |v: &robocache::Tensor| match mode {
            VoxelMode::Count => host::<u32>(v),
            _ => bits(&host::<f32>(v)),
        };
        assert_eq!(
            words(&from_records.voxels),
            words(&from_slices.voxels),
            "{mode:?}"
        );
        assert_eq!(
            from_records.stats().unwrap(),
            from_slices.stats().unwrap(),
            "{mode:?}"
        );
    }
}

pub fn no_records_give_no_points(ctx: &Context) {
    let layout = PointRecordLayout::new(16, [0, 4, 8]).with_features([12]);
    let unpacked = ctx.unpack_points(&[], &layout).unwrap();
    assert_eq!(unpacked.points.shape(), &[0, 3]);
    assert_eq!(
        unpacked.features.as_ref().map(|f| f.shape().to_vec()),
        Some(vec![0, 1])
    );
    assert!(host::<f32>(&unpacked.points).is_empty());
}

pub fn bad_record_layouts_are_refused(ctx: &Context) {
    let bytes = vec![0u8; 64];
    let refused =
        |layout: PointRecordLayout, bytes: &[u8], says: &str| match ctx.unpack_points(bytes, &layout) {
            Err(Error::InvalidRecords { why }) => assert!(why.contains(says), "{layout:?}: {why}"),
            other => panic!("{layout:?}: expected InvalidRecords, got {other:?}"),
        };
    refused(PointRecordLayout::new(0, [0, 4, 8]), &bytes, "0 bytes");
    refused(PointRecordLayout::new(12, [0, 4, 9]), &bytes[..48], "byte 9");
    refused(
        PointRecordLayout::new(16, [0, 4, 8]).with_features([13]),
        &bytes,
        "byte 13",
    );
    refused(
        PointRecordLayout::new(16, [0, 4, 8]).with_features([usize::MAX]),
        &bytes,
        "does not end",
    );
    refused(
        PointRecordLayout::new(16, [0, 4, 8]),
        &bytes[..60],
        "not whole records",
    );
}
