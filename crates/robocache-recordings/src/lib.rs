//! Streaming readers of robot recordings: rosbag2 bags in MCAP or SQLite3
//! storage, with the ROS 2 messages robocache computes on decoded from CDR.
#![warn(missing_docs)]

mod bag;
mod cdr;
mod error;
mod messages;
mod read_ahead;
mod streams;
mod survey;

pub use bag::{MessageRef, Messages, RawMessage, Recording, Storage, Topic};
pub use error::{CdrError, DecodeError, RecordingError};
pub use messages::{
    cloud_records, decode, is_point_cloud, is_supported, supported_type, Cloud, CloudRecords, Decoded,
    Sample, SUPPORTED_TYPES,
};
pub use streams::{fingerprint, Reorder, Skipped, Stream, StreamSet, TimeSource, Timing};
pub use survey::{survey, StreamSurvey, Survey};
