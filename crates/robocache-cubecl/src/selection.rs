//! Which kernels run a call on CUDA: the rule, apart from the device so
//! that it is tested everywhere.

use robocache_core::{Error, KernelPath, Result};

/// Which kernels run a call: `load` is asked only when the PTX kernels would
/// run. `Ptx` turns each "no" into an error; `Auto` into the CubeCL kernels
/// (a failed load was logged once, when the PTX path first tried to load).
pub(crate) fn choose<'k, K>(
    path: KernelPath,
    applies: bool,
    what: &str,
    load: impl FnOnce() -> std::result::Result<&'k K, &'k Error>,
) -> Result<Option<&'k K>> {
    match path {
        KernelPath::CubeCl => Ok(None),
        KernelPath::Auto if !applies => Ok(None),
        KernelPath::Auto => Ok(load().ok()),
        KernelPath::Ptx if !applies => Err(Error::BackendUnavailable {
            requested: "cuda-ptx".to_string(),
            reason: format!("the PTX kernels do not take this {what}"),
            available: String::new(),
        }),
        KernelPath::Ptx => load().map(Some).map_err(Clone::clone),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;

    const KERNELS: &str = "loaded kernels";

    fn loaded() -> std::result::Result<&'static &'static str, &'static Error> {
        Ok(&KERNELS)
    }

    fn failed() -> std::result::Result<&'static &'static str, &'static Error> {
        static ERROR: OnceLock<Error> = OnceLock::new();
        Err(ERROR.get_or_init(|| Error::Device {
            backend: "cuda-ptx",
            message: "loading the fusion PTX: CUDA_ERROR_UNSUPPORTED_PTX_VERSION".to_string(),
        }))
    }

    #[test]
    fn auto_takes_the_ptx_kernels_where_they_apply_and_load() {
        assert_eq!(
            choose(KernelPath::Auto, true, "fusion", loaded).unwrap(),
            Some(&KERNELS)
        );
        assert_eq!(choose(KernelPath::Auto, false, "fusion", loaded).unwrap(), None);
    }

    #[test]
    fn auto_falls_back_to_cubecl_when_the_ptx_does_not_load() {
        assert_eq!(choose(KernelPath::Auto, true, "fusion", failed).unwrap(), None);
    }

    #[test]
    fn cubecl_never_loads_the_ptx() {
        let never = || -> std::result::Result<&'static &'static str, &'static Error> {
            panic!("the PTX must not be loaded")
        };
        assert_eq!(choose(KernelPath::CubeCl, true, "fusion", never).unwrap(), None);
    }

    #[test]
    fn forced_ptx_reports_why_it_cannot_run() {
        let error = choose(KernelPath::Ptx, true, "fusion", failed).unwrap_err();
        assert!(error.to_string().contains("UNSUPPORTED_PTX_VERSION"), "{error}");
        let error = choose(KernelPath::Ptx, false, "voxelization", loaded).unwrap_err();
        assert!(matches!(error, Error::BackendUnavailable { .. }), "{error}");
        assert!(error.to_string().contains("voxelization"), "{error}");
    }
}
