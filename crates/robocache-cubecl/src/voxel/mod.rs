//! Voxelization: the scatter and finishing kernels (`kernel`) and the host
//! code that validates, configures and launches them (`launch`).

pub(crate) mod kernel;
pub(crate) mod launch;
