#!/bin/bash
# rounds bins...
R=$1; shift
for i in $(seq $R); do
 sync; echo 3 > /proc/sys/vm/drop_caches
 c=$( { /usr/bin/time -f %e cat /work/bench/bench-bag/bench-bag.mcap > /dev/null; } 2>&1 )
 line="cat $c"
 for b in "$@"; do
  sync; echo 3 > /proc/sys/vm/drop_caches
  r=$( { /usr/bin/time -f "%e/%U/%S" $b convert /work/bench/bench-bag --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean --backend cpu --out /tmp/ds-ab --replace > /dev/null; } 2>&1 | tail -1)
  line="$line $(basename $b) $r"
 done
 echo $line
done
