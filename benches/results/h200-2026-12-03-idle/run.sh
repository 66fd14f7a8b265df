#!/usr/bin/env bash
# One device call: does a host that idles 100 ms between clouds (a node's
# pace at 10 Hz) run a cloud's steps slower than back to back? The cloud
# decoder alone (decode_cloud) and a cloud's voxelization call by call
# (examples/cloud_anatomy.rs, CUDA and CPU), each back to back and after
# 100 ms idle. Binaries built here, carried gzipped in .gpu-bin/idle; OUT
# is the folder to write to.
set -u
bin=$PWD/.gpu-bin/idle
out=${OUT:?the folder to write to}
gunzip -f "$bin"/*.gz 2>/dev/null; chmod +x "$bin"/*
nvidia-smi --query-gpu=name,driver_version --format=csv,noheader > "$out/device.txt"
lscpu | grep -E "^Model name|^CPU\(s\)|MHz" >> "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
{ "$bin/decode_cloud"; "$bin/decode_cloud" 100; "$bin/decode_cloud"; "$bin/decode_cloud" 100; } > "$out/decode.txt" 2>&1
"$bin/cloud_anatomy" 60 > "$out/cloud-anatomy-back-to-back.csv" 2>> "$out/device.txt"
"$bin/cloud_anatomy" 60 100 > "$out/cloud-anatomy-idle-100ms.csv" 2>> "$out/device.txt"
date -u +%FT%TZ >> "$out/device.txt"
