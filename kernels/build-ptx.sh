#!/usr/bin/env bash
# Regenerates the committed PTX (kernels/ptx/*.ptx) from the CUDA sources,
# and the SASS (kernels/ptx/*.cubin) that ptxas assembles from it: a device
# of exactly sm_80 or sm_90's family loads the cubin in milliseconds, where
# the driver needs seconds to compile the PTX the first time on a machine.
#
#   kernels/build-ptx.sh [OUT_DIR]      (default: kernels/ptx)
#
# Needs nvcc 13.0. Without one on PATH it installs the 13.0 compiler from
# the Python package index into a virtual environment (no GPU needed). Every
# package is pinned to 13.0: a newer NVVM writes PTX ISA 9.5, which the
# 13.0 driver (580) and its ptxas reject.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-kernels/ptx}"
mkdir -p "$out"

find_nvcc() {
    if [ -n "${NVCC:-}" ]; then echo "$NVCC"; return; fi
    if command -v nvcc >/dev/null && nvcc --version | grep -q "release 13.0"; then
        command -v nvcc; return
    fi
    local venv="${ROBOCACHE_NVCC_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/robocache-nvcc-13.0}"
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv" >&2
    fi
    local root
    root="$("$venv/bin/python" -c 'import nvidia, os; print(os.path.join(list(nvidia.__path__)[0], "cu13"))' 2>/dev/null || true)"
    if [ -z "$root" ] || [ ! -x "$root/bin/nvcc" ]; then
        "$venv/bin/pip" install -q "nvidia-cuda-nvcc==13.0.88" "nvidia-nvvm==13.0.*" "nvidia-cuda-crt==13.0.*" \
            "nvidia-cuda-runtime==13.0.*" "nvidia-cuda-cccl==13.0.*" >&2
        root="$("$venv/bin/python" -c 'import nvidia, os; print(os.path.join(list(nvidia.__path__)[0], "cu13"))')"
    fi
    echo "$root/bin/nvcc"
}

nvcc="$(find_nvcc)"
# For check-ptx.sh, which runs the same toolkit's ptxas.
if [ -n "${NVCC_OUT:-}" ]; then echo "$nvcc" >"$NVCC_OUT"; fi
include="$(dirname "$(dirname "$nvcc")")/include"
for source in kernels/fuse.cu kernels/voxel.cu; do
    name="$(basename "$source" .cu)"
    for arch in sm_80 sm_90; do
        # -fmad=false: SPEC's voxel expression and the lerp round without FMA.
        "$nvcc" -ptx -arch="$arch" -std=c++17 -O3 -fmad=false \
            -I"$include" -I"$include/cccl" -o "$out/$name.$arch.ptx" "$source"
        "$(dirname "$nvcc")/ptxas" -arch="$arch" -O3 -o "$out/$name.$arch.cubin" "$out/$name.$arch.ptx"
    done
done
echo "PTX and cubins written to $out" >&2
