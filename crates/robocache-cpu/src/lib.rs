//! The CPU backend of robocache: every operation of the SPEC in plain Rust,
//! multi-threaded with rayon.
//!
//! It is the fallback where no GPU is present and the reference the GPU
//! backends are tested against, so it favours exactness where that costs
//! little: times are handled in f64, voxel means are summed in f64 in point
//! order. Users reach it through the `robocache` crate; this crate's API
//! works on validated plans and host slices.
//!
//! ```
//! use robocache_core::{DType, FusePlan, HostData, HostDataMut, InterpMode, StreamRequest, TensorMeta};
//! use robocache_cpu::{fuse, StreamInput};
//!
//! let data = [0.0f32, 10.0];
//! let src_times = [0.0f64, 1.0];
//! let tgt_times = [0.25f64];
//! let request = StreamRequest {
//!     data: TensorMeta::new(vec![1, 2, 1], DType::F32),
//!     times: TensorMeta::new(vec![1, 2], DType::F64),
//!     lengths: None,
//!     mode: InterpMode::Linear,
//!     tolerance: None,
//! };
//! let plan = FusePlan::resample(&request, &TensorMeta::new(vec![1, 1], DType::F64), false)?;
//! let input = StreamInput { data: HostData::from(&data[..]), times: HostData::from(&src_times[..]), lengths: None };
//! let mut out = [0.0f32];
//! fuse(&plan, &[input], HostData::from(&tgt_times[..]), HostDataMut::from(&mut out[..]), None)?;
//! assert_eq!(out, [2.5]);
//! # Ok::<(), robocache_core::Error>(())
//! ```

#![warn(missing_docs)]

mod detector;
mod pool;
mod quaternion;
mod resample;
mod sparse;
mod voxelize;

pub use detector::{
    pillar_features, reduce_dynamic, scatter_to_bev, voxelize_dynamic, voxelize_hard, DynamicVoxels,
    HardVoxels,
};
pub use pool::{BufferPool, PooledVec};
pub use resample::{fuse, StreamInput};
pub use sparse::{voxelize_sparse, SparseOrder, SparseVoxels};
pub use voxelize::{voxelize, VoxelInput};

/// Checks that a host slice holds as many elements as the plan's `shape`:
/// plans are validated on shapes, the slices may come from anywhere (and a
/// shape's product saturates rather than wrapping).
fn check_len(tensor: &str, actual: usize, shape: &[usize]) -> robocache_core::Result<()> {
    let expected = shape.iter().fold(1usize, |n, &d| n.saturating_mul(d));
    if actual == expected {
        Ok(())
    } else {
        Err(robocache_core::Error::ShapeMismatch {
            tensor: tensor.to_string(),
            axis: "elements",
            actual,
            expected,
            reference: "the plan".to_string(),
        })
    }
}

/// A short description of the CPU this backend runs on.
///
/// ```
/// assert!(robocache_cpu::device_name().contains("thread"));
/// ```
pub fn device_name() -> String {
    let threads = rayon::current_num_threads();
    format!("CPU ({threads} thread{})", if threads == 1 { "" } else { "s" })
}
