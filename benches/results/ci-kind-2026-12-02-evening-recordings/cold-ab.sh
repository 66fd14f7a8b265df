#!/usr/bin/env bash
# cold.sh ROUNDS BIN... : alternates cold runs of cat and each binary's convert
rounds=$1; shift
G="--voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean"
F=$(ls /work/bench/bench-bag/*.mcap)
dc(){ sync; echo 3 > /proc/sys/vm/drop_caches; }
t(){ /usr/bin/time -f "%e %U %S %M" "$@" 2>&1 >/dev/null | tail -n1; }
for r in $(seq $rounds); do
  dc; echo "cat $(t cat $F)"
  for b in "$@"; do dc; echo "$(basename $b) $(t $b convert /work/bench/bench-bag --rate 50 $G --out /work/bench/ds-$(basename $b) --replace)"; done
done > /work/bench/ab/last.txt
python3 - <<'PY'
import collections,statistics
d=collections.defaultdict(list)
for l in open('/work/bench/ab/last.txt'):
    n,*v=l.split(); d[n].append([float(x) for x in v])
for n,rows in d.items():
    cols=list(zip(*rows))
    print(f"{n:10s} wall med {statistics.median(cols[0]):.2f} [{min(cols[0]):.2f}-{max(cols[0]):.2f}] user {statistics.median(cols[1]):.2f} sys {statistics.median(cols[2]):.2f} rss {max(cols[3])/1024:.0f}MB")
PY
