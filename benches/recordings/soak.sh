#!/usr/bin/env bash
# A long convert with its memory watched: the benchmark recording, N times
# over, converted as one dataset of N episodes (one per recording, SPEC
# section 7), with the process's resident memory sampled as it runs.
#
#   benches/recordings/soak.sh ROBOCACHE BAG N OUT
#     ROBOCACHE: the robocache binary
#     BAG: a rosbag2 folder (the benchmark recording, say)
#     N: how many times it is converted, each an episode
#     OUT: where the N links to it, the dataset and rss.tsv go
#
# rss.tsv holds "seconds<TAB>resident kB" every quarter second; the last
# lines say the first and last episodes' peaks. Memory bounded by a window,
# not by the recording, stays flat from the first episode to the last.
set -euo pipefail
robocache=${1:?the robocache binary}
bag=$(cd "${2:?a rosbag2 folder}" && pwd)
n=${3:?how many episodes}
out=${4:?output folder}
mkdir -p "$out/recordings"
for i in $(seq -w 1 "$n"); do
    mkdir -p "$out/recordings/ep$i"
    for f in "$bag"/*; do ln -sfn "$f" "$out/recordings/ep$i/$(basename "$f")"; done
done
"$robocache" convert "$out/recordings" --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 \
    --voxel-mode mean --out "$out/dataset" --replace > "$out/convert.txt" 2>&1 &
pid=$!
start=$(date +%s.%N)
: > "$out/rss.tsv"
while kill -0 "$pid" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
    [ -n "$rss" ] && awk -v now="$(date +%s.%N)" -v start="$start" -v rss="$rss" \
        'BEGIN { printf "%.2f\t%s\n", now - start, rss }' >> "$out/rss.tsv"
    sleep 0.25
done
wait "$pid"
python3 - "$out/rss.tsv" "$n" <<'PY'
import sys
rows = [tuple(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
n = int(sys.argv[2])
end = rows[-1][0]
tenth = max(1, len(rows) // 10)
first, last = rows[:tenth], rows[-tenth:]
peak = lambda r: max(v for _, v in r) / 1024
print(f"{n} episodes in {end:.1f} s; peak RSS {peak(rows):.1f} MB; "
      f"first tenth of the run {peak(first):.1f} MB, last tenth {peak(last):.1f} MB")
PY
tail -n 3 "$out/convert.txt"
