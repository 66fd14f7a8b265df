//! `robocache inspect`.

use std::path::Path;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use robocache_recordings::{survey, Recording, Storage, TimeSource};

/// A progress bar over `total` bytes that shows throughput; hidden when
/// standard error is not a terminal.
pub(crate) fn bytes_bar(total: u64, what: &str) -> ProgressBar {
    let bar = ProgressBar::new(total);
    let style = ProgressStyle::with_template(
        "{msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(what.to_string());
    bar
}

pub(crate) fn run(path: &Path, time: TimeSource, window: f64) -> Result<(), Box<dyn std::error::Error>> {
    if path.join("meta/info.json").is_file() {
        return dataset(path);
    }
    let started = Instant::now();
    let recording = Recording::open(path)?;
    let file_bytes: u64 = recording
        .files()
        .iter()
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let bar = bytes_bar(file_bytes, "reading");
    let survey = survey(&recording, time, window, |bytes| bar.inc(bytes))?;
    bar.finish_and_clear();

    let storage = match recording.storage() {
        Storage::Mcap => "MCAP",
        Storage::Sqlite3 => "SQLite3",
    };
    println!(
        "{} ({storage}, {} file{}, {:.1} MB, {} messages)",
        path.display(),
        recording.files().len(),
        if recording.files().len() == 1 { "" } else { "s" },
        file_bytes as f64 / 1e6,
        survey.messages
    );
    let start = survey
        .streams
        .iter()
        .filter_map(|s| s.timing.as_ref().map(|t| t.first))
        .fold(f64::INFINITY, f64::min);
    let end = survey
        .streams
        .iter()
        .filter_map(|s| s.timing.as_ref().map(|t| t.last))
        .fold(f64::NEG_INFINITY, f64::max);
    if start.is_finite() {
        let clock = match time {
            TimeSource::Header => "header stamps",
            TimeSource::Log => "log times",
        };
        println!(
            "span: {:.3} s from {start:.3} s since the Unix epoch ({clock}; times below are from its start)",
            end - start
        );
    }
    println!();
    println!(
        "{:<32} {:<30} {:>8} {:>9} {:>9} {:>9}  {:<24} skipped",
        "stream", "type", "samples", "rate Hz", "first s", "last s", "gaps > 3 periods"
    );
    for stream in &survey.streams {
        let Some(t) = &stream.timing else {
            println!("{:<32} {:<30} {:>8}", stream.name, stream.type_name, 0);
            continue;
        };
        let gaps = match t
            .gaps
            .iter()
            .map(|g| g.1)
            .fold(None, |m: Option<f64>, d| Some(m.map_or(d, |m| m.max(d))))
        {
            None => "none".to_string(),
            Some(longest) => format!("{} (longest {:.3} s)", t.gaps.len(), longest),
        };
        let s = stream.skipped;
        let mut skipped = Vec::new();
        for (count, why) in [
            (s.duplicates, "duplicate"),
            (s.too_late, "late"),
            (s.backward_jumps, "clock jump"),
            (s.malformed, "malformed"),
            (stream.undecodable.0, "undecodable"),
        ] {
            if count > 0 {
                skipped.push(format!("{count} {why}"));
            }
        }
        println!(
            "{:<32} {:<30} {:>8} {:>9.2} {:>9.3} {:>9.3}  {:<24} {}",
            stream.name,
            stream.type_name,
            t.count,
            t.rate_hz(),
            t.first - start,
            t.last - start,
            gaps,
            if skipped.is_empty() {
                "none".to_string()
            } else {
                skipped.join(", ")
            }
        );
        if let Some(why) = &stream.undecodable.1 {
            println!("    first undecodable message: {why}");
        }
    }
    for (type_name, count) in &survey.unsupported {
        println!("{count} messages of {type_name}: not a type robocache decodes, skipped");
    }
    eprintln!(
        "read {:.1} MB of messages in {:.2} s",
        survey.bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// `robocache inspect` of a LeRobot dataset: its frames, episodes, rate and
/// features, and the frames each stream padded.
fn dataset(path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let summary = robocache_lerobot::read_summary(path)?;
    let info = &summary.info;
    println!(
        "{} (LeRobot {}, {} frames in {} episodes at {} fps, {} data file{})",
        path.display(),
        info["codebase_version"].as_str().unwrap_or("?"),
        summary.frames,
        summary.episodes,
        info["fps"],
        summary.data_files.len(),
        if summary.data_files.len() == 1 { "" } else { "s" }
    );
    if info["total_frames"].as_u64() != Some(summary.frames as u64) {
        println!("warning: meta/info.json says {} frames", info["total_frames"]);
    }
    println!();
    println!("{:<44} {:<8} {:>6}  padded frames", "feature", "dtype", "shape");
    if let Some(features) = info["features"].as_object() {
        for (name, feature) in features {
            let pad = summary.padded.iter().find(|(n, _)| n == name).map(|p| p.1);
            println!(
                "{:<44} {:<8} {:>6}  {}",
                name,
                feature["dtype"].as_str().unwrap_or("?"),
                feature["shape"].to_string(),
                pad.map_or(String::new(), |p| p.to_string())
            );
        }
    }
    Ok(())
}
