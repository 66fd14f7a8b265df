//! How long the node takes from receiving a lidar cloud to publishing its
//! voxels, measured live over DDS on this host: a second participant
//! publishes clouds shaped like the benchmark recording's (a 32-beam scan
//! of a wavy wall and a floor, x, y, z and intensity, every 37th point a
//! missing return) at a fixed rate, and takes the voxels back, while the
//! node times each stage. Resident memory is sampled once a second: a
//! long run is a soak of the cloud path.
//!
//! `cargo run --release -p robocache-ros2 --example cloud_latency -- [SECONDS] [POINTS] [HZ] [BACKEND]`
//! (defaults: 30 s of 120 000-point clouds at 10 Hz on the CPU backend).

use std::net::{IpAddr, Ipv4Addr};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use robocache_ros2::messages::PointCloud2;
use robocache_ros2::{NodeConfig, RunningNode, Stage};
use ros2_client::dds::rustdds::no_key::DataReader;
use ros2_client::dds::rustdds::{CDRDeserializerAdapter, DomainParticipantBuilder, QosPolicyBuilder};
use ros2_client::qos::{History, WhenFull};
use ros2_client::{MessageTypeName, Name, NodeName, NodeOptions, QosProfile};

#[path = "../tests/support/lidar.rs"]
mod lidar;
use lidar::{resident_mb, scan};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize, default: &str| args.get(i).cloned().unwrap_or_else(|| default.to_string());
    let seconds: f64 = arg(0, "30").parse()?;
    let points: u32 = arg(1, "120000").parse()?;
    let rate: f64 = arg(2, "10").parse()?;
    let backend: robocache::Backend = arg(3, "cpu").parse()?;
    let domain_id = 150 + (std::process::id() % 80) as u16;
    let loopback = IpAddr::V4(Ipv4Addr::LOCALHOST);

    let config = NodeConfig::from_yaml(&format!(
        "domain_id: {domain_id}\nnetworks: [127.0.0.1]\nreliable: true\nqueue: 16\n\
         voxel: {{size: [0.2], range: [-16, -16, -3, 16, 16, 3], mode: mean}}\nclouds: [{{topic: /points}}]\n"
    ))?;
    let node = RunningNode::start(&config, robocache::Context::new(backend)?)?;

    let participant = DomainParticipantBuilder::new(domain_id)
        .with_only_networks([loopback])
        .build()
        .map_err(|e| format!("{e:?}"))?;
    let mut lidar = ros2_client::Context::from_domain_participant(participant.clone())
        .map_err(|e| format!("{e:?}"))?
        .new_node(
            NodeName::new("/", "lidar").map_err(|e| format!("{e:?}"))?,
            NodeOptions::new(),
        )
        .map_err(|e| format!("{e:?}"))?;
    let qos = QosProfile::publisher_default()
        .reliability_reliable(WhenFull::Block)
        .history(History::KeepLast { depth: 16 });
    let cloud_type = || MessageTypeName::new("sensor_msgs", "PointCloud2");
    let topic = lidar
        .create_topic(
            &Name::parse("/points").map_err(|e| format!("{e:?}"))?,
            cloud_type(),
            &qos,
        )
        .map_err(|e| format!("{e:?}"))?;
    let publisher = lidar
        .create_publisher::<PointCloud2>(&topic, None)
        .map_err(|e| format!("{e:?}"))?;
    let voxels_topic = lidar
        .create_topic(
            &Name::parse("/points/voxels").map_err(|e| format!("{e:?}"))?,
            cloud_type(),
            &qos,
        )
        .map_err(|e| format!("{e:?}"))?;
    let mut voxels: DataReader<PointCloud2, CDRDeserializerAdapter<PointCloud2>> = participant
        .create_subscriber(&QosPolicyBuilder::new().build())
        .map_err(|e| format!("{e:?}"))?
        .create_datareader_no_key(&voxels_topic, None)
        .map_err(|e| format!("{e:?}"))?;
    let deadline = Instant::now() + Duration::from_secs(30);
    while !node
        .stats()
        .get("/points")
        .is_some_and(|s| s.publishers > 0 && s.subscribers > 0)
    {
        if Instant::now() > deadline {
            return Err("the node and the lidar did not find each other in 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    }

    let scans = (seconds * rate).round() as u64;
    let started = Instant::now();
    let mut taken = 0u64;
    // Resident memory, MB, once a second.
    let mut rss = Vec::new();
    for k in 0..scans {
        if k % rate.round().max(1.0) as u64 == 0 {
            rss.push(resident_mb("self"));
        }
        let due = Duration::from_secs_f64(k as f64 / rate);
        while started.elapsed() < due {
            taken += take_all(&mut voxels)?;
            std::thread::sleep(Duration::from_millis(1));
        }
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs_f64();
        publisher
            .publish(scan(now, points, k))
            .map_err(|e| format!("publishing: {e:?}"))?;
    }
    let settle = Instant::now() + Duration::from_secs(5);
    while taken < scans && Instant::now() < settle {
        taken += take_all(&mut voxels)?;
        std::thread::sleep(Duration::from_millis(1));
    }
    let stats = node.stop()?;
    let points_stats = &stats["/points"];
    println!(
        "{scans} clouds of {points} points at {rate} Hz on the {backend} backend; {taken} voxel clouds taken back"
    );
    println!("/points: {points_stats}");
    // The first tenth warms the pools and queues up; then memory must hold.
    let warm = &rss[rss.len() / 10..];
    if let (Some(first), Some(last), Some(high)) =
        (warm.first(), warm.last(), warm.iter().copied().reduce(f64::max))
    {
        println!(
            "resident memory after the first tenth: {first:.1} MB, at the end {last:.1} MB ({:+.1}%), highest {high:.1} MB",
            100.0 * (last - first) / first
        );
    }
    let ms = |stage, q| {
        points_stats
            .latency(stage, q)
            .map_or(f64::NAN, |d| d.as_secs_f64() * 1e3)
    };
    println!(
        "received -> published: p50 {:.2} ms, p99 {:.2} ms",
        ms(Stage::Total, 0.5),
        ms(Stage::Total, 0.99)
    );
    Ok(())
}

fn take_all(
    reader: &mut DataReader<PointCloud2, CDRDeserializerAdapter<PointCloud2>>,
) -> Result<u64, String> {
    let mut n = 0;
    while reader.take_next_sample().map_err(|e| format!("{e:?}"))?.is_some() {
        n += 1;
    }
    Ok(n)
}
