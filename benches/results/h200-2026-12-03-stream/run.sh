#!/usr/bin/env bash
# One device call for a context on a caller's CUDA stream (issue #12 item
# 3): its test, then the checks every execution change runs (the backend
# tests, the conformance suite on both CUDA kernel paths, the injected
# faults, compute-sanitizer memcheck over the stream test) and the calls'
# host cost with and without the stream (examples/call_anatomy.rs).
# Binaries built here with --features cuda, carried gzipped in .gpu-bin;
# OUT is the folder to write to (at most 8 files come back).
set -u
bin=$PWD/.gpu-bin
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
export PATH="$PATH:/usr/local/cuda/bin"
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
"$bin/cuda_stream" --nocapture > "$out/cuda-stream.txt" 2>&1
"$bin/backend" > "$out/backend.txt" 2>&1
for suite in cuda cuda_ptx; do
    timeout 240 "$bin/conformance" "$suite::" > "$out/conformance-$suite.txt" 2>&1
done
timeout 120 "$bin/faults" > "$out/faults.txt" 2>&1
"$bin/call_anatomy" > "$out/call-anatomy.csv" 2>> "$out/device.txt"
timeout 200 compute-sanitizer --tool memcheck "$bin/cuda_stream" > "$out/sanitizer-memcheck-cuda-stream.txt" 2>&1
date -u +%FT%TZ >> "$out/device.txt"
