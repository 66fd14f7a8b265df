//! Which kernels run fusion and voxelization on CUDA.

use std::fmt;
use std::str::FromStr;

use crate::{Error, Result};

/// The environment variable that overrides [`KernelPath::Auto`]: `auto`,
/// `cubecl` or `ptx`.
pub const KERNEL_PATH_ENV: &str = "ROBOCACHE_KERNELS";

/// Which kernels a CUDA context runs fusion (resampling included) and
/// voxelization with. Other backends have one path and ignore this.
///
/// ```
/// use robocache_core::KernelPath;
/// assert_eq!("ptx".parse::<KernelPath>().unwrap(), KernelPath::Ptx);
/// assert_eq!(KernelPath::default(), KernelPath::Auto);
/// assert!("cuda".parse::<KernelPath>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum KernelPath {
    /// [`KERNEL_PATH_ENV`] if set; else the hand-tuned PTX kernels wherever
    /// they apply and load, the CubeCL kernels elsewhere. When the PTX cannot
    /// load (a driver older than CUDA 13.0), a warning is logged once and the
    /// CubeCL kernels run.
    #[default]
    Auto,
    /// The CubeCL kernels, always.
    CubeCl,
    /// The PTX kernels, always: an error where they cannot run.
    Ptx,
}

impl KernelPath {
    /// The choices [`KERNEL_PATH_ENV`] accepts, for messages.
    pub const CHOICES: &'static str = "auto, cubecl, ptx";

    /// The lower-case name, as [`KERNEL_PATH_ENV`] spells it.
    pub const fn name(self) -> &'static str {
        match self {
            KernelPath::Auto => "auto",
            KernelPath::CubeCl => "cubecl",
            KernelPath::Ptx => "ptx",
        }
    }

    /// [`KERNEL_PATH_ENV`]'s choice, or `Auto` when it is unset or empty.
    pub fn from_env() -> Result<Self> {
        match std::env::var(KERNEL_PATH_ENV) {
            Ok(value) => value.parse(),
            Err(_) => Ok(KernelPath::Auto),
        }
    }
}

/// A GPU tuning knob read from environment variable `variable`: a positive
/// count, or `None` when the variable is unset, empty, zero or not a count.
/// Callers read it once per process.
///
/// ```
/// use robocache_core::tuning_knob;
/// assert_eq!(tuning_knob("ROBOCACHE_NO_SUCH_KNOB"), None);
/// ```
pub fn tuning_knob(variable: &str) -> Option<usize> {
    std::env::var(variable)
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|&v| v > 0)
}

impl fmt::Display for KernelPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for KernelPath {
    type Err = Error;

    fn from_str(value: &str) -> Result<Self> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Ok(KernelPath::Auto),
            "cubecl" => Ok(KernelPath::CubeCl),
            "ptx" => Ok(KernelPath::Ptx),
            _ => Err(Error::InvalidBackendName {
                variable: KERNEL_PATH_ENV,
                value: value.to_string(),
                choices: KernelPath::CHOICES,
            }),
        }
    }
}
