//! The parts of robocache that every backend shares: element types, host
//! buffers, the validated plans of the three operations, and the error type.
//!
//! Users depend on the `robocache` crate, which re-exports what they need from
//! here; backend crates depend on this one so that each backend validates
//! input the same way and reports the same errors.
//!
//! ```
//! use robocache_core::{InterpMode, VoxelMode};
//! assert_eq!(InterpMode::default(), InterpMode::Linear);
//! assert_eq!(VoxelMode::Count.name(), "count");
//! ```

#![warn(missing_docs)]

mod buffer;
mod deferred;
mod detector;
mod dtype;
mod error;
mod kernel_path;
mod known;
mod meta;
mod records;
mod resample;
mod voxel;

pub use buffer::{HostBuffer, HostData, HostDataMut};
pub use deferred::{Check, Deferred};
pub use detector::{HardLimits, PillarLayout, PointReduction, PointsPlan};
pub use dtype::{DType, Element, Sample};
pub use error::{Error, Result, TimeLocation, TimeRole};
pub use kernel_path::{tuning_knob, KernelPath, KERNEL_PATH_ENV};
pub use known::KnownValid;
pub use meta::TensorMeta;
pub use records::{PointRecordLayout, RecordValue};
pub use resample::{
    stream_tensor_name, validate_lengths, validate_source_times, validate_target_times, FusePlan, InterpMode,
    StreamPlan, StreamRequest,
};
pub use voxel::{
    all_finite, check_kept_features, validate_cloud_lengths, VoxelGrid, VoxelIndexer, VoxelMode, VoxelPlan,
    VoxelRequest, VoxelSlot, VoxelStats, MAX_INDEX,
};
