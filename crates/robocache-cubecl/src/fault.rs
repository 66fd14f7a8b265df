//! Faults injected on purpose, so that tests can show each one reaching the
//! caller as a typed error (see `Gpu::with_injected_fault`).

use cubecl::prelude::*;

/// A fault that every submission of a GPU context meets before its work.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InjectedFault {
    /// A kernel whose expansion panics on CubeCL's device thread, as a
    /// kernel configuration that cannot expand would.
    UnexpandableKernel,
    /// An allocation larger than the device, asked of CubeCL's memory pool
    /// directly (past robocache's own capacity check), as when memory runs
    /// out between the check and the allocation.
    AllocationBeyondDevice,
}

/// A kernel that cannot expand: its expansion, on CubeCL's device thread,
/// panics.
#[cube(launch_unchecked)]
pub(crate) fn unexpandable_kernel(out: &mut Array<u32>) {
    let word = comptime![fail_to_expand()];
    out[0] = word;
}

fn fail_to_expand() -> u32 {
    panic!("an injected fault: this kernel cannot expand")
}
