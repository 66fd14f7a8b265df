#!/usr/bin/env bash
# One device call for point records unpacked on the device
# (`Context::unpack_points`, the ROS 2 node's cloud path since it reads
# clouds as records): the conformance suite on CUDA (PTX and CubeCL
# kernels) and on wgpu (Vulkan); records voxelized against decoded clouds
# on every backend (crates/robocache-frames/tests/records.rs); a cloud's
# voxelization call by call, back to back and after 100 ms idle
# (examples/cloud_anatomy.rs); and the node's cloud path end to end
# (cloud_latency, 30 s of 120k-point clouds at 10 Hz, CUDA). Binaries built
# here with --features cuda,wgpu (`cargo test --release --test conformance
# --no-run`, `cargo build --release --example cloud_anatomy`, `cargo build
# --release -p robocache-ros2 --example cloud_latency`, `cargo test
# --release -p robocache-frames --features robocache/cuda,robocache/wgpu
# --test records --no-run`), stripped, carried gzipped in .gpu-bin/records, and
# the Vulkan loader in .gl (../shared/GPU.md); OUT is the folder to write
# to.
set -u
bin=$PWD/.gpu-bin/records
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
for f in .gl/*.deb; do dpkg -x "$f" /; done
ldconfig
export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
for suite in cuda cuda_ptx wgpu; do
    timeout 240 "$bin/conformance" "$suite::" > "$out/conformance-$suite.txt" 2>&1
done
timeout 120 "$bin/frames_records" --nocapture > "$out/frames-records.txt" 2>&1
"$bin/cloud_anatomy" 100 > "$out/cloud-anatomy-back-to-back.csv" 2>> "$out/device.txt"
"$bin/cloud_anatomy" 60 100 > "$out/cloud-anatomy-idle-100ms.csv" 2>> "$out/device.txt"
"$bin/cloud_latency" 30 120000 10 cuda > "$out/cloud-latency-30s-cuda.txt" 2>&1
date -u +%FT%TZ >> "$out/device.txt"
