//! The node over DDS on the loopback interface, against participants it
//! does not share code with: clouds a replay sends as recorded come back,
//! decoded by RustDDS's own CDR deserializer, as the voxels `robocache
//! convert` computes for the same messages (it calls
//! `robocache_frames::voxelize_cloud` on each, as the node does); joints,
//! IMU and poses come back as the frames `convert` computes from the whole
//! recording (`robocache_frames::fuse_streams` on its streams), though the
//! node fused each from a window of samples as they arrived; and bad
//! messages sent by a typed RustDDS publisher are counted, in the node's
//! figures and on `/diagnostics`, while the node goes on.

use std::net::{IpAddr, Ipv4Addr};
use std::path::Path;
use std::time::{Duration, Instant};

use robocache::Context;
use robocache_frames::{default_tolerance, frame_grid, fuse_streams, voxelize_cloud, StreamSamples};
use robocache_recordings::{decode, fingerprint, Decoded, Recording, StreamSet};
use robocache_ros2::messages::{DiagnosticArray, FusedFrame, Header, Imu, PointCloud2, Time, Vector3};
use robocache_ros2::{voxel_cloud, NodeConfig, ReplayOptions, Replayer, RunningNode, Skip};
use ros2_client::dds::rustdds::no_key::DataReader;
use ros2_client::dds::rustdds::{
    CDRDeserializerAdapter, DomainParticipant, DomainParticipantBuilder, QosPolicyBuilder,
};
use ros2_client::qos::{History, WhenFull};
use ros2_client::{MessageTypeName, Name, NodeName, NodeOptions, QosProfile};

const LOOPBACK: IpAddr = IpAddr::V4(Ipv4Addr::LOCALHOST);

/// A domain of the test's own, so that tests running at once, here or in
/// another process on the host, do not hear each other (RustDDS's ports
/// allow domains up to 232).
fn domain(test: u16) -> u16 {
    10 + test * 50 + (std::process::id() % 50) as u16
}

fn recording() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/recordings/arm-and-lidar"
    ))
}

fn config(domain_id: u16) -> NodeConfig {
    NodeConfig::from_yaml(&format!(
        "domain_id: {domain_id}\nnetworks: [127.0.0.1]\nreliable: true\nqueue: 1000\ndiagnostics_period: 0.2\n\
         voxel: {{size: [0.25], range: [-10, -10, -2, 10, 10, 2], mode: mean}}\n\
         clouds: [{{topic: /lidar}}]\n"
    ))
    .expect("a valid configuration")
}

/// A node of the test's own on the loopback interface, and its
/// participant.
fn test_node(domain_id: u16, name: &str) -> (ros2_client::Node, DomainParticipant) {
    let participant = DomainParticipantBuilder::new(domain_id)
        .with_only_networks([LOOPBACK])
        .build()
        .expect("a participant");
    let node = ros2_client::Context::from_domain_participant(participant.clone())
        .expect("a context")
        .new_node(NodeName::new("/", name).unwrap(), NodeOptions::new())
        .expect("a node");
    (node, participant)
}

fn reliable() -> QosProfile {
    QosProfile::publisher_default()
        .reliability_reliable(WhenFull::Block)
        .history(History::KeepAll)
}

/// A reader of `topic` on `node`'s participant: RustDDS's keyless
/// DataReader, which decodes with RustDDS's own CDR deserializer.
fn subscribe<M: serde::de::DeserializeOwned + 'static>(
    (node, participant): &mut (ros2_client::Node, DomainParticipant),
    topic: &str,
    package: &str,
    type_name: &str,
) -> Reader<M> {
    let topic = node
        .create_topic(
            &Name::parse(topic).unwrap(),
            MessageTypeName::new(package, type_name),
            &reliable(),
        )
        .unwrap();
    let subscriber = participant
        .create_subscriber(&QosPolicyBuilder::new().build())
        .unwrap();
    subscriber
        .create_datareader_no_key::<M, CDRDeserializerAdapter<M>>(&topic, None)
        .unwrap()
}

type Reader<M> = DataReader<M, CDRDeserializerAdapter<M>>;

/// Whether the node's reader of `/lidar` matched a publisher and its
/// writer of `/lidar/voxels` a subscriber, as DDS reports them on the
/// node's side: from then on a reliable link loses nothing.
fn matched(node: &RunningNode) -> bool {
    node.stats()
        .get("/lidar")
        .is_some_and(|s| s.publishers > 0 && s.subscribers > 0)
}

/// Waits, up to 30 s, until `done`.
fn until(mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while !done() {
        assert!(Instant::now() < deadline, "discovery did not complete in 30 s");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Takes messages until `done` says so or `limit` passes.
fn take_until<M: serde::de::DeserializeOwned + 'static>(
    reader: &mut Reader<M>,
    limit: Duration,
    mut done: impl FnMut(&[M]) -> bool,
) -> Vec<M> {
    let deadline = Instant::now() + limit;
    let mut taken = Vec::new();
    while !done(&taken) && Instant::now() < deadline {
        match reader.take_next_sample() {
            Ok(Some(sample)) => taken.push(sample.into_value()),
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => panic!("reading: {e:?}"),
        }
    }
    taken
}

#[test]
fn replayed_clouds_come_back_as_the_voxels_convert_computes() {
    let domain_id = domain(0);
    let config = config(domain_id);
    let node = RunningNode::start(&config, Context::cpu()).unwrap();
    let mut listener = test_node(domain_id, "voxel_listener");
    let mut voxels = subscribe::<PointCloud2>(&mut listener, "/lidar/voxels", "sensor_msgs", "PointCloud2");

    // What convert computes for the bag's clouds, read from the file.
    let mut expected = Vec::new();
    let bag = Recording::open(recording()).unwrap();
    let mut messages = bag.messages();
    while let Some(message) = messages.next_with(|m| (m.topic.to_string(), m.data.to_vec())) {
        let (topic, data) = message.unwrap();
        if topic != "/lidar" {
            continue;
        }
        let Ok(Decoded::Cloud(cloud)) = decode(robocache_ros2::POINT_CLOUD2, &data) else {
            panic!("the bag's clouds decode");
        };
        let voxel = config.voxel.unwrap();
        let voxelized = voxelize_cloud(&Context::cpu(), voxel, &cloud).unwrap();
        let header = Header {
            stamp: Time::from_seconds(cloud.stamp),
            frame_id: cloud.frame_id.clone(),
        };
        expected.push(voxel_cloud(voxel, &voxelized, header));
    }
    assert!(expected.len() >= 50, "the bag has {} clouds", expected.len());
    assert!(expected.iter().all(|c| c.width > 100), "every cloud fills voxels");

    let replayer = Replayer::open(
        recording(),
        &ReplayOptions {
            domain_id,
            networks: vec![LOOPBACK],
            topics: vec!["/lidar".into()],
            // 50 clouds a second: a fast lidar, paced as a live one is.
            speed: Some(5.0),
            reliable: true,
            wait_for_subscribers: Duration::from_secs(30),
        },
    )
    .unwrap();
    // Discovery both ways, on both links: replay -> node -> listener.
    assert!(
        replayer.wait_for_subscribers(Duration::from_secs(30)).is_empty(),
        "the node subscribed"
    );
    until(|| matched(&node));
    until(|| listener.0.publisher_count("/lidar/voxels") > 0);
    // Played on a thread of its own while this one takes the voxels, as a
    // live consumer does.
    let playing = std::thread::spawn(move || replayer.play());
    let got = take_until(&mut voxels, Duration::from_secs(60), |got| {
        got.len() >= expected.len()
    });
    let replayed = playing.join().unwrap().unwrap();
    assert_eq!(replayed.sent.get("/lidar"), Some(&(expected.len() as u64)));
    let stats = node.stop().unwrap();
    let lidar = &stats["/lidar"];
    assert_eq!(lidar.received, expected.len() as u64, "{lidar}");
    assert_eq!(lidar.published, expected.len() as u64, "{lidar}");
    assert_eq!(lidar.skipped_total(), 0, "{lidar}");
    assert_eq!(got.len(), expected.len(), "every cloud's voxels arrived");
    for (k, (got, expected)) in got.iter().zip(&expected).enumerate() {
        assert_eq!(got.header, expected.header, "cloud {k}");
        assert_eq!(got.fields, expected.fields, "cloud {k}");
        // Bit for bit: centres and means as convert computes them.
        assert!(got == expected, "cloud {k}: the voxels differ");
    }
}

/// A valid cloud of `n` points along x, x, y, z and intensity in float32.
fn cloud(stamp: f64, n: u32, names: [&str; 3]) -> PointCloud2 {
    let mut data = Vec::new();
    for i in 0..n {
        for v in [0.1 * i as f32, 0.5, 0.5, i as f32] {
            data.extend_from_slice(&v.to_le_bytes());
        }
    }
    let header = Header {
        stamp: Time::from_seconds(stamp),
        frame_id: "lidar".into(),
    };
    PointCloud2::float32(header, &[names[0], names[1], names[2], "intensity"], data, true)
}

#[test]
fn bad_clouds_are_counted_and_the_node_goes_on() {
    let domain_id = domain(1);
    let node = RunningNode::start(&config(domain_id), Context::cpu()).unwrap();
    let mut sender = test_node(domain_id, "bad_sender");
    let topic = sender
        .0
        .create_topic(
            &Name::parse("/lidar").unwrap(),
            MessageTypeName::new("sensor_msgs", "PointCloud2"),
            &reliable(),
        )
        .unwrap();
    let publisher = sender.0.create_publisher::<PointCloud2>(&topic, None).unwrap();
    let mut voxels = subscribe::<PointCloud2>(&mut sender, "/lidar/voxels", "sensor_msgs", "PointCloud2");
    let mut diagnostics =
        subscribe::<DiagnosticArray>(&mut sender, "/diagnostics", "diagnostic_msgs", "DiagnosticArray");
    // Both ends of both links: a reliable link then loses nothing.
    until(|| {
        sender.0.subscription_count("/lidar") > 0
            && matched(&node)
            && sender.0.publisher_count("/lidar/voxels") > 0
    });

    let mut truncated = cloud(1.0, 10, ["x", "y", "z"]);
    truncated.data.truncate(100);
    // The mean of a voxel cannot take a NaN intensity: the backend refuses
    // the cloud.
    let mut nan_intensity = cloud(6.0, 10, ["x", "y", "z"]);
    nan_intensity.data[12..16].copy_from_slice(&f32::NAN.to_le_bytes());
    let sequence = [
        cloud(2.0, 10, ["x", "y", "z"]),
        truncated,
        cloud(3.0, 10, ["a", "b", "c"]),
        cloud(4.0, 10, ["x", "y", "z"]),
        cloud(4.0, 10, ["x", "y", "z"]),
        cloud(3.5, 10, ["x", "y", "z"]),
        cloud(5.0, 10, ["x", "y", "z"]),
        nan_intensity,
        cloud(7.0, 10, ["x", "y", "z"]),
    ];
    for message in sequence {
        publisher.publish(message).unwrap();
    }
    let published = take_until(&mut voxels, Duration::from_secs(30), |got| got.len() >= 5);
    let stamps: Vec<f64> = published.iter().map(|c| c.header.stamp.seconds()).collect();
    assert_eq!(
        stamps,
        [2.0, 4.0, 3.5, 5.0, 7.0],
        "the good clouds, the one after a clock jump included"
    );

    let reported = |arrays: &[DiagnosticArray]| {
        arrays.last().is_some_and(|a| {
            a.status.iter().any(|s| {
                s.name.ends_with("/lidar")
                    && s.values.iter().any(|kv| kv.key == "published" && kv.value == "5")
            })
        })
    };
    let arrays = take_until(&mut diagnostics, Duration::from_secs(30), reported);
    let status = arrays
        .last()
        .and_then(|a| a.status.iter().find(|s| s.name.ends_with("/lidar")))
        .expect("a diagnostics status for /lidar");
    let value = |key: &str| {
        status
            .values
            .iter()
            .find(|kv| kv.key == key)
            .map(|kv| kv.value.as_str())
    };
    assert_eq!(value("skipped_malformed"), Some("1"));
    assert_eq!(value("skipped_no_xyz"), Some("1"));
    assert_eq!(value("skipped_duplicate"), Some("1"));
    assert_eq!(value("skipped_refused"), Some("1"));
    assert_eq!(value("backward_clock_jumps"), Some("1"));
    assert_eq!(value("received"), Some("9"));
    assert!(
        value("total_p99_us").is_some(),
        "latency percentiles are reported"
    );

    let stats = node.stop().unwrap();
    let lidar = &stats["/lidar"];
    assert_eq!(lidar.skipped.get(&Skip::Malformed), Some(&1));
    assert_eq!(
        lidar.skipped.get(&Skip::Lost),
        None,
        "nothing was lost on a reliable link"
    );
    assert_eq!(lidar.received, lidar.published + lidar.skipped_total(), "{lidar}");
}

/// The bag's fused topics and their types.
const FUSED: [(&str, &str); 3] = [
    ("/joint_states", "sensor_msgs/msg/JointState"),
    ("/imu", "sensor_msgs/msg/Imu"),
    ("/pose", "geometry_msgs/msg/PoseStamped"),
];

fn fusion_config(domain_id: u16, rate: f64, max_delay: f64) -> NodeConfig {
    let streams: Vec<String> = FUSED
        .iter()
        .map(|(topic, type_name)| format!("{{topic: {topic}, type: {type_name}}}"))
        .collect();
    NodeConfig::from_yaml(&format!(
        "domain_id: {domain_id}\nnetworks: [127.0.0.1]\nreliable: true\nqueue: 1000\n\
         fusion: {{topic: /frames, rate: {rate}, max_delay: {max_delay}, streams: [{}]}}\n",
        streams.join(", ")
    ))
    .expect("a valid configuration")
}

/// What `robocache convert --rate RATE --topics` of the fused topics writes
/// for the bag: its streams gathered as convert gathers them (a
/// `StreamSet` over header stamps) and fused on the converter's grid.
fn converted_frames(rate: f64) -> (Vec<f64>, Vec<robocache_frames::FusedStream>) {
    let bag = Recording::open(recording()).unwrap();
    let mut streams = StreamSet::new(0.5);
    let mut messages = bag.messages();
    while let Some(message) =
        messages.next_with(|m| (m.topic.to_string(), m.type_name.to_string(), m.data.to_vec()))
    {
        let (topic, type_name, data) = message.unwrap();
        if !FUSED.iter().any(|(t, _)| *t == topic) {
            continue;
        }
        let Ok(Decoded::Sample(s)) = decode(&type_name, &data) else {
            panic!("the bag's {topic} decodes");
        };
        streams.push(
            &topic,
            &type_name,
            s.stamp,
            fingerprint(&data),
            &s.columns,
            s.values,
        );
    }
    let streams = streams.finish();
    let spans: Vec<(f64, f64)> = streams
        .values()
        .map(|s| (s.times[0], *s.times.last().unwrap()))
        .collect();
    let grid = frame_grid(&spans, rate).unwrap();
    // In the node's stream order, the configuration's.
    let samples: Vec<StreamSamples<'_>> = FUSED
        .iter()
        .map(|(topic, _)| {
            let s = &streams[*topic];
            StreamSamples {
                name: topic,
                columns: &s.columns,
                times: &s.times,
                values: &s.values,
                tolerance: default_tolerance(&s.times),
            }
        })
        .collect();
    let fused = fuse_streams(&Context::cpu(), &grid, &samples, &Default::default()).unwrap();
    (grid, fused)
}

#[test]
fn replayed_joints_imu_and_poses_come_back_as_the_frames_convert_computes() {
    let domain_id = domain(2);
    let rate = 50.0;
    // The poses come at 30 Hz: a frame waits up to 33 ms of the bag's time
    // for the pose after it, which 0.1 s covers.
    let config = fusion_config(domain_id, rate, 0.1);
    let node = RunningNode::start(&config, Context::cpu()).unwrap();
    let mut listener = test_node(domain_id, "frame_listener");
    let mut frames = subscribe::<FusedFrame>(&mut listener, "/frames", "robocache_msgs", "FusedFrame");
    let (grid, expected) = converted_frames(rate);
    assert!(grid.len() > 400, "the bag gives {} frames", grid.len());

    let replayer = Replayer::open(
        recording(),
        &ReplayOptions {
            domain_id,
            networks: vec![LOOPBACK],
            topics: FUSED.iter().map(|(t, _)| t.to_string()).collect(),
            speed: Some(5.0),
            reliable: true,
            wait_for_subscribers: Duration::from_secs(30),
        },
    )
    .unwrap();
    assert!(
        replayer.wait_for_subscribers(Duration::from_secs(30)).is_empty(),
        "the node subscribed"
    );
    until(|| {
        let stats = node.stats();
        FUSED.iter().all(|(t, _)| stats[*t].publishers > 0) && stats["/frames"].subscribers > 0
    });
    until(|| listener.0.publisher_count("/frames") > 0);
    let playing = std::thread::spawn(move || replayer.play());
    let last = *grid.last().unwrap();
    let got = take_until(&mut frames, Duration::from_secs(60), |got| {
        got.last().is_some_and(|f| f.time >= last)
    });
    playing.join().unwrap().unwrap();
    let stats = node.stop().unwrap();
    for (topic, _) in FUSED {
        let s = &stats[topic];
        assert_eq!(s.received, s.published, "{topic}: {s}");
        assert_eq!(s.skipped_total(), 0, "{topic}: {s}");
    }

    let got: Vec<&FusedFrame> = got.iter().filter(|f| f.time <= last).collect();
    assert_eq!(
        got.len(),
        grid.len(),
        "a frame for every tick of the converter's grid"
    );
    let widths: Vec<usize> = FUSED
        .iter()
        .map(|(topic, _)| {
            expected[FUSED.iter().position(|(t, _)| t == topic).unwrap()]
                .values
                .len()
                / grid.len()
        })
        .collect();
    for (k, (frame, &time)) in got.iter().zip(&grid).enumerate() {
        assert_eq!(
            frame.time.to_bits(),
            time.to_bits(),
            "frame {k}: the converter's time"
        );
        assert_eq!(frame.header.stamp, Time::from_seconds(time));
        assert_eq!(frame.streams, FUSED.map(|(t, _)| t.to_string()));
        let mut at = 0;
        for (s, stream) in expected.iter().enumerate() {
            let width = widths[s];
            let want = &stream.values[k * width..(k + 1) * width];
            let have = &frame.values[at..at + width];
            // Bit for bit: the same samples, the same arithmetic.
            assert!(
                want.iter().zip(have).all(|(a, b)| a.to_bits() == b.to_bits()),
                "frame {k}, {}: {have:?} where convert has {want:?}",
                FUSED[s].0
            );
            assert_eq!(frame.is_pad[s], stream.is_pad[k], "frame {k}, {}", FUSED[s].0);
            assert_eq!(
                frame.staleness[s].to_bits(),
                stream.staleness[k].to_bits(),
                "frame {k}"
            );
            at += width;
        }
        assert_eq!(at, frame.values.len());
    }
    println!("{} frames equal to the converter's", grid.len());
}

fn imu(stamp: f64, value: f64) -> Imu {
    Imu {
        header: Header {
            stamp: Time::from_seconds(stamp),
            frame_id: "imu".into(),
        },
        angular_velocity: Vector3 {
            x: value,
            ..Vector3::default()
        },
        ..Imu::default()
    }
}

#[test]
fn a_silent_stream_is_padded_after_the_deadline_and_a_late_sample_is_counted() {
    let domain_id = domain(3);
    let config = NodeConfig::from_yaml(&format!(
        "domain_id: {domain_id}\nnetworks: [127.0.0.1]\nreliable: true\nqueue: 1000\n\
         fusion: {{topic: /frames, rate: 50, max_delay: 0.1, streams: [\
         {{topic: /imu_a, type: sensor_msgs/msg/Imu}}, {{topic: /imu_b, type: sensor_msgs/msg/Imu}}]}}\n"
    ))
    .unwrap();
    let node = RunningNode::start(&config, Context::cpu()).unwrap();
    let mut sender = test_node(domain_id, "imu_sender");
    let publisher = |sender: &mut (ros2_client::Node, DomainParticipant), topic: &str| {
        let topic = sender
            .0
            .create_topic(
                &Name::parse(topic).unwrap(),
                MessageTypeName::new("sensor_msgs", "Imu"),
                &reliable(),
            )
            .unwrap();
        sender.0.create_publisher::<Imu>(&topic, None).unwrap()
    };
    let (a, b) = (publisher(&mut sender, "/imu_a"), publisher(&mut sender, "/imu_b"));
    let mut frames = subscribe::<FusedFrame>(&mut sender, "/frames", "robocache_msgs", "FusedFrame");
    until(|| {
        let stats = node.stats();
        stats["/imu_a"].publishers > 0 && stats["/imu_b"].publishers > 0 && stats["/frames"].subscribers > 0
    });
    until(|| sender.0.publisher_count("/frames") > 0);

    // Both streams at 100 Hz for half a second, then /imu_a alone, paced as
    // a live sensor is; one /imu_b sample comes late, stamped in the past.
    let base = 1000.0;
    for i in 0..100 {
        let stamp = base + i as f64 * 0.01;
        a.publish(imu(stamp, i as f64)).unwrap();
        if i < 50 {
            b.publish(imu(stamp, i as f64)).unwrap();
        }
        if i == 60 {
            b.publish(imu(base + 0.2, -1.0)).unwrap();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    // /imu_a's last sample is at 0.99: the streams' clock runs on for
    // CLOCK_HOLD (1 s) past it, and frames with it, to the last whose
    // deadline (time + 0.1) it reaches, 1.88.
    let last = base + 1.88;
    let mut got = take_until(&mut frames, Duration::from_secs(30), |got| {
        got.last().is_some_and(|f| f.time >= last - 1e-9)
    });
    std::thread::sleep(Duration::from_millis(300));
    got.extend(take_until(&mut frames, Duration::from_millis(100), |_| false));
    let stats = node.stop().unwrap();

    let times: Vec<f64> = got.iter().map(|f| f.time).collect();
    let grid: Vec<f64> = (0..95).map(|k| base + k as f64 / 50.0).collect();
    assert_eq!(
        times, grid,
        "a frame every 20 ms from the first tick to the clock's hold, none skipped"
    );
    let angular_x = got[0]
        .names
        .iter()
        .position(|n| n == "angular_velocity.x")
        .unwrap();
    let width = got[0].widths[0] as usize;
    for frame in &got {
        let t = frame.time - base;
        let b_value = frame.values[width + angular_x];
        if t <= 0.49 + 1e-9 {
            assert_eq!(frame.is_pad, [false, false], "both streams cover {t}");
            assert!((b_value as f64 - t * 100.0).abs() < 1e-3, "{t}: {b_value}");
        } else {
            let a_silent = t > 0.99 + 1e-9;
            assert_eq!(
                frame.is_pad,
                [a_silent, true],
                "{t}: /imu_b fell silent after 0.49"
            );
            assert_eq!(
                b_value, 49.0,
                "{t}: /imu_b held at its last sample, not the late one"
            );
            assert!((frame.staleness[1] as f64 - (t - 0.49)).abs() < 1e-4, "{t}");
        }
    }
    let b = &stats["/imu_b"];
    assert_eq!(b.skipped.get(&Skip::Late), Some(&1), "{b}");
    assert_eq!(b.received, 51, "{b}");
    assert_eq!(b.padded, 95 - 25, "{b}");
    assert_eq!(stats["/imu_a"].padded, 95 - 50, "{}", stats["/imu_a"]);
    assert_eq!(stats["/frames"].published, got.len() as u64);
}
