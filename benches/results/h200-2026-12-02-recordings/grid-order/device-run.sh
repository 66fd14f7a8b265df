#!/usr/bin/env bash
set -uo pipefail
python3 -m pip install -q --no-index --no-deps .devpack/wheels/*cp312*.whl .devpack/wheels/*py3-none*.whl 2>&1 | tail -2
for v in cloud_anatomy robocache; do gunzip -kf .devpack/$v.gz; chmod +x .devpack/$v; done
mkdir -p /tmp/rb "$OUT/rec"
[ -f /tmp/rb/bench-bag/metadata.yaml ] || python3 scripts/make-benchmark-bag.py /tmp/rb/bench-bag > /dev/null
for k in auto cubecl; do ROBOCACHE_KERNELS=$k .devpack/cloud_anatomy /tmp/rb/bench-bag cuda; done 2>&1 | tee "$OUT/anatomy.txt"
bag=/tmp/rb/bench-bag; grid=(--rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean)
m() { python3 benches/recordings/measure.py --name "$1" --cache "$2" -- "${@:3}" | tee -a "$OUT/rec/results.jsonl"; }
for i in 1 2 3; do
  m convert-cuda warm .devpack/robocache convert $bag "${grid[@]}" --backend cuda --out /tmp/rb/k-cuda --replace
  m convert-cpu warm .devpack/robocache convert $bag "${grid[@]}" --backend cpu --out /tmp/rb/k-cpu --replace
done
m convert-cuda@4 warm .devpack/robocache convert $bag "${grid[@]}" --backend cuda --workers 4 --out /tmp/rb/k-cuda4 --replace
python3 - <<'PY' 2>&1 | tee "$OUT/rec/compare.txt"
import pyarrow.parquet as pq, numpy as np
a = pq.read_table('/tmp/rb/k-cuda/voxels/chunk-000/file-000.parquet')
b = pq.read_table('/tmp/rb/k-cpu/voxels/chunk-000/file-000.parquet')
for c in ['coords', 'values', 'points_kept']:
    x = a.column(c).combine_chunks(); y = b.column(c).combine_chunks()
    if hasattr(x, 'flatten'): x, y = x.flatten(), y.flatten()
    x, y = np.asarray(x), np.asarray(y)
    print(c, 'equal' if x.shape == y.shape and (x == y).all() else ('max diff %g' % np.abs(x - y).max() if x.shape == y.shape else 'shapes differ'))
PY
