//! The readers against bags written by implementations no one here wrote:
//! Python's `rosbags` (rosbag2 in SQLite3 and in MCAP storage, one topic in
//! big-endian CDR) and `mcap-ros2-support` (a bare MCAP file, zstd chunks).
//! Each bag's `expected.json` holds what its writer was given
//! (`scripts/make-recordings.py`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use robocache_core::RecordValue;
use robocache_recordings::{cloud_records, decode, Cloud, Decoded, Recording, RecordingError, Storage};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(name)
}

fn expected(name: &str) -> BTreeMap<String, Value> {
    let text = std::fs::read_to_string(fixture(name).join("expected.json")).unwrap();
    let json: Value = serde_json::from_str(&text).unwrap();
    json["topics"].as_object().unwrap().clone().into_iter().collect()
}

/// The stamp as the decoder forms it from `sec` and `nanosec`.
fn seconds(ns: u64) -> f64 {
    (ns / 1_000_000_000) as f64 + (ns % 1_000_000_000) as f64 * 1e-9
}

fn numbers(value: &Value) -> Vec<f64> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * (1.0 + a.abs().max(b.abs()))
}

/// Where a cloud's points are records robocache unpacks as they are, those
/// records, read here value by value, hold the points and features the
/// decoder gathers, missing returns aside; and where they are not, the
/// cloud has a field other than a little-endian float32.
fn records_hold_the_decoded_points(message: &[u8], cloud: &Cloud, at: &str) -> bool {
    let Some(records) = cloud_records(message).unwrap_or_else(|e| panic!("{at}: {e}")) else {
        return false;
    };
    assert_eq!(
        (records.stamp, &records.frame_id),
        (cloud.stamp, &cloud.frame_id),
        "{at}"
    );
    assert_eq!(records.feature_names, cloud.feature_names, "{at}");
    assert_eq!(records.len(), cloud.len() + cloud.non_finite, "{at}: points");
    let layout = &records.layout;
    let value = |record: &[u8], at: usize| f32::from_le_bytes(record[at..at + 4].try_into().unwrap());
    let (mut xyz, mut features) = (Vec::new(), Vec::new());
    for record in records.data.chunks_exact(layout.point_step) {
        let point = layout.xyz.map(|o| value(record, o));
        if point.iter().all(|v| v.is_finite()) {
            xyz.extend(point);
            features.extend(layout.features.iter().map(|&(o, kind)| match kind {
                RecordValue::F32 => value(record, o),
                RecordValue::U16 => f32::from(u16::from_le_bytes([record[o], record[o + 1]])),
                other => panic!("{at}: the fixtures have no {other:?} field"),
            }));
        }
    }
    let bits = |v: &[f32]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&xyz), bits(&cloud.xyz), "{at}: points");
    assert_eq!(bits(&features), bits(&cloud.features), "{at}: features");
    true
}

fn check(name: &str, storage: Storage) {
    let recording = Recording::open(fixture(name)).unwrap();
    assert_eq!(recording.storage(), storage);
    let want = expected(name);

    let topics = recording.topics().unwrap();
    let listed: Vec<(&str, &str, Option<u64>)> = topics
        .iter()
        .map(|t| (t.name.as_str(), t.type_name.as_str(), t.message_count))
        .collect();
    let wanted: Vec<(&str, &str, Option<u64>)> = want
        .iter()
        .map(|(topic, entry)| {
            let count = entry["messages"].as_array().unwrap().len() as u64;
            (topic.as_str(), entry["type"].as_str().unwrap(), Some(count))
        })
        .collect();
    assert_eq!(listed, wanted, "{name}: topics");

    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let (mut clouds, mut as_records) = (0, 0);
    for message in recording.messages() {
        let message = message.unwrap();
        let index = seen.entry(message.topic.to_string()).or_default();
        let entry = &want[&*message.topic]["messages"][*index];
        *index += 1;
        let at = format!("{name} {} message {}", message.topic, *index - 1);
        assert_eq!(
            message.log_time_ns,
            entry["log_time_ns"].as_u64().unwrap(),
            "{at}: log time"
        );
        let stamp = seconds(entry["stamp_ns"].as_u64().unwrap());
        let values = &entry["values"];
        match decode(&message.type_name, &message.data).unwrap_or_else(|e| panic!("{at}: {e}")) {
            Decoded::Sample(sample) => {
                assert_eq!(sample.stamp, stamp, "{at}: stamp");
                assert_eq!(sample.values, numbers(values), "{at}: values");
                assert_eq!(sample.columns.len(), sample.values.len());
            }
            Decoded::Transforms(transforms) => {
                let values = values.as_object().unwrap();
                assert_eq!(transforms.len(), values.len(), "{at}");
                for (frames, sample) in transforms {
                    assert_eq!(sample.stamp, stamp, "{at}: stamp");
                    assert_eq!(sample.values, numbers(&values[&frames]), "{at}: {frames}");
                }
            }
            Decoded::Cloud(cloud) => {
                clouds += 1;
                as_records += usize::from(records_hold_the_decoded_points(&message.data, &cloud, &at));
                assert_eq!(cloud.stamp, stamp, "{at}: stamp");
                assert_eq!(
                    cloud.len() as u64,
                    values["finite"].as_u64().unwrap(),
                    "{at}: points kept"
                );
                assert_eq!(
                    (cloud.len() + cloud.non_finite) as u64,
                    values["points"].as_u64().unwrap(),
                    "{at}: points"
                );
                assert_eq!(cloud.feature_names[0], "intensity");
                let f = cloud.feature_names.len();
                for (axis, want) in numbers(&values["sum_xyz"]).into_iter().enumerate() {
                    let sum: f64 = cloud
                        .xyz
                        .iter()
                        .skip(axis)
                        .step_by(3)
                        .map(|&v| f64::from(v))
                        .sum();
                    assert!(close(sum, want), "{at}: sum of axis {axis}: {sum} against {want}");
                }
                let intensity: f64 = cloud.features.iter().step_by(f).map(|&v| f64::from(v)).sum();
                assert!(
                    close(intensity, values["sum_intensity"].as_f64().unwrap()),
                    "{at}: intensity"
                );
                // Point 1 of the message; point 0 has no return in the
                // float32 clouds, so it is the first kept point there.
                let first = numbers(&values["first"]);
                let kept = if cloud.non_finite > 0 { 0 } else { 1 };
                let got = [
                    cloud.xyz[3 * kept],
                    cloud.xyz[3 * kept + 1],
                    cloud.xyz[3 * kept + 2],
                    cloud.features[f * kept],
                ];
                for (g, w) in got.iter().zip(&first) {
                    assert!(
                        close(f64::from(*g), *w),
                        "{at}: first point {got:?} against {first:?}"
                    );
                }
            }
        }
    }
    let counts: BTreeMap<String, usize> = want
        .iter()
        .map(|(t, e)| (t.clone(), e["messages"].as_array().unwrap().len()))
        .collect();
    assert_eq!(seen, counts, "{name}: messages per topic");
    // Only the float64 clouds (and the big-endian topic's) need the
    // decoder's gather.
    eprintln!("{name}: {as_records} of {clouds} clouds read as records");
    assert!(clouds == 0 || as_records > 0, "{name}: no cloud read as records");
}

#[test]
fn rosbags_sqlite3_with_a_big_endian_topic() {
    check("rosbags-sqlite3", Storage::Sqlite3);
}

#[test]
fn rosbags_mcap() {
    check("rosbags-mcap", Storage::Mcap);
}

#[test]
fn mcap_ros2_support_bare_file_with_zstd_chunks() {
    check("mcap-ros2", Storage::Mcap);
}

#[test]
fn a_bare_file_opens_as_well_as_its_folder() {
    let file = fixture("mcap-ros2").join("robot.mcap");
    let recording = Recording::open(&file).unwrap();
    assert_eq!(recording.files(), [file]);
}

fn copy_truncated(name: &str, file: &str, keep: f64) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = std::fs::read(fixture(name).join(file)).unwrap();
    let path = dir.path().join(file);
    std::fs::write(&path, &bytes[..(bytes.len() as f64 * keep) as usize]).unwrap();
    (dir, path)
}

#[test]
fn a_truncated_mcap_gives_the_messages_before_the_cut_then_an_error() {
    let (_dir, path) = copy_truncated("rosbags-mcap", "rosbags-mcap.mcap", 0.5);
    let recording = Recording::open(&path).unwrap();
    // No summary survives the cut: the topics come from a scan.
    assert!(!recording.topics().unwrap().is_empty());
    let results: Vec<_> = recording.messages().collect();
    let ok = results.iter().take_while(|r| r.is_ok()).count();
    assert!(ok > 0, "no message before the cut");
    assert_eq!(ok + 1, results.len(), "the iteration must end with one error");
    assert!(
        matches!(results.last(), Some(Err(RecordingError::Corrupt { .. }))),
        "{:?}",
        results.last()
    );
}

#[test]
fn a_truncated_sqlite3_bag_is_an_error_not_a_panic() {
    let (_dir, path) = copy_truncated("rosbags-sqlite3", "rosbags-sqlite3.db3", 0.5);
    let outcome = Recording::open(&path).and_then(|r| {
        r.topics()?;
        r.messages().collect::<Result<Vec<_>, _>>()
    });
    assert!(
        matches!(outcome, Err(RecordingError::Corrupt { .. })),
        "{outcome:?}"
    );
}

#[test]
fn files_that_are_not_recordings_are_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("noise.mcap");
    std::fs::write(&garbage, b"this is not an mcap file at all").unwrap();
    let recording = Recording::open(&garbage).unwrap();
    assert!(matches!(
        recording.messages().next(),
        Some(Err(RecordingError::Corrupt { .. }))
    ));
    let db = dir.path().join("noise.db3");
    std::fs::write(&db, vec![7u8; 4096]).unwrap();
    assert!(matches!(
        Recording::open(&db).unwrap().topics(),
        Err(RecordingError::Corrupt { .. })
    ));
    let other = dir.path().join("notes.txt");
    std::fs::write(&other, b"hello").unwrap();
    assert!(matches!(
        Recording::open(&other),
        Err(RecordingError::NotARecording { .. })
    ));
    assert!(matches!(
        Recording::open(dir.path().join("absent")),
        Err(RecordingError::Io { .. })
    ));
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        Recording::open(empty.path()),
        Err(RecordingError::NotARecording { .. })
    ));
}

#[test]
fn what_a_recording_gets_wrong_is_skipped_and_counted_by_reason() {
    use robocache_recordings::{survey, TimeSource};
    let text = std::fs::read_to_string(fixture("faulty-sqlite3").join("expected.json")).unwrap();
    let faults: Value = serde_json::from_str(&text).unwrap();
    let survey = survey(
        &Recording::open(fixture("faulty-sqlite3")).unwrap(),
        TimeSource::Header,
        0.5,
        |_| {},
    )
    .unwrap();
    let stream = |name: &str| survey.streams.iter().find(|s| s.name == name).unwrap();
    let joints = stream("/joint_states");
    assert_eq!(
        joints.skipped.duplicates,
        faults["faults"]["/joint_states"]["duplicates"].as_u64().unwrap()
    );
    assert_eq!(joints.skipped.too_late, 0, "a swap within the window is repaired");
    let stamps_in_order = joints.timing.as_ref().unwrap();
    assert_eq!(stamps_in_order.count, 100);
    let imu = stream("/imu");
    assert_eq!(
        imu.skipped.backward_jumps,
        faults["faults"]["/imu"]["backward_jumps"].as_u64().unwrap()
    );
    assert_eq!(imu.undecodable.0, 1, "the message cut in half");
    assert!(
        imu.timing.as_ref().unwrap().gaps.is_empty(),
        "the jump must not become a sample"
    );
    let lidar = stream("/lidar");
    assert_eq!(
        lidar.undecodable.0,
        faults["faults"]["/lidar"]["undecodable"].as_u64().unwrap()
    );
    assert!(
        lidar.undecodable.1.as_deref().unwrap().contains("no x, y and z"),
        "{:?}",
        lidar.undecodable
    );
    assert_eq!(
        survey.unsupported["std_msgs/msg/String"],
        faults["faults"]["/chatter"]["unsupported"].as_u64().unwrap()
    );
}
