#!/usr/bin/env bash
# Runs the GPU checks and measurements on a machine with an NVIDIA GPU: the
# conformance suite on CUDA (CubeCL kernels, then PTX kernels) and on wgpu
# (Vulkan), compute-sanitizer over the PTX path, the device-timed kernel
# cases beside the PyTorch peers of ../shared/bench/peers_torch.py (so every
# ratio comes from one run), kernel times and DRAM traffic from Nsight
# Compute, and the main example.
#
# Usage: scripts/gpu-run.sh BIN_DIR OUT_DIR [PEERS_SCRIPT] [SCAN] [PARTS]
#   (BENCH_BACKENDS: the bench's backends, default "cuda wgpu")
#   BIN_DIR holds `conformance`, `faults`, `soak`, `fuzz`, `kernels` and
#   `episode`, built with `scripts/build-gpu-binaries.sh` (the GPU machine
#   may have no Rust).
#   PEERS_SCRIPT defaults to ../shared/bench/peers_torch.py; SCAN is the KITTI
#   scan for the example and the batched-scan case (default: their own
#   search). PARTS picks what to run, comma separated, of
#   conformance,faults,memcheck,racecheck,synccheck,bench,ncu,wgpu,example,soak,
#   fuzz, or checks for the first five (default: all but soak and fuzz; a device call
#   has a time limit, so a full run takes several calls).
#   soak: every path (cpu, wgpu, cuda, cuda-ptx) at once, one process each,
#   for SOAK_SECONDS (default 600), memory sampled into OUT_DIR/soak-*.csv.
#   fuzz: FUZZ_CASES cases (default 1000000) per GPU path of FUZZ_PATHS
#   (default "cuda cuda-ptx wgpu"), against the CPU, split over FUZZ_SHARDS
#   processes per path (default 4; CubeCL's CUDA path compiles a kernel for
#   most new shapes and is the slowest). Both outlast a
#   device call: start them with setsid, and collect OUT_DIR in a later call.
set -uo pipefail
bin=${1:?binary folder}
out=${2:?output folder}
peers=${3:-../shared/bench/peers_torch.py}
scan=${4:-}
parts=${5:-checks,bench,ncu,wgpu,example}
mkdir -p "$out"
export RUST_BACKTRACE=1
export PATH="$PATH:/usr/local/cuda/bin"
if [ -n "$scan" ]; then export ROBOCACHE_KITTI_SCAN="$scan"; fi
parts=${parts//checks/conformance,faults,memcheck,racecheck,synccheck}
wants() { [[ ",$parts," == *",$1,"* ]]; }
quiet() { grep --line-buffered -v XDG_RUNTIME; }

echo "== device"
nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv | tee -a "$out/device.txt"
date -u | tee -a "$out/device.txt"

if wants conformance; then
    echo "== conformance on cuda: the CubeCL kernels, then the PTX kernels"
    for suite in cuda cuda_ptx; do
        timeout 240 "$bin/conformance" "$suite::" 2>&1 | quiet | tee "$out/conformance-$suite.txt" |
            grep -E "FAILED|panicked|test result" | head -20
    done
    echo "== conformance on the PTX kernels, every count and occupancy binned"
    ROBOCACHE_PTX_VOXEL_BIN_MIN_POINTS=1 timeout 240 "$bin/conformance" cuda_ptx:: 2>&1 | quiet |
        tee "$out/conformance-cuda_ptx-binned.txt" | grep -E "FAILED|panicked|test result" | head -20
fi

if wants faults; then
    echo "== injected faults are typed errors (cuda, cuda_ptx, wgpu)"
    timeout 120 "$bin/faults" 2>&1 | quiet | tee "$out/faults.txt" | grep -E "FAILED|panicked at tests|test result" | head -20
fi

for tool in memcheck racecheck synccheck; do
    wants "$tool" || continue
    if ! command -v compute-sanitizer >/dev/null; then
        echo "compute-sanitizer not found"
        break
    fi
    echo "== compute-sanitizer $tool over the PTX path"
    # racecheck and synccheck instrument only this path's kernels: their
    # shared memory and barriers are what they check here.
    only=()
    if [ "$tool" != memcheck ]; then
        only=(--kernel-name kns=fuse_vec --kernel-name kns=voxel_ --kernel-name kns=fill_bytes)
    fi
    # Every conformance case, the property tests at 4 cases each (their
    # thousands of launches take too long under the sanitizer), with count
    # and occupancy binned, one test at a time (racecheck stalls tests that
    # launch from several threads at once); then every bench case once.
    PROPTEST_CASES=4 ROBOCACHE_PTX_VOXEL_BIN_MIN_POINTS=1 timeout 280 compute-sanitizer --tool "$tool" "${only[@]}" \
        --print-limit 20 "$bin/conformance" cuda_ptx:: --test-threads=1 \
        2>&1 | quiet | tee "$out/sanitizer-$tool-conformance.txt" | grep -E "SUMMARY|test result|FAILED" | head -5
    timeout 280 compute-sanitizer --tool "$tool" "${only[@]}" --print-limit 20 "$bin/kernels" cuda-ptx --runs=1 --warm=0 \
        2>&1 | quiet | tee "$out/sanitizer-$tool-kernels.txt" | grep -E "SUMMARY" | head -5
done

if wants bench; then
    echo "== kernels (robocache: CubeCL and PTX on CUDA, wgpu) and peers (PyTorch), in one run"
    # shellcheck disable=SC2086 # a list of backends
    frame=$(mktemp)
    ROBOCACHE_DETECTOR_FRAME="$frame" timeout 400 "$bin/kernels" ${BENCH_BACKENDS:-cuda wgpu} 2>&1 | quiet |
        tee "$out/kernels.csv"
    timeout 180 python3 "$peers" 2>&1 | tee "$out/peers.csv"
    if [ -s "$frame" ]; then
        timeout 120 python3 "$(dirname "$0")/../benches/peers_detector.py" "$frame" 2>&1 | tee "$out/peers-detector.csv"
    fi
    rm -f "$frame"
fi

if wants ncu; then
    echo "== kernel time and DRAM traffic per case (Nsight Compute)"
    if command -v ncu >/dev/null; then
        echo "case,backend,kernels_per_call,kernel_us,dram_bytes,dram_GB/s" >"$out/ncu.csv"
        for path in cuda-ptx cuda-cubecl; do
            timeout 280 python3 "$(dirname "$0")/../benches/ncu_kernels.py" "$bin/kernels" "$path" 2>&1 |
                grep -v "^case," | tee -a "$out/ncu.csv"
        done
    else
        echo "ncu not found: kernel-only times not measured"
    fi
fi

if wants wgpu; then
    echo "== conformance on wgpu (Vulkan)"
    timeout 180 "$bin/conformance" wgpu:: 2>&1 | quiet | tee "$out/conformance-wgpu.txt" |
        grep -E "FAILED|panicked|test result" | head -20
fi

if wants example; then
    echo "== the main example"
    timeout 60 "$bin/episode" $scan 2>&1 | quiet | tee "$out/episode.txt" | tail -30
fi

if wants soak || wants fuzz; then
    # The CPU path and the CPU references would otherwise take every core
    # from the processes that feed the GPU.
    pids=()
    if wants soak; then
        echo "== soak: every path at once, ${SOAK_SECONDS:-600} s"
        for path in cpu wgpu cuda cuda-ptx; do
            RAYON_NUM_THREADS=4 ROBOCACHE_SOAK_PATHS=$path ROBOCACHE_SOAK_SECONDS=${SOAK_SECONDS:-600} \
                ROBOCACHE_SOAK_CSV="$out/soak-$path.csv" "$bin/soak" 2>&1 | quiet >"$out/soak-$path.txt" &
            pids+=($!)
        done
    fi
    if wants fuzz; then
        cases=${FUZZ_CASES:-1000000}
        shards=${FUZZ_SHARDS:-4}
        echo "== fuzz: $cases cases per GPU path, against the CPU, $shards processes each"
        for path in ${FUZZ_PATHS:-cuda cuda-ptx wgpu}; do
            for ((shard = 0; shard < shards; shard++)); do
                RAYON_NUM_THREADS=1 ROBOCACHE_FUZZ_PATHS=$path ROBOCACHE_FUZZ_CASES=$((cases / shards)) \
                    ROBOCACHE_FUZZ_SEED=$((shard * cases / shards)) "$bin/fuzz" 2>&1 | quiet \
                    >"$out/fuzz-$path-$shard.txt" &
                pids+=($!)
            done
        done
    fi
    wait "${pids[@]}"
    grep -h "^soak\|^fuzz" "$out"/soak-*.txt "$out"/fuzz-*.txt 2>/dev/null
fi
