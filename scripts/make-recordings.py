#!/usr/bin/env python3
"""Writes the recordings that robocache's tests and README read, with writers
no one here wrote: Python's `rosbags` (rosbag2, SQLite3 and MCAP storage) and
`mcap` + `mcap-ros2-support` (a bare MCAP file, zstd chunks).

    pip install rosbags==0.11.9 mcap==1.3.0 mcap-ros2-support==0.5.5 numpy
    python3 scripts/make-recordings.py            # tests/fixtures/recordings/
    python3 scripts/make-recordings.py --demo     # also examples/recordings/

Each bag comes with `expected.json`: per topic, every message as it was
written (log time, header stamp and the values robocache must decode), so
that the Rust tests compare against what the writer was given, not against
our own reader.

The robot: a base that drives a slow circle, a 7-joint arm whose joints
follow sines, an IMU on the base, and a lidar whose scans see a ring of
walls. Header stamps lag the log time by a few milliseconds, with jitter,
as a real driver's do.
"""

import argparse
import json
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

Header = T["std_msgs/msg/Header"]
Time = T["builtin_interfaces/msg/Time"]
Vector3 = T["geometry_msgs/msg/Vector3"]
Point = T["geometry_msgs/msg/Point"]
Quaternion = T["geometry_msgs/msg/Quaternion"]
Pose = T["geometry_msgs/msg/Pose"]
Twist = T["geometry_msgs/msg/Twist"]
PointField = T["sensor_msgs/msg/PointField"]


def stamp(ns):
    return Time(sec=ns // 1_000_000_000, nanosec=ns % 1_000_000_000)


def header(ns, frame):
    return Header(stamp=stamp(ns), frame_id=frame)


def yaw_quaternion(yaw):
    return [0.0, 0.0, math.sin(yaw / 2), math.cos(yaw / 2)]


class Recorder:
    """Collects (topic, type, log time, stamp, message, expected values)."""

    def __init__(self, seconds, cloud_points, rng):
        self.seconds = seconds
        self.cloud_points = cloud_points
        self.rng = rng
        self.messages = []

    def add(self, topic, typename, stamp_ns, msg, values, log_ns=None):
        if log_ns is None:
            log_ns = stamp_ns + int(self.rng.integers(1_000_000, 4_000_000))
        self.messages.append((log_ns, topic, typename, stamp_ns, msg, values))

    def ticks(self, hz):
        period = 1e9 / hz
        n = int(self.seconds * hz)
        jitter = self.rng.integers(-200_000, 200_000, n)
        return [START_NS + int(k * period) + int(j) for k, j in zip(range(n), jitter)]

    def joints(self, hz=100):
        for ns in self.ticks(hz):
            t = (ns - START_NS) * 1e-9
            pos = [0.3 * math.sin(0.5 * t * (i + 1) + i) for i in range(7)]
            vel = [0.15 * (i + 1) * math.cos(0.5 * t * (i + 1) + i) for i in range(7)]
            eff = [float(self.rng.normal(0, 0.1)) for _ in range(7)]
            msg = T["sensor_msgs/msg/JointState"](
                header=header(ns, "arm"), name=JOINTS, position=np.array(pos),
                velocity=np.array(vel), effort=np.array(eff))
            self.add("/joint_states", "sensor_msgs/msg/JointState", ns, msg, pos + vel + eff)

    def base_yaw(self, t):
        return 0.2 * t

    def imu(self, hz=200):
        for ns in self.ticks(hz):
            t = (ns - START_NS) * 1e-9
            q = yaw_quaternion(self.base_yaw(t))
            gyro = [float(self.rng.normal(0, 0.01)), float(self.rng.normal(0, 0.01)), 0.2]
            acc = [float(self.rng.normal(0, 0.05)), 0.2 * 1.0 * 0.2, 9.81]
            msg = T["sensor_msgs/msg/Imu"](
                header=header(ns, "imu"), orientation=Quaternion(x=q[0], y=q[1], z=q[2], w=q[3]),
                orientation_covariance=np.zeros(9), angular_velocity=Vector3(x=gyro[0], y=gyro[1], z=gyro[2]),
                angular_velocity_covariance=np.zeros(9),
                linear_acceleration=Vector3(x=acc[0], y=acc[1], z=acc[2]),
                linear_acceleration_covariance=np.zeros(9))
            self.add("/imu", "sensor_msgs/msg/Imu", ns, msg, q + gyro + acc)

    def base_pose(self, t):
        yaw = self.base_yaw(t)
        return [math.sin(yaw), 1.0 - math.cos(yaw), 0.0], yaw_quaternion(yaw)

    def pose(self, hz=30):
        for ns in self.ticks(hz):
            p, q = self.base_pose((ns - START_NS) * 1e-9)
            msg = T["geometry_msgs/msg/PoseStamped"](
                header=header(ns, "map"),
                pose=Pose(position=Point(x=p[0], y=p[1], z=p[2]), orientation=Quaternion(x=q[0], y=q[1], z=q[2], w=q[3])))
            self.add("/pose", "geometry_msgs/msg/PoseStamped", ns, msg, p + q)

    def odom(self, hz=50):
        for ns in self.ticks(hz):
            p, q = self.base_pose((ns - START_NS) * 1e-9)
            lin, ang = [0.2, 0.0, 0.0], [0.0, 0.0, 0.2]
            msg = T["nav_msgs/msg/Odometry"](
                header=header(ns, "odom"), child_frame_id="base_link",
                pose=T["geometry_msgs/msg/PoseWithCovariance"](
                    pose=Pose(position=Point(x=p[0], y=p[1], z=p[2]), orientation=Quaternion(x=q[0], y=q[1], z=q[2], w=q[3])),
                    covariance=np.zeros(36)),
                twist=T["geometry_msgs/msg/TwistWithCovariance"](
                    twist=Twist(linear=Vector3(x=lin[0], y=lin[1], z=lin[2]), angular=Vector3(x=ang[0], y=ang[1], z=ang[2])),
                    covariance=np.zeros(36)))
            self.add("/odom", "nav_msgs/msg/Odometry", ns, msg, p + q + lin + ang)

    def tf(self, hz=50):
        """Two transforms per message: the base in odom (moving) and the
        lidar on the base (fixed); each is a stream of its own."""
        TfStamped = T["geometry_msgs/msg/TransformStamped"]
        for ns in self.ticks(hz):
            p, q = self.base_pose((ns - START_NS) * 1e-9)
            mount = [0.1, 0.0, 0.4], [0.0, 0.0, 0.0, 1.0]
            transforms, values = [], {}
            for parent, child, (tr, rot) in [("odom", "base_link", (p, q)), ("base_link", "lidar", mount)]:
                transforms.append(TfStamped(
                    header=header(ns, parent), child_frame_id=child,
                    transform=T["geometry_msgs/msg/Transform"](
                        translation=Vector3(x=tr[0], y=tr[1], z=tr[2]),
                        rotation=Quaternion(x=rot[0], y=rot[1], z=rot[2], w=rot[3]))))
                values[f"{parent}->{child}"] = tr + rot
            msg = T["tf2_msgs/msg/TFMessage"](transforms=transforms)
            self.add("/tf", "tf2_msgs/msg/TFMessage", ns, msg, values)

    def lidar(self, hz=10, topic="/lidar", layout="f32"):
        """A scan of a ring of walls. `f32`: x, y, z, intensity as float32, a
        uint16 ring and 2 bytes of padding (24-byte points, little-endian),
        some points NaN (is_dense false). `f64be`: big-endian float64 x, y, z
        and an int16 intensity."""
        n = self.cloud_points
        for ns in self.ticks(hz):
            az = self.rng.uniform(-math.pi, math.pi, n)
            ring = self.rng.integers(0, 16, n)
            el = (ring - 8) * math.radians(2.0)
            r = 8.0 + 0.5 * np.sin(3 * az) + self.rng.normal(0, 0.02, n)
            x, y, z = r * np.cos(az) * np.cos(el), r * np.sin(az) * np.cos(el), r * np.sin(el)
            intensity = self.rng.uniform(0, 100, n)
            if layout == "f32":
                dtype = np.dtype([("x", "<f4"), ("y", "<f4"), ("z", "<f4"), ("intensity", "<f4"),
                                  ("ring", "<u2"), ("pad", "V2")])
                fields = [("x", 0, PointField.FLOAT32), ("y", 4, PointField.FLOAT32), ("z", 8, PointField.FLOAT32),
                          ("intensity", 12, PointField.FLOAT32), ("ring", 16, PointField.UINT16)]
                big = False
            else:
                dtype = np.dtype([("x", ">f8"), ("y", ">f8"), ("z", ">f8"), ("intensity", ">i2")])
                fields = [("x", 0, PointField.FLOAT64), ("y", 8, PointField.FLOAT64), ("z", 16, PointField.FLOAT64),
                          ("intensity", 24, PointField.INT16)]
                big = True
            pts = np.zeros(n, dtype=dtype)
            pts["x"], pts["y"], pts["z"] = x, y, z
            if layout == "f32":
                pts["intensity"] = intensity
                pts["ring"] = ring
                pts["x"][:: 37] = np.nan  # no return
            else:
                pts["intensity"] = intensity.astype(np.int16)
            msg = T["sensor_msgs/msg/PointCloud2"](
                header=header(ns, "lidar"), height=1, width=n,
                fields=[PointField(name=a, offset=o, datatype=d, count=1) for a, o, d in fields],
                is_bigendian=big, point_step=dtype.itemsize, row_step=dtype.itemsize * n,
                data=np.frombuffer(pts.tobytes(), dtype=np.uint8), is_dense=False)
            finite = np.isfinite(pts["x"].astype(np.float64)) & np.isfinite(pts["y"].astype(np.float64)) \
                & np.isfinite(pts["z"].astype(np.float64))
            values = {
                "points": int(n),
                "finite": int(finite.sum()),
                "sum_xyz": [float(pts[c].astype(np.float64)[finite].sum()) for c in "xyz"],
                "sum_intensity": float(pts["intensity"].astype(np.float64)[finite].sum()),
                "first": [float(pts[c][1].astype(np.float64)) for c in ("x", "y", "z", "intensity")],
            }
            self.add(topic, "sensor_msgs/msg/PointCloud2", ns, msg, values)

    def sorted(self):
        return sorted(self.messages, key=lambda m: (m[0], m[1]))


def write_rosbags(path, messages, storage, big_endian_topics=()):
    if path.exists():
        shutil.rmtree(path)
    with Writer(path, version=9, storage_plugin=storage) as writer:
        connections = {}
        for log_ns, topic, typename, _, msg, _ in messages:
            if topic not in connections:
                connections[topic] = writer.add_connection(topic, typename, typestore=TS)
            data = TS.serialize_cdr(msg, typename, little_endian=topic not in big_endian_topics)
            writer.write(connections[topic], log_ns, data)


def ros2_msgdef(typename):
    """The message definition as ROS 2 tools write it: rosbags writes the
    header's stamp as the ROS 1 builtin `time`, which mcap-ros2-support does
    not encode."""
    text = TS.generate_msgdef(typename)[0].replace("\ntime stamp", "\nbuiltin_interfaces/Time stamp")
    if text.startswith("time stamp"):
        text = "builtin_interfaces/Time stamp" + text[len("time stamp"):]
    sep = "=" * 80
    return f"{text}{sep}\nMSG: builtin_interfaces/Time\nint32 sec\nuint32 nanosec\n"


def write_mcap_ros2(path, messages):
    """A bare MCAP file (no metadata.yaml) from mcap-ros2-support, which
    serialises from dicts with its own CDR writer, in zstd chunks."""
    from mcap_ros2.writer import Writer as McapWriter

    def plain(value):
        if hasattr(value, "__dataclass_fields__"):
            return {k: plain(getattr(value, k)) for k in value.__dataclass_fields__ if k != "__msgtype__"}
        if isinstance(value, np.ndarray):
            return value.tolist() if value.dtype != np.uint8 else value.tobytes()
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    with open(path, "wb") as f:
        writer = McapWriter(f)
        schemas = {}
        for log_ns, topic, typename, _, msg, _ in messages:
            if typename not in schemas:
                schemas[typename] = writer.register_msgdef(typename, ros2_msgdef(typename))
            writer.write_message(topic, schemas[typename], plain(msg), log_time=log_ns, publish_time=log_ns)
        writer.finish()


def faulty(seed=5):
    """A bag with what real recordings get wrong, each kind counted once or
    more, and the counts in `expected.json` under "faults"."""
    rec = Recorder(1.0, 32, np.random.default_rng(seed))
    rec.joints()
    rec.imu()
    rec.lidar()
    msgs = rec.sorted()
    joints = [m for m in msgs if m[1] == "/joint_states"]
    imus = [m for m in msgs if m[1] == "/imu"]
    out = [m for m in msgs]
    # Two joint states stored swapped (late by one period: within the window).
    a, b = joints[10], joints[11]
    i, j = out.index(a), out.index(b)
    out[i], out[j] = (b[0] - 1, *b[1:]), (a[0] + 1, *a[1:])
    # A joint state stored twice.
    dup = joints[20]
    out.insert(out.index(dup) + 1, (dup[0] + 1, *dup[1:]))
    # An IMU sample whose clock jumped back by a minute.
    jump = imus[50]
    ns = jump[3] - 60_000_000_000
    msg = jump[4]
    msg = type(msg)(**{**{k: getattr(msg, k) for k in msg.__dataclass_fields__ if k != "__msgtype__"}, "header": header(ns, "imu")})
    out[out.index(jump)] = (jump[0], jump[1], jump[2], ns, msg, jump[5])
    # A cloud without z.
    cloud = [m for m in msgs if m[1] == "/lidar"][3]
    c = cloud[4]
    fields = [f for f in c.fields if f.name != "z"]
    flat = type(c)(**{**{k: getattr(c, k) for k in c.__dataclass_fields__ if k != "__msgtype__"}, "fields": fields})
    out[out.index(cloud)] = (cloud[0], cloud[1], cloud[2], cloud[3], flat, cloud[5])
    # A topic of a type robocache does not decode.
    for k in range(5):
        ns = START_NS + k * 200_000_000
        out.append((ns + 1000, "/chatter", "std_msgs/msg/String", ns, T["std_msgs/msg/String"](data=f"hello {k}"), None))
    out.sort(key=lambda m: (m[0], m[1]))
    return out, {"/joint_states": {"duplicates": 1, "too_late": 0}, "/imu": {"backward_jumps": 1},
                 "/lidar": {"undecodable": 1}, "/chatter": {"unsupported": 5}}


def write_expected(path, messages):
    topics = {}
    for log_ns, topic, typename, stamp_ns, _, values in messages:
        entry = topics.setdefault(topic, {"type": typename, "messages": []})
        entry["messages"].append({"log_time_ns": log_ns, "stamp_ns": stamp_ns, "values": values})
    path.write_text(json.dumps({"topics": topics}, indent=None, separators=(",", ":")) + "\n")


def robot(seconds, cloud_points, seed, big_lidar=False):
    rec = Recorder(seconds, cloud_points, np.random.default_rng(seed))
    rec.joints()
    rec.imu()
    rec.pose()
    rec.odom()
    rec.tf()
    rec.lidar()
    if big_lidar:
        rec.lidar(hz=5, topic="/lidar_rear", layout="f64be")
    return rec.sorted()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--demo", action="store_true", help="also write examples/recordings/")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    fixtures = root / "tests" / "fixtures" / "recordings"
    fixtures.mkdir(parents=True, exist_ok=True)

    messages = robot(seconds=2.0, cloud_points=64, seed=7, big_lidar=True)
    write_rosbags(fixtures / "rosbags-sqlite3", messages, StoragePlugin.SQLITE3, big_endian_topics={"/imu"})
    write_expected(fixtures / "rosbags-sqlite3" / "expected.json", messages)
    write_rosbags(fixtures / "rosbags-mcap", messages, StoragePlugin.MCAP)
    write_expected(fixtures / "rosbags-mcap" / "expected.json", messages)
    subset = [m for m in messages if m[1] in ("/joint_states", "/imu", "/lidar", "/tf")]
    (fixtures / "mcap-ros2").mkdir(exist_ok=True)
    write_mcap_ros2(fixtures / "mcap-ros2" / "robot.mcap", subset)
    write_expected(fixtures / "mcap-ros2" / "expected.json", subset)

    bad, faults = faulty()
    write_rosbags(fixtures / "faulty-sqlite3", bad, StoragePlugin.SQLITE3)
    (fixtures / "faulty-sqlite3" / "expected.json").write_text(json.dumps({"faults": faults}) + "\n")
    # A message cut short: the last IMU message loses its second half.
    import sqlite3
    db = sqlite3.connect(fixtures / "faulty-sqlite3" / "faulty-sqlite3.db3")
    db.execute("UPDATE messages SET data = substr(data, 1, length(data) / 2) WHERE id = "
               "(SELECT m.id FROM messages m JOIN topics t ON m.topic_id = t.id WHERE t.name = '/imu' "
               "ORDER BY m.timestamp DESC LIMIT 1)")
    db.commit()
    db.close()

    if args.demo:
        demo = root / "examples" / "recordings"
        demo.mkdir(parents=True, exist_ok=True)
        write_rosbags(demo / "arm-and-lidar", robot(seconds=10.0, cloud_points=512, seed=11), StoragePlugin.MCAP)


if __name__ == "__main__":
    main()
