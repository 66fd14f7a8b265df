#!/usr/bin/env bash
# Checks the committed PTX and cubins: regenerates them from kernels/*.cu
# (nvcc 13.0, see build-ptx.sh), fails if they differ from kernels/ptx, and
# assembles every PTX file with ptxas for its target, printing registers and
# spills per kernel.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh="$(mktemp -d)"
trap 'rm -rf "$fresh"' EXIT
NVCC_OUT="$fresh/nvcc" kernels/build-ptx.sh "$fresh"
nvcc="$(cat "$fresh/nvcc")"
rm "$fresh/nvcc"
if ! diff -r -q kernels/ptx "$fresh"; then
    echo "kernels/ptx is stale: run kernels/build-ptx.sh and commit the result" >&2
    exit 1
fi
echo "kernels/ptx (PTX and cubins) matches its sources"
ptxas="$(dirname "$nvcc")/ptxas"
for ptx in kernels/ptx/*.ptx; do
    arch="${ptx%.ptx}"
    arch="${arch##*.}"
    echo "-- $ptx ($arch)"
    "$ptxas" -arch="$arch" -v "$ptx" -o /dev/null 2>&1 |
        awk '/Compiling entry function/ { match($0, /'"'"'[^'"'"']*'"'"'/); name = substr($0, RSTART + 1, RLENGTH - 2) }
             /spill stores/ { spills = $0; sub(/^ +/, "", spills) }
             /Used [0-9]+ registers/ { match($0, /Used [0-9]+ registers/); printf "  %-18s %s, %s\n", name, substr($0, RSTART, RLENGTH), spills }'
done
