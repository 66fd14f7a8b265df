//! What a robot recording's streams become, written once for the two
//! places robocache prepares them: `robocache convert`, offline, and the
//! ROS 2 node, live: each point cloud's voxels, and the vector streams
//! (joints, IMU, poses) fused on one time grid. A policy sees the world the way its training data was
//! prepared, so the node and the converter call the same functions here
//! rather than two copies of them.
//!
//! ```
//! use robocache::{Context, VoxelMode};
//! use robocache_frames::{voxelize_cloud, VoxelLayout, VoxelOptions};
//! use robocache_recordings::Cloud;
//!
//! let voxel = VoxelOptions::from_size_and_range(&[0.5], &[0.0, 0.0, 0.0, 2.0, 2.0, 2.0], VoxelMode::Count, VoxelLayout::Sparse)?;
//! let cloud = Cloud {
//!     stamp: 1.0,
//!     frame_id: "lidar".into(),
//!     xyz: vec![0.1, 0.1, 0.1, 0.2, 0.2, 0.2, 1.9, 0.1, 0.1],
//!     features: vec![],
//!     feature_names: vec![],
//!     non_finite: 0,
//! };
//! let voxels = voxelize_cloud(&Context::cpu(), voxel, &cloud)?;
//! assert_eq!(voxels.index, vec![0, 48]);
//! assert_eq!(voxels.values, vec![2.0, 1.0]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![warn(missing_docs)]

mod fusion;
mod voxels;

pub use fusion::{
    column_groups, default_tolerance, first_tick, frame_grid, frame_time, fuse_streams, latest_at,
    FusedStream, StreamSamples, TOLERANCE_PERIODS,
};
pub use voxels::{voxelize_cloud, voxelize_records, VoxelError, VoxelLayout, VoxelOptions, VoxelizedCloud};
