#!/bin/bash
# cold A/B: rounds of (cat, each binary), each after dropping the cache
B=/work/bench/bench-bag; F=$B/bench-bag.mcap
G="--voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean"
drop() { sync; echo 3 > /proc/sys/vm/drop_caches; }
for r in $(seq $1); do
  drop; /usr/bin/time -f "%e" -o /tmp/t sh -c "cat $F > /dev/null"; line="cat $(cat /tmp/t)"
  shift_bins="${@:2}"
  for bin in $shift_bins; do drop; rm -rf /tmp/oab; /usr/bin/time -f "%e" -o /tmp/t /work/bench/$bin convert $B --rate 50 $G --out /tmp/oab --backend cpu >/dev/null 2>&1; line="$line $bin $(cat /tmp/t)"; done
  echo $line
done
