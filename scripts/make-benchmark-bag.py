#!/usr/bin/env python3
"""Writes the benchmark recording of issue #13 with Python's `rosbags` (not
our writer): 60 s of a 10 Hz lidar of 120k points, 500 Hz joint states and a
400 Hz IMU, rosbag2 in MCAP storage, about 1.2 GB.

    pip install rosbags==0.11.9 numpy
    python3 scripts/make-benchmark-bag.py target/bench-bag        # 60 s
    python3 scripts/make-benchmark-bag.py target/bench-bag --seconds 5

Messages are written in log-time order as they are made, so the script
needs memory for one cloud, not for the bag. The lidar sees a ring of walls
and a floor; 1 point in 37 has no return (NaN), as a real sensor's do.
"""

import argparse
import math
import shutil
from pathlib import Path

import numpy as np
from rosbags.rosbag2 import StoragePlugin, Writer
from rosbags.typesys import Stores, get_typestore

TS = get_typestore(Stores.ROS2_HUMBLE)
T = TS.types
START_NS = 1_700_000_000_000_000_000
JOINTS = [f"joint_{i}" for i in range(7)]
POINT = np.dtype([("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("intensity", "<f4")])


def header(ns, frame):
    stamp = T["builtin_interfaces/msg/Time"](sec=ns // 1_000_000_000, nanosec=ns % 1_000_000_000)
    return T["std_msgs/msg/Header"](stamp=stamp, frame_id=frame)


def ticks(topic, hz, seconds, rng):
    """(log time, stamp, topic) per message: stamps on the rate with 0.2 ms
    jitter, logged 1-4 ms later."""
    n = int(seconds * hz)
    stamps = START_NS + (np.arange(n) * (1e9 / hz)).astype(np.int64) + rng.integers(-200_000, 200_000, n)
    logs = stamps + rng.integers(1_000_000, 4_000_000, n)
    return [(int(log), int(s), topic) for log, s in zip(logs, stamps)]


def joint_state(ns, rng):
    t = (ns - START_NS) * 1e-9
    return T["sensor_msgs/msg/JointState"](
        header=header(ns, "arm"), name=JOINTS,
        position=np.array([0.3 * math.sin(0.5 * t * (i + 1) + i) for i in range(7)]),
        velocity=np.array([0.15 * (i + 1) * math.cos(0.5 * t * (i + 1) + i) for i in range(7)]),
        effort=rng.normal(0, 0.1, 7))


def imu(ns, rng):
    t = (ns - START_NS) * 1e-9
    yaw = 0.2 * t
    V3, Q = T["geometry_msgs/msg/Vector3"], T["geometry_msgs/msg/Quaternion"]
    g = rng.normal(0, 0.01, 2)
    a = rng.normal(0, 0.05, 1)
    return T["sensor_msgs/msg/Imu"](
        header=header(ns, "imu"), orientation=Q(x=0.0, y=0.0, z=math.sin(yaw / 2), w=math.cos(yaw / 2)),
        orientation_covariance=np.zeros(9), angular_velocity=V3(x=g[0], y=g[1], z=0.2),
        angular_velocity_covariance=np.zeros(9),
        linear_acceleration=V3(x=a[0], y=0.04, z=9.81), linear_acceleration_covariance=np.zeros(9))


def cloud(ns, points, rng):
    PointField = T["sensor_msgs/msg/PointField"]
    az = rng.uniform(-math.pi, math.pi, points)
    ring = rng.integers(0, 32, points)
    el = (ring - 20) * math.radians(1.0)
    wall = 12.0 + 2.0 * np.sin(3 * az)
    # Beams below the horizon meet the floor 1.8 m down before the wall.
    floor = np.where(el < 0, 1.8 / np.maximum(np.sin(-el), 1e-3), np.inf)
    r = np.minimum(wall / np.cos(el), floor) + rng.normal(0, 0.02, points)
    pts = np.empty(points, dtype=POINT)
    pts["x"] = r * np.cos(az) * np.cos(el)
    pts["y"] = r * np.sin(az) * np.cos(el)
    pts["z"] = r * np.sin(el)
    pts["intensity"] = rng.uniform(0, 100, points)
    pts["x"][::37] = np.nan
    fields = [PointField(name=n, offset=4 * i, datatype=PointField.FLOAT32, count=1)
              for i, n in enumerate(("x", "y", "z", "intensity"))]
    return T["sensor_msgs/msg/PointCloud2"](
        header=header(ns, "lidar"), height=1, width=points, fields=fields, is_bigendian=False,
        point_step=POINT.itemsize, row_step=POINT.itemsize * points,
        data=pts.view(np.uint8), is_dense=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the bag folder to write (replaced if it exists)")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--points", type=int, default=120_000)
    args = parser.parse_args()
    rng = np.random.default_rng(13)
    schedule = (ticks("/lidar", 10, args.seconds, rng) + ticks("/joint_states", 500, args.seconds, rng)
                + ticks("/imu", 400, args.seconds, rng))
    types = {"/lidar": "sensor_msgs/msg/PointCloud2", "/joint_states": "sensor_msgs/msg/JointState",
             "/imu": "sensor_msgs/msg/Imu"}
    make = {"/lidar": lambda ns: cloud(ns, args.points, rng), "/joint_states": lambda ns: joint_state(ns, rng),
            "/imu": lambda ns: imu(ns, rng)}
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with Writer(args.out, version=9, storage_plugin=StoragePlugin.MCAP) as writer:
        connections = {topic: writer.add_connection(topic, t, typestore=TS) for topic, t in types.items()}
        for log_ns, stamp_ns, topic in sorted(schedule):
            data = TS.serialize_cdr(make[topic](stamp_ns), types[topic])
            writer.write(connections[topic], log_ns, data)
    size = sum(f.stat().st_size for f in args.out.iterdir())
    print(f"wrote {args.out} ({size / 1e9:.2f} GB)")


if __name__ == "__main__":
    main()
