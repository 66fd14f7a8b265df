#!/usr/bin/env bash
# Device call 2: the PTX conformance again (the relaxed sparse-mean case), the
# pillar cases at 120k points per cloud, then kernel times (Nsight Compute).
set -uo pipefail
cd "$(dirname "$0")/.."
B=/tmp/bin; rm -rf $B; mkdir -p $B; tar -xzf .devpack/bins.tgz -C $B
export ROBOCACHE_KITTI_SCAN=$PWD/.devpack/kitti_000008.bin PATH="$PATH:/usr/local/cuda/bin" RUST_BACKTRACE=1
date -u > $OUT/date.txt
timeout 100 $B/conformance cuda_ptx::voxel:: > $OUT/conformance-cuda_ptx-voxel.txt 2>&1; grep -E "FAILED|panicked|test result" $OUT/conformance-cuda_ptx-voxel.txt
for c in pillars_b64 pillars_scatter_b64; do timeout 100 $B/kernels cuda --case=$c 2>&1 | grep -v XDG; done | tee $OUT/kernels-pillars.csv
timeout 330 python3 benches/ncu_kernels.py $B/kernels cuda-cubecl detector_hard_250k detector_dynamic_250k detector_dynamic_mean_250k pillars_b64 pillars_scatter_b64 2>&1 | tee $OUT/ncu.csv
