#!/usr/bin/env python3
"""Checks a dataset `robocache convert` wrote with readers no one here wrote.

    python3 tests/python/check_dataset.py RECORDING DATASET [--lerobot]

- pyarrow (and pandas, for `meta/tasks.parquet`, as LeRobot reads it)
  reads every parquet file; the frame count, the LeRobot columns
  and the timestamps (k / fps) match `meta/info.json`.
- rosbags reads the recording itself, and numpy's `interp` of each joint's
  position at the frame times (`time_unix`) matches the dataset's
  `observation.joint_states` (linear resampling, independently computed).
- The voxel table reads with pyarrow alone, and numpy, voxelizing each
  cloud rosbags reads with the grid `meta/voxels.json` describes, finds the
  same voxels (sparse layout) or the same grid (dense layout), with the same
  values: exactly for occupancy, count and max, within 1e-5 relative for
  mean (robocache's SPEC section 3).
- With `--lerobot`, lerobot's own `LeRobotDataset` loads the folder and
  gives the same frames, features and timestamps.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pyarrow.compute as pc
import pyarrow.parquet as pq


def fail(why):
    print(f"FAIL: {why}")
    sys.exit(1)


def joint_positions(recording):
    """(stamps, positions [n, joints]) of /joint_states, read by rosbags."""
    from rosbags.highlevel import AnyReader

    stamps, rows = [], []
    with AnyReader([Path(recording)]) as reader:
        connections = [c for c in reader.connections if c.topic == "/joint_states"]
        for connection, _, raw in reader.messages(connections=connections):
            msg = reader.deserialize(raw, connection.msgtype)
            stamps.append(msg.header.stamp.sec + msg.header.stamp.nanosec * 1e-9)
            rows.append(np.array(msg.position))
    order = np.argsort(stamps, kind="stable")
    return np.array(stamps)[order], np.array(rows)[order]


NUMPY_OF_POINTFIELD = {1: "i1", 2: "u1", 3: "i2", 4: "u2", 5: "i4", 6: "u4", 7: "f4", 8: "f8"}


def clouds(recording, topic):
    """[(stamp, xyz f32 [n, 3], features f32 [n, F])] of a PointCloud2
    topic read by rosbags, in stamp order, points without a finite x, y and
    z left out."""
    from rosbags.highlevel import AnyReader

    out = []
    with AnyReader([Path(recording)]) as reader:
        connections = [c for c in reader.connections if c.topic == topic]
        for connection, _, raw in reader.messages(connections=connections):
            msg = reader.deserialize(raw, connection.msgtype)
            order = ">" if msg.is_bigendian else "<"
            dtype = np.dtype({"names": [f.name for f in msg.fields],
                              "formats": [order + NUMPY_OF_POINTFIELD[f.datatype] for f in msg.fields],
                              "offsets": [f.offset for f in msg.fields], "itemsize": msg.point_step})
            rows = [np.frombuffer(bytes(msg.data[r * msg.row_step:r * msg.row_step + msg.width * msg.point_step]),
                                  dtype=dtype) for r in range(msg.height)]
            pts = np.concatenate(rows) if rows else np.zeros(0, dtype=dtype)
            xyz = np.stack([pts[a].astype(np.float32) for a in "xyz"], axis=1)
            names = [n for n in pts.dtype.names if n not in ("x", "y", "z")]
            feats = np.stack([pts[n].astype(np.float32) for n in names], axis=1) if names \
                else np.zeros((len(pts), 0), np.float32)
            finite = np.isfinite(xyz).all(axis=1)
            out.append((msg.header.stamp.sec + msg.header.stamp.nanosec * 1e-9, xyz[finite], feats[finite]))
    out.sort(key=lambda c: c[0])
    return out


def numpy_voxels(xyz, feats, meta):
    """(linear indices of the occupied voxels in row-major order, their
    values [M, K], their (x, y, z) [M, 3] in the same order), by SPEC
    section 3's formula in float32."""
    origin = np.array(meta["origin"], np.float32)
    inv = np.float32(1) / np.array(meta["voxel_size"], np.float32)
    dims = np.array(meta["dims"])
    c = np.floor((xyz - origin) * inv)
    inside = ((c >= 0) & (c < dims)).all(axis=1)
    c, feats = c[inside].astype(np.int64), feats[inside]
    linear = (c[:, 0] * dims[1] + c[:, 1]) * dims[2] + c[:, 2]
    voxels, inverse, counts = np.unique(linear, return_inverse=True, return_counts=True)
    mode = meta["mode"]
    if mode == "occupancy":
        values = np.ones((len(voxels), 1))
    elif mode == "count":
        values = counts[:, None].astype(np.float64)
    elif mode == "mean":
        values = np.stack([np.bincount(inverse, weights=feats[:, k].astype(np.float64), minlength=len(voxels))
                           for k in range(feats.shape[1])], axis=1) / counts[:, None]
    else:
        values = np.full((len(voxels), feats.shape[1]), -np.inf)
        np.maximum.at(values, inverse, feats.astype(np.float64))
    return voxels, values, np.unique(c, axis=0).reshape(-1, 3)


def check_voxels(recording, root, frames):
    meta = json.loads((root / "meta" / "voxels.json").read_text())
    # The one episode's file, found as meta/voxels.json says: its indices
    # in meta/episodes, put into the path template.
    episodes = pq.read_table(root / "meta" / "episodes" / "chunk-000" / "file-000.parquet").to_pylist()
    where = {k: episodes[0][f"voxels/{k}"] for k in ("chunk_index", "file_index")}
    table = pq.read_table(root / meta["path"].format(**where))
    dims = meta["dims"]
    total = 0
    for topic, names in meta["features"].items():
        rows = table.filter(pc.equal(table["stream"], topic))
        rows = rows.filter(pc.equal(rows["episode_index"], 0)).sort_by("cloud_index")
        expected = clouds(recording, topic)
        if rows.num_rows != len(expected):
            fail(f"{topic}: {rows.num_rows} clouds in the voxel table, rosbags reads {len(expected)}")
        width = max(len(names), 1) if meta["mode"] in ("mean", "max") else 1
        for k, (stamp, xyz, feats) in enumerate(expected):
            want_voxels, want_values, want_xyz = numpy_voxels(xyz, feats, meta)
            values = np.array(rows["values"][k].as_py(), np.float64).reshape(-1, width)
            if meta["layout"] == "sparse":
                voxels = np.array(rows["voxel_index"][k].as_py(), np.int64)
                # The way back to x, y and z that meta/voxels.json gives.
                xyz_back = np.stack(np.unravel_index(voxels, dims), axis=1).reshape(-1, 3)
                if not np.array_equal(xyz_back, want_xyz):
                    fail(f"{topic} cloud {k}: the voxel indices unravel to other voxels than numpy's")
            else:  # every voxel, the empty ones 0
                if len(values) != dims[0] * dims[1] * dims[2]:
                    fail(f"{topic} cloud {k}: {len(values)} voxels in a dense grid of {dims}")
                if meta["mode"] in ("count", "occupancy"):
                    voxels = np.nonzero(values[:, 0])[0]
                else:  # a mean or max may be 0: the empty voxels are numpy's
                    empty = np.ones(len(values), bool)
                    empty[want_voxels] = False
                    if values[empty].any():
                        fail(f"{topic} cloud {k}: an empty voxel holds a value")
                    voxels = want_voxels
                values = values[voxels]
            if not np.array_equal(voxels, want_voxels):
                fail(f"{topic} cloud {k}: {len(voxels)} voxels, numpy finds {len(want_voxels)}"
                     f" ({len(np.setxor1d(voxels, want_voxels))} differ)")
            if meta["mode"] == "mean":
                close = np.allclose(values, want_values, rtol=1e-5, atol=1e-6)
            else:
                close = np.array_equal(values, want_values)
            if not close:
                fail(f"{topic} cloud {k}: voxel values differ from numpy's")
            if abs(rows["stamp"][k].as_py() - stamp) > 1e-9:
                fail(f"{topic} cloud {k}: stamp")
            total += len(voxels)
        cloud_index = frames[f"observation.{topic.strip('/').replace('/', '.')}.cloud_index"].to_numpy()
        if cloud_index.max() >= rows.num_rows:
            fail("a frame names a cloud that is not in the voxel table")
    print(f"ok: {table.num_rows} clouds, {total} occupied voxels ({meta['layout']}, {meta['mode']}),"
          " each as numpy voxelizes rosbags' reading")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("dataset")
    parser.add_argument("--lerobot", action="store_true")
    args = parser.parse_args()
    root = Path(args.dataset)
    info = json.loads((root / "meta" / "info.json").read_text())
    if info["codebase_version"] != "v3.0":
        fail(f"codebase_version {info['codebase_version']}")
    table = pq.read_table(root / "data" / "chunk-000" / "file-000.parquet")
    frames = table.num_rows
    if frames != info["total_frames"] or frames == 0:
        fail(f"{frames} rows, info says {info['total_frames']}")
    for name in info["features"]:
        if name not in table.column_names:
            fail(f"feature {name} has no column")
    fps = info["fps"]
    frame_index = table["frame_index"].to_numpy()
    timestamps = table["timestamp"].to_numpy()
    if not np.allclose(timestamps, (frame_index / fps).astype(np.float32), atol=1e-6):
        fail("timestamps are not frame_index / fps")
    episodes = pq.read_table(root / "meta" / "episodes" / "chunk-000" / "file-000.parquet").to_pylist()
    if sum(e["length"] for e in episodes) != frames:
        fail("episode lengths do not add up to the frames")
    tasks = pq.read_table(root / "meta" / "tasks.parquet").to_pandas()
    if list(tasks["task_index"]) != list(range(len(tasks))):
        fail("task indices")

    # Linear resampling of the joints, by numpy from what rosbags read.
    first = table.filter(table["episode_index"].to_numpy() == 0)
    times = first["time_unix"].to_numpy()
    state = np.stack(first["observation.joint_states"].to_numpy(zero_copy_only=False))
    names = info["features"]["observation.joint_states"]["names"]
    stamps, positions = joint_positions(args.recording)
    worst = 0.0
    for j in range(positions.shape[1]):
        column = names.index(f"position.joint_{j}")
        want = np.interp(times, stamps, positions[:, j])
        worst = max(worst, float(np.max(np.abs(state[:, column] - want))))
    if worst > 1e-5:
        fail(f"joint positions differ from numpy's interp by {worst}")
    pad = first["observation.joint_states.is_pad"].to_numpy()
    staleness = first["observation.joint_states.staleness"].to_numpy()
    if pad.any() or not (staleness >= 0).all() or staleness.max() > 0.02:
        fail("joint states padded or stale in a recording without gaps")
    print(f"ok: {frames} frames at {fps} Hz, joints within {worst:.2e} of numpy.interp on rosbags' reading")

    if (root / "meta" / "voxels.json").exists():
        check_voxels(args.recording, root, first)

    if args.lerobot:
        from lerobot.datasets.lerobot_dataset import LeRobotDataset

        dataset = LeRobotDataset("local/robocache-check", root=root)
        if len(dataset) != frames or dataset.num_episodes != len(episodes):
            fail(f"LeRobotDataset has {len(dataset)} frames and {dataset.num_episodes} episodes")
        item = dataset[frames - 1]
        if abs(float(item["timestamp"]) - float(timestamps[-1])) > 1e-6:
            fail("LeRobotDataset's last timestamp")
        got = item["observation.joint_states"].numpy()
        if not np.allclose(got, state[-1] if len(episodes) == 1 else got):
            fail("LeRobotDataset's last joint state")
        print(f"ok: LeRobotDataset loads {len(dataset)} frames, {dataset.num_episodes} episodes, fps {dataset.fps}")


if __name__ == "__main__":
    main()
