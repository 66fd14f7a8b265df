//! rosbag2 recordings, in MCAP or SQLite3 storage: what topics they hold,
//! and their messages one at a time, in the order they were stored.
//!
//! Memory stays bounded by one MCAP chunk (or one batch of SQLite rows),
//! never the whole bag: a 1 GB bag is read with megabytes.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::RecordingError;
use crate::read_ahead::SequentialFile;

/// How a bag's files store their messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Storage {
    /// MCAP files (rosbag2's default since Iron, and any bare `.mcap`).
    Mcap,
    /// rosbag2's SQLite3 files (`.db3`).
    Sqlite3,
}

/// One topic of a recording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Topic {
    /// The topic name, `/joint_states`.
    pub name: String,
    /// The message type, `sensor_msgs/msg/JointState`.
    pub type_name: String,
    /// Messages on the topic, where the bag's index says (an MCAP file
    /// without a summary does not).
    pub message_count: Option<u64>,
}

/// One stored message, not yet decoded.
#[derive(Clone, Debug)]
pub struct RawMessage {
    /// The topic it was recorded on.
    pub topic: Arc<str>,
    /// Its type, `sensor_msgs/msg/Imu`.
    pub type_name: Arc<str>,
    /// When the recorder received it, nanoseconds since the Unix epoch.
    pub log_time_ns: u64,
    /// The serialised message (CDR).
    pub data: Vec<u8>,
}

impl RawMessage {
    /// The message as [`Messages::next_with`] lends it.
    pub fn as_message_ref(&self) -> MessageRef<'_> {
        MessageRef {
            topic: &self.topic,
            type_name: &self.type_name,
            log_time_ns: self.log_time_ns,
            data: &self.data,
        }
    }
}

/// One stored message, lent by [`Messages::next_with`] from the reader's
/// buffer: a point cloud can be decoded where it was read, without first
/// being copied out.
#[derive(Clone, Copy, Debug)]
pub struct MessageRef<'a> {
    /// The topic it was recorded on.
    pub topic: &'a Arc<str>,
    /// Its type, `sensor_msgs/msg/Imu`.
    pub type_name: &'a Arc<str>,
    /// When the recorder received it, nanoseconds since the Unix epoch.
    pub log_time_ns: u64,
    /// The serialised message (CDR).
    pub data: &'a [u8],
}

impl MessageRef<'_> {
    /// The message, copied out.
    pub fn to_raw(&self) -> RawMessage {
        RawMessage {
            topic: Arc::clone(self.topic),
            type_name: Arc::clone(self.type_name),
            log_time_ns: self.log_time_ns,
            data: self.data.to_vec(),
        }
    }
}

/// A rosbag2 recording: a bag folder (`metadata.yaml` and its `.mcap` or
/// `.db3` files), or one `.mcap` or `.db3` file.
///
/// ```
/// let bag = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
///     .join("../../tests/fixtures/recordings/rosbags-mcap");
/// let recording = robocache_recordings::Recording::open(&bag)?;
/// let imu = recording.topics()?.into_iter().find(|t| t.name == "/imu").unwrap();
/// assert_eq!(imu.type_name, "sensor_msgs/msg/Imu");
/// let first = recording.messages().next().unwrap()?;
/// assert!(first.log_time_ns > 1_700_000_000_000_000_000);
/// # Ok::<(), robocache_recordings::RecordingError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Recording {
    path: PathBuf,
    storage: Storage,
    files: Vec<PathBuf>,
}

impl Recording {
    /// Finds a recording's storage files. A folder is read in the order
    /// rosbag2 splits it (`name_0`, `name_1`, ..., by number).
    pub fn open(path: impl AsRef<Path>) -> Result<Self, RecordingError> {
        let path = path.as_ref().to_path_buf();
        let io = |source| RecordingError::Io {
            path: path.clone(),
            source,
        };
        let metadata = std::fs::metadata(&path).map_err(io)?;
        let mut files = if metadata.is_dir() {
            let mut files = Vec::new();
            for entry in std::fs::read_dir(&path).map_err(io)? {
                let file = entry.map_err(io)?.path();
                if storage_of(&file).is_some() {
                    files.push(file);
                }
            }
            files
        } else {
            vec![path.clone()]
        };
        files.sort_by_key(|f| split_order(f));
        let not_one = |why: String| RecordingError::NotARecording {
            path: path.clone(),
            why,
        };
        let Some(storage) = files.first().and_then(|f| storage_of(f)) else {
            let compressed = metadata.is_dir()
                && std::fs::read_dir(&path)
                    .map_err(io)?
                    .flatten()
                    .any(|e| e.path().extension().is_some_and(|x| x == "zstd"));
            return Err(not_one(if compressed {
                "its files are compressed whole (rosbag2's file compression); decompress them first".into()
            } else if metadata.is_dir() {
                "the folder has no .mcap or .db3 file".into()
            } else {
                "expected a .mcap or .db3 file, or a rosbag2 folder".into()
            }));
        };
        if files.iter().any(|f| storage_of(f) != Some(storage)) {
            return Err(not_one("it mixes MCAP and SQLite3 files".into()));
        }
        Ok(Self { path, storage, files })
    }

    /// The path it was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How its files store messages.
    pub fn storage(&self) -> Storage {
        self.storage
    }

    /// Its storage files, in reading order.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }

    /// Its topics, from each file's index (MCAP summary, SQLite3 `topics`
    /// table), merged across split files and sorted by name. An MCAP file
    /// without a summary (a recorder that was killed) is scanned instead.
    pub fn topics(&self) -> Result<Vec<Topic>, RecordingError> {
        let mut topics: BTreeMap<String, Topic> = BTreeMap::new();
        for file in &self.files {
            let found = match self.storage {
                Storage::Mcap => mcap_topics(file)?,
                Storage::Sqlite3 => sqlite_topics(file)?,
            };
            for topic in found {
                match topics.get_mut(&topic.name) {
                    Some(known) => {
                        known.message_count =
                            known.message_count.zip(topic.message_count).map(|(a, b)| a + b);
                    }
                    None => {
                        topics.insert(topic.name.clone(), topic);
                    }
                }
            }
        }
        Ok(topics.into_values().collect())
    }

    /// Every message, file by file, in stored order (log time, as rosbag2
    /// writes them). A corrupt or truncated file ends the iteration with an
    /// error after the messages before the damage.
    pub fn messages(&self) -> Messages {
        Messages {
            storage: self.storage,
            files: self.files.clone().into_iter(),
            current: None,
        }
    }
}

fn storage_of(file: &Path) -> Option<Storage> {
    match file.extension()?.to_str()? {
        "mcap" => Some(Storage::Mcap),
        "db3" => Some(Storage::Sqlite3),
        _ => None,
    }
}

/// rosbag2 names split files `bag_0.mcap`, `bag_1.mcap`, ..., `bag_10.mcap`:
/// ordered by that number, not by text.
fn split_order(file: &Path) -> (u64, PathBuf) {
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let number = stem.rsplit('_').next().and_then(|n| n.parse().ok()).unwrap_or(0);
    (number, file.to_path_buf())
}

fn corrupt(path: &Path, why: impl std::fmt::Display) -> RecordingError {
    RecordingError::Corrupt {
        path: path.to_path_buf(),
        why: why.to_string(),
    }
}

fn open_file(path: &Path) -> Result<File, RecordingError> {
    File::open(path).map_err(|source| RecordingError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn mcap_topics(path: &Path) -> Result<Vec<Topic>, RecordingError> {
    let file = open_file(path)?;
    let summary = map_file(&file)
        .map_err(|source| RecordingError::Io {
            path: path.to_path_buf(),
            source,
        })
        .map(|bytes| mcap::Summary::read(&bytes).ok().flatten())?;
    let Some(summary) = summary else {
        return scanned_topics(path);
    };
    let counts = summary.stats.as_ref().map(|s| &s.channel_message_counts);
    let mut topics: BTreeMap<String, Topic> = BTreeMap::new();
    for (id, channel) in &summary.channels {
        let count = counts.map(|c| c.get(id).copied().unwrap_or(0));
        let entry = topics.entry(channel.topic.clone()).or_insert_with(|| Topic {
            name: channel.topic.clone(),
            type_name: channel
                .schema
                .as_ref()
                .map_or_else(String::new, |s| s.name.clone()),
            message_count: Some(0),
        });
        entry.message_count = entry.message_count.zip(count).map(|(a, b)| a + b);
    }
    Ok(topics.into_values().collect())
}

/// Maps a file: to read its MCAP summary, which sits at the end (only the
/// pages the summary reader touches are read, however large the file), and
/// to ask which of its pages are cached, which reads none.
pub(crate) fn map_file(file: &File) -> std::io::Result<memmap2::Mmap> {
    // SAFETY: the map is read while this process holds the file open, and
    // robocache never writes a recording it reads; another process that
    // truncated the file meanwhile could fault the read, the risk every
    // reader of a mapped file takes (and the reason messages are streamed
    // with read(2) instead).
    unsafe { memmap2::Mmap::map(file) }
}

/// The longest record (a message, or a chunk compressed or not) an MCAP
/// file may hold: lengths are read from the file, and a corrupt one must be
/// an error, not an allocation of exabytes. rosbag2 writes chunks of under
/// a megabyte, MCAP's own tools a few; a single message is one point cloud.
const MCAP_RECORD_LIMIT_BYTES: usize = 1 << 30;

/// An MCAP file's messages, streamed ([`SequentialFile`]): the reader holds one
/// record or chunk at a time and lends each message from it. This is
/// `mcap::sans_io::MessageReader`, built from the same parts of the `mcap`
/// crate, without its copy of every message out of the chunk, and stricter
/// in one place: a message after the data end record is an error, not
/// skipped.
struct McapMessages {
    path: PathBuf,
    file: SequentialFile,
    reader: mcap::sans_io::LinearReader,
    channels: mcap::read::ChannelAccumulator<'static>,
    /// Each channel's topic and type, shared by its messages.
    names: HashMap<u16, (Arc<str>, Arc<str>)>,
    /// Past the data end record: the summary follows, which repeats schemas
    /// and channels and holds no messages.
    past_data_end: bool,
}

impl McapMessages {
    fn open(path: PathBuf) -> Result<Self, RecordingError> {
        let file = SequentialFile::open(&path).map_err(|source| RecordingError::Io {
            path: path.clone(),
            source,
        })?;
        let options = mcap::sans_io::LinearReaderOptions::default()
            .with_emit_chunks(false)
            .with_record_length_limit(MCAP_RECORD_LIMIT_BYTES)
            .with_prevalidate_chunk_crcs(true);
        Ok(Self {
            path,
            file,
            reader: mcap::sans_io::LinearReader::new_with_options(options),
            channels: Default::default(),
            names: HashMap::new(),
            past_data_end: false,
        })
    }

    /// Calls `f` with the next message; `None` at the end of the file.
    fn next_with<T>(&mut self, f: impl FnOnce(MessageRef<'_>) -> T) -> Option<Result<T, RecordingError>> {
        use mcap::records::{op, Record};
        use mcap::sans_io::LinearReadEvent;
        loop {
            let event = match self.reader.next_event()? {
                Ok(event) => event,
                Err(e) => return Some(Err(corrupt(&self.path, e))),
            };
            let (opcode, data) = match event {
                LinearReadEvent::ReadRequest(need) => {
                    let read = loop {
                        match self.file.read(self.reader.insert(need)) {
                            Ok(n) => break n,
                            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                            Err(source) => {
                                return Some(Err(RecordingError::Io {
                                    path: self.path.clone(),
                                    source,
                                }))
                            }
                        }
                    };
                    self.reader.notify_read(read);
                    continue;
                }
                LinearReadEvent::Record { opcode, data } => (opcode, data),
            };
            if opcode == op::DATA_END {
                self.past_data_end = true;
                continue;
            }
            let record = match mcap::parse_record(opcode, data) {
                Ok(record) => record,
                Err(e) => return Some(Err(corrupt(&self.path, e))),
            };
            let linked = match record {
                // The summary's copies are read (the file's end is checked)
                // but not linked again.
                Record::Schema { .. } | Record::Channel(_) if self.past_data_end => Ok(()),
                Record::Schema { header, data } => self.channels.add_schema_from_slice(header, &data),
                Record::Channel(channel) => self.channels.add_channel(channel),
                Record::Message { header, data } => {
                    if self.past_data_end {
                        return Some(Err(corrupt(
                            &self.path,
                            format!("message {} comes after the data end record", header.sequence),
                        )));
                    }
                    let names = match self.names.entry(header.channel_id) {
                        std::collections::hash_map::Entry::Occupied(known) => known.into_mut(),
                        std::collections::hash_map::Entry::Vacant(slot) => {
                            let Some(channel) = self.channels.get(header.channel_id) else {
                                return Some(Err(corrupt(
                                    &self.path,
                                    format!(
                                        "message {} names channel {}, which no channel record defined",
                                        header.sequence, header.channel_id
                                    ),
                                )));
                            };
                            let type_name = channel.schema.as_ref().map_or("", |s| s.name.as_str());
                            slot.insert((channel.topic.as_str().into(), type_name.into()))
                        }
                    };
                    return Some(Ok(f(MessageRef {
                        topic: &names.0,
                        type_name: &names.1,
                        log_time_ns: header.log_time,
                        data: &data,
                    })));
                }
                _ => Ok(()),
            };
            if let Err(e) = linked {
                return Some(Err(corrupt(&self.path, e)));
            }
        }
    }
}

fn scanned_topics(path: &Path) -> Result<Vec<Topic>, RecordingError> {
    let mut topics: BTreeMap<String, Topic> = BTreeMap::new();
    let mut messages = McapMessages::open(path.to_path_buf())?;
    // A file without a summary is often cut short: its topics are those of
    // the messages before the cut.
    while let Some(Ok((topic, type_name))) =
        messages.next_with(|m| (Arc::clone(m.topic), Arc::clone(m.type_name)))
    {
        let entry = topics.entry(topic.to_string()).or_insert_with(|| Topic {
            name: topic.to_string(),
            type_name: type_name.to_string(),
            message_count: Some(0),
        });
        entry.message_count = entry.message_count.map(|c| c + 1);
    }
    Ok(topics.into_values().collect())
}

fn sqlite_open(path: &Path) -> Result<rusqlite::Connection, RecordingError> {
    // Opening read-only and immutable: no journal is written beside a bag
    // that may sit on a read-only disk, and a bag is never changed under us.
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI;
    let uri = format!("file:{}?immutable=1", path.display());
    let connection = rusqlite::Connection::open_with_flags(uri, flags).map_err(|e| corrupt(path, e))?;
    // A file that is not SQLite fails only at its first query.
    connection
        .query_row("SELECT COUNT(*) FROM sqlite_master", [], |_| Ok(()))
        .map_err(|e| corrupt(path, format!("not an SQLite3 database: {e}")))?;
    Ok(connection)
}

fn sqlite_topics(path: &Path) -> Result<Vec<Topic>, RecordingError> {
    let connection = sqlite_open(path)?;
    let query =
        "SELECT t.name, t.type, (SELECT COUNT(*) FROM messages m WHERE m.topic_id = t.id) FROM topics t";
    let mut statement = connection
        .prepare(query)
        .map_err(|e| corrupt(path, format!("not a rosbag2 database: {e}")))?;
    let rows = statement
        .query_map([], |row| {
            Ok(Topic {
                name: row.get(0)?,
                type_name: row.get(1)?,
                message_count: Some(row.get::<_, i64>(2)? as u64),
            })
        })
        .map_err(|e| corrupt(path, e))?;
    rows.collect::<Result<Vec<_>, _>>().map_err(|e| corrupt(path, e))
}

/// The messages of a recording, one at a time (see [`Recording::messages`]).
pub struct Messages {
    storage: Storage,
    files: std::vec::IntoIter<PathBuf>,
    current: Option<FileMessages>,
}

enum FileMessages {
    Mcap(Box<McapMessages>),
    Sqlite(Box<SqliteMessages>),
}

impl Messages {
    /// Calls `f` with the next message, lent from the reader's buffer
    /// instead of copied out of it; `None` after the last. As the iterator,
    /// an error ends the messages.
    ///
    /// ```
    /// let bag = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
    ///     .join("../../tests/fixtures/recordings/rosbags-mcap");
    /// let mut messages = robocache_recordings::Recording::open(&bag)?.messages();
    /// let mut bytes = 0;
    /// while let Some(read) = messages.next_with(|m| m.data.len()) {
    ///     bytes += read?;
    /// }
    /// assert!(bytes > 0);
    /// # Ok::<(), robocache_recordings::RecordingError>(())
    /// ```
    pub fn next_with<T>(&mut self, f: impl FnOnce(MessageRef<'_>) -> T) -> Option<Result<T, RecordingError>> {
        let mut f = Some(f);
        loop {
            if let Some(current) = &mut self.current {
                let next = match current {
                    FileMessages::Mcap(reader) => reader.next_with(|m| f.take().map(|f| f(m))),
                    FileMessages::Sqlite(rows) => rows
                        .next()
                        .map(|m| m.map(|m| f.take().map(|f| f(m.as_message_ref())))),
                };
                match next {
                    Some(Err(e)) => {
                        // Nothing after damage can be trusted.
                        self.current = None;
                        self.files = Vec::new().into_iter();
                        return Some(Err(e));
                    }
                    // `f` runs at most once: the readers return as soon as
                    // they have called it.
                    Some(Ok(value)) => return value.map(Ok),
                    None => self.current = None,
                }
            }
            let path = self.files.next()?;
            let opened = match self.storage {
                Storage::Mcap => McapMessages::open(path).map(|reader| FileMessages::Mcap(Box::new(reader))),
                Storage::Sqlite3 => {
                    SqliteMessages::open(path).map(|rows| FileMessages::Sqlite(Box::new(rows)))
                }
            };
            match opened {
                Ok(reader) => self.current = Some(reader),
                Err(e) => {
                    self.files = Vec::new().into_iter();
                    return Some(Err(e));
                }
            }
        }
    }
}

impl Iterator for Messages {
    type Item = Result<RawMessage, RecordingError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_with(|m| m.to_raw())
    }
}

/// A rosbag2 SQLite3 file's messages in (timestamp, id) order, fetched in
/// batches bounded in rows and bytes; each batch resumes after the last row
/// of the one before, so no statement outlives a batch.
struct SqliteMessages {
    path: PathBuf,
    connection: rusqlite::Connection,
    topics: BTreeMap<i64, (Arc<str>, Arc<str>)>,
    batch: std::collections::VecDeque<RawMessage>,
    after: Option<(i64, i64)>,
    exhausted: bool,
}

/// At most this many bytes of messages are held from one query.
const SQLITE_BATCH_BYTES: usize = 32 << 20;
const SQLITE_BATCH_ROWS: usize = 512;

impl SqliteMessages {
    fn open(path: PathBuf) -> Result<Self, RecordingError> {
        let connection = sqlite_open(&path)?;
        let mut topics = BTreeMap::new();
        {
            let mut statement = connection
                .prepare("SELECT id, name, type FROM topics")
                .map_err(|e| corrupt(&path, format!("not a rosbag2 database: {e}")))?;
            let rows = statement
                .query_map([], |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                    ))
                })
                .map_err(|e| corrupt(&path, e))?;
            for row in rows {
                let (id, name, type_name) = row.map_err(|e| corrupt(&path, e))?;
                topics.insert(id, (name.as_str().into(), type_name.as_str().into()));
            }
        }
        Ok(Self {
            path,
            connection,
            topics,
            batch: Default::default(),
            after: None,
            exhausted: false,
        })
    }

    fn fetch(&mut self) -> Result<(), RecordingError> {
        let (after_time, after_id) = self.after.unwrap_or((i64::MIN, i64::MIN));
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT id, topic_id, timestamp, data FROM messages \
                 WHERE (timestamp, id) > (?1, ?2) ORDER BY timestamp, id LIMIT ?3",
            )
            .map_err(|e| corrupt(&self.path, e))?;
        let mut rows = statement
            .query(rusqlite::params![after_time, after_id, SQLITE_BATCH_ROWS as i64])
            .map_err(|e| corrupt(&self.path, e))?;
        let (mut count, mut bytes) = (0, 0);
        while let Some(row) = rows.next().map_err(|e| corrupt(&self.path, e))? {
            let read = || -> rusqlite::Result<(i64, i64, i64, Vec<u8>)> {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            };
            let (id, topic_id, timestamp, data) = read().map_err(|e| corrupt(&self.path, e))?;
            let Some((topic, type_name)) = self.topics.get(&topic_id) else {
                return Err(corrupt(
                    &self.path,
                    format!("message {id} names topic id {topic_id}, which is not in the topics table"),
                ));
            };
            let log_time_ns = u64::try_from(timestamp).map_err(|_| {
                corrupt(
                    &self.path,
                    format!("message {id} has a negative timestamp {timestamp}"),
                )
            })?;
            bytes += data.len();
            count += 1;
            self.batch.push_back(RawMessage {
                topic: topic.clone(),
                type_name: type_name.clone(),
                log_time_ns,
                data,
            });
            self.after = Some((timestamp, id));
            if bytes >= SQLITE_BATCH_BYTES {
                return Ok(());
            }
        }
        if count < SQLITE_BATCH_ROWS {
            self.exhausted = true;
        }
        Ok(())
    }

    fn next(&mut self) -> Option<Result<RawMessage, RecordingError>> {
        if self.batch.is_empty() && !self.exhausted {
            if let Err(e) = self.fetch() {
                return Some(Err(e));
            }
        }
        self.batch.pop_front().map(Ok)
    }
}
