#!/usr/bin/env bash
# Issue #13 on the GPU machine: convert on CUDA with clouds batched per call (new) against one per call (old).
set -uo pipefail
nproc
python3 -m pip install -q --no-index --no-deps .devpack/wheels/*cp312*.whl .devpack/wheels/*py3-none*.whl 2>&1 | tail -2
for v in robocache robocache-old; do gunzip -kf .devpack/$v.gz; chmod +x .devpack/$v; done
mkdir -p /tmp/rb "$OUT/rec"
[ -f /tmp/rb/bench-bag/metadata.yaml ] || python3 scripts/make-benchmark-bag.py /tmp/rb/bench-bag > /dev/null
bag=/tmp/rb/bench-bag; file=$(ls $bag/*.mcap); cat "$file" > /dev/null
grid=(--rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3 --voxel-mode mean)
m() { python3 benches/recordings/measure.py --name "$1" --cache "$2" -- "${@:3}" | tee -a "$OUT/rec/results.jsonl"; }
for i in 1 2 3; do
  m convert-cuda-batched warm .devpack/robocache convert $bag "${grid[@]}" --backend cuda --out /tmp/rb/new-cuda --replace
  m convert-cuda-one-per-call warm .devpack/robocache-old convert $bag "${grid[@]}" --backend cuda --out /tmp/rb/old-cuda --replace
  m convert-cpu warm .devpack/robocache convert $bag "${grid[@]}" --backend cpu --out /tmp/rb/new-cpu --replace
done
m convert-cuda-batched@4 warm .devpack/robocache convert $bag "${grid[@]}" --backend cuda --workers 4 --out /tmp/rb/new-cuda4 --replace
sync; echo 3 > /proc/sys/vm/drop_caches; m cat cold cat "$file"
sync; echo 3 > /proc/sys/vm/drop_caches; m convert-cuda-batched cold .devpack/robocache convert $bag "${grid[@]}" --backend cuda --out /tmp/rb/new-cuda --replace
{
v=voxels/chunk-000/file-000.parquet; d=data/chunk-000/file-000.parquet
cmp /tmp/rb/new-cuda/$v /tmp/rb/old-cuda/$v && echo "voxel tables, CUDA batched against one per call: identical bytes"
cmp /tmp/rb/new-cuda/$d /tmp/rb/old-cuda/$d && echo "frame tables, CUDA batched against one per call: identical bytes"
cmp /tmp/rb/new-cuda/$d /tmp/rb/new-cpu/$d && echo "frame tables, CUDA against CPU: identical bytes"
python3 - <<'PY'
import pyarrow.parquet as pq, numpy as np
for other in ['old-cuda', 'new-cpu', 'new-cuda4']:
    a = pq.read_table('/tmp/rb/new-cuda/voxels/chunk-000/file-000.parquet')
    b = pq.read_table(f'/tmp/rb/{other}/voxels/chunk-000/file-000.parquet')
    out = [f'batched CUDA against {other}: rows {a.num_rows} {b.num_rows}']
    for c in ['coords', 'values', 'points_kept', 'points_dropped', 'stamp']:
        x = a.column(c).combine_chunks(); y = b.column(c).combine_chunks()
        if hasattr(x, 'flatten'): x, y = x.flatten(), y.flatten()
        x, y = np.asarray(x), np.asarray(y)
        same = x.shape == y.shape and (x == y).all()
        out.append(f'{c} ' + ('equal' if same else ('max diff %g, %d of %d differ' % (np.abs(x - y).max(), (x != y).sum(), x.size) if x.shape == y.shape else 'shapes differ')))
    print('; '.join(out))
PY
} > "$OUT/rec/compare.txt" 2>&1
cat "$OUT/rec/compare.txt"; tail -3 /dev/null
