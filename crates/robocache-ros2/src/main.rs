//! `robocache-node`: robocache as a ROS 2 node (`run`), and a bag played
//! back over DDS as recorded (`replay`).

use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use robocache_ros2::{replay, NodeConfig, Overrides, ReplayOptions, RunningNode};

#[derive(Parser)]
#[command(
    name = "robocache-node",
    version,
    about = "robocache as a ROS 2 node: live point clouds in, voxels out; joints, IMU and poses in, fused frames out"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Subscribes to point clouds and publishes each one's voxels, and fuses
    /// vector streams into frames, until Ctrl-C; prints what it counted and
    /// how long each stage took.
    Run {
        /// A YAML configuration (see the crate's README); the flags below
        /// override it.
        #[arg(long)]
        config: Option<PathBuf>,
        /// A PointCloud2 topic to voxelize; repeatable. Its voxels go to
        /// TOPIC/voxels.
        #[arg(long = "cloud")]
        clouds: Vec<String>,
        /// Also publish each cloud's dense grid, on TOPIC/grid.
        #[arg(long)]
        dense: bool,
        /// Voxel edge in metres: one value, or x,y,z.
        #[arg(long, value_delimiter = ',')]
        voxel_size: Vec<f32>,
        /// The grid's bounds: xmin,ymin,zmin,xmax,ymax,zmax (metres).
        #[arg(long, value_delimiter = ',', allow_negative_numbers = true)]
        voxel_range: Vec<f32>,
        /// What a voxel holds: occupancy, count, mean or max.
        #[arg(long)]
        voxel_mode: Option<String>,
        /// A stream to fuse into frames, TOPIC=TYPE
        /// (/imu=sensor_msgs/msg/Imu); repeatable. Frames go to
        /// /robocache/frames.
        #[arg(long)]
        fuse: Vec<String>,
        /// Frames a second of the fusion.
        #[arg(long)]
        rate: Option<f64>,
        /// The most a frame waits for late samples, seconds (default 0.02).
        #[arg(long)]
        max_delay: Option<f64>,
        /// A fused stream's interpolation, TOPIC=MODE (linear, nearest,
        /// previous or slerp); repeatable.
        #[arg(long = "mode")]
        modes: Vec<String>,
        /// The backend: auto, cpu, cuda or wgpu.
        #[arg(long, default_value = "auto")]
        backend: robocache::Backend,
        #[command(flatten)]
        dds: DdsArgs,
        /// Stop after this many seconds (default: at Ctrl-C).
        #[arg(long)]
        seconds: Option<f64>,
    },
    /// Sends a recording's messages over DDS as they were recorded.
    Replay {
        /// A rosbag2 recording (folder, .mcap or .db3).
        recording: PathBuf,
        /// Topics to send (default: all).
        #[arg(long, value_delimiter = ',')]
        topics: Vec<String>,
        /// Playback speed against the recorded times (default 1); 0 sends
        /// as fast as the subscribers take them.
        #[arg(long, default_value_t = 1.0)]
        speed: f64,
        /// Seconds to wait for subscribers before sending.
        #[arg(long, default_value_t = 5.0)]
        wait: f64,
        #[command(flatten)]
        dds: DdsArgs,
    },
}

#[derive(clap::Args)]
struct DdsArgs {
    /// The DDS domain (ROS_DOMAIN_ID).
    #[arg(long)]
    domain: Option<u16>,
    /// An interface address DDS may use; repeatable (default: all).
    /// 127.0.0.1 keeps the traffic on this host.
    #[arg(long = "network")]
    networks: Vec<IpAddr>,
    /// Reliable delivery (only reliable publishers match a reliable
    /// subscriber); default best effort.
    #[arg(long)]
    reliable: bool,
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The domain `ROS_DOMAIN_ID` names, as ROS 2 tools read it.
fn ros_domain_id() -> Option<u16> {
    std::env::var("ROS_DOMAIN_ID").ok()?.parse().ok()
}

fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    match cli.command {
        Command::Run {
            config,
            clouds,
            dense,
            voxel_size,
            voxel_range,
            voxel_mode,
            fuse,
            rate,
            max_delay,
            modes,
            backend,
            dds,
            seconds,
        } => {
            let yaml = match &config {
                Some(path) => {
                    std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?
                }
                None => String::new(),
            };
            let overrides = Overrides {
                clouds,
                dense,
                voxel_size,
                voxel_range,
                voxel_mode,
                domain_id: dds.domain.or_else(ros_domain_id),
                networks: dds.networks,
                reliable: dds.reliable,
                fuse,
                rate,
                max_delay,
                modes,
            };
            let config = NodeConfig::from_yaml_with(&yaml, overrides)?;
            serve(&config, robocache::Context::new(backend)?, seconds)
        }
        Command::Replay {
            recording,
            topics,
            speed,
            wait,
            dds,
        } => {
            let options = ReplayOptions {
                domain_id: dds.domain.or_else(ros_domain_id).unwrap_or(0),
                networks: dds.networks,
                topics,
                speed: (speed > 0.0).then_some(speed),
                reliable: dds.reliable,
                wait_for_subscribers: Duration::from_secs_f64(wait.max(0.0)),
            };
            let started = Instant::now();
            let replayed = replay(&recording, &options)?;
            for topic in &replayed.unmatched {
                eprintln!("warning: {topic} had no subscriber when sending began");
            }
            for (topic, count) in &replayed.sent {
                println!("{topic}: sent {count}");
            }
            for (topic, (count, why)) in &replayed.refused {
                println!("{topic}: refused {count} ({why})");
            }
            println!("replayed in {:.2} s", started.elapsed().as_secs_f64());
            Ok(())
        }
    }
}

fn serve(
    config: &NodeConfig,
    context: robocache::Context,
    seconds: Option<f64>,
) -> Result<(), Box<dyn std::error::Error>> {
    let interrupted = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&interrupted);
    ctrlc::set_handler(move || flag.store(true, Ordering::Relaxed))?;
    let backend = context.backend();
    let node = RunningNode::start(config, context)?;
    if let Some(voxel) = config.voxel {
        let topics: Vec<&str> = config.clouds.iter().map(|c| c.topic.as_str()).collect();
        eprintln!(
            "robocache-node: voxelizing {} on the {backend} backend into a {:?} grid",
            topics.join(", "),
            voxel.grid.dims,
        );
    }
    if let Some(fusion) = &config.fusion {
        let topics: Vec<&str> = fusion.streams.iter().map(|s| s.topic.as_str()).collect();
        eprintln!(
            "robocache-node: fusing {} at {} Hz into {}, each frame waiting at most {} ms",
            topics.join(", "),
            fusion.rate,
            fusion.topic,
            fusion.max_delay.as_secs_f64() * 1e3
        );
    }
    eprintln!("robocache-node: domain {}; Ctrl-C stops", config.domain_id);
    let until = seconds.map(|s| Instant::now() + Duration::from_secs_f64(s.max(0.0)));
    while !interrupted.load(Ordering::Relaxed) && until.is_none_or(|t| Instant::now() < t) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let stats = node.stop()?;
    for (topic, stats) in stats {
        println!("{topic}: {stats}");
    }
    Ok(())
}
