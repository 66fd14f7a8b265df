//! `robocache`: inspect robot recordings, and convert them into training
//! data.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod inspect;

#[derive(Parser)]
#[command(name = "robocache", version, about = "Robot recordings in, training data out")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// What a recording holds: topics, types, message counts, rates, time
    /// span, and the gaps longer than three periods.
    Inspect {
        /// A rosbag2 folder, or a .mcap or .db3 file.
        recording: PathBuf,
        /// Which time places a message.
        #[arg(long, value_enum, default_value_t = Time::Header)]
        time: Time,
        /// Seconds within which out-of-order stamps are put back in order.
        #[arg(long, default_value_t = 0.5)]
        reorder_window: f64,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Inspect {
            recording,
            time,
            reorder_window,
        } => inspect::run(&recording, time.into(), reorder_window),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
