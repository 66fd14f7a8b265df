#!/usr/bin/env bash
# Issue #13's benchmark: `robocache convert` of the benchmark recording to
# 50 Hz with per-frame voxelization, beside reading the file (`cat`) and
# beside the straightforward Python route (rosbags + numpy), in one run.
#
#   benches/recordings/run.sh ROBOCACHE OUT [BACKENDS]
#     ROBOCACHE: the robocache binary (cargo build --release -p robocache-cli)
#     OUT: where the bag is written (target/bench-bag, if absent) and the
#          figures go (OUT/results.jsonl, one line per run)
#     BACKENDS: convert's backends to time (default "cpu"); BACKEND@N runs
#          it with --workers N (say "cpu@4 cpu@8 cpu cuda")
#
# Each command runs REPEATS times (default 3) on a warm page cache, and
# COLD_REPEATS times (default 1) after the cache is dropped where the
# machine lets us (root). Wall, user and system seconds and the peak
# resident memory come from measure.py, the same way for every command.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
robocache=${1:?the robocache binary}
out=${2:?output folder}
backends=${3:-cpu}
repeats=${REPEATS:-3}
mkdir -p "$out"
bag="$out/bench-bag"
if [ ! -f "$bag/metadata.yaml" ]; then
    python3 "$here/../../scripts/make-benchmark-bag.py" "$bag"
fi
file=$(ls "$bag"/*.mcap)
grid=(--voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3)
results="$out/results.jsonl"
: > "$results"

# convert's arguments for a BACKENDS entry: --backend, and --workers after @.
backend_args() {
    local entry=$1
    echo --backend "${entry%@*}"
    if [[ $entry == *@* ]]; then echo --workers "${entry#*@}"; fi
}

measure() { # name cache command...
    local name=$1 cache=$2
    shift 2
    python3 "$here/measure.py" --name "$name" --cache "$cache" -- "$@" | tee -a "$results" ||
        echo "$name ($cache) failed"
}
drop_cache() { sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; }

cat "$file" > /dev/null
for _ in $(seq "$repeats"); do
    measure cat warm sh -c "cat '$file' > /dev/null"
    for backend in $backends; do
        measure "convert-$backend" warm "$robocache" convert "$bag" --rate 50 "${grid[@]}" \
            --voxel-mode mean $(backend_args "$backend") --out "$out/dataset-$backend" --replace
    done
done
measure python-route warm python3 "$here/python_route.py" "$bag" "$out/python-route.npz" \
    --rate 50 "${grid[@]}"
# Reading a cold file varies by 2x from run to run on a virtual disk, so
# the cold runs repeat too, each convert right after a cat of its own.
if drop_cache; then
    for _ in $(seq "${COLD_REPEATS:-1}"); do
        for backend in $backends; do
            drop_cache
            measure cat cold sh -c "cat '$file' > /dev/null"
            drop_cache
            measure "convert-$backend" cold "$robocache" convert "$bag" --rate 50 "${grid[@]}" \
                --voxel-mode mean $(backend_args "$backend") --out "$out/dataset-$backend" --replace
        done
    done
else
    echo "the page cache cannot be dropped here: warm runs only"
fi
echo "bag: $(du -b "$file" | cut -f1) bytes; results in $results"
