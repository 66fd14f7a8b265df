#!/usr/bin/env bash
# Writes shaders/ (or, with --check, checks that it is current): the WGSL
# that CubeCL generates for each kernel configuration the conformance
# suite's fixed cases run on wgpu, one file per configuration. The property
# tests, whose shapes are random, are left out: they would add a different
# handful of configurations every run.
#
#   scripts/shaders.sh [--check]
#
# Needs a Vulkan adapter (CI's is Mesa's llvmpipe, which wrote the committed
# files). Builds the conformance suite as the README's test command does
# (`--workspace`, so the same features), so after it this only runs it.
set -euo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
out=$(mktemp -d)
trap 'rm -rf "$log" "$out"' EXIT
CUBECL_DEBUG_LOG="$log" ROBOCACHE_REQUIRE_WGPU=1 NODEVICE_SELECT=1 \
    cargo test --workspace --features wgpu --test conformance -- wgpu:: --skip properties >/dev/null
python3 scripts/shaders-from-log.py "$log" "$out"
if [ "${1:-}" = --check ]; then
    if ! diff -r --exclude=README.md shaders "$out"; then
        echo "shaders/ is not what the kernels generate: run scripts/shaders.sh and commit the result" >&2
        exit 1
    fi
    echo "shaders/ is current"
else
    mkdir -p shaders
    find shaders -name '*.wgsl' -delete
    cp "$out"/*.wgsl shaders/
    echo "wrote $(ls shaders/*.wgsl | wc -l) shaders"
fi
