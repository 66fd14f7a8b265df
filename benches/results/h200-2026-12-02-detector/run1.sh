#!/usr/bin/env bash
# Device call 1: conformance on CUDA (both paths, in parallel), then the detector/pillar
# and dense mean/max bench cases with the detector frame, then the PyTorch detector peers.
set -uo pipefail
cd "$(dirname "$0")/.."
B=/tmp/bin; mkdir -p $B; tar -xzf .devpack/bins.tgz -C $B
export ROBOCACHE_KITTI_SCAN=$PWD/.devpack/kitti_000008.bin RUST_BACKTRACE=1
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv | tee $OUT/device.txt; date -u | tee -a $OUT/device.txt
( timeout 280 $B/conformance cuda:: > $OUT/conformance-cuda.txt 2>&1 ) &
( timeout 280 $B/conformance cuda_ptx:: > $OUT/conformance-cuda_ptx.txt 2>&1 ) &
wait
grep -hE "FAILED|panicked|test result" $OUT/conformance-*.txt | head -30
export ROBOCACHE_DETECTOR_FRAME=/tmp/frame.bin
for c in detector_hard_250k detector_dynamic_250k detector_dynamic_mean_250k pillars_b64 pillars_scatter_b64 voxel_mean_f8_N10000000 voxel_max_f8_N10000000; do
  timeout 90 $B/kernels cuda --case=$c 2>&1 | grep -v XDG
done | tee $OUT/kernels.csv
timeout 120 python3 benches/peers_detector.py /tmp/frame.bin 2>&1 | tee $OUT/peers-detector.csv
