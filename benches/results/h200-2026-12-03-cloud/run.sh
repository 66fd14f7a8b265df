#!/usr/bin/env bash
# One device call: a lidar cloud's voxelization call by call on each path
# (examples/cloud_anatomy.rs), the cloud decoder alone, then the node's
# cloud path end to end (cloud_latency) and a 60-s soak on CUDA, which also
# shows whether the warm-up keeps a cold start from losing clouds; with
# CHECKS=1, first the conformance suite on both CUDA kernel paths and the
# injected faults. Binaries built here with --features cuda and carried,
# gzipped, in .gpu-bin; OUT is the folder to write to.
set -u
bin=$PWD/.gpu-bin
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
if [ "${CHECKS:-0}" = 1 ]; then
    for suite in cuda cuda_ptx; do
        timeout 240 "$bin/conformance" "$suite::" > "$out/conformance-$suite.txt" 2>&1
    done
    timeout 120 "$bin/faults" > "$out/faults.txt" 2>&1
fi
"$bin/cloud_anatomy" 300 > "$out/cloud-anatomy.csv" 2> "$out/cloud-anatomy.err"
[ -x "$bin/decode_cloud" ] && "$bin/decode_cloud" > "$out/decode-alone.txt" 2>&1
"$bin/cloud_latency" 30 120000 10 cuda > "$out/cloud-latency-30s-cuda.txt" 2>&1
ROBOCACHE_NODE_BIN="$bin/robocache-node" ROBOCACHE_NODE_SOAK_BACKEND=cuda \
    ROBOCACHE_NODE_SOAK_SECONDS=60 ROBOCACHE_NODE_SOAK_CSV="$out/soak-60s-cuda-rss.csv" \
    "$bin/soak" --nocapture > "$out/soak-60s-cuda.txt" 2>&1
date -u +%FT%TZ >> "$out/device.txt"
