#!/usr/bin/env python3
"""The straightforward Python route from a bag to training data, the peer of
`robocache convert` in issue #13's benchmark: `rosbags` reads and
deserialises every message, numpy aligns the joint and IMU streams to a
fixed rate (`np.interp` per column, quaternions normalised after) and
voxelizes each cloud (`np.unique` over voxel indices, mean of each feature
with `np.bincount`), and the result is saved with `np.savez`.

    python3 benches/recordings/python_route.py target/bench-bag OUT.npz \\
        --rate 50 --voxel-size 0.2 --voxel-range=-16,-16,-3,16,16,3

It does the work `robocache convert ... --voxel-mode mean` does on the
benchmark bag: same frame grid, same voxel grid, each cloud's occupied
voxels with their point counts and mean features.
"""

import argparse
import time
from pathlib import Path

import numpy as np
from rosbags.highlevel import AnyReader
from rosbags.typesys import Stores, get_typestore

NUMPY_OF_POINTFIELD = {1: "i1", 2: "u1", 3: "i2", 4: "u2", 5: "i4", 6: "u4", 7: "f4", 8: "f8"}


def stamp(msg):
    return msg.header.stamp.sec + msg.header.stamp.nanosec * 1e-9


def cloud_points(msg):
    order = ">" if msg.is_bigendian else "<"
    dtype = np.dtype({
        "names": [f.name for f in msg.fields],
        "formats": [order + NUMPY_OF_POINTFIELD[f.datatype] for f in msg.fields],
        "offsets": [f.offset for f in msg.fields],
        "itemsize": msg.point_step,
    })
    pts = np.frombuffer(msg.data, dtype=dtype, count=msg.width * msg.height)
    xyz = np.stack([pts["x"], pts["y"], pts["z"]], axis=1).astype(np.float64)
    features = [n for n in pts.dtype.names if n not in ("x", "y", "z")]
    feats = np.stack([pts[n].astype(np.float64) for n in features], axis=1)
    finite = np.isfinite(xyz).all(axis=1)
    return xyz[finite], feats[finite]


def voxelize(xyz, feats, lo, size, dims):
    idx = np.floor((xyz - lo) / size).astype(np.int64)
    inside = ((idx >= 0) & (idx < dims)).all(axis=1)
    idx, feats = idx[inside], feats[inside]
    linear = (idx[:, 0] * dims[1] + idx[:, 1]) * dims[2] + idx[:, 2]
    voxels, inverse, counts = np.unique(linear, return_inverse=True, return_counts=True)
    means = np.stack([np.bincount(inverse, weights=feats[:, c]) for c in range(feats.shape[1])], axis=1)
    means /= counts[:, None]
    # Row-major linear indices, as robocache's voxel table stores them.
    return voxels.astype(np.uint32), counts, means.astype(np.float32)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("bag", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--rate", type=float, required=True)
    parser.add_argument("--voxel-size", type=float, required=True)
    parser.add_argument("--voxel-range", required=True)
    args = parser.parse_args()
    started = time.perf_counter()
    bounds = np.array([float(v) for v in args.voxel_range.split(",")])
    lo, hi = bounds[:3], bounds[3:]
    dims = np.round((hi - lo) / args.voxel_size).astype(np.int64)

    streams = {}  # topic -> (times, rows)
    clouds = []  # (topic, stamp, voxel indices, counts, means)
    store = get_typestore(Stores.ROS2_HUMBLE)
    with AnyReader([args.bag], default_typestore=store) as reader:
        for connection, _, raw in reader.messages():
            msg = reader.deserialize(raw, connection.msgtype)
            topic = connection.topic
            if connection.msgtype == "sensor_msgs/msg/PointCloud2":
                xyz, feats = cloud_points(msg)
                clouds.append((topic, stamp(msg), *voxelize(xyz, feats, lo, args.voxel_size, dims)))
                continue
            if connection.msgtype == "sensor_msgs/msg/JointState":
                row = np.concatenate([msg.position, msg.velocity, msg.effort])
            elif connection.msgtype == "sensor_msgs/msg/Imu":
                o, w, a = msg.orientation, msg.angular_velocity, msg.linear_acceleration
                row = np.array([o.x, o.y, o.z, o.w, w.x, w.y, w.z, a.x, a.y, a.z])
            else:
                continue
            times, rows = streams.setdefault(topic, ([], []))
            times.append(stamp(msg))
            rows.append(row)

    spans = [(min(t), max(t)) for t, _ in streams.values()]
    if clouds:
        spans.append((clouds[0][1], clouds[-1][1]))
    start = np.ceil(max(s[0] for s in spans) * args.rate) / args.rate
    end = min(s[1] for s in spans)
    grid = start + np.arange(int(np.floor((end - start) * args.rate + 1e-9)) + 1) / args.rate
    out = {"time": grid}
    for topic, (times, rows) in streams.items():
        order = np.argsort(times, kind="stable")
        t, v = np.asarray(times)[order], np.asarray(rows)[order]
        period = np.median(np.diff(t))
        fused = np.stack([np.interp(grid, t, v[:, c]) for c in range(v.shape[1])], axis=1)
        if topic == "/imu":
            fused[:, :4] /= np.linalg.norm(fused[:, :4], axis=1, keepdims=True)
        before = np.clip(np.searchsorted(t, grid, side="right") - 1, 0, len(t) - 1)
        staleness = grid - t[before]
        out[topic] = fused.astype(np.float32)
        out[topic + ".is_pad"] = staleness > 3 * period
        out[topic + ".staleness"] = staleness.astype(np.float32)
    stamps = np.array([c[1] for c in clouds])
    out["cloud_index"] = np.searchsorted(stamps, grid, side="right") - 1
    out["voxel_rows"] = np.array([len(c[3]) for c in clouds])
    out["voxel_index"] = np.concatenate([c[2] for c in clouds])
    out["voxel_counts"] = np.concatenate([c[3] for c in clouds])
    out["voxel_means"] = np.concatenate([c[4] for c in clouds])
    with open(args.out, "wb") as f:
        np.savez(f, **out)
    print(f"python route: {len(grid)} frames, {len(clouds)} clouds, "
          f"{out['voxel_rows'].sum()} voxels, {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
