#!/usr/bin/env bash
# Device calls for CUDA uploads through robocache's own page-locked staging
# buffers (crates/robocache-cubecl/src/staging.rs). `run.sh checks`: the
# conformance suite on both CUDA kernel paths, the injected faults, the
# stream and wrapped-memory tests. `run.sh cloud`: a lidar cloud's
# voxelization call by call (examples/cloud_anatomy.rs, twice) and the
# node's cloud path end to end (cloud_latency, 30 s on CUDA). `run.sh soak`:
# the library's soak on both CUDA paths with a fuzz pass beside each, and
# the node's 60-s soak on CUDA. Binaries built here with --features
# cuda,wgpu, carried gzipped in .gpu-bin/PART; OUT is the folder to write to.
set -u
part=${1:?checks, cloud or soak}
bin=$PWD/.gpu-bin/$part
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
case $part in
checks)
    for suite in cuda cuda_ptx; do
        timeout 240 "$bin/conformance" "$suite::" > "$out/conformance-$suite.txt" 2>&1
    done
    timeout 120 "$bin/faults" > "$out/faults.txt" 2>&1
    { "$bin/cuda_wrap" --test-threads=1; "$bin/cuda_stream"; } > "$out/tests.txt" 2>&1
    ;;
cloud)
    for round in 1 2; do
        "$bin/cloud_anatomy" 300 > "$out/cloud-anatomy-$round.csv" 2>> "$out/device.txt"
    done
    "$bin/cloud_latency" 30 120000 10 cuda > "$out/cloud-latency-30s-cuda.txt" 2>&1
    ;;
soak)
    pids=()
    for path in cuda cuda-ptx; do
        RAYON_NUM_THREADS=4 ROBOCACHE_SOAK_PATHS=$path ROBOCACHE_SOAK_SECONDS=${SOAK_SECONDS:-150} \
            "$bin/soak" > "$out/soak-$path.txt" 2>&1 &
        pids+=($!)
        RAYON_NUM_THREADS=1 ROBOCACHE_FUZZ_PATHS=$path ROBOCACHE_FUZZ_CASES=${FUZZ_CASES:-2000} \
            timeout 200 "$bin/fuzz" > "$out/fuzz-$path.txt" 2>&1 &
        pids+=($!)
    done
    ROBOCACHE_NODE_BIN="$bin/robocache-node" ROBOCACHE_NODE_SOAK_BACKEND=cuda \
        ROBOCACHE_NODE_SOAK_SECONDS=60 "$bin/node_soak" --nocapture > "$out/node-soak-60s-cuda.txt" 2>&1
    wait "${pids[@]}"
    ;;
esac
date -u +%FT%TZ >> "$out/device.txt"
