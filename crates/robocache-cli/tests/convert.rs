//! `robocache convert` as a user runs it: what it writes, what it says, and
//! what it leaves behind when it fails.

mod common;

use std::path::Path;

use common::{fixture, robocache};

fn info(dataset: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dataset.join("meta/info.json")).unwrap()).unwrap()
}

const VOXELS: [&str; 4] = [
    "--voxel-size",
    "0.5",
    "--voxel-range=-10,-10,-2,10,10,2",
    "--backend=cpu",
];

#[test]
fn a_folder_of_recordings_becomes_one_episode_each() {
    let dir = tempfile::tempdir().unwrap();
    let bags = dir.path().join("bags");
    std::fs::create_dir(&bags).unwrap();
    for name in ["rosbags-mcap", "rosbags-sqlite3"] {
        let to = bags.join(name);
        std::fs::create_dir(&to).unwrap();
        for file in std::fs::read_dir(fixture(name)).unwrap() {
            let file = file.unwrap().path();
            std::fs::copy(&file, to.join(file.file_name().unwrap())).unwrap();
        }
    }
    let out = dir.path().join("dataset");
    let mut args = vec![
        "convert",
        bags.to_str().unwrap(),
        "--rate",
        "20",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(VOXELS);
    let (ok, stdout, stderr) = robocache(&args);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("in 2 episodes at 20 Hz"), "{stdout}");
    let info = info(&out);
    assert_eq!(info["total_episodes"], 2);
    assert_eq!(info["fps"], 20);
    // Both bags hold the same 2 s: the grid from the first tick after every
    // stream began to the earliest end, at 20 Hz.
    let frames = info["total_frames"].as_u64().unwrap();
    assert!((70..=80).contains(&frames), "{frames} frames");
    for feature in [
        "observation.joint_states",
        "observation.imu.is_pad",
        "observation.lidar.cloud_index",
        "time_unix",
    ] {
        assert!(
            info["features"].get(feature).is_some(),
            "{feature} missing from {info}"
        );
    }
    assert!(out.join("voxels/chunk-000/file-000.parquet").exists());
}

#[test]
fn what_was_skipped_is_in_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dataset");
    let bag = fixture("faulty-sqlite3");
    let mut args = vec![
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "50",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(VOXELS);
    let (ok, stdout, stderr) = robocache(&args);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("/joint_states: skipped 1 duplicate"), "{stdout}");
    assert!(
        stdout.contains("/imu: skipped 0 duplicate, 0 late, 1 after a backward clock jump"),
        "{stdout}"
    );
    assert!(
        stdout.contains("/imu: skipped 1 messages that did not decode"),
        "{stdout}"
    );
    assert!(
        stdout.contains("/lidar: skipped 1 messages that did not decode"),
        "{stdout}"
    );
    assert!(
        stdout.contains("skipped 5 messages of std_msgs/msg/String"),
        "{stdout}"
    );
}

#[test]
fn a_failed_conversion_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dataset");
    let bag = fixture("rosbags-mcap");
    let (ok, _, stderr) = robocache(&[
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "50",
        "--out",
        out.to_str().unwrap(),
        "--topics",
        "/absent",
    ]);
    assert!(!ok);
    assert!(
        stderr.contains("topic /absent is not in the recording"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "something was left in {}",
        dir.path().display()
    );

    // A recording cut short fails after the dataset was started.
    let cut = dir.path().join("cut.mcap");
    let bytes = std::fs::read(bag.join("rosbags-mcap.mcap")).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let (ok, _, stderr) = robocache(&[
        "convert",
        cut.to_str().unwrap(),
        "--rate",
        "50",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(stderr.contains("corrupt or truncated"), "{stderr}");
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("cut.mcap")]);

    // An existing destination is refused, untouched.
    std::fs::create_dir(&out).unwrap();
    let (ok, _, stderr) = robocache(&[
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "50",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!ok);
    assert!(stderr.contains("exists already"), "{stderr}");
}

#[test]
fn bad_options_are_clear_errors() {
    let bag = fixture("rosbags-mcap");
    let (ok, _, stderr) = robocache(&[
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "0",
        "--out",
        "/tmp/never",
    ]);
    assert!(
        !ok && stderr.contains("--rate must be a positive number"),
        "{stderr}"
    );
    let (ok, _, stderr) = robocache(&[
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "10",
        "--out",
        "/tmp/never",
        "--mode",
        "/imu=cubic",
    ]);
    assert!(!ok && stderr.contains("unknown mode cubic"), "{stderr}");
    let (ok, _, stderr) = robocache(&[
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "10",
        "--out",
        "/tmp/never",
        "--voxel-size",
        "0.5",
    ]);
    assert!(!ok && stderr.contains("a voxel range is six values"), "{stderr}");
    assert!(!Path::new("/tmp/never").exists());
}

#[test]
fn inspect_reads_the_dataset_convert_wrote() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dataset");
    let bag = fixture("mcap-ros2");
    let mut args = vec![
        "convert",
        bag.to_str().unwrap(),
        "--rate",
        "30",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(VOXELS);
    let (ok, _, stderr) = robocache(&args);
    assert!(ok, "{stderr}");
    let frames = info(&out)["total_frames"].as_u64().unwrap();
    let (ok, stdout, stderr) = robocache(&["inspect", out.to_str().unwrap()]);
    assert!(ok, "{stderr}");
    assert!(
        stdout.contains(&format!("LeRobot v3.0, {frames} frames in 1 episodes at 30 fps")),
        "{stdout}"
    );
    let pad_line = stdout
        .lines()
        .find(|l| l.starts_with("observation.joint_states.is_pad"))
        .unwrap();
    assert!(pad_line.trim_end().ends_with(" 0"), "{pad_line}");
}

#[test]
fn replace_swaps_in_a_complete_dataset_and_keeps_the_old_one_on_failure() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dataset");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("mine.txt"), b"keep").unwrap();
    let bag = fixture("rosbags-mcap");
    let cut = dir.path().join("cut.mcap");
    let bytes = std::fs::read(bag.join("rosbags-mcap.mcap")).unwrap();
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let convert = |from: &Path| {
        robocache(&[
            "convert",
            from.to_str().unwrap(),
            "--rate",
            "50",
            "--out",
            out.to_str().unwrap(),
            "--replace",
        ])
    };
    let (ok, _, _) = convert(&cut);
    assert!(!ok);
    assert!(
        out.join("mine.txt").exists(),
        "a failed --replace must keep what was there"
    );
    let (ok, _, stderr) = convert(&bag);
    assert!(ok, "{stderr}");
    assert!(!out.join("mine.txt").exists() && out.join("meta/info.json").exists());
}
