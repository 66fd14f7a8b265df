//! LeRobot datasets in the v3.0 layout, written by robocache: frames in
//! `data/chunk-*/file-*.parquet`, episodes in `meta/episodes/...`, tasks in
//! `meta/tasks.parquet`, the schema in `meta/info.json` and statistics in
//! `meta/stats.json`, as `lerobot`'s `LeRobotDataset` reads them.
//!
//! A dataset is written into a hidden folder beside its destination and
//! renamed into place by [`DatasetWriter::finish`]: a run that fails or is
//! killed leaves no folder that looks complete.
#![warn(missing_docs)]

mod reader;
mod stats;
mod writer;

pub use reader::{read_summary, DatasetSummary};
pub use serde_json;
pub use writer::{Column, DatasetWriter, Dtype, Episode, Feature, SideTable, Written, SIDE_ROW_GROUP_BYTES};

/// What can go wrong writing or reading a dataset.
#[derive(Debug, thiserror::Error)]
pub enum LeRobotError {
    /// The file system refused.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: std::path::PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Parquet or Arrow refused the data.
    #[error("{path}: {why}")]
    Parquet {
        /// The file.
        path: std::path::PathBuf,
        /// What the library said.
        why: String,
    },
    /// The destination exists already.
    #[error("{0} exists already; choose another --out or remove it")]
    Exists(std::path::PathBuf),
    /// An episode whose columns do not match the features declared.
    #[error("episode {episode}: {why}")]
    Mismatch {
        /// The episode's index.
        episode: usize,
        /// What does not match.
        why: String,
    },
}

/// The layout version this crate writes (`codebase_version`).
pub const CODEBASE_VERSION: &str = "v3.0";
