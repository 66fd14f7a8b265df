//! What the command's tests share: the fixture bags, and running the
//! binary as a user does.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A bag of `tests/fixtures/recordings`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/recordings")
        .join(name)
}

/// Runs `robocache` with `args`: whether it succeeded, its stdout, its
/// stderr.
pub fn robocache(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_robocache"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}
