//! `robocache`: inspect robot recordings, and convert them into training
//! data.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use robocache_frames::{VoxelLayout, VoxelOptions};

mod clouds;
mod convert;
mod inspect;

/// jemalloc rather than the system's allocator. Converting a folder of
/// recordings, glibc's malloc kept what the threads freed in ever more
/// fragmented arenas: resident memory grew by 3 MB an episode (90 to 180
/// MB over 30 benchmark recordings) while live memory stayed at 25-45 MB.
/// With jemalloc it stays at 72-84 MB, at the same speed
/// (`benches/RESULTS.md`).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

#[derive(Parser)]
#[command(name = "robocache", version, about = "Robot recordings in, training data out")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What a recording holds: topics, types, message counts, rates, time
    /// span, and the gaps longer than three periods; or what a LeRobot
    /// dataset holds: frames, episodes, features and padded frames.
    Inspect {
        /// A rosbag2 folder, a .mcap or .db3 file, or a LeRobot dataset.
        recording: PathBuf,
        /// Which time places a message.
        #[arg(long, value_enum, default_value_t = Time::Header)]
        time: Time,
        /// Seconds within which out-of-order stamps are put back in order.
        #[arg(long, default_value_t = 0.5)]
        reorder_window: f64,
    },
    /// Writes a LeRobot dataset (v3.0) at a fixed rate: one episode per
    /// recording, every stream aligned by robocache, clouds voxelized.
    Convert {
        /// Recordings (rosbag2 folders, .mcap or .db3 files), or folders of
        /// them: each recording is an episode.
        #[arg(required = true)]
        recordings: Vec<PathBuf>,
        /// Frames per second.
        #[arg(long)]
        rate: f64,
        /// The dataset folder to create (it must not exist, unless
        /// --replace).
        #[arg(long)]
        out: PathBuf,
        /// Replace a dataset at --out, once the new one is complete.
        #[arg(long)]
        replace: bool,
        /// Topics to convert (default: every topic of a supported type).
        #[arg(long, value_delimiter = ',')]
        topics: Vec<String>,
        /// A stream's resampling mode, TOPIC=MODE (linear, nearest,
        /// previous, slerp); repeatable. Default: linear, with quaternions
        /// in slerp.
        #[arg(long = "mode", value_parser = parse_mode)]
        modes: Vec<(String, robocache::InterpMode)>,
        /// A stream's time source, TOPIC=header or TOPIC=log; repeatable.
        /// Default: the header stamp.
        #[arg(long = "time", value_parser = parse_time)]
        times: Vec<(String, robocache_recordings::TimeSource)>,
        /// Voxel edge in metres: one value, or x,y,z.
        #[arg(long, value_delimiter = ',')]
        voxel_size: Vec<f32>,
        /// The voxel grid's bounds: xmin,ymin,zmin,xmax,ymax,zmax (metres).
        #[arg(long, value_delimiter = ',', allow_negative_numbers = true)]
        voxel_range: Vec<f32>,
        /// What each voxel holds.
        #[arg(long, value_enum, default_value_t = VoxelKind::Occupancy)]
        voxel_mode: VoxelKind,
        /// How each cloud's grid is stored: the occupied voxels
        /// (linear indices and values), or every voxel.
        #[arg(long, value_enum, default_value_t = VoxelLayout::Sparse)]
        voxel_layout: VoxelLayout,
        /// The backend: auto, cpu, cuda or wgpu. Auto is the one
        /// ROBOCACHE_BACKEND names, else the CPU backend: it converts a
        /// recording faster than CUDA does, with a fifth of the memory.
        #[arg(long, default_value = "auto")]
        backend: robocache::Backend,
        /// Seconds within which out-of-order stamps are put back in order.
        #[arg(long, default_value_t = 0.5)]
        reorder_window: f64,
        /// Threads that voxelize clouds (default: up to 4 on the
        /// CPU backend, 2 on a GPU; more add memory, not speed).
        #[arg(long)]
        workers: Option<std::num::NonZeroUsize>,
        /// The task the episodes perform, in words.
        #[arg(long, default_value = "recorded")]
        task: String,
    },
}

/// What each voxel holds.
#[derive(Clone, Copy, ValueEnum)]
enum VoxelKind {
    /// 1 where a point fell.
    Occupancy,
    /// Points per voxel.
    Count,
    /// The mean of each point feature (intensity, ...).
    Mean,
    /// The max of each point feature.
    Max,
}

fn parse_mode(text: &str) -> Result<(String, robocache::InterpMode), String> {
    let (topic, mode) = text.split_once('=').ok_or("expected TOPIC=MODE")?;
    let mode = match mode {
        "linear" => robocache::InterpMode::Linear,
        "nearest" => robocache::InterpMode::Nearest,
        "previous" => robocache::InterpMode::Previous,
        "slerp" => robocache::InterpMode::Slerp,
        other => {
            return Err(format!(
                "unknown mode {other}: linear, nearest, previous or slerp"
            ))
        }
    };
    Ok((topic.to_string(), mode))
}

fn parse_time(text: &str) -> Result<(String, robocache_recordings::TimeSource), String> {
    let (topic, time) = text.split_once('=').ok_or("expected TOPIC=header or TOPIC=log")?;
    let time = match time {
        "header" => robocache_recordings::TimeSource::Header,
        "log" => robocache_recordings::TimeSource::Log,
        other => return Err(format!("unknown time source {other}: header or log")),
    };
    Ok((topic.to_string(), time))
}

fn voxel_options(
    size: &[f32],
    range: &[f32],
    kind: VoxelKind,
    layout: VoxelLayout,
) -> Result<Option<VoxelOptions>, Box<dyn std::error::Error>> {
    if size.is_empty() && range.is_empty() {
        return Ok(None);
    }
    let mode = match kind {
        VoxelKind::Occupancy => robocache::VoxelMode::Occupancy,
        VoxelKind::Count => robocache::VoxelMode::Count,
        VoxelKind::Mean => robocache::VoxelMode::Mean,
        VoxelKind::Max => robocache::VoxelMode::Max,
    };
    VoxelOptions::from_size_and_range(size, range, mode, layout)
        .map(Some)
        .map_err(|e| format!("--voxel-size, --voxel-range: {e}").into())
}

/// Which time places a message.
#[derive(Clone, Copy, ValueEnum)]
enum Time {
    /// The header stamp: when the sensor measured.
    Header,
    /// When the recorder received it.
    Log,
}

impl From<Time> for robocache_recordings::TimeSource {
    fn from(time: Time) -> Self {
        match time {
            Time::Header => Self::Header,
            Time::Log => Self::Log,
        }
    }
}

/// Mesa's Vulkan device-selection layer, which the loader runs for every
/// Vulkan program, prints `error: XDG_RUNTIME_DIR is invalid or not set`
/// when there is no desktop session, though nothing is wrong. robocache
/// picks among the adapters itself, so the layer adds nothing: it is turned
/// off through its documented switch, unless the user set that switch.
fn quiet_vulkan_device_select() {
    const SWITCH: &str = "NODEVICE_SELECT";
    if std::env::var_os(SWITCH).is_none() {
        // Set before any thread starts, as `set_var` requires.
        std::env::set_var(SWITCH, "1");
    }
}

fn main() -> ExitCode {
    quiet_vulkan_device_select();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Inspect {
            recording,
            time,
            reorder_window,
        } => inspect::run(&recording, time.into(), reorder_window),
        Command::Convert {
            recordings,
            rate,
            out,
            topics,
            modes,
            times,
            voxel_size,
            voxel_range,
            voxel_mode,
            voxel_layout,
            backend,
            reorder_window,
            workers,
            task,
            replace,
        } => (|| {
            if !(rate.is_finite() && rate > 0.0) {
                return Err(
                    format!("--rate must be a positive number of frames per second, not {rate}").into(),
                );
            }
            let mut paths = Vec::new();
            for recording in &recordings {
                paths.extend(convert::recordings_in(recording)?);
            }
            let options = convert::Options {
                recordings: paths,
                rate,
                out,
                topics,
                modes: modes.into_iter().collect(),
                times: times.into_iter().collect(),
                voxel: voxel_options(&voxel_size, &voxel_range, voxel_mode, voxel_layout)?,
                reorder_window,
                workers,
                task,
                replace,
                context: robocache::Context::new(convert::backend_for(backend))?,
            };
            convert::run(&options)
        })(),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
