#!/usr/bin/env bash
# Device call 4: the whole conformance suite on CUDA (both paths), the detector and
# pillar cases beside the PyTorch peers, per-kernel and per-call kernel times (ncu).
set -uo pipefail
cd "$(dirname "$0")/.."
B=/tmp/bin; rm -rf $B; mkdir -p $B; tar -xzf .devpack/bins.tgz -C $B
export ROBOCACHE_KITTI_SCAN=$PWD/.devpack/kitti_000008.bin PATH="$PATH:/usr/local/cuda/bin" RUST_BACKTRACE=1
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv | tee $OUT/device.txt; date -u | tee -a $OUT/device.txt
( timeout 150 $B/conformance cuda:: > $OUT/conformance-cuda.txt 2>&1 ) &
( timeout 150 $B/conformance cuda_ptx:: > $OUT/conformance-cuda_ptx.txt 2>&1 ) &
wait
grep -hE "FAILED|panicked|test result" $OUT/conformance-*.txt | head
export ROBOCACHE_DETECTOR_FRAME=/tmp/frame.bin
for c in detector_hard_250k detector_dynamic_250k detector_dynamic_mean_250k pillars_b64 pillars_scatter_b64; do
  timeout 90 $B/kernels cuda --case=$c 2>&1 | grep -v XDG
done | tee $OUT/kernels.csv
timeout 120 python3 benches/peers_detector.py /tmp/frame.bin 2>&1 | tee $OUT/peers-detector.csv
timeout 150 python3 benches/ncu_kernels.py $B/kernels cuda-cubecl detector_hard_250k detector_dynamic_250k detector_dynamic_mean_250k pillars_b64 pillars_scatter_b64 2>&1 | tee $OUT/ncu.csv
timeout 80 python3 .devpack/breakdown.py $B/kernels cuda-cubecl detector_hard_250k pillars_b64 > $OUT/breakdown.csv 2>&1
