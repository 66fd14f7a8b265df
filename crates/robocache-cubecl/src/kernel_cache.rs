//! Compiled CubeCL kernels kept across processes.
//!
//! CubeCL compiles each kernel configuration the first time a process
//! launches it: on CUDA through NVRTC, hundreds of milliseconds per kernel
//! (330 to 820 ms for a first resample or fusion call on an H200). CubeCL
//! can keep what it compiled in a file cache, but leaves it off unless a
//! `cubecl.toml` turns it on. robocache turns it on, in a folder of its own,
//! before it opens the first device.
//!
//! - `ROBOCACHE_KERNEL_CACHE=/some/folder` moves the cache there.
//! - `ROBOCACHE_KERNEL_CACHE=off` leaves it off.
//! - Otherwise it is `$XDG_CACHE_HOME/robocache/kernels`, or
//!   `$HOME/.cache/robocache/kernels`.
//! - A `cubecl.toml` (in the working folder or above it) that sets its own
//!   `[compilation.cache]` wins over all of these, and so does a program that
//!   configured CubeCL itself before robocache opened a device.
//!
//! CubeCL's CUDA runtime caches the PTX it compiled, keyed by the kernel's
//! hash and the CubeCL version. Its wgpu runtime caches only SPIR-V, which
//! robocache's wgpu build does not use, so wgpu compiles in every process.
//! The cache file is shared safely by concurrent processes (CubeCL locks it),
//! and an unwritable folder turns the cache off instead of failing a call.

use std::ffi::OsString;
use std::path::PathBuf;

/// Names the kernel cache's folder, or `off`.
pub const KERNEL_CACHE_ENV: &str = "ROBOCACHE_KERNEL_CACHE";

/// The folder robocache keeps compiled CubeCL kernels in, after
/// [`KERNEL_CACHE_ENV`]; `None` when it is `off`, or when no home folder is
/// known. A `cubecl.toml` with its own cache setting overrides it.
///
/// ```
/// // Set by the user; here only read.
/// match robocache_cubecl::kernel_cache_dir() {
///     Some(dir) => println!("compiled kernels go to {}", dir.display()),
///     None => println!("compiled kernels are not kept"),
/// }
/// ```
pub fn kernel_cache_dir() -> Option<PathBuf> {
    cache_dir_in(|name| std::env::var_os(name))
}

/// [`kernel_cache_dir`] in the environment `var` reads.
fn cache_dir_in(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    match var(KERNEL_CACHE_ENV) {
        Some(value) if value == "off" => None,
        Some(value) if !value.is_empty() => Some(PathBuf::from(value)),
        _ => {
            let base = var("XDG_CACHE_HOME")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or_else(|| var("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
            Some(base.join("robocache").join("kernels"))
        }
    }
}

/// Puts robocache's cache folder into CubeCL's global configuration, once,
/// before the first device is opened (CubeCL reads it when a device opens,
/// and it cannot change afterwards).
#[cfg(any(feature = "cuda", feature = "wgpu"))]
pub(crate) fn configure_once() {
    use cubecl::config::cache::CacheConfig;
    use cubecl::config::{CubeClRuntimeConfig, RuntimeConfig};
    use std::sync::Once;

    static CONFIGURED: Once = Once::new();
    CONFIGURED.call_once(|| {
        let mut slot = CubeClRuntimeConfig::storage().lock();
        if slot.is_some() {
            // The program configured CubeCL itself, or opened a CubeCL
            // device before robocache did: its settings stand.
            return;
        }
        // What CubeCL would load by itself: a cubecl.toml, then its own
        // environment variables.
        let mut config = CubeClRuntimeConfig::from_current_dir().override_from_env();
        if config.compilation.cache.is_none() {
            config.compilation.cache = kernel_cache_dir().map(CacheConfig::File);
        }
        *slot = Some(config.into());
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An environment of `pairs`, for [`cache_dir_in`].
    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<OsString> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| OsString::from(v))
        }
    }

    #[test]
    fn the_folder_follows_the_environment() {
        let home = [("HOME", "/home/robot")];
        assert_eq!(
            cache_dir_in(env(&home)),
            Some(PathBuf::from("/home/robot/.cache/robocache/kernels"))
        );
        let xdg = [("HOME", "/home/robot"), ("XDG_CACHE_HOME", "/xdg")];
        assert_eq!(
            cache_dir_in(env(&xdg)),
            Some(PathBuf::from("/xdg/robocache/kernels"))
        );
        let moved = [("HOME", "/home/robot"), (KERNEL_CACHE_ENV, "/tmp/kernels")];
        assert_eq!(cache_dir_in(env(&moved)), Some(PathBuf::from("/tmp/kernels")));
        let off = [("HOME", "/home/robot"), (KERNEL_CACHE_ENV, "off")];
        assert_eq!(cache_dir_in(env(&off)), None);
        assert_eq!(cache_dir_in(env(&[])), None);
    }
}
