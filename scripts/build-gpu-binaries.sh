#!/usr/bin/env bash
# Builds, with both GPU backends, the binaries scripts/gpu-run.sh runs, and
# copies them (stripped) to the folder given, for a GPU machine without Rust.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${1:?destination folder}
mkdir -p "$dest"
features=cuda,wgpu
binary() { # the executable cargo reports for a build command
    "$@" --message-format=json 2>/dev/null |
        python3 -c 'import json,sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m.get("executable"):
        print(m["executable"])' | tail -1
}
cp "$(binary cargo test --release --features $features --test conformance --no-run)" "$dest/conformance"
for harness in faults soak fuzz; do
    cp "$(binary cargo test --release --features $features --test $harness --no-run)" "$dest/$harness"
done
cp "$(binary cargo bench --features $features --bench kernels --no-run)" "$dest/kernels"
cp "$(binary cargo build --release --features $features --example episode)" "$dest/episode"
strip "$dest"/conformance "$dest"/faults "$dest"/soak "$dest"/fuzz "$dest"/kernels "$dest"/episode
ls -la "$dest"
