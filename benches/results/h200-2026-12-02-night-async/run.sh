#!/usr/bin/env bash
# Issue #12: what a call costs on each GPU path -- the PTX kernels and
# CubeCL's on CUDA, CubeCL's on wgpu (Vulkan) -- beside the PyTorch peers,
# in one device call. Run from the repository root on the GPU machine:
#   benches/results/h200-2026-12-02-night-async/run.sh BIN_DIR OUT
# BIN_DIR holds `kernels` and `conformance` (scripts/build-gpu-binaries.sh).
set -u
bin=${1:?folder with kernels and conformance}
out=${2:?output folder}
mkdir -p "$out"
# The Vulkan loader the machine lacks (../shared/GPU.md).
for f in .gl/*.deb; do dpkg -x "$f" /; done
ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
export PATH=/opt/torch/.venv/bin:$PATH
export ROBOCACHE_KITTI_SCAN=../shared/data/kitti_000008.bin
{ nvidia-smi --query-gpu=name,driver_version --format=csv,noheader; date -u; } > "$out/device.txt"
for round in 1 2; do
    timeout 150 "$bin/kernels" cuda > "$out/kernels-cuda-$round.csv" 2>&1
    timeout 150 "$bin/kernels" wgpu > "$out/kernels-wgpu-$round.csv" 2>&1
done
timeout 120 python3 ../shared/bench/peers_torch.py > "$out/peers.csv" 2>&1
timeout 150 "$bin/conformance" wgpu:: > "$out/conformance-wgpu.txt" 2>&1
tail -3 "$out/conformance-wgpu.txt"
