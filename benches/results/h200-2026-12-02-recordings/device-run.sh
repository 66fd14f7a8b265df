#!/usr/bin/env bash
# Issue #13 on the GPU machine: convert's workers and backends on the benchmark bag.
set -uo pipefail
nproc; python3 --version
python3 -m pip install -q --no-index --no-deps .devpack/wheels/*cp312*.whl .devpack/wheels/*py3-none*.whl 2>&1 | tail -2; python3 -c "import rosbags, numpy; print(rosbags.__file__)"
gunzip -kf .devpack/robocache.gz; chmod +x .devpack/robocache; bin=.devpack/robocache
mkdir -p /tmp/rb "$OUT/rec"
# The CUDA backend's resident floor: the bundled 4 MB recording.
: python3 benches/recordings/measure.py --name convert-small-cuda --cache warm -- $bin convert examples/recordings/arm-and-lidar --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --backend cuda --out /tmp/rb/small-cuda --replace | tee -a "$OUT/rec/floor.jsonl"
: python3 benches/recordings/measure.py --name convert-small-cpu --cache warm -- $bin convert examples/recordings/arm-and-lidar --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --backend cpu --out /tmp/rb/small-cpu --replace | tee -a "$OUT/rec/floor.jsonl"
REPEATS=2 bash benches/recordings/run.sh $bin /tmp/rb "cpu@2 cpu@3 cpu@4 cpu@6 cpu@8 cpu cuda cuda@4" 2>&1 | tail -40
cp /tmp/rb/results.jsonl "$OUT/rec/"
$bin convert /tmp/rb/bench-bag --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean --backend cuda --out /tmp/rb/ds-cuda2 --replace > "$OUT/rec/cuda-summary.txt" 2>&1
$bin convert /tmp/rb/bench-bag --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean --backend cpu --out /tmp/rb/ds-cpu2 --replace > "$OUT/rec/cpu-summary.txt" 2>&1
cmp /tmp/rb/ds-cpu2/voxels/chunk-000/file-000.parquet /tmp/rb/ds-cuda2/voxels/chunk-000/file-000.parquet > "$OUT/rec/compare.txt" 2>&1 && echo 'voxel tables: identical bytes' >> "$OUT/rec/compare.txt"
cmp /tmp/rb/ds-cpu2/data/chunk-000/file-000.parquet /tmp/rb/ds-cuda2/data/chunk-000/file-000.parquet >> "$OUT/rec/compare.txt" 2>&1 && echo 'frame tables: identical bytes' >> "$OUT/rec/compare.txt"
python3 - <<'PY' >> "$OUT/rec/compare.txt" 2>&1
import pyarrow.parquet as pq, numpy as np
a = pq.read_table('/tmp/rb/ds-cpu2/voxels/chunk-000/file-000.parquet')
b = pq.read_table('/tmp/rb/ds-cuda2/voxels/chunk-000/file-000.parquet')
print('rows', a.num_rows, b.num_rows)
for c in ['coords', 'values', 'points_kept']:
    x = a.column(c).combine_chunks(); y = b.column(c).combine_chunks()
    if hasattr(x, 'flatten'): x, y = x.flatten(), y.flatten()
    x, y = np.asarray(x), np.asarray(y)
    print(c, x.shape, y.shape, 'equal' if x.shape == y.shape and (x == y).all() else 'max diff %g' % (np.abs(x - y).max() if x.shape == y.shape else -1))
PY
cat "$OUT/rec/compare.txt"
