#!/usr/bin/env bash
# Runs the GPU checks and measurements in one go on a machine with an NVIDIA
# GPU: the conformance suite on CUDA and on wgpu (Vulkan), the device-timed
# kernel cases, the PyTorch peers of ../shared/bench/peers_torch.py (so every
# ratio comes from one run), and the main example.
#
# Usage: scripts/gpu-run.sh BIN_DIR OUT_DIR [PEERS_SCRIPT] [SCAN]
#   BIN_DIR holds `conformance`, `kernels` and `episode`, built with
#   `scripts/build-gpu-binaries.sh` (the GPU machine may have no Rust).
#   PEERS_SCRIPT defaults to ../shared/bench/peers_torch.py; SCAN is a KITTI
#   scan for the example (default: the example's own search).
set -uo pipefail
bin=${1:?binary folder}
out=${2:?output folder}
peers=${3:-../shared/bench/peers_torch.py}
scan=${4:-}
mkdir -p "$out"
export RUST_BACKTRACE=1

echo "== device"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv | tee "$out/device.txt"
date -u | tee -a "$out/device.txt"

echo "== conformance on cuda: the CubeCL kernels, then the PTX kernels"
timeout 240 "$bin/conformance" cuda:: 2>&1 | grep -v XDG_RUNTIME | tee "$out/conformance-cuda.txt" | grep -E "FAILED|panicked|test result" | head -20
timeout 240 "$bin/conformance" cuda_ptx:: 2>&1 | grep -v XDG_RUNTIME | tee "$out/conformance-cuda-ptx.txt" | grep -E "FAILED|panicked|test result" | head -20

echo "== compute-sanitizer (memcheck, racecheck) over the PTX path"
export PATH="$PATH:/usr/local/cuda/bin"
if command -v compute-sanitizer >/dev/null; then
    for tool in memcheck racecheck; do
        # The example-based and error cases (the property tests' thousands of
        # launches take too long under the sanitizer), then every bench case once.
        timeout 300 compute-sanitizer --tool "$tool" --print-limit 20 "$bin/conformance" cuda_ptx:: --skip properties \
            2>&1 | grep -v XDG_RUNTIME | tee "$out/sanitizer-$tool-conformance.txt" | grep -E "ERROR SUMMARY|test result|FAILED" | head -5
        timeout 300 compute-sanitizer --tool "$tool" --print-limit 20 "$bin/kernels" cuda-ptx --runs=1 --warm=0 \
            2>&1 | grep -v XDG_RUNTIME | tee "$out/sanitizer-$tool-kernels.txt" | grep -E "ERROR SUMMARY" | head -5
    done
else
    echo "compute-sanitizer not found"
fi

echo "== kernels (robocache) and peers (PyTorch), in one run"
timeout 400 "$bin/kernels" cuda wgpu 2>&1 | grep -v XDG_RUNTIME | tee "$out/kernels.csv"
timeout 180 python3 "$peers" 2>&1 | tee "$out/peers.csv"

echo "== kernel time and DRAM traffic per case (Nsight Compute)"
export PATH="$PATH:/usr/local/cuda/bin"
if command -v ncu >/dev/null; then
    for path in cuda-ptx cuda-cubecl; do
        timeout 400 python3 "$(dirname "$0")/../benches/ncu_kernels.py" "$bin/kernels" "$path" 2>&1 | tee -a "$out/ncu.csv"
    done
else
    echo "ncu not found: kernel-only times not measured"
fi

echo "== conformance on wgpu (Vulkan)"
timeout 180 "$bin/conformance" wgpu:: 2>&1 | grep -v XDG_RUNTIME | tee "$out/conformance-wgpu.txt" | grep -E "FAILED|panicked|test result" | head -20

echo "== the main example"
timeout 60 "$bin/episode" $scan 2>&1 | grep -v XDG_RUNTIME | tee "$out/episode.txt" | tail -30
