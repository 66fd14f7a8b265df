"""PyTorch peers of the detector cases of `benches/kernels.rs` (issue 16), at
the same shapes and on the same points: hard voxelization (P = 10,
M = 60 000) and dynamic voxelization with a mean, of 250k points at 0.1 m
over +-51.2 m x +-51.2 m x 8 m, written with `unique`, `scatter_reduce` and a
stable sort the way detector code bases do.

Usage: python3 benches/peers_detector.py FRAME
FRAME: the points the bench voxelized, as `[N, 4]` f32 (x, y, z, intensity),
written by `ROBOCACHE_DETECTOR_FRAME=FRAME kernels --case=detector_hard_250k`.
Prints CSV: case,impl,ms,voxels,points_kept,note (median of CUDA-event
timings after warm-up, each call ending when its outputs are ready).
PEERS_DEVICE=cpu runs the same code on the CPU (wall-clock timings), to
check the script on a machine without a GPU.
"""
import os
import sys
import time

import numpy as np
import torch

DEV = os.environ.get("PEERS_DEVICE", "cuda")
ORIGIN = (-51.2, -51.2, -5.0)
SIZE = 0.1
DIMS = (1024, 1024, 80)
P, M = 10, 60_000


def bench(fn, warm=5, reps=30):
    for _ in range(warm):
        fn()
    if DEV == "cpu":
        times = []
        for _ in range(reps):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) * 1e3)
        times.sort()
        return times[len(times) // 2]
    torch.cuda.synchronize()
    times = []
    for _ in range(reps):
        start = torch.cuda.Event(enable_timing=True)
        end = torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end))
    times.sort()
    return times[len(times) // 2]


def voxel_keys(xyz):
    """Each point's voxel (x, y, z) and linear key; -1 for points outside."""
    origin = torch.tensor(ORIGIN, device=DEV)
    dims = torch.tensor(DIMS, device=DEV)
    # SPEC section 3's formula, so the kept points match robocache's.
    inverse = torch.tensor(1.0, device=DEV) / torch.tensor(SIZE, device=DEV)
    cell = torch.floor((xyz - origin) * inverse).long()
    inside = ((cell >= 0) & (cell < dims)).all(1)
    key = (cell[:, 2] * DIMS[1] + cell[:, 1]) * DIMS[0] + cell[:, 0]
    return cell, torch.where(inside, key, -1)


def hard_voxelize(xyz, feats):
    """mmcv's deterministic semantics: voxels in the order of their first
    point, each voxel's first P points in input order, at most M voxels."""
    cell, key = voxel_keys(xyz)
    point = torch.nonzero(key >= 0).squeeze(1)
    uniq, inverse = torch.unique(key[point], return_inverse=True)
    voxels = uniq.numel()
    first = torch.full((voxels,), key.numel(), device=DEV, dtype=torch.long)
    first = first.scatter_reduce(0, inverse, point, "amin")
    order = torch.argsort(first, stable=True)
    row_of = torch.empty_like(order)
    row_of[order] = torch.arange(voxels, device=DEV)
    row = row_of[inverse]
    by_row = torch.argsort(row, stable=True)  # points stay in input order within a row
    sorted_row = row[by_row]
    counts = torch.bincount(row, minlength=voxels)
    starts = torch.cumsum(counts, 0) - counts
    slot = torch.arange(sorted_row.numel(), device=DEV) - starts[sorted_row]
    keep = (slot < P) & (sorted_row < M)
    kept = min(voxels, M)
    out = torch.zeros(kept, P, 3 + feats.shape[1], device=DEV)
    source = point[by_row[keep]]
    out[sorted_row[keep], slot[keep]] = torch.cat([xyz[source], feats[source]], 1)
    coords = cell[first[order[:kept]]].int()
    num_points = counts[:kept].clamp(max=P).int()  # counts are per row
    return out, coords, num_points


def dynamic_voxelize(xyz):
    """The point-to-voxel map and the unique voxels (in key order, as
    `unique` gives them), with counts."""
    cell, key = voxel_keys(xyz)
    inside = key >= 0
    uniq, inverse = torch.unique(key[inside], return_inverse=True)
    point_to_voxel = torch.full_like(key, -1)
    point_to_voxel[inside] = inverse
    counts = torch.bincount(inverse, minlength=uniq.numel())
    return point_to_voxel, uniq, counts


def dynamic_mean(xyz, feats):
    """The field's scatter mean (atomics: sums in no fixed order)."""
    point_to_voxel, uniq, _ = dynamic_voxelize(xyz)
    inside = point_to_voxel >= 0
    out = torch.zeros(uniq.numel(), feats.shape[1], device=DEV)
    index = point_to_voxel[inside].unsqueeze(1).expand(-1, feats.shape[1])
    return out.scatter_reduce(0, index, feats[inside], "mean", include_self=False)


def dynamic_mean_sorted(xyz, feats):
    """A deterministic mean: a stable sort by voxel, then segment sums."""
    point_to_voxel, uniq, counts = dynamic_voxelize(xyz)
    inside = torch.nonzero(point_to_voxel >= 0).squeeze(1)
    order = torch.argsort(point_to_voxel[inside], stable=True)
    sums = torch.segment_reduce(feats[inside[order]], "sum", lengths=counts)
    return sums / counts.unsqueeze(1)


def main():
    frame = torch.from_numpy(np.fromfile(sys.argv[1], dtype=np.float32).reshape(-1, 4)).to(DEV)
    xyz, feats = frame[:, :3].contiguous(), frame[:, 3:].contiguous()
    print("case,impl,ms,voxels,points_kept,note", flush=True)
    _, _, num_points = hard_voxelize(xyz, feats)
    ms = bench(lambda: hard_voxelize(xyz, feats))
    print(f"detector_hard_250k,torch,{ms:.4f},{num_points.numel()},{int(num_points.sum())},deterministic", flush=True)
    point_to_voxel, uniq, _ = dynamic_voxelize(xyz)
    kept = int((point_to_voxel >= 0).sum())
    ms = bench(lambda: dynamic_voxelize(xyz))
    print(f"detector_dynamic_250k,torch,{ms:.4f},{uniq.numel()},{kept},unique", flush=True)
    ms = bench(lambda: dynamic_mean(xyz, feats))
    print(f"detector_dynamic_mean_250k,torch,{ms:.4f},{uniq.numel()},{kept},scatter_reduce (atomics)", flush=True)
    ms = bench(lambda: dynamic_mean_sorted(xyz, feats))
    print(f"detector_dynamic_mean_250k,torch-sorted,{ms:.4f},{uniq.numel()},{kept},stable sort + segment_reduce",
          flush=True)


if __name__ == "__main__":
    main()
