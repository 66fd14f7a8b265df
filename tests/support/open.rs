//! Opening the context a backend's suite runs on.
//!
//! A machine without a Vulkan adapter (a laptop with only Rust, a container)
//! cannot run the wgpu suite. There the suite says loudly that it did not
//! run, and passes, so that `cargo test --workspace --features wgpu` is
//! green wherever the rest is; with `ROBOCACHE_REQUIRE_WGPU=1` (as CI sets,
//! with Mesa's software Vulkan installed) a missing adapter fails instead.

use std::io::Write;
use std::sync::Once;

use robocache::Context;

/// The variable that makes a missing wgpu adapter a failure.
pub const REQUIRE_WGPU_ENV: &str = "ROBOCACHE_REQUIRE_WGPU";

/// The suite's context, or `None` when the backend has no device here and
/// the suite may be skipped.
pub fn suite_context(suite: &str, opened: robocache::Result<Context>) -> Option<Context> {
    match opened {
        Ok(context) => Some(context),
        Err(robocache::Error::BackendUnavailable { requested, .. })
            if requested == "wgpu" && std::env::var_os(REQUIRE_WGPU_ENV).is_none_or(|v| v == "0") =>
        {
            static SAID: Once = Once::new();
            SAID.call_once(|| {
                // Straight to the terminal: the test harness captures
                // `eprintln!` of passing tests.
                let _ = writeln!(
                    std::io::stderr(),
                    "\n*** the wgpu suite did NOT run: no Vulkan/Metal/DX12 adapter here \
                     (install Mesa's vulkan drivers to run it; {REQUIRE_WGPU_ENV}=1 makes this a failure) ***\n"
                );
            });
            None
        }
        Err(e) => panic!("the {suite} backend does not open: {e}"),
    }
}
