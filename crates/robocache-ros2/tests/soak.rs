//! The node's soak, over DDS on the loopback interface: a robot's streams
//! at their rates (10 Hz lidar, 500 Hz joints, 400 Hz IMU, 100 Hz poses),
//! each cloud voxelized and the vector streams fused at 50 Hz, for a set
//! time. Nothing may be lost on the way in or out, and resident memory
//! must hold after the warm-up.
//!
//! CI runs 30 s; the 10-minute soak of `benches/RESULTS.md` is
//! `ROBOCACHE_NODE_SOAK_SECONDS=600 cargo test --release -p robocache-ros2 --test soak -- --nocapture`.
//!
//! Settings (environment variables):
//! - `ROBOCACHE_NODE_SOAK_SECONDS`: the run (default 30).
//! - `ROBOCACHE_NODE_SOAK_POINTS`: points per cloud (default 120 000; 0
//!   sends no clouds, to time the fusion alone).
//! - `ROBOCACHE_NODE_SOAK_BACKEND`: the node's backend (default `cpu`).
//! - `ROBOCACHE_NODE_SOAK_CSV`: a file to write resident memory to, once a
//!   second.
//!
//! Memory is judged as the library's soak judges it: after a warm-up (a
//! third of the run, at most 60 s), resident memory may not rise more than
//! 5% over the warm-up's peak. RustDDS's caches and the allocator's arenas
//! swing by tens of MB with the clouds in flight, so the peak, not one
//! sample, is the bound; a leak of even one cloud a second crosses it
//! within the run. The start and the end (medians of the warm-up's last
//! tenth and the run's last tenth) are printed too.

#[path = "support/lidar.rs"]
mod lidar;

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::str::FromStr;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use robocache::{Backend, Context};
use robocache_ros2::messages::{
    FusedFrame, Header, Imu, JointState, PointCloud2, Pose, PoseStamped, Quaternion, Time, Vector3,
};
use robocache_ros2::{NodeConfig, RunningNode, Stage, TopicStats};
use ros2_client::dds::rustdds::no_key::DataReader;
use ros2_client::dds::rustdds::{CDRDeserializerAdapter, DomainParticipantBuilder, QosPolicyBuilder};
use ros2_client::qos::{History, WhenFull};
use ros2_client::{MessageTypeName, Name, NodeName, NodeOptions, Publisher, QosProfile};

fn setting<T: FromStr>(name: &str, default: T) -> T {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

const JOINTS: usize = 7;

/// The robot's senders, one per topic.
struct Robot {
    joints: Publisher<JointState>,
    imu: Publisher<Imu>,
    pose: Publisher<PoseStamped>,
    lidar: Publisher<PointCloud2>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Sensor {
    Joints,
    Imu,
    Pose,
    Lidar,
}

impl Sensor {
    fn topic(self) -> &'static str {
        match self {
            Sensor::Joints => "/joint_states",
            Sensor::Imu => "/imu",
            Sensor::Pose => "/pose",
            Sensor::Lidar => "/points",
        }
    }
}

impl Robot {
    fn send(&self, sensor: Sensor, k: u64, points: u32) {
        let stamp = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs_f64();
        let header = Header {
            stamp: Time::from_seconds(stamp),
            frame_id: "base_link".into(),
        };
        let wave = |f: f64| (f * stamp).sin();
        match sensor {
            Sensor::Joints => self
                .joints
                .publish(JointState {
                    header,
                    name: (0..JOINTS).map(|j| format!("joint_{j}")).collect(),
                    position: (0..JOINTS).map(|j| wave(1.0 + j as f64)).collect(),
                    velocity: (0..JOINTS).map(|j| wave(2.0 + j as f64)).collect(),
                    effort: Vec::new(),
                })
                .unwrap(),
            Sensor::Imu => self
                .imu
                .publish(Imu {
                    header,
                    angular_velocity: Vector3 {
                        x: wave(3.0),
                        y: wave(5.0),
                        z: wave(7.0),
                    },
                    linear_acceleration: Vector3 {
                        z: 9.81 + wave(11.0),
                        ..Vector3::default()
                    },
                    ..Imu::default()
                })
                .unwrap(),
            Sensor::Pose => {
                let half = 0.5 * wave(0.5);
                self.pose
                    .publish(PoseStamped {
                        header,
                        pose: Pose {
                            position: Vector3 {
                                x: wave(0.1),
                                y: wave(0.2),
                                z: 0.0,
                            },
                            orientation: Quaternion {
                                z: half.sin(),
                                w: half.cos(),
                                ..Quaternion::default()
                            },
                        },
                    })
                    .unwrap()
            }
            Sensor::Lidar => self.lidar.publish(lidar::scan(stamp, points, k)).unwrap(),
        }
    }
}

type Reader<M> = DataReader<M, CDRDeserializerAdapter<M>>;

fn take_all<M: serde::de::DeserializeOwned + 'static>(reader: &mut Reader<M>, mut each: impl FnMut(M)) {
    while let Some(sample) = reader.take_next_sample().unwrap() {
        each(sample.into_value());
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

#[test]
fn the_node_loses_nothing_and_its_memory_holds() {
    let seconds: f64 = setting("ROBOCACHE_NODE_SOAK_SECONDS", 30.0);
    let points: u32 = setting("ROBOCACHE_NODE_SOAK_POINTS", 120_000);
    let backend: Backend = setting("ROBOCACHE_NODE_SOAK_BACKEND", Backend::Cpu);
    // Domains of its own, apart from the loopback tests' (10 to 209).
    let domain_id = 210 + (std::process::id() % 20) as u16;
    let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);

    let config = NodeConfig::from_yaml(&format!(
        "domain_id: {domain_id}\nnetworks: [127.0.0.1]\nreliable: true\nqueue: 5\n\
         voxel: {{size: [0.2], range: [-16, -16, -3, 16, 16, 3], mode: mean}}\nclouds: [{{topic: /points}}]\n\
         fusion: {{topic: /frames, rate: 50, max_delay: 0.02, streams: [\
         {{topic: /joint_states, type: sensor_msgs/msg/JointState}}, {{topic: /imu, type: sensor_msgs/msg/Imu}}, \
         {{topic: /pose, type: geometry_msgs/msg/PoseStamped}}]}}\n"
    ))
    .unwrap();
    let node = RunningNode::start(&config, Context::new(backend).unwrap()).unwrap();

    let participant = DomainParticipantBuilder::new(domain_id)
        .with_only_networks([loopback])
        .build()
        .unwrap();
    let mut ros = ros2_client::Context::from_domain_participant(participant.clone())
        .unwrap()
        .new_node(NodeName::new("/", "robot").unwrap(), NodeOptions::new())
        .unwrap();
    let qos = QosProfile::publisher_default()
        .reliability_reliable(WhenFull::Block)
        .history(History::KeepLast { depth: 64 });
    let topic = |name: &str, package: &str, type_name: &str| {
        ros.create_topic(&Name::parse(name).unwrap(), MessageTypeName::new(package, type_name), &qos)
            .unwrap()
    };
    let topics = [
        topic("/joint_states", "sensor_msgs", "JointState"),
        topic("/imu", "sensor_msgs", "Imu"),
        topic("/pose", "geometry_msgs", "PoseStamped"),
        topic("/points", "sensor_msgs", "PointCloud2"),
        topic("/points/voxels", "sensor_msgs", "PointCloud2"),
        topic("/frames", "robocache_msgs", "FusedFrame"),
    ];
    let robot = Robot {
        joints: ros.create_publisher(&topics[0], None).unwrap(),
        imu: ros.create_publisher(&topics[1], None).unwrap(),
        pose: ros.create_publisher(&topics[2], None).unwrap(),
        lidar: ros.create_publisher(&topics[3], None).unwrap(),
    };
    let subscriber = participant.create_subscriber(&QosPolicyBuilder::new().build()).unwrap();
    let mut voxels: Reader<PointCloud2> = subscriber.create_datareader_no_key(&topics[4], None).unwrap();
    let mut frames: Reader<FusedFrame> = subscriber.create_datareader_no_key(&topics[5], None).unwrap();

    let mut sensors = vec![(Sensor::Joints, 500.0), (Sensor::Imu, 400.0), (Sensor::Pose, 100.0)];
    if points > 0 {
        sensors.push((Sensor::Lidar, 10.0));
    }
    let matched = |stats: &BTreeMap<String, TopicStats>| {
        sensors.iter().all(|(s, _)| stats[s.topic()].publishers > 0)
            && stats["/frames"].subscribers > 0
            && (points == 0 || stats["/points"].subscribers > 0)
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while !matched(&node.stats()) {
        assert!(Instant::now() < deadline, "discovery did not complete in 30 s");
        std::thread::sleep(Duration::from_millis(10));
    }

    // Every sensor on its own period, from one thread, in time order.
    let started = Instant::now();
    let mut next: Vec<u64> = vec![0; sensors.len()];
    let mut sent: BTreeMap<Sensor, u64> = BTreeMap::new();
    let (mut clouds_back, mut frames_back, mut padded_frames) = (0u64, 0u64, 0u64);
    let mut rss: Vec<(f64, f64)> = Vec::new();
    loop {
        let (i, due) = sensors
            .iter()
            .enumerate()
            .map(|(i, &(_, hz))| (i, next[i] as f64 / hz))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .unwrap();
        if due >= seconds {
            break;
        }
        while started.elapsed().as_secs_f64() < due {
            take_all(&mut voxels, |_| clouds_back += 1);
            take_all(&mut frames, |f| {
                frames_back += 1;
                padded_frames += u64::from(f.is_pad.iter().any(|p| *p));
            });
            let now = started.elapsed().as_secs_f64();
            if rss.last().is_none_or(|(t, _)| now - t >= 1.0) {
                rss.push((now, lidar::resident_mb()));
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        let sensor = sensors[i].0;
        robot.send(sensor, next[i], points);
        *sent.entry(sensor).or_default() += 1;
        next[i] += 1;
    }
    let clouds = sent.get(&Sensor::Lidar).copied().unwrap_or(0);
    let settle = Instant::now() + Duration::from_secs(10);
    while clouds_back < clouds && Instant::now() < settle {
        take_all(&mut voxels, |_| clouds_back += 1);
        std::thread::sleep(Duration::from_millis(5));
    }
    // Past the clock's hold every frame is out: the last ones padded.
    std::thread::sleep(robocache_ros2::CLOCK_HOLD + Duration::from_millis(300));
    take_all(&mut frames, |f| {
        frames_back += 1;
        padded_frames += u64::from(f.is_pad.iter().any(|p| *p));
    });
    let stats = node.stop().unwrap();

    println!("{seconds} s on the {backend} backend, {points}-point clouds:");
    for (topic, s) in &stats {
        println!("{topic}: {s}");
    }
    let ms = |s: &TopicStats, q| s.latency(Stage::Total, q).map_or(f64::NAN, |d| d.as_secs_f64() * 1e3);
    let fused = &stats["/frames"];
    println!(
        "frames: {} published, {frames_back} taken back, {padded_frames} with a stream padded; ready -> published p50 {:.3} ms, p99 {:.3} ms",
        fused.published,
        ms(fused, 0.5),
        ms(fused, 0.99)
    );
    if clouds > 0 {
        let s = &stats["/points"];
        println!(
            "clouds: {clouds} sent, {clouds_back} voxel clouds taken back; received -> published p50 {:.2} ms, p99 {:.2} ms",
            ms(s, 0.5),
            ms(s, 0.99)
        );
    }
    let warm_up = (seconds / 3.0).min(60.0);
    let (warming, judged): (Vec<_>, Vec<_>) = rss.iter().partition(|(t, _)| *t < warm_up);
    let warm_peak = warming.iter().map(|(_, m)| *m).fold(f64::NAN, f64::max);
    let peak = judged.iter().map(|(_, m)| *m).fold(f64::NAN, f64::max);
    let tail = |samples: &[(f64, f64)]| {
        let values: Vec<f64> = samples.iter().map(|(_, m)| *m).collect();
        median(&values[values.len() - values.len().div_ceil(10)..])
    };
    let (start, end) = (tail(&warming), tail(&judged));
    if let Ok(path) = std::env::var("ROBOCACHE_NODE_SOAK_CSV") {
        let lines: Vec<String> = rss.iter().map(|(t, mb)| format!("{t:.1},{mb:.1}")).collect();
        std::fs::write(path, format!("seconds,resident_mb\n{}\n", lines.join("\n"))).unwrap();
    }
    println!(
        "resident memory: warm-up peak {warm_peak:.1} MB, then peak {peak:.1} MB; start {start:.1} MB, end {end:.1} MB ({:+.1}%)",
        100.0 * (end - start) / start
    );

    for (sensor, count) in &sent {
        let s = &stats[sensor.topic()];
        assert_eq!(s.received, *count, "{}: {s}", sensor.topic());
        assert_eq!(s.skipped_total(), 0, "{}: {s}", sensor.topic());
        assert_eq!(s.published, *count, "{}: {s}", sensor.topic());
    }
    assert_eq!(clouds_back, clouds, "every cloud's voxels came back");
    assert_eq!(frames_back, fused.published, "every frame came back");
    assert!(
        fused.published as f64 >= seconds * 50.0 - 2.0,
        "{} frames in {seconds} s at 50 Hz",
        fused.published
    );
    assert!(
        peak <= warm_peak * 1.05,
        "resident memory rose to {peak:.1} MB after a warm-up peak of {warm_peak:.1} MB"
    );
}
