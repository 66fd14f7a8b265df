//! Point records unpacked on the device: the kernel that takes each point's
//! values out of its record (`kernel`) and its launch (`launch`).

pub(crate) mod kernel;
pub(crate) mod launch;
