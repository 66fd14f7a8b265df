//! The point-cloud half of `convert`: clouds are decoded where they are
//! read, voxelized on worker threads while the reader goes on, come back in
//! the order they were read, are put in stamp order per stream, and are
//! appended to the dataset's voxel table in batches, so memory holds a
//! bounded number of clouds whatever the recording's length.

use std::collections::BTreeMap;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread::Scope;

use robocache::Context;
use robocache_frames::{voxelize_cloud, VoxelLayout, VoxelOptions, VoxelizedCloud};
use robocache_lerobot::{Column, DatasetWriter, SideTable};
use robocache_recordings::{decode, fingerprint, Cloud, Decoded, MessageRef, Reorder, Skipped, TimeSource};

use crate::convert::Error;

/// The voxel table's folder under the dataset. Its files are numbered as
/// the data files are, and each episode's file is in `meta/episodes`
/// (`voxels/chunk_index`, `voxels/file_index`).
pub(crate) const VOXEL_TABLE: &str = "voxels";

/// Where an episode's voxels are, as `info.json`'s `data_path` says where
/// its frames are.
pub(crate) const VOXEL_PATH: &str = "voxels/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet";

/// Clouds per batch handed to the voxel table's writer, and the bytes of
/// voxels at which a batch goes sooner. Writing a batch holds about six
/// times its bytes at once (arrow's copy, parquet's repetition and
/// definition levels of every list item): batches of 4 MiB were a third of
/// convert's peak memory on the benchmark recording. The writer gathers
/// batches into row groups of its own size
/// ([`robocache_lerobot::SIDE_ROW_GROUP_BYTES`]).
const BATCH_CLOUDS: usize = 64;
const BATCH_BYTES: usize = 1 << 20;

/// One cloud message, decoded where it was read, waiting for a worker.
pub(crate) struct CloudMessage {
    topic: Arc<str>,
    /// The points, or why the message is not a cloud.
    cloud: Result<Cloud, String>,
    /// The message's fingerprint: a duplicate is an exact copy.
    print: u64,
    log_time: f64,
    time: TimeSource,
}

impl CloudMessage {
    /// Decodes a message lent by the recording's reader: the points are
    /// gathered straight from the reader's buffer, which is the one copy
    /// of the message a cloud needs.
    pub(crate) fn read(message: MessageRef<'_>, log_time: f64, time: TimeSource) -> Self {
        // The decoder is tested never to panic on any bytes; were it to, the
        // message is counted as undecodable rather than ending the run.
        let decoded = std::panic::catch_unwind(|| decode(message.type_name, message.data));
        let cloud = match decoded {
            Ok(Ok(Decoded::Cloud(cloud))) => Ok(cloud),
            Ok(Ok(_)) => Err("not a point cloud".into()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("decoding the cloud panicked".into()),
        };
        Self {
            topic: Arc::clone(message.topic),
            cloud,
            print: fingerprint(message.data),
            log_time,
            time,
        }
    }
}

/// What a worker made of one message.
enum Outcome {
    /// The stamp, the message's fingerprint, and the voxels.
    Voxelized(f64, u64, VoxelizedCloud),
    /// The message did not decode as a cloud; the reason.
    Undecodable(String),
    /// The backend failed; the whole run stops.
    Failed(String),
}

/// Decodes and voxelizes clouds on `workers` threads; results come back in
/// the order the messages were sent.
pub(crate) struct Voxelizer {
    jobs: Option<SyncSender<(u64, Arc<str>, CloudMessage)>>,
    results: Receiver<(u64, Arc<str>, Outcome)>,
    /// Voxelized clouds, back to the reading thread that allocated their
    /// points, to be freed there. Freed by the workers, they took the lock
    /// of the reader's malloc arena while the reader allocated the next
    /// cloud: with glibc's malloc the reader waited about 0.25 s of a
    /// 1.1 s convert of the benchmark recording.
    spent: Receiver<Cloud>,
    sent: u64,
    next: u64,
    /// Finished out of order, waiting for an earlier one.
    early: BTreeMap<u64, (Arc<str>, Outcome)>,
    /// Clouds sent and not yet handed on, at most: past it the reader waits
    /// for the next in order, so one slow cloud cannot let the finished
    /// ones behind it pile up.
    outstanding: u64,
}

impl Voxelizer {
    pub(crate) fn start<'scope>(
        scope: &'scope Scope<'scope, '_>,
        context: &'scope Context,
        voxel: VoxelOptions,
        workers: usize,
    ) -> Self {
        // One message queued per worker keeps the workers busy while the
        // reader blocks, and bounds the clouds in memory.
        let (jobs, queue) = sync_channel::<(u64, Arc<str>, CloudMessage)>(workers);
        let queue = Arc::new(Mutex::new(queue));
        let (done, results) = channel();
        let (spend, spent) = channel();
        for _ in 0..workers {
            let queue = Arc::clone(&queue);
            let done: Sender<_> = done.clone();
            let spend: Sender<Cloud> = spend.clone();
            scope.spawn(move || {
                yield_to_the_reader();
                loop {
                    let job = match queue.lock() {
                        Ok(queue) => queue.recv(),
                        Err(_) => return,
                    };
                    let Ok((seq, topic, message)) = job else {
                        return;
                    };
                    // A panic would leave the reader waiting for this cloud
                    // forever: it becomes the run's error instead.
                    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        work(context, voxel, message, &spend)
                    }))
                    .unwrap_or_else(|_| {
                        Outcome::Failed(format!("{topic}: decoding or voxelizing a cloud panicked"))
                    });
                    if done.send((seq, topic, outcome)).is_err() {
                        return;
                    }
                }
            });
        }
        Self {
            jobs: Some(jobs),
            results,
            spent,
            sent: 0,
            next: 0,
            early: BTreeMap::new(),
            outstanding: 4 * workers as u64,
        }
    }

    /// Queues a message; blocks while the workers are all busy and the
    /// queue is full.
    pub(crate) fn send(&mut self, message: CloudMessage) -> Result<(), Error> {
        let jobs = self.jobs.as_ref().ok_or("the voxelizer was closed")?;
        jobs.send((self.sent, Arc::clone(&message.topic), message))
            .map_err(|_| "the voxelizing threads stopped")?;
        self.sent += 1;
        Ok(())
    }

    /// Hands the table every finished cloud that is next in reading order;
    /// with `wait`, waits for all of them.
    pub(crate) fn drain(
        &mut self,
        wait: bool,
        table: &mut CloudTable,
        writer: &mut DatasetWriter,
    ) -> Result<(), Error> {
        if wait {
            self.jobs = None;
        }
        self.spent.try_iter().for_each(drop);
        while self.next < self.sent {
            if let Some((topic, outcome)) = self.early.remove(&self.next) {
                table.take(&topic, outcome, writer)?;
                self.next += 1;
                continue;
            }
            let block = wait || self.sent - self.next > self.outstanding;
            let received = if block {
                self.results
                    .recv()
                    .map_err(|_| "the voxelizing threads stopped")?
            } else {
                match self.results.try_recv() {
                    Ok(r) => r,
                    Err(_) => return Ok(()),
                }
            };
            let (seq, topic, outcome) = received;
            self.early.insert(seq, (topic, outcome));
        }
        Ok(())
    }
}

/// How much lower than the reading thread the workers run, in nice steps.
/// The reader is the pipeline's head: when the cores are all busy, a
/// worker that waits costs nothing, while a reader that waits stalls
/// everything behind it. On the 2-core CI machine this took a warm convert
/// of the benchmark recording from 1.07-1.10 to 1.04-1.06 s and a cold one
/// from 1.24-1.50 to 1.17-1.29 s (`benches/RESULTS.md`). Where every
/// thread has a core of its own, there is nothing to yield.
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
const WORKER_NICENESS: i32 = 10;

/// Lowers the calling thread's priority by [`WORKER_NICENESS`]. Linux
/// keeps a nice value per thread; elsewhere this does nothing.
fn yield_to_the_reader() {
    #[cfg(target_os = "linux")]
    // SAFETY: nice only changes this thread's scheduling weight and reads
    // or writes no memory of the process. A failure (a nice value already
    // at its limit) leaves the priority as it was.
    unsafe {
        libc::nice(WORKER_NICENESS);
    }
}

fn work(context: &Context, voxel: VoxelOptions, message: CloudMessage, spend: &Sender<Cloud>) -> Outcome {
    let cloud = match message.cloud {
        Ok(cloud) => cloud,
        Err(why) => return Outcome::Undecodable(why),
    };
    let stamp = match message.time {
        TimeSource::Header => cloud.stamp,
        TimeSource::Log => message.log_time,
    };
    let voxelized = voxelize_cloud(context, voxel, &cloud);
    // Dropped here if the reader has gone.
    let _ = spend.send(cloud);
    match voxelized {
        Ok(sparse) => Outcome::Voxelized(stamp, message.print, sparse),
        Err(e) => Outcome::Failed(format!(
            "{}: voxelizing the cloud at {stamp:.6} s: {e}",
            message.topic
        )),
    }
}

/// The voxel table of one recording: each cloud stream put in stamp order,
/// its clouds numbered in that order (the frames' `.cloud_index`) and
/// written in batches.
pub(crate) struct CloudTable {
    episode: i64,
    window: f64,
    layout: VoxelLayout,
    streams: BTreeMap<String, CloudStream>,
    undecodable: BTreeMap<String, (u64, String)>,
    batch: Vec<(String, i64, f64, VoxelizedCloud)>,
    batch_bytes: usize,
}

struct CloudStream {
    reorder: Reorder<VoxelizedCloud>,
    stamps: Vec<f64>,
    released: Vec<(f64, VoxelizedCloud)>,
    /// The point features of its first cloud.
    features: Arc<[String]>,
}

/// What a recording's clouds came to.
pub(crate) struct CloudsGathered {
    /// Per stream, the stamp of each cloud written, by cloud index.
    pub stamps: BTreeMap<String, Vec<f64>>,
    pub skipped: BTreeMap<String, Skipped>,
    pub undecodable: BTreeMap<String, (u64, String)>,
    /// Per stream, the point features its voxels hold (mean and max).
    pub features: BTreeMap<String, Vec<String>>,
}

impl CloudTable {
    pub(crate) fn new(episode: usize, window: f64, layout: VoxelLayout) -> Self {
        Self {
            episode: episode as i64,
            window,
            layout,
            streams: BTreeMap::new(),
            undecodable: BTreeMap::new(),
            batch: Vec::new(),
            batch_bytes: 0,
        }
    }

    fn take(&mut self, topic: &str, outcome: Outcome, writer: &mut DatasetWriter) -> Result<(), Error> {
        let (stamp, print, cloud) = match outcome {
            Outcome::Voxelized(stamp, print, cloud) => (stamp, print, cloud),
            Outcome::Undecodable(why) => {
                self.undecodable.entry(topic.to_string()).or_insert((0, why)).0 += 1;
                return Ok(());
            }
            Outcome::Failed(why) => return Err(why.into()),
        };
        let window = self.window;
        let stream = self
            .streams
            .entry(topic.to_string())
            .or_insert_with(|| CloudStream {
                reorder: Reorder::new(window),
                stamps: Vec::new(),
                released: Vec::new(),
                features: Arc::clone(&cloud.features),
            });
        stream.reorder.push(stamp, print, cloud, &mut stream.released);
        self.release(topic, writer)
    }

    /// Moves what the stream's reorder buffer released into the batch.
    fn release(&mut self, topic: &str, writer: &mut DatasetWriter) -> Result<(), Error> {
        let Some(stream) = self.streams.get_mut(topic) else {
            return Ok(());
        };
        for (stamp, cloud) in stream.released.drain(..) {
            self.batch_bytes += 4 * (cloud.index.len() + cloud.values.len());
            self.batch
                .push((topic.to_string(), stream.stamps.len() as i64, stamp, cloud));
            stream.stamps.push(stamp);
        }
        if self.batch.len() >= BATCH_CLOUDS || self.batch_bytes >= BATCH_BYTES {
            self.write(writer)?;
        }
        Ok(())
    }

    fn write(&mut self, writer: &mut DatasetWriter) -> Result<(), Error> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.batch);
        self.batch_bytes = 0;
        let n = rows.len();
        let mut streams = Vec::with_capacity(n);
        let mut cloud_indices = Vec::with_capacity(n);
        let mut stamps = Vec::with_capacity(n);
        let mut kept = Vec::with_capacity(n);
        let mut dropped = Vec::with_capacity(n);
        let mut voxel_indices = Vec::with_capacity(n);
        let mut values = Vec::with_capacity(n);
        for (stream, cloud_index, stamp, cloud) in rows {
            streams.push(stream);
            cloud_indices.push(cloud_index);
            stamps.push(stamp);
            kept.push(cloud.kept as i64);
            dropped.push(cloud.dropped as i64);
            voxel_indices.push(cloud.index);
            values.push(cloud.values);
        }
        let mut columns = vec![
            ("episode_index".into(), Column::I64(vec![self.episode; n])),
            ("stream".into(), Column::Str(streams)),
            ("cloud_index".into(), Column::I64(cloud_indices)),
            ("stamp".into(), Column::F64(stamps)),
            ("points_kept".into(), Column::I64(kept)),
            ("points_dropped".into(), Column::I64(dropped)),
        ];
        if self.layout == VoxelLayout::Sparse {
            columns.push(("voxel_index".into(), Column::ListU32(voxel_indices)));
        }
        columns.push(("values".into(), Column::ListF32(values)));
        writer.write_side_rows(SideTable {
            name: VOXEL_TABLE.into(),
            columns,
        })?;
        Ok(())
    }

    /// Releases what the reorder buffers still hold and writes the last
    /// batch.
    pub(crate) fn finish(mut self, writer: &mut DatasetWriter) -> Result<CloudsGathered, Error> {
        let topics: Vec<String> = self.streams.keys().cloned().collect();
        for topic in &topics {
            if let Some(stream) = self.streams.get_mut(topic) {
                stream.reorder.finish(&mut stream.released);
            }
            self.release(topic, writer)?;
        }
        self.write(writer)?;
        let mut stamps = BTreeMap::new();
        let mut skipped = BTreeMap::new();
        let mut features = BTreeMap::new();
        for (topic, stream) in self.streams {
            skipped.insert(topic.clone(), stream.reorder.skipped());
            features.insert(topic.clone(), stream.features.to_vec());
            stamps.insert(topic, stream.stamps);
        }
        Ok(CloudsGathered {
            stamps,
            skipped,
            undecodable: self.undecodable,
            features,
        })
    }
}
