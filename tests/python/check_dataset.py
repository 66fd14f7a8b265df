#!/usr/bin/env python3
"""Checks a dataset `robocache convert` wrote with readers no one here wrote.

    python3 tests/python/check_dataset.py RECORDING DATASET [--lerobot]

- pyarrow (and pandas, for `meta/tasks.parquet`, as LeRobot reads it)
  reads every parquet file; the frame count, the LeRobot columns
  and the timestamps (k / fps) match `meta/info.json`.
- rosbags reads the recording itself, and numpy's `interp` of each joint's
  position at the frame times (`time_unix`) matches the dataset's
  `observation.joint_states` (linear resampling, independently computed).
- The voxel table reads with pyarrow alone, and its coordinates lie in the
  grid.
- With `--lerobot`, lerobot's own `LeRobotDataset` loads the folder and
  gives the same frames, features and timestamps.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
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

    voxels_path = root / "voxels" / "chunk-000" / "file-000.parquet"
    if voxels_path.exists():
        voxels = pq.read_table(voxels_path)
        coords = np.concatenate([np.array(c, dtype=np.int32).reshape(-1, 3) for c in voxels["coords"].to_pylist()])
        if coords.size == 0 or coords.min() < 0:
            fail("voxel coordinates")
        cloud_index = first.column(next(c for c in first.column_names if c.endswith(".cloud_index"))).to_numpy()
        if cloud_index.max() >= voxels.num_rows:
            fail("a frame names a cloud that is not in the voxel table")
        print(f"ok: {voxels.num_rows} clouds, {len(coords)} occupied voxels")

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
