#!/usr/bin/env bash
# One device call for memory the caller owns, wrapped without a copy
# (issue #12 item 3, Context::wrap_cuda_memory): its tests, compute-sanitizer
# memcheck and synccheck over them, the caller's-stream test again (its
# submissions changed: the thread's stream is resolved once), the
# conformance suite on both CUDA kernel paths, and the calls' host cost
# with wrapped inputs (examples/call_anatomy.rs, twice).
# Binaries built here with --features cuda,wgpu, carried gzipped in
# .gpu-bin; OUT is the folder to write to (at most 8 files come back).
# Two device calls, each within the 10-minute limit: `run.sh checks`, then
# `run.sh sanitizer`.
set -u
part=${1:?checks or sanitizer}
bin=$PWD/.gpu-bin
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
export PATH="$PATH:/usr/local/cuda/bin"
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
if [ "$part" = checks ]; then
{
    "$bin/cuda_wrap" --test-threads=1
    "$bin/cuda_stream" --nocapture
} > "$out/tests.txt" 2>&1
for suite in cuda cuda_ptx; do
    timeout 240 "$bin/conformance" "$suite::" > "$out/conformance-$suite.txt" 2>&1
done
for round in 1 2; do
    "$bin/call_anatomy" > "$out/call-anatomy-$round.csv" 2>> "$out/device.txt"
done
fi
if [ "$part" = sanitizer ]; then
for tool in memcheck synccheck; do
    timeout 150 compute-sanitizer --tool $tool "$bin/cuda_wrap" --test-threads=1 \
        > "$out/sanitizer-$tool-cuda-wrap.txt" 2>&1
done
fi
date -u +%FT%TZ >> "$out/device.txt"
