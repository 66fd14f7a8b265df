//! Resampling and multimodal fusion, one kernel for both (resampling is a
//! fusion of one stream): the kernel (`kernel`) and the host code that
//! validates, configures and launches it (`launch`).

pub(crate) mod kernel;
mod launch;

pub use launch::{GpuStream, FUSE_ELEMENTS_ENV};
