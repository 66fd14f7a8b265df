#!/usr/bin/env bash
# One device call: the library's soak on both CUDA kernel paths at once for
# SOAK_SECONDS (default 180), beside fuzz cases of each CUDA path against
# the CPU, after the uploads moved to pinned staging memory (888a3ff).
# Binaries built here with --features cuda, carried gzipped in .gpu-bin.
set -u
bin=$PWD/.gpu-bin
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
pids=()
for path in cuda cuda-ptx; do
    RAYON_NUM_THREADS=4 ROBOCACHE_SOAK_PATHS=$path ROBOCACHE_SOAK_SECONDS=${SOAK_SECONDS:-180} \
        ROBOCACHE_SOAK_CSV="$out/soak-$path.csv" "$bin/soak" > "$out/soak-$path.txt" 2>&1 &
    pids+=($!)
    RAYON_NUM_THREADS=1 ROBOCACHE_FUZZ_PATHS=$path ROBOCACHE_FUZZ_CASES=${FUZZ_CASES:-3000} \
        timeout 230 "$bin/fuzz" > "$out/fuzz-$path.txt" 2>&1 &
    pids+=($!)
done
wait "${pids[@]}"
date -u +%FT%TZ >> "$out/device.txt"
