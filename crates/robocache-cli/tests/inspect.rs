//! The `robocache` command as a user runs it.

mod common;

use std::path::Path;

use common::{fixture, robocache};

#[test]
fn inspect_lists_every_stream_with_its_rate_and_what_was_skipped() {
    let path = fixture("faulty-sqlite3");
    let (ok, out, err) = robocache(&["inspect", path.to_str().unwrap()]);
    assert!(ok, "{err}");
    let line = |stream: &str| {
        out.lines()
            .find(|l| l.starts_with(stream))
            .unwrap_or_else(|| panic!("{stream} in {out}"))
    };
    assert!(line("/joint_states ").contains("1 duplicate"), "{out}");
    assert!(line("/imu ").contains("1 clock jump, 1 undecodable"), "{out}");
    assert!(out.contains("5 messages of std_msgs/msg/String"), "{out}");
    let (ok, out, _) = robocache(&["inspect", fixture("rosbags-mcap").to_str().unwrap()]);
    assert!(ok);
    assert!(
        line_of(&out, "/tf:odom->base_link").contains("tf2_msgs/msg/TFMessage"),
        "{out}"
    );
}

fn line_of<'a>(out: &'a str, stream: &str) -> &'a str {
    out.lines()
        .find(|l| l.starts_with(stream))
        .unwrap_or_else(|| panic!("{stream} in {out}"))
}

#[test]
fn a_missing_or_foreign_path_is_a_clear_error() {
    let (ok, _, err) = robocache(&["inspect", "/nonexistent/bag"]);
    assert!(!ok);
    assert!(err.starts_with("error: /nonexistent/bag"), "{err}");
    let foreign = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
    let (ok, _, err) = robocache(&["inspect", foreign.to_str().unwrap()]);
    assert!(!ok);
    assert!(err.contains("not a recording robocache reads"), "{err}");
}
