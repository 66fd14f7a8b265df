//! `robocache convert`: recordings in, a LeRobot dataset at a fixed rate
//! out, every stream aligned by robocache's fusion and every point cloud
//! voxelized by robocache (SPEC section 7).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use robocache::{Context, InterpMode, VoxelMode};
use robocache_frames::{
    default_tolerance, frame_grid, fuse_streams, latest_at, StreamSamples, VoxelLayout, VoxelOptions,
};
use robocache_lerobot::{Column, DatasetWriter, Dtype, Episode, Feature};
use robocache_recordings::{
    decode, fingerprint, is_point_cloud, is_supported, Decoded, MessageRef, Recording, Skipped, StreamSet,
    TimeSource,
};

use crate::clouds::{CloudMessage, CloudTable, Voxelizer, VOXEL_PATH, VOXEL_TABLE};
use crate::inspect::bytes_bar;
use robocache_lerobot::serde_json::{json, Value};

/// What `convert` was asked to do.
pub(crate) struct Options {
    pub recordings: Vec<PathBuf>,
    pub rate: f64,
    pub out: PathBuf,
    pub topics: Vec<String>,
    pub modes: BTreeMap<String, InterpMode>,
    pub times: BTreeMap<String, TimeSource>,
    pub voxel: Option<VoxelOptions>,
    pub reorder_window: f64,
    pub workers: Option<std::num::NonZeroUsize>,
    pub task: String,
    pub replace: bool,
    pub context: Context,
}

pub(crate) type Error = Box<dyn std::error::Error>;

/// The recordings a path names: itself, or each recording in a folder of
/// recordings (one episode each), in name order.
pub(crate) fn recordings_in(path: &Path) -> Result<Vec<PathBuf>, Error> {
    if let Ok(recording) = Recording::open(path) {
        return Ok(vec![recording.path().to_path_buf()]);
    }
    let mut found = Vec::new();
    if path.is_dir() {
        for entry in std::fs::read_dir(path)? {
            let entry = entry?.path();
            if Recording::open(&entry).is_ok() {
                found.push(entry);
            }
        }
    }
    found.sort();
    if found.is_empty() {
        // The error of opening the path itself says best what is wrong.
        Recording::open(path)?;
    }
    Ok(found)
}

/// What one recording gives: its vector streams, the stamps of its clouds
/// per stream (already in the voxel table), and what was skipped.
struct Gathered {
    streams: BTreeMap<String, robocache_recordings::Stream>,
    cloud_stamps: BTreeMap<String, Vec<f64>>,
    cloud_features: BTreeMap<String, Vec<String>>,
    skipped: BTreeMap<String, Skipped>,
    undecodable: BTreeMap<String, (u64, String)>,
    unsupported: BTreeMap<String, u64>,
    clouds_without_grid: u64,
}

/// Totals over the run, for the summary.
#[derive(Default)]
struct Summary {
    frames: usize,
    padded: BTreeMap<String, usize>,
    skipped: BTreeMap<String, Skipped>,
    undecodable: BTreeMap<String, u64>,
    unsupported: BTreeMap<String, u64>,
    clouds: u64,
    clouds_without_grid: u64,
    /// Per cloud stream, the point features its voxels hold.
    cloud_features: BTreeMap<String, Vec<String>>,
}

impl Summary {
    fn add(&mut self, gathered: &Gathered, padded: Vec<(String, usize)>) {
        for (name, count) in padded {
            *self.padded.entry(name).or_default() += count;
        }
        for (name, s) in &gathered.skipped {
            self.skipped.entry(name.clone()).or_default().add(*s);
        }
        for (name, (count, _)) in &gathered.undecodable {
            *self.undecodable.entry(name.clone()).or_default() += count;
        }
        for (type_name, count) in &gathered.unsupported {
            *self.unsupported.entry(type_name.clone()).or_default() += count;
        }
        self.clouds_without_grid += gathered.clouds_without_grid;
        self.clouds += gathered
            .cloud_stamps
            .values()
            .map(|s| s.len() as u64)
            .sum::<u64>();
        for (name, features) in &gathered.cloud_features {
            self.cloud_features
                .entry(name.clone())
                .or_insert_with(|| features.clone());
        }
    }
}

pub(crate) fn run(options: &Options) -> Result<(), Error> {
    let started = Instant::now();
    if options.recordings.is_empty() {
        return Err("no recording to convert".into());
    }
    let total: u64 = options
        .recordings
        .iter()
        .filter_map(|p| Recording::open(p).ok())
        .flat_map(|r| r.files().to_vec())
        .filter_map(|f| std::fs::metadata(f).ok())
        .map(|m| m.len())
        .sum();
    let bar = bytes_bar(total, "converting");
    // Dropped before `finish` (an error below), the writer removes what it
    // wrote: no half-written dataset stays behind.
    let mut writer = DatasetWriter::create(&options.out, options.rate, None, options.replace)?;
    let mut summary = Summary::default();
    for (episode_index, path) in options.recordings.iter().enumerate() {
        let recording = Recording::open(path)?;
        let gathered = gather(&recording, episode_index, options, &mut writer, |bytes| {
            bar.inc(bytes)
        })?;
        let (episode, padded) = align(&gathered, options, path)?;
        writer.write_episode(&episode).map_err(|e| {
            format!(
                "{}: {e} (every recording must have the same streams)",
                path.display()
            )
        })?;
        summary.frames += episode.frames;
        summary.add(&gathered, padded);
    }
    bar.finish_and_clear();
    if let (Some(voxel), true) = (options.voxel, summary.clouds > 0) {
        writer.write_meta_json(VOXEL_META, &voxel_description(voxel, &summary.cloud_features))?;
    }
    let written = writer.finish()?;
    print_summary(&summary, &written, options, started.elapsed().as_secs_f64());
    Ok(())
}

/// The voxel table's description, `meta/voxels.json`: what a reader needs
/// to place its voxels in the world without robocache.
const VOXEL_META: &str = "voxels.json";

fn voxel_description(voxel: VoxelOptions, features: &BTreeMap<String, Vec<String>>) -> Value {
    let grid = voxel.grid;
    let per_voxel = match voxel.mode {
        VoxelMode::Occupancy => "1 (an occupied voxel; 0 for an empty one in the dense layout)",
        VoxelMode::Count => "the number of points",
        VoxelMode::Mean => "the mean of each point feature, in the order of features",
        VoxelMode::Max => "the maximum of each point feature, in the order of features",
    };
    let (layout, rows) = match voxel.layout {
        VoxelLayout::Sparse => (
            "sparse",
            "per cloud, voxel_index holds the occupied voxels' row-major linear indices, ascending \
             (numpy.unravel_index(voxel_index, dims) gives x, y and z), and values their values, \
             flattened in the same order",
        ),
        VoxelLayout::Dense => (
            "dense",
            "per cloud, values holds every voxel's values, row-major [X, Y, Z] (then the features)",
        ),
    };
    json!({
        "path": VOXEL_PATH,
        "episode_files": format!(
            "an episode's chunk_index and file_index are its {VOXEL_TABLE}/chunk_index and \
             {VOXEL_TABLE}/file_index in meta/episodes"
        ),
        "layout": layout,
        "rows": rows,
        "mode": voxel.mode.name(),
        "values": per_voxel,
        "origin": grid.origin,
        "voxel_size": grid.voxel_size,
        "dims": grid.dims,
        "index": "floor((p - origin) * (1 / voxel_size)) in f32, each axis (robocache SPEC section 3)",
        "features": features,
    })
}

/// Fails when a topic asked for with `--topics` is not in the recording.
fn check_topics(recording: &Recording, wanted: &[String]) -> Result<(), Error> {
    if wanted.is_empty() {
        return Ok(());
    }
    let topics = recording.topics()?;
    for topic in wanted {
        if !topics.iter().any(|t| &t.name == topic) {
            let present: Vec<&str> = topics.iter().map(|t| t.name.as_str()).collect();
            return Err(format!(
                "{}: topic {topic} is not in the recording (it has {})",
                recording.path().display(),
                present.join(", ")
            )
            .into());
        }
    }
    Ok(())
}

/// The backend `convert` runs on when asked for `auto`: the one
/// `ROBOCACHE_BACKEND` names, else the CPU's. Each cloud is a small call,
/// and reading the recording and writing the table set the pace either way:
/// on the H200 machine the CPU backend converted the benchmark recording in
/// 1.0-1.2 s, and a CUDA process took 2.2 s (a second of it the driver's
/// and CubeCL's start and teardown) with five times the memory
/// (`benches/RESULTS.md`). A named backend is used as named.
pub(crate) fn backend_for(asked: robocache::Backend) -> robocache::Backend {
    match asked {
        robocache::Backend::Auto if std::env::var_os(robocache::BACKEND_ENV).is_none() => {
            robocache::Backend::Cpu
        }
        asked => asked,
    }
}

/// Threads feeding a GPU backend with clouds.
const GPU_WORKERS: usize = 2;

/// Threads decoding and voxelizing clouds on the CPU backend, at most, by
/// default. Past a few, the one thread reading the recording and the one
/// writing the voxel table set the pace, while each worker keeps a cloud's
/// working memory (5 to 6 MB for 120k points, with its slot map): on a
/// 16-core machine, 2 to 16 workers all took 1.0-1.2 s for the benchmark
/// recording, and peak memory grew from 72 to 150 MB (`benches/RESULTS.md`).
const CPU_WORKERS: usize = 4;

/// Reads one recording: messages are decoded here as they are read, and
/// clouds go on to worker threads that voxelize them into the dataset's
/// voxel table meanwhile.
fn gather(
    recording: &Recording,
    episode_index: usize,
    options: &Options,
    writer: &mut DatasetWriter,
    mut progress: impl FnMut(u64),
) -> Result<Gathered, Error> {
    check_topics(recording, &options.topics)?;
    let wanted = |topic: &str| options.topics.is_empty() || options.topics.iter().any(|t| t == topic);
    let mut streams = StreamSet::new(options.reorder_window);
    let mut undecodable: BTreeMap<String, (u64, String)> = BTreeMap::new();
    let mut unsupported: BTreeMap<String, u64> = BTreeMap::new();
    let mut clouds_without_grid = 0;
    let layout = options.voxel.map_or(VoxelLayout::Sparse, |v| v.layout);
    let mut table = CloudTable::new(episode_index, options.reorder_window, layout);
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    // On a GPU the workers only queue: a few keep the device busy, and each
    // host thread that calls CubeCL gets a stream and memory pools of its
    // own (16 workers held 2.7 GB of host memory on an H200 machine,
    // benches/RESULTS.md).
    let workers = match (options.workers, options.context.backend()) {
        (Some(n), _) => n.get(),
        (None, robocache::Backend::Cpu) => cores.min(CPU_WORKERS),
        (None, _) => cores.min(GPU_WORKERS),
    };

    std::thread::scope(|scope| -> Result<(), Error> {
        let mut voxelizer = options
            .voxel
            .map(|voxel| Voxelizer::start(scope, &options.context, voxel, workers));
        let mut messages = recording.messages();
        // Each message is lent from the reader's buffer: clouds are decoded
        // here, straight from it, and vector samples too.
        let mut take = |message: MessageRef<'_>| -> Result<(), Error> {
            progress(message.data.len() as u64);
            let topic: &str = message.topic;
            let type_name: &str = message.type_name;
            if !wanted(topic) {
                return Ok(());
            }
            if !is_supported(type_name) {
                *unsupported.entry(type_name.to_string()).or_default() += 1;
                return Ok(());
            }
            let source = options.times.get(topic).copied().unwrap_or_default();
            let log_time = message.log_time_ns as f64 * 1e-9;
            if is_point_cloud(type_name) {
                match &mut voxelizer {
                    None => clouds_without_grid += 1,
                    Some(voxelizer) => {
                        voxelizer.send(CloudMessage::read(message, log_time, source))?;
                        voxelizer.drain(false, &mut table, writer)?;
                    }
                }
                return Ok(());
            }
            let time = |stamp: f64| match source {
                TimeSource::Header => stamp,
                TimeSource::Log => log_time,
            };
            let print = fingerprint(message.data);
            match decode(type_name, message.data) {
                Ok(Decoded::Sample(s)) => {
                    streams.push(topic, type_name, time(s.stamp), print, &s.columns, s.values)
                }
                Ok(Decoded::Transforms(transforms)) => {
                    for (frames, s) in transforms {
                        let name = format!("{topic}:{frames}");
                        streams.push(&name, type_name, time(s.stamp), print, &s.columns, s.values);
                    }
                }
                Ok(Decoded::Cloud(_)) => unreachable!("clouds go to the voxelizer"),
                Err(e) => {
                    let entry = undecodable.entry(topic.to_string()).or_insert((0, e.to_string()));
                    entry.0 += 1;
                }
            }
            Ok(())
        };
        while let Some(taken) = messages.next_with(&mut take) {
            taken??;
        }
        if let Some(voxelizer) = &mut voxelizer {
            voxelizer.drain(true, &mut table, writer)?;
        }
        Ok(())
    })?;
    let clouds = table.finish(writer)?;
    let mut skipped = clouds.skipped;
    let streams = streams.finish();
    for (name, stream) in &streams {
        skipped.insert(name.clone(), stream.skipped());
    }
    undecodable.extend(clouds.undecodable);
    Ok(Gathered {
        streams,
        cloud_stamps: clouds.stamps,
        cloud_features: clouds.features,
        skipped,
        undecodable,
        unsupported,
        clouds_without_grid,
    })
}

/// A stream's name as a LeRobot feature: `/joint_states` ->
/// `observation.joint_states`, `/tf:odom->base_link` ->
/// `observation.tf.odom-base_link`.
fn feature_name(stream: &str) -> String {
    let clean = stream
        .trim_start_matches('/')
        .replace(['/', ':'], ".")
        .replace("->", "-");
    format!("observation.{clean}")
}

/// An episode, and the frames padded per stream.
type Aligned = (Episode, Vec<(String, usize)>);

fn align(g: &Gathered, options: &Options, path: &Path) -> Result<Aligned, Error> {
    let mut spans: Vec<(f64, f64)> = Vec::new();
    for stream in g.streams.values() {
        if let (Some(&a), Some(&b)) = (stream.times.first(), stream.times.last()) {
            spans.push((a, b));
        }
    }
    for stamps in g.cloud_stamps.values() {
        if let (Some(&a), Some(&b)) = (stamps.first(), stamps.last()) {
            spans.push((a, b));
        }
    }
    if spans.is_empty() {
        return Err(format!("{}: no stream to convert", path.display()).into());
    }
    let grid = frame_grid(&spans, options.rate).ok_or_else(|| {
        format!(
            "{}: the streams do not overlap in time, so no frame has them all",
            path.display()
        )
    })?;
    let frames = grid.len();

    // Every vector stream in one fusion call.
    let inputs: Vec<(&String, &robocache_recordings::Stream)> =
        g.streams.iter().filter(|(_, s)| !s.times.is_empty()).collect();
    let samples: Vec<StreamSamples<'_>> = inputs
        .iter()
        .map(|(name, s)| StreamSamples {
            name,
            columns: &s.columns,
            times: &s.times,
            values: &s.values,
            tolerance: default_tolerance(&s.times),
        })
        .collect();
    let fused = fuse_streams(&options.context, &grid, &samples, &options.modes)?;

    let mut features = Vec::new();
    let mut columns = Vec::new();
    let mut padded = Vec::new();
    features.push(Feature {
        name: "time_unix".into(),
        dtype: Dtype::Float64,
        width: 1,
        names: None,
    });
    columns.push(Column::F64(grid.clone()));
    for ((name, stream), fused) in inputs.iter().zip(fused) {
        let base = feature_name(name);
        padded.push((name.to_string(), fused.is_pad.iter().filter(|p| **p).count()));
        features.push(Feature {
            name: base.clone(),
            dtype: Dtype::Float32,
            width: stream.columns.len(),
            names: Some(stream.columns.clone()),
        });
        columns.push(Column::F32(fused.values));
        push_validity(&mut features, &mut columns, &base, fused.is_pad, fused.staleness);
    }
    for (name, stamps) in &g.cloud_stamps {
        let tolerance = default_tolerance(stamps);
        let ages = latest_at(stamps, &grid);
        let base = feature_name(name);
        let pad: Vec<bool> = ages
            .iter()
            .map(|a| a.is_none_or(|(_, age)| age > tolerance))
            .collect();
        padded.push((name.to_string(), pad.iter().filter(|p| **p).count()));
        features.push(Feature {
            name: format!("{base}.cloud_index"),
            dtype: Dtype::Int64,
            width: 1,
            names: None,
        });
        columns.push(Column::I64(
            ages.iter().map(|a| a.map_or(-1, |(i, _)| i as i64)).collect(),
        ));
        let staleness = ages
            .iter()
            .map(|a| a.map_or(f32::INFINITY, |(_, age)| age as f32))
            .collect();
        push_validity(&mut features, &mut columns, &base, pad, staleness);
    }
    Ok((
        Episode {
            task: options.task.clone(),
            frames,
            features,
            columns,
        },
        padded,
    ))
}

/// A stream's validity columns: `<base>.is_pad` (no sample within three
/// periods) and `<base>.staleness` (the age of the sample used, seconds).
/// A dot, not LeRobot's `_is_pad`: `LeRobotDataset` writes
/// `<feature>_is_pad` itself for `delta_timestamps` past an episode's ends,
/// over a column of that name.
fn push_validity(
    features: &mut Vec<Feature>,
    columns: &mut Vec<Column>,
    base: &str,
    pad: Vec<bool>,
    staleness: Vec<f32>,
) {
    let scalar = |name: String, dtype| Feature {
        name,
        dtype,
        width: 1,
        names: None,
    };
    features.push(scalar(format!("{base}.is_pad"), Dtype::Bool));
    columns.push(Column::Bool(pad));
    features.push(scalar(format!("{base}.staleness"), Dtype::Float32));
    columns.push(Column::F32(staleness));
}

fn print_summary(s: &Summary, written: &robocache_lerobot::Written, options: &Options, seconds: f64) {
    println!(
        "wrote {} frames in {} episode{} at {} Hz to {} ({} backend, {:.2} s)",
        s.frames,
        written.episodes,
        if written.episodes == 1 { "" } else { "s" },
        options.rate,
        written.root.display(),
        options.context.backend(),
        seconds
    );
    for (name, count) in &s.padded {
        if *count > 0 {
            println!("  {name}: {count} frames padded (no sample within three periods)");
        }
    }
    if s.clouds > 0 {
        println!("  {} clouds voxelized into {VOXEL_TABLE}/", s.clouds);
    }
    if s.clouds_without_grid > 0 {
        println!(
            "  {} clouds skipped: pass --voxel-size and --voxel-range to voxelize them",
            s.clouds_without_grid
        );
    }
    for (name, skipped) in &s.skipped {
        if skipped.total() > 0 {
            println!(
                "  {name}: skipped {} duplicate, {} late, {} after a backward clock jump, {} malformed",
                skipped.duplicates, skipped.too_late, skipped.backward_jumps, skipped.malformed
            );
        }
    }
    for (name, count) in &s.undecodable {
        println!("  {name}: skipped {count} messages that did not decode");
    }
    for (type_name, count) in &s.unsupported {
        println!("  skipped {count} messages of {type_name}, not a type robocache decodes");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_dotted() {
        assert_eq!(feature_name("/joint_states"), "observation.joint_states");
        assert_eq!(
            feature_name("/tf:odom->base_link"),
            "observation.tf.odom-base_link"
        );
    }

    #[test]
    fn auto_converts_on_the_cpu_and_a_named_backend_is_kept() {
        use robocache::Backend;
        for named in [Backend::Cpu, Backend::Cuda, Backend::Wgpu] {
            assert_eq!(backend_for(named), named);
        }
        // ROBOCACHE_BACKEND, where the environment sets it, is the
        // library's to read.
        let expected = match std::env::var_os(robocache::BACKEND_ENV) {
            None => Backend::Cpu,
            Some(_) => Backend::Auto,
        };
        assert_eq!(backend_for(Backend::Auto), expected);
    }
}
