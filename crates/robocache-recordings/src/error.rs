//! What can go wrong reading a recording, as typed errors.

use std::path::PathBuf;

/// A CDR message that cannot be read: where, and why.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum CdrError {
    /// The message ends before a value it promises.
    #[error("truncated at byte {offset}: {wanted} bytes wanted, {left} left")]
    Truncated {
        /// Byte offset in the message, counting the 4-byte header.
        offset: usize,
        /// Bytes the value needs.
        wanted: usize,
        /// Bytes the message has left.
        left: usize,
    },
    /// A sequence or string length longer than the rest of the message.
    #[error("a length of {length} at byte {offset} is more than the {left} bytes left")]
    Length {
        /// Byte offset of the length, counting the header.
        offset: usize,
        /// The length read.
        length: usize,
        /// Bytes the message has left.
        left: usize,
    },
    /// An encapsulation other than plain CDR in either byte order.
    #[error("encapsulation {0:02x?} is not plain CDR (00 00 or 00 01)")]
    Encapsulation([u8; 2]),
    /// A string that is not UTF-8.
    #[error("the string at byte {offset} is not UTF-8")]
    Utf8 {
        /// Byte offset of its length, counting the header.
        offset: usize,
    },
    /// Fields that contradict each other.
    #[error("{0}")]
    Inconsistent(String),
}

/// A message that cannot be decoded.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum DecodeError {
    /// A type robocache does not decode (see [`crate::SUPPORTED_TYPES`]).
    #[error("message type {0} is not one robocache decodes")]
    UnsupportedType(String),
    /// Bytes that are not a valid CDR message of the type.
    #[error("{type_name}: {source}")]
    Cdr {
        /// The message type.
        type_name: String,
        /// What is wrong.
        source: CdrError,
    },
    /// A point cloud whose layout cannot be read (fields past the point,
    /// data shorter than the rows).
    #[error("sensor_msgs/msg/PointCloud2: {0}")]
    Cloud(String),
    /// A point cloud whose fields lack x, y or z: a valid message, with no
    /// points robocache can place.
    #[error("sensor_msgs/msg/PointCloud2: the cloud has no x, y and z fields (it has {fields:?})")]
    NoCoordinates {
        /// The fields it has.
        fields: Vec<String>,
    },
}

/// A recording that cannot be opened or read.
#[derive(Debug, thiserror::Error)]
pub enum RecordingError {
    /// The file system refused.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
    /// Not a rosbag2 folder, MCAP file or rosbag2 SQLite3 file.
    #[error("{path}: not a recording robocache reads: {why}")]
    NotARecording {
        /// The path given.
        path: PathBuf,
        /// What was found instead.
        why: String,
    },
    /// A file whose bytes are not a valid recording (truncated, corrupt).
    #[error("{path}: corrupt or truncated: {why}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What the reader found.
        why: String,
    },
}
