//! Voxelization for detectors: the numbering, hard voxelization and
//! reduction kernels (`kernel`) and the host code that sizes and launches
//! them (`launch`).

mod kernel;
mod launch;

pub use launch::{GpuDynamic, GpuHard};
