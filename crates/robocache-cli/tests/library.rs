//! What `robocache convert` writes equals robocache's own library calls on
//! the same messages: the joint stream is `Context::resample` of the
//! decoded joint states at the frame times, and each cloud's row of the
//! voxel table is the occupied voxels of `Context::voxelize`.

mod common;

use std::fs::File;
use std::path::Path;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float32Type, Float64Type, Int64Type, UInt32Type};
use arrow_array::{RecordBatch, RecordBatchReader};
use common::{fixture, robocache};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use robocache::{Context, InterpMode, TensorView, VoxelGrid, VoxelMode};
use robocache_recordings::{decode, Decoded, Recording, Timing};

/// All rows of a parquet file as one batch (the voxel table is written in
/// row groups of a few MiB).
fn read_table(path: &Path) -> RecordBatch {
    let reader = ParquetRecordBatchReaderBuilder::try_new(File::open(path).unwrap())
        .unwrap()
        .build()
        .unwrap();
    let schema = reader.schema();
    let batches: Vec<RecordBatch> = reader.map(Result::unwrap).collect();
    arrow_select::concat::concat_batches(&schema, &batches).unwrap()
}

#[test]
fn convert_writes_what_the_library_computes() {
    let bag = fixture("rosbags-mcap");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dataset");
    let (ok, _, stderr) = robocache(&[
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "20",
        "--topics",
        "/joint_states,/lidar",
        "--voxel-size",
        "0.5",
        "--voxel-range=-10,-10,-2,10,10,2",
        "--voxel-mode",
        "count",
        "--backend",
        "cpu",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(ok, "{stderr}");

    // The same messages, decoded and handed to the library directly.
    let mut joint_times = Vec::new();
    let mut joint_values = Vec::new();
    let mut clouds = Vec::new();
    for message in Recording::open(&bag).unwrap().messages() {
        let message = message.unwrap();
        match decode(&message.type_name, &message.data) {
            Ok(Decoded::Sample(s)) if &*message.topic == "/joint_states" => {
                joint_times.push(s.stamp);
                joint_values.extend(s.values.iter().map(|&v| v as f32));
            }
            Ok(Decoded::Cloud(c)) if &*message.topic == "/lidar" => clouds.push(c),
            _ => {}
        }
    }
    // The fixture's stamps are in order, so no reordering is involved.
    assert!(joint_times.windows(2).all(|w| w[0] < w[1]));
    assert!(clouds.windows(2).all(|w| w[0].stamp < w[1].stamp));

    let frames = read_table(&out.join("data/chunk-000/file-000.parquet"));
    let grid: Vec<f64> = frames
        .column_by_name("time_unix")
        .unwrap()
        .as_primitive::<Float64Type>()
        .values()
        .to_vec();
    let context = Context::cpu();
    let (s, d) = (joint_times.len(), joint_values.len() / joint_times.len());
    let tolerance = 3.0 * Timing::of(&joint_times).unwrap().median_period;
    let resampled = context
        .resample(
            TensorView::new(&joint_values, [1, s, d]).unwrap(),
            TensorView::new(&joint_times, [1, s]).unwrap(),
            TensorView::new(&grid, [1, grid.len()]).unwrap(),
        )
        .mode(InterpMode::Linear)
        .tolerance(tolerance)
        .run()
        .unwrap();
    let expected: Vec<f32> = resampled.values.to_vec().unwrap();
    let valid: Vec<u8> = resampled.valid.unwrap().to_vec().unwrap();
    let written = frames
        .column_by_name("observation.joint_states")
        .unwrap()
        .as_fixed_size_list();
    let written: Vec<f32> = written.values().as_primitive::<Float32Type>().values().to_vec();
    assert_eq!(written.len(), expected.len());
    for (k, (a, b)) in written.iter().zip(&expected).enumerate() {
        assert_eq!(a.to_bits(), b.to_bits(), "frame {}, column {}", k / d, k % d);
    }
    let pad = frames
        .column_by_name("observation.joint_states.is_pad")
        .unwrap()
        .as_boolean();
    for (k, v) in valid.iter().enumerate() {
        assert_eq!(pad.value(k), *v == 0, "is_pad of frame {k}");
    }

    let voxels = read_table(&out.join("voxels/chunk-000/file-000.parquet"));
    assert_eq!(voxels.num_rows(), clouds.len());
    let index = voxels
        .column_by_name("cloud_index")
        .unwrap()
        .as_primitive::<Int64Type>();
    let voxel_index = voxels.column_by_name("voxel_index").unwrap().as_list::<i32>();
    let values = voxels.column_by_name("values").unwrap().as_list::<i32>();
    let grid = VoxelGrid::new([-10.0, -10.0, -2.0], [0.5; 3], [40, 40, 8]);
    for (row, cloud) in clouds.iter().enumerate() {
        assert_eq!(index.value(row), row as i64);
        let counts: Vec<u32> = context
            .voxelize(
                TensorView::new(&cloud.xyz, [cloud.len(), 3]).unwrap(),
                grid,
                VoxelMode::Count,
            )
            .run()
            .unwrap()
            .voxels
            .to_vec()
            .unwrap();
        // The dense grid's occupied voxels, in its row-major order.
        let mut want_index = Vec::new();
        let mut want_values = Vec::new();
        for (i, &c) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
            want_index.push(i as u32);
            want_values.push(c as f32);
        }
        let got_index = voxel_index.value(row);
        let got_values = values.value(row);
        assert_eq!(
            got_index.as_primitive::<UInt32Type>().values().to_vec(),
            want_index,
            "cloud {row}"
        );
        assert_eq!(
            got_values.as_primitive::<Float32Type>().values().to_vec(),
            want_values,
            "cloud {row}"
        );
    }
}

/// The voxel table that `convert` writes on wgpu is the CPU's, cloud by
/// cloud: the fixture's two lidars (two features and one, interleaved)
/// through max and count, which are exact on every backend.
#[test]
fn convert_on_wgpu_writes_the_cpus_voxels() {
    const REQUIRE_WGPU_ENV: &str = "ROBOCACHE_REQUIRE_WGPU";
    let bag = fixture("rosbags-mcap");
    let dir = tempfile::tempdir().unwrap();
    for mode in ["max", "count"] {
        let mut tables = Vec::new();
        for backend in ["wgpu", "cpu"] {
            let out = dir.path().join(format!("{mode}-{backend}"));
            let (ok, _, stderr) = robocache(&[
                "convert",
                bag.to_str().unwrap(),
                "--rate",
                "20",
                "--voxel-size",
                "0.5",
                "--voxel-range=-10,-10,-2,10,10,2",
                "--voxel-mode",
                mode,
                "--backend",
                backend,
                "--out",
                out.to_str().unwrap(),
            ]);
            if !ok && stderr.contains("backend wgpu is unavailable") {
                assert!(
                    std::env::var_os(REQUIRE_WGPU_ENV).is_none_or(|v| v == "0"),
                    "{REQUIRE_WGPU_ENV} is set: {stderr}"
                );
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "\n*** convert on wgpu did NOT run ({REQUIRE_WGPU_ENV}=1 makes this a failure): {stderr} ***\n"
                );
                return;
            }
            assert!(ok, "{backend}: {stderr}");
            tables.push(read_table(&out.join("voxels/chunk-000/file-000.parquet")));
        }
        assert_eq!(tables[0].num_rows(), 30, "{mode}");
        assert_eq!(
            tables[0], tables[1],
            "{mode}: the wgpu table differs from the CPU's"
        );
    }
}
