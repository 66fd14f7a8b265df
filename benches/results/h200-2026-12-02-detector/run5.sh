#!/usr/bin/env bash
set -uo pipefail
cd "$(dirname "$0")/.."
B=/tmp/bin; rm -rf $B; mkdir -p $B; tar -xzf .devpack/bins.tgz -C $B
export ROBOCACHE_KITTI_SCAN=$PWD/.devpack/kitti_000008.bin PATH="$PATH:/usr/local/cuda/bin" RUST_BACKTRACE=1
date -u > $OUT/device.txt
for s in cuda cuda_ptx; do timeout 100 $B/conformance $s::detector:: $s::voxel:: > $OUT/conformance-$s.txt 2>&1; done
grep -hE "FAILED|panicked|test result" $OUT/conformance-*.txt | head
for c in detector_hard_250k pillars_b64; do timeout 60 $B/kernels cuda --case=$c 2>&1 | grep -v XDG; done | tee $OUT/kernels.csv
timeout 120 python3 benches/ncu_kernels.py $B/kernels cuda-cubecl detector_hard_250k pillars_b64 2>&1 | tee $OUT/ncu.csv
timeout 60 python3 .devpack/breakdown.py $B/kernels cuda-cubecl pillars_b64 > $OUT/breakdown.csv 2>&1
