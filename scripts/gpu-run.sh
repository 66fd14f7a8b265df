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

echo "== conformance on cuda"
timeout 240 "$bin/conformance" cuda:: 2>&1 | grep -v XDG_RUNTIME | tee "$out/conformance-cuda.txt" | grep -E "FAILED|panicked|test result" | head -20

echo "== kernels (robocache) and peers (PyTorch), in one run"
timeout 240 "$bin/kernels" cuda wgpu 2>&1 | grep -v XDG_RUNTIME | tee "$out/kernels.csv"
timeout 180 python3 "$peers" 2>&1 | tee "$out/peers.csv"

echo "== kernel time and DRAM traffic per case (Nsight Compute)"
export PATH="$PATH:/usr/local/cuda/bin"
if command -v ncu >/dev/null; then
    timeout 300 python3 "$(dirname "$0")/../benches/ncu_kernels.py" "$bin/kernels" cuda 2>&1 | tee "$out/ncu.csv"
    # How many output elements a fusion cube should fill: fixed sizes against
    # the default, which follows the output's size.
    for elements in 2048 4096 8192 16384; do
        echo "# ROBOCACHE_FUSE_ELEMENTS_PER_CUBE=$elements" | tee -a "$out/ncu-sweep.csv"
        ROBOCACHE_FUSE_ELEMENTS_PER_CUBE=$elements timeout 120 python3 "$(dirname "$0")/../benches/ncu_kernels.py" \
            "$bin/kernels" cuda resample_large fusion_b256 fusion_seed_b4 2>&1 | tee -a "$out/ncu-sweep.csv"
    done
else
    echo "ncu not found: kernel-only times not measured"
fi

echo "== conformance on wgpu (Vulkan)"
timeout 180 "$bin/conformance" wgpu:: 2>&1 | grep -v XDG_RUNTIME | tee "$out/conformance-wgpu.txt" | grep -E "FAILED|panicked|test result" | head -20

echo "== the main example"
timeout 60 "$bin/episode" $scan 2>&1 | grep -v XDG_RUNTIME | tee "$out/episode.txt" | tail -30
