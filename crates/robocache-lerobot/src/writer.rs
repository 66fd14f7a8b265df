//! The dataset writer.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;
use std::thread::JoinHandle;

use arrow_array::builder::{FixedSizeListBuilder, Float32Builder, ListBuilder, StringBuilder, UInt32Builder};
use arrow_array::{ArrayRef, BooleanArray, Float32Array, Float64Array, Int64Array, RecordBatch};
use arrow_schema::{DataType, Field, Schema};
use parquet::arrow::ArrowWriter;
use parquet::basic::{Compression, Encoding as ParquetEncoding};
use parquet::file::properties::{EnabledStatistics, WriterProperties};
use parquet::schema::types::ColumnPath;
use serde_json::{json, Value};

use crate::stats::RunningStats;
use crate::LeRobotError;

/// A feature's element type, as LeRobot names it in `info.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dtype {
    /// `float32`.
    Float32,
    /// `float64`.
    Float64,
    /// `int64`.
    Int64,
    /// `bool`.
    Bool,
}

impl Dtype {
    fn name(self) -> &'static str {
        match self {
            Dtype::Float32 => "float32",
            Dtype::Float64 => "float64",
            Dtype::Int64 => "int64",
            Dtype::Bool => "bool",
        }
    }
}

/// A per-frame feature: a name such as `observation.state`, an element
/// type, and a width (its shape is `[width]`), with optional names for each
/// element.
#[derive(Clone, Debug, PartialEq)]
pub struct Feature {
    /// The column name.
    pub name: String,
    /// The element type.
    pub dtype: Dtype,
    /// Elements per frame.
    pub width: usize,
    /// A name per element (`joint_0`, ...), when they have names.
    pub names: Option<Vec<String>>,
}

/// The values of one column.
#[derive(Clone, Debug, PartialEq)]
pub enum Column {
    /// `[rows, width]` row-major.
    F32(Vec<f32>),
    /// One per row.
    F64(Vec<f64>),
    /// One per row.
    I64(Vec<i64>),
    /// One per row.
    Bool(Vec<bool>),
    /// A list per row (side tables): indices, say.
    ListU32(Vec<Vec<u32>>),
    /// A list per row (side tables).
    ListF32(Vec<Vec<f32>>),
    /// One per row (side tables).
    Str(Vec<String>),
}

impl Column {
    fn len_values(&self) -> usize {
        match self {
            Column::F32(v) => v.len(),
            Column::F64(v) => v.len(),
            Column::I64(v) => v.len(),
            Column::Bool(v) => v.len(),
            Column::ListU32(v) => v.len(),
            Column::ListF32(v) => v.len(),
            Column::Str(v) => v.len(),
        }
    }

    fn matches(&self, dtype: Dtype) -> bool {
        matches!(
            (self, dtype),
            (Column::F32(_), Dtype::Float32)
                | (Column::F64(_), Dtype::Float64)
                | (Column::I64(_), Dtype::Int64)
                | (Column::Bool(_), Dtype::Bool)
        )
    }

    fn values_f64(&self) -> Box<dyn Iterator<Item = f64> + '_> {
        match self {
            Column::F32(v) => Box::new(v.iter().map(|&x| f64::from(x))),
            Column::F64(v) => Box::new(v.iter().copied()),
            Column::I64(v) => Box::new(v.iter().map(|&x| x as f64)),
            Column::Bool(v) => Box::new(v.iter().map(|&x| f64::from(u8::from(x)))),
            _ => Box::new(std::iter::empty()),
        }
    }
}

/// One episode's frames: the task it performs, its features (besides
/// LeRobot's own) and a column per feature, in the same order. Every
/// episode of a dataset has the features of the first.
#[derive(Clone, Debug, PartialEq)]
pub struct Episode {
    /// The task, in words.
    pub task: String,
    /// Frames in the episode.
    pub frames: usize,
    /// What each column holds.
    pub features: Vec<Feature>,
    /// One column per feature.
    pub columns: Vec<Column>,
}

/// Rows of a table stored beside the frames (sparse voxel grids, say), in
/// parquet files of its own under the dataset, laid out as the data files
/// are: `<name>/chunk-000/file-000.parquet`, `file-001`, ..., a new file
/// begun between episodes once the last one holds the dataset's file size.
///
/// Rows sent before [`DatasetWriter::write_episode`] belong to that
/// episode: they lie in one file, which the episode's
/// `<name>/chunk_index` and `<name>/file_index` in `meta/episodes` name, as
/// LeRobot names each episode's data and video files.
#[derive(Clone, Debug, PartialEq)]
pub struct SideTable {
    /// The table's folder under the dataset root, such as `voxels`.
    pub name: String,
    /// Named columns of equal length; every batch of a table has the same
    /// names and types.
    pub columns: Vec<(String, Column)>,
}

/// What [`DatasetWriter::finish`] wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// The dataset's folder.
    pub root: PathBuf,
    /// Episodes written.
    pub episodes: usize,
    /// Frames written.
    pub frames: usize,
}

/// The size at which the writer starts the next data file, and the next
/// file of each side table, unless told otherwise
/// ([`DatasetWriter::with_file_size_mb`]): LeRobot's default, 100 MB. One
/// long file would also cost memory while it is written: a parquet writer
/// keeps every row group's metadata until the file closes (about 60 kB per
/// episode of the benchmark recording's voxel table).
const DEFAULT_FILE_SIZE_MB: usize = 100;

/// Files per chunk folder, LeRobot's `chunks_size`.
const CHUNK_FILES: usize = 1000;

/// The `n`-th file of a table under `folder`, as LeRobot numbers them:
/// `chunk-{n / 1000}/file-{n % 1000}.parquet`.
fn table_file(folder: &Path, n: usize) -> PathBuf {
    folder.join(format!(
        "chunk-{:03}/file-{:03}.parquet",
        n / CHUNK_FILES,
        n % CHUNK_FILES
    ))
}

/// Writes a LeRobot v3.0 dataset, an episode at a time.
///
/// ```
/// use robocache_lerobot::{Column, DatasetWriter, Dtype, Episode, Feature};
/// let dir = tempfile::tempdir()?;
/// let state = Feature { name: "observation.state".into(), dtype: Dtype::Float32, width: 2, names: None };
/// let mut writer = DatasetWriter::create(&dir.path().join("ds"), 10.0, None, false)?;
/// writer.write_episode(&Episode {
///     task: "wave".into(),
///     frames: 3,
///     features: vec![state],
///     columns: vec![Column::F32(vec![0.0; 6])],
/// })?;
/// let written = writer.finish()?;
/// assert_eq!((written.episodes, written.frames), (1, 3));
/// assert!(dir.path().join("ds/meta/info.json").exists());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct DatasetWriter {
    root: PathBuf,
    staging: PathBuf,
    fps: f64,
    robot_type: Option<String>,
    /// Declared by the first episode.
    features: Option<Vec<Feature>>,
    stats: Vec<RunningStats>,
    data: Option<(ParquetFile, PathBuf)>,
    side_tables: BTreeMap<String, SideTableWriter>,
    data_file_index: usize,
    file_bytes: usize,
    episodes: Vec<EpisodeRow>,
    tasks: Vec<String>,
    frames: usize,
}

struct EpisodeRow {
    task_index: usize,
    length: usize,
    file_index: usize,
    from: usize,
}

/// The columns every LeRobot frame has, first.
fn default_features() -> Vec<Feature> {
    let scalar = |name: &str, dtype| Feature {
        name: name.into(),
        dtype,
        width: 1,
        names: None,
    };
    vec![
        scalar("timestamp", Dtype::Float32),
        scalar("frame_index", Dtype::Int64),
        scalar("episode_index", Dtype::Int64),
        scalar("index", Dtype::Int64),
        scalar("task_index", Dtype::Int64),
    ]
}

pub(crate) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> LeRobotError + '_ {
    move |source| LeRobotError::Io {
        path: path.to_path_buf(),
        source,
    }
}

pub(crate) fn parquet_error(path: &Path) -> impl Fn(&dyn std::fmt::Display) -> LeRobotError + '_ {
    move |e| LeRobotError::Parquet {
        path: path.to_path_buf(),
        why: e.to_string(),
    }
}

impl DatasetWriter {
    /// Starts a dataset at `root` at `fps` frames per second. Its features
    /// besides LeRobot's own (`timestamp`, `frame_index`, `episode_index`,
    /// `index`, `task_index`) are those of its first episode. `root` must
    /// not exist, unless `replace` is set: then a folder there is replaced
    /// by the new dataset when it is complete, and kept if it never is.
    pub fn create(
        root: &Path,
        fps: f64,
        robot_type: Option<String>,
        replace: bool,
    ) -> Result<Self, LeRobotError> {
        if root.exists() && !replace {
            return Err(LeRobotError::Exists(root.to_path_buf()));
        }
        let name = root
            .file_name()
            .map_or_else(|| "dataset".into(), |n| n.to_string_lossy().into_owned());
        let parent = root
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(parent).map_err(io(parent))?;
        let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(io(&staging))?;
        }
        std::fs::create_dir_all(staging.join("meta")).map_err(io(&staging))?;
        Ok(Self {
            root: root.to_path_buf(),
            staging,
            fps,
            robot_type,
            features: None,
            stats: Vec::new(),
            data: None,
            side_tables: BTreeMap::new(),
            data_file_index: 0,
            file_bytes: DEFAULT_FILE_SIZE_MB << 20,
            episodes: Vec::new(),
            tasks: Vec::new(),
            frames: 0,
        })
    }

    /// Starts the next data file, and the next file of a side table, once
    /// the last holds `megabytes` (LeRobot's `data_files_size_in_mb`; 100
    /// unless set). Files are split between episodes only, so a file can
    /// pass the size by one episode.
    ///
    /// ```
    /// use robocache_lerobot::{Column, DatasetWriter, Dtype, Episode, Feature};
    /// let dir = tempfile::tempdir()?;
    /// let x = Feature { name: "observation.x".into(), dtype: Dtype::Float32, width: 1, names: None };
    /// let mut writer = DatasetWriter::create(&dir.path().join("ds"), 10.0, None, false)?.with_file_size_mb(1);
    /// for _ in 0..2 {
    ///     let frames = 300_000; // 1.2 MB of floats, past the size
    ///     writer.write_episode(&Episode { task: "t".into(), frames, features: vec![x.clone()], columns: vec![Column::F32(vec![0.5; frames])] })?;
    /// }
    /// writer.finish()?;
    /// assert!(dir.path().join("ds/data/chunk-000/file-001.parquet").exists());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_file_size_mb(mut self, megabytes: usize) -> Self {
        self.file_bytes = megabytes.max(1) << 20;
        self
    }

    /// Appends one episode.
    pub fn write_episode(&mut self, episode: &Episode) -> Result<(), LeRobotError> {
        let index = self.episodes.len();
        let mismatch = |why: String| LeRobotError::Mismatch { episode: index, why };
        let features = self.features.get_or_insert_with(|| episode.features.clone());
        if episode.features != *features {
            let names = |f: &[Feature]| f.iter().map(|f| f.name.clone()).collect::<Vec<_>>().join(", ");
            return Err(mismatch(format!(
                "its features ({}) are not those of the first episode ({})",
                names(&episode.features),
                names(features)
            )));
        }
        if self.stats.is_empty() {
            self.stats = features.iter().map(|f| RunningStats::new(f.width)).collect();
        }
        if episode.columns.len() != features.len() {
            return Err(mismatch(format!(
                "{} columns for {} features",
                episode.columns.len(),
                features.len()
            )));
        }
        for (feature, column) in features.iter().zip(&episode.columns) {
            if !column.matches(feature.dtype) || column.len_values() != episode.frames * feature.width {
                return Err(mismatch(format!(
                    "{} wants {} x {} {}, got {} values of another kind or count",
                    feature.name,
                    episode.frames,
                    feature.width,
                    feature.dtype.name(),
                    column.len_values()
                )));
            }
        }
        let task_index = match self.tasks.iter().position(|t| *t == episode.task) {
            Some(i) => i,
            None => {
                self.tasks.push(episode.task.clone());
                self.tasks.len() - 1
            }
        };

        let n = episode.frames;
        let from = self.frames;
        let mut arrays: Vec<ArrayRef> = vec![
            Arc::new(Float32Array::from_iter_values(
                (0..n).map(|k| (k as f64 / self.fps) as f32),
            )),
            Arc::new(Int64Array::from_iter_values((0..n).map(|k| k as i64))),
            Arc::new(Int64Array::from_iter_values(std::iter::repeat_n(index as i64, n))),
            Arc::new(Int64Array::from_iter_values((from..from + n).map(|k| k as i64))),
            Arc::new(Int64Array::from_iter_values(std::iter::repeat_n(
                task_index as i64,
                n,
            ))),
        ];
        for ((feature, column), stats) in features.iter().zip(&episode.columns).zip(&mut self.stats) {
            stats.add(column.values_f64());
            arrays.push(frame_array(feature, column));
        }
        let fields: Vec<Field> = default_features()
            .iter()
            .chain(features.iter())
            .zip(&arrays)
            .map(|(f, a)| Field::new(&f.name, a.data_type().clone(), false))
            .collect();
        let schema = Arc::new(Schema::new(fields));

        if self
            .data
            .as_ref()
            .is_some_and(|(w, _)| w.bytes_written() >= self.file_bytes)
        {
            self.close_data_file()?;
            self.data_file_index += 1;
        }
        let (writer, path) = match &mut self.data {
            Some(open) => open,
            None => {
                let path = table_file(&self.staging.join("data"), self.data_file_index);
                let writer = parquet_writer(&path, schema.clone(), Encoding::Frames)?;
                self.data.insert((writer, path))
            }
        };
        let batch = RecordBatch::try_new(schema, arrays).map_err(|e| parquet_error(path)(&e))?;
        writer.write(&batch).map_err(|e| parquet_error(path)(&e))?;
        // Each episode closes its row group. The writer would otherwise
        // hold the frames of every episode so far in memory until a
        // million rows had come, and count none of them in the file's
        // size, so the file would never be split at its size.
        writer.flush().map_err(|e| parquet_error(path)(&e))?;
        // The side rows sent so far are this episode's: their files may
        // split after them.
        for table in self.side_tables.values_mut() {
            table.end_episode()?;
        }
        self.episodes.push(EpisodeRow {
            task_index,
            length: n,
            file_index: self.data_file_index,
            from,
        });
        self.frames += n;
        Ok(())
    }

    fn close_data_file(&mut self) -> Result<(), LeRobotError> {
        if let Some((writer, path)) = self.data.take() {
            close_parquet(writer, &path)?;
        }
        Ok(())
    }

    /// Appends rows to a side table; the first batch for a path creates
    /// its file. A row group is closed once its encoded pages pass
    /// [`SIDE_ROW_GROUP_BYTES`], and at [`finish`](Self::finish), so batches
    /// can be small (writing one holds several times its bytes) while row
    /// groups stay large enough to read fast.
    ///
    /// Each table is encoded and written on a thread of its own while the
    /// caller goes on; at most one batch per table waits for it. A batch the
    /// thread could not write fails a later call for that table and
    /// [`finish`](Self::finish), so no dataset is put in place without it.
    ///
    /// ```
    /// use parquet::file::reader::{FileReader, SerializedFileReader};
    /// use robocache_lerobot::{Column, DatasetWriter, Dtype, Episode, Feature, SideTable};
    /// let dir = tempfile::tempdir()?;
    /// let mut writer = DatasetWriter::create(&dir.path().join("ds"), 10.0, None, false)?;
    /// for first in [0, 2] {
    ///     writer.write_side_rows(SideTable {
    ///         name: "scans".into(),
    ///         columns: vec![
    ///             ("scan".into(), Column::I64(vec![first, first + 1])),
    ///             ("points".into(), Column::ListF32(vec![vec![1.0, 2.0], vec![]])),
    ///         ],
    ///     })?;
    /// }
    /// let x = Feature { name: "observation.x".into(), dtype: Dtype::Float32, width: 1, names: None };
    /// writer.write_episode(&Episode { task: "t".into(), frames: 1, features: vec![x], columns: vec![Column::F32(vec![0.5])] })?;
    /// writer.finish()?;
    /// let table = SerializedFileReader::new(std::fs::File::open(dir.path().join("ds/scans/chunk-000/file-000.parquet"))?)?;
    /// // Two small batches, one row group.
    /// assert_eq!(table.metadata().num_row_groups(), 1);
    /// assert_eq!(table.metadata().file_metadata().num_rows(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_side_rows(&mut self, table: SideTable) -> Result<(), LeRobotError> {
        let (staging, file_bytes, episode) = (&self.staging, self.file_bytes, self.episodes.len());
        self.side_tables
            .entry(table.name.clone())
            .or_insert_with(|| SideTableWriter::start(staging.join(&table.name), file_bytes, episode))
            .send(table.columns)
    }

    /// Writes `meta/<name>`, a JSON file of the caller's beside LeRobot's
    /// own (what a side table holds, say), with the dataset.
    ///
    /// ```
    /// use robocache_lerobot::{serde_json::json, Column, DatasetWriter, Dtype, Episode, Feature};
    /// let dir = tempfile::tempdir()?;
    /// let mut writer = DatasetWriter::create(&dir.path().join("ds"), 10.0, None, false)?;
    /// writer.write_meta_json("scans.json", &json!({"frame": "lidar"}))?;
    /// let x = Feature { name: "observation.x".into(), dtype: Dtype::Float32, width: 1, names: None };
    /// writer.write_episode(&Episode { task: "t".into(), frames: 1, features: vec![x], columns: vec![Column::F32(vec![0.5])] })?;
    /// writer.finish()?;
    /// let text = std::fs::read_to_string(dir.path().join("ds/meta/scans.json"))?;
    /// assert!(text.contains("lidar"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn write_meta_json(&mut self, name: &str, value: &Value) -> Result<(), LeRobotError> {
        write_json(&self.staging.join("meta").join(name), value)
    }

    /// Writes the metadata, closes the side tables, and moves the dataset
    /// into place.
    pub fn finish(mut self) -> Result<Written, LeRobotError> {
        self.close_data_file()?;
        let count = self.episodes.len();
        // Each table's file of each episode; episodes before a table's
        // first rows name its first file, which holds none of theirs.
        let mut side_files = Vec::new();
        for (name, table) in std::mem::take(&mut self.side_tables) {
            let first_episode = table.first_episode;
            let ended = table.finish()?;
            let files: Vec<usize> = (0..count)
                .map(|e| {
                    e.checked_sub(first_episode)
                        .and_then(|k| ended.get(k))
                        .map_or(0, |&f| f)
                })
                .collect();
            side_files.push((name, files));
        }
        let meta = self.staging.join("meta");
        let int = |f: &dyn Fn(usize, &EpisodeRow) -> i64| -> Column {
            Column::I64(self.episodes.iter().enumerate().map(|(i, e)| f(i, e)).collect())
        };
        let mut episodes = vec![
            ("episode_index".to_string(), int(&|i, _| i as i64)),
            (
                "tasks".to_string(),
                Column::Str(
                    self.episodes
                        .iter()
                        .map(|e| self.tasks[e.task_index].clone())
                        .collect(),
                ),
            ),
            ("length".to_string(), int(&|_, e| e.length as i64)),
            (
                "data/chunk_index".to_string(),
                int(&|_, e| (e.file_index / CHUNK_FILES) as i64),
            ),
            (
                "data/file_index".to_string(),
                int(&|_, e| (e.file_index % CHUNK_FILES) as i64),
            ),
            ("dataset_from_index".to_string(), int(&|_, e| e.from as i64)),
            (
                "dataset_to_index".to_string(),
                int(&|_, e| (e.from + e.length) as i64),
            ),
            ("meta/episodes/chunk_index".to_string(), int(&|_, _| 0)),
            ("meta/episodes/file_index".to_string(), int(&|_, _| 0)),
        ];
        for (name, files) in side_files {
            let column = |f: fn(usize) -> usize| Column::I64(files.iter().map(|&n| f(n) as i64).collect());
            episodes.push((format!("{name}/chunk_index"), column(|n| n / CHUNK_FILES)));
            episodes.push((format!("{name}/file_index"), column(|n| n % CHUNK_FILES)));
        }
        write_table(
            &meta.join("episodes/chunk-000/file-000.parquet"),
            &episodes,
            Some("tasks"),
        )?;
        write_tasks(&meta.join("tasks.parquet"), &self.tasks)?;

        let mut features = serde_json::Map::new();
        let declared = self.features.clone().unwrap_or_default();
        for feature in default_features().iter().chain(&declared) {
            features.insert(
                feature.name.clone(),
                json!({"dtype": feature.dtype.name(), "shape": [feature.width], "names": feature.names}),
            );
        }
        let fps = if self.fps.fract() == 0.0 {
            json!(self.fps as i64)
        } else {
            json!(self.fps)
        };
        let info = json!({
            "codebase_version": crate::CODEBASE_VERSION,
            "robot_type": self.robot_type,
            "total_episodes": count,
            "total_frames": self.frames,
            "total_tasks": self.tasks.len(),
            "chunks_size": 1000,
            "data_files_size_in_mb": self.file_bytes >> 20,
            "video_files_size_in_mb": 200,
            "fps": fps,
            "splits": {"train": format!("0:{count}")},
            "data_path": "data/chunk-{chunk_index:03d}/file-{file_index:03d}.parquet",
            "video_path": Value::Null,
            "features": features,
        });
        write_json(&meta.join("info.json"), &info)?;
        let mut stats = serde_json::Map::new();
        for (feature, s) in declared.iter().zip(&self.stats) {
            stats.insert(feature.name.clone(), s.to_json());
        }
        write_json(&meta.join("stats.json"), &Value::Object(stats))?;

        if self.root.exists() {
            std::fs::remove_dir_all(&self.root).map_err(io(&self.root))?;
        }
        std::fs::rename(&self.staging, &self.root).map_err(io(&self.root))?;
        Ok(Written {
            root: self.root.clone(),
            episodes: count,
            frames: self.frames,
        })
    }
}

impl Drop for DatasetWriter {
    /// A writer dropped before [`DatasetWriter::finish`] removes its
    /// staging folder: nothing half-written stays behind.
    fn drop(&mut self) {
        // Their threads stop writing into the folder first.
        self.side_tables.clear();
        if self.staging.exists() {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}

/// The encoded bytes at which a side table's row group is closed.
pub const SIDE_ROW_GROUP_BYTES: usize = 4 << 20;

/// A side table's parquet files, encoded and written on a thread of its
/// own: encoding and compressing a batch of voxels costs about what reading
/// and voxelizing its clouds does, and the caller goes on meanwhile. At most
/// one batch waits for the thread.
struct SideTableWriter {
    folder: PathBuf,
    /// The episode the table's first rows belong to.
    first_episode: usize,
    batches: Option<SyncSender<ToTable>>,
    /// Returns the file of each episode ended, from the first.
    thread: Option<JoinHandle<Result<Vec<usize>, LeRobotError>>>,
}

/// What the writing thread of a side table is sent.
enum ToTable {
    Rows(Vec<(String, Column)>),
    /// The rows so far complete an episode: the file may split here.
    EndOfEpisode,
}

impl SideTableWriter {
    fn start(folder: PathBuf, file_bytes: usize, first_episode: usize) -> Self {
        let (batches, queue) = sync_channel::<ToTable>(1);
        let thread = {
            let folder = folder.clone();
            std::thread::Builder::new()
                .name("side-table".into())
                .spawn(move || Self::write_all(&folder, file_bytes, queue))
        };
        let (batches, thread) = match thread {
            Ok(thread) => (Some(batches), Some(thread)),
            // No thread: `send` reports it.
            Err(_) => (None, None),
        };
        Self {
            folder,
            first_episode,
            batches,
            thread,
        }
    }

    fn write_all(
        folder: &Path,
        file_bytes: usize,
        queue: Receiver<ToTable>,
    ) -> Result<Vec<usize>, LeRobotError> {
        let mut file_index = 0;
        let mut path = table_file(folder, file_index);
        let mut writer: Option<ParquetFile> = None;
        let mut episode_files = Vec::new();
        for sent in queue {
            let columns = match sent {
                ToTable::Rows(columns) => columns,
                ToTable::EndOfEpisode => {
                    episode_files.push(file_index);
                    if writer
                        .as_ref()
                        .is_some_and(|w| w.bytes_written() + w.in_progress_size() >= file_bytes)
                    {
                        if let Some(full) = writer.take() {
                            close_parquet(full, &path)?;
                        }
                        file_index += 1;
                        path = table_file(folder, file_index);
                    }
                    continue;
                }
            };
            let batch = record_batch(&path, &columns, None)?;
            let writer = match &mut writer {
                Some(writer) => writer,
                None => writer.insert(parquet_writer(&path, batch.schema(), Encoding::Measurements)?),
            };
            writer.write(&batch).map_err(|e| parquet_error(&path)(&e))?;
            // The writer would otherwise hold rows until a million of them
            // had come.
            if writer.in_progress_size() >= SIDE_ROW_GROUP_BYTES {
                writer.flush().map_err(|e| parquet_error(&path)(&e))?;
            }
        }
        if let Some(writer) = writer {
            close_parquet(writer, &path)?;
        }
        Ok(episode_files)
    }

    /// Queues a batch; an error the thread met before is returned here, and
    /// every later call, `finish` included, fails too.
    fn send(&mut self, columns: Vec<(String, Column)>) -> Result<(), LeRobotError> {
        self.queue(ToTable::Rows(columns))
    }

    /// Marks the rows sent so far as an episode's.
    fn end_episode(&mut self) -> Result<(), LeRobotError> {
        self.queue(ToTable::EndOfEpisode)
    }

    fn queue(&mut self, sent: ToTable) -> Result<(), LeRobotError> {
        if let Some(batches) = &self.batches {
            if batches.send(sent).is_ok() {
                return Ok(());
            }
        }
        self.batches = None;
        self.join()?;
        Err(self.stopped())
    }

    /// Waits for every batch to be written and closes the last file;
    /// returns the file of each episode ended.
    fn finish(mut self) -> Result<Vec<usize>, LeRobotError> {
        if self.batches.take().is_none() {
            return Err(self.stopped());
        }
        self.join()
    }

    fn stopped(&self) -> LeRobotError {
        LeRobotError::Io {
            path: self.folder.clone(),
            source: std::io::Error::other("writing this table stopped at an earlier error"),
        }
    }

    fn join(&mut self) -> Result<Vec<usize>, LeRobotError> {
        match self.thread.take().map(JoinHandle::join) {
            None => Ok(Vec::new()),
            Some(Ok(written)) => written,
            Some(Err(_)) => Err(LeRobotError::Io {
                path: self.folder.clone(),
                source: std::io::Error::other("the thread writing this table panicked"),
            }),
        }
    }
}

impl Drop for SideTableWriter {
    fn drop(&mut self) {
        self.batches = None;
        let _ = self.join();
    }
}

fn frame_array(feature: &Feature, column: &Column) -> ArrayRef {
    match column {
        Column::F32(v) if feature.width == 1 => Arc::new(Float32Array::from(v.clone())),
        Column::F32(v) => {
            let mut builder = FixedSizeListBuilder::with_capacity(
                Float32Builder::with_capacity(v.len()),
                feature.width as i32,
                v.len() / feature.width.max(1),
            );
            for row in v.chunks(feature.width) {
                builder.values().append_slice(row);
                builder.append(true);
            }
            Arc::new(builder.finish())
        }
        other => plain_array(other),
    }
}

/// The items of a list column: never null, so parquet stores no
/// definition level per value.
fn list_item(dtype: DataType) -> Arc<Field> {
    Arc::new(Field::new("item", dtype, false))
}

fn plain_array(column: &Column) -> ArrayRef {
    match column {
        Column::F32(v) => Arc::new(Float32Array::from(v.clone())),
        Column::F64(v) => Arc::new(Float64Array::from(v.clone())),
        Column::I64(v) => Arc::new(Int64Array::from(v.clone())),
        Column::Bool(v) => Arc::new(BooleanArray::from(v.clone())),
        Column::Str(v) => Arc::new(arrow_array::StringArray::from_iter_values(v)),
        Column::ListU32(rows) => {
            let mut builder = ListBuilder::new(UInt32Builder::new()).with_field(list_item(DataType::UInt32));
            for row in rows {
                builder.values().append_slice(row);
                builder.append(true);
            }
            Arc::new(builder.finish())
        }
        Column::ListF32(rows) => {
            let mut builder =
                ListBuilder::new(Float32Builder::new()).with_field(list_item(DataType::Float32));
            for row in rows {
                builder.values().append_slice(row);
                builder.append(true);
            }
            Arc::new(builder.finish())
        }
    }
}

/// How a table's columns are encoded.
#[derive(Clone, Copy, PartialEq)]
enum Encoding {
    /// Frame tables, as pandas writes them: dictionaries where values
    /// repeat, and min/max statistics on every page.
    Frames,
    /// Long lists of measurements (voxel indices and values): no
    /// dictionaries, which cost more than they save there, and statistics on
    /// the scalar columns only. Min/max over every list item took a third
    /// of writing the benchmark's voxel table, and no reader prunes on it.
    /// List items are not compressed; integer ones are delta coded.
    Measurements,
}

/// A parquet file being written.
type ParquetFile = ArrowWriter<BufWriter<File>>;

/// Bytes gathered before each write(2) into a parquet file: the writer's
/// own buffer is 8 KiB, and the benchmark recording's voxel table went out
/// in 8 877 writes (81 now).
const PARQUET_WRITE_BYTES: usize = 1 << 20;

fn parquet_writer(path: &Path, schema: Arc<Schema>, encoding: Encoding) -> Result<ParquetFile, LeRobotError> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(io(parent))?;
    }
    let file = BufWriter::with_capacity(PARQUET_WRITE_BYTES, File::create(path).map_err(io(path))?);
    // Snappy: what pandas and LeRobot write, and fast to read.
    let mut properties = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_dictionary_enabled(encoding == Encoding::Frames);
    if encoding == Encoding::Measurements {
        properties = properties.set_statistics_enabled(EnabledStatistics::None);
        for field in schema.fields() {
            match field.data_type() {
                DataType::List(item) | DataType::LargeList(item) => {
                    // Measured floats are noise in their low bits: snappy
                    // left the benchmark's voxel means at 100% of their
                    // size. Integers (voxel indices, ascending within a
                    // cloud) are delta coded instead: the benchmark's take
                    // 27% of their plain size, and snappy made 35% of the
                    // (x, y, z) they replace, for more CPU time
                    // (benches/RESULTS.md). pyarrow and every parquet
                    // reader decode both.
                    let path =
                        ColumnPath::new(vec![field.name().clone(), "list".into(), item.name().clone()]);
                    if !item.data_type().is_floating() {
                        properties = properties
                            .set_column_encoding(path.clone(), ParquetEncoding::DELTA_BINARY_PACKED);
                    }
                    properties = properties.set_column_compression(path, Compression::UNCOMPRESSED);
                }
                _ => {
                    properties = properties.set_column_statistics_enabled(
                        ColumnPath::from(field.name().as_str()),
                        EnabledStatistics::Page,
                    );
                }
            }
        }
    }
    ArrowWriter::try_new(file, schema, Some(properties.build())).map_err(|e| parquet_error(path)(&e))
}

/// Named columns as one record batch; `as_list` names a string column
/// stored as a one-element list per row (LeRobot's `tasks`).
fn record_batch(
    path: &Path,
    columns: &[(String, Column)],
    as_list: Option<&str>,
) -> Result<RecordBatch, LeRobotError> {
    let mut fields = Vec::new();
    let mut arrays: Vec<ArrayRef> = Vec::new();
    for (name, column) in columns {
        let array: ArrayRef = match column {
            Column::Str(v) if as_list == Some(name.as_str()) => {
                let mut builder = ListBuilder::new(StringBuilder::new());
                for s in v {
                    builder.values().append_value(s);
                    builder.append(true);
                }
                Arc::new(builder.finish())
            }
            other => plain_array(other),
        };
        fields.push(Field::new(name, array.data_type().clone(), false));
        arrays.push(array);
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(|e| parquet_error(path)(&e))
}

/// Writes a parquet file's footer and the last of its bytes: an error
/// flushing them is the file's error, not one lost in a drop.
fn close_parquet(writer: ParquetFile, path: &Path) -> Result<(), LeRobotError> {
    let buffered = writer.into_inner().map_err(|e| parquet_error(path)(&e))?;
    buffered.into_inner().map_err(|e| io(path)(e.into_error()))?;
    Ok(())
}

/// Writes named columns as one parquet file (see [`record_batch`]).
fn write_table(path: &Path, columns: &[(String, Column)], as_list: Option<&str>) -> Result<(), LeRobotError> {
    let batch = record_batch(path, columns, as_list)?;
    let mut writer = parquet_writer(path, batch.schema(), Encoding::Frames)?;
    writer.write(&batch).map_err(|e| parquet_error(path)(&e))?;
    close_parquet(writer, path)
}

/// `meta/tasks.parquet` as pandas writes the DataFrame LeRobot keeps: the
/// task strings are its index, `task_index` its one column.
fn write_tasks(path: &Path, tasks: &[String]) -> Result<(), LeRobotError> {
    let pandas = json!({
        "index_columns": ["__index_level_0__"],
        "column_indexes": [{"name": null, "field_name": null, "pandas_type": "unicode", "numpy_type": "object", "metadata": {"encoding": "UTF-8"}}],
        "columns": [
            {"name": "task_index", "field_name": "task_index", "pandas_type": "int64", "numpy_type": "int64", "metadata": null},
            {"name": null, "field_name": "__index_level_0__", "pandas_type": "unicode", "numpy_type": "object", "metadata": null}
        ],
        "creator": {"library": "robocache", "version": env!("CARGO_PKG_VERSION")},
        "pandas_version": "2.2.0"
    });
    let schema = Arc::new(
        Schema::new(vec![
            Field::new("task_index", DataType::Int64, false),
            Field::new("__index_level_0__", DataType::Utf8, false),
        ])
        .with_metadata([("pandas".to_string(), pandas.to_string())].into()),
    );
    let arrays: Vec<ArrayRef> = vec![
        Arc::new(Int64Array::from_iter_values(0..tasks.len() as i64)),
        Arc::new(arrow_array::StringArray::from_iter_values(tasks)),
    ];
    let batch = RecordBatch::try_new(schema.clone(), arrays).map_err(|e| parquet_error(path)(&e))?;
    let mut writer = parquet_writer(path, schema, Encoding::Frames)?;
    writer.write(&batch).map_err(|e| parquet_error(path)(&e))?;
    close_parquet(writer, path)
}

fn write_json(path: &Path, value: &Value) -> Result<(), LeRobotError> {
    let text = serde_json::to_string_pretty(value).map_err(|e| parquet_error(path)(&e))?;
    std::fs::write(path, text + "\n").map_err(io(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one feature of the episodes these tests write.
    fn feature_x() -> Feature {
        Feature {
            name: "observation.x".into(),
            dtype: Dtype::Float32,
            width: 1,
            names: None,
        }
    }

    fn table(column: Column) -> SideTable {
        SideTable {
            name: "scans".into(),
            columns: vec![("values".into(), column)],
        }
    }

    /// A batch the writing thread refuses (its columns change type) is an
    /// error from a later call, never a table that silently lacks it, and
    /// the dataset is not put in place.
    #[test]
    fn a_refused_side_batch_fails_the_dataset() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ds");
        let mut writer = DatasetWriter::create(&root, 10.0, None, false).unwrap();
        writer
            .write_side_rows(table(Column::ListF32(vec![vec![1.0]])))
            .unwrap();
        // One batch may wait while the thread fails on another: a later
        // send sees the failure once the thread has stopped.
        let mut failed = false;
        for _ in 0..5000 {
            if writer.write_side_rows(table(Column::I64(vec![1]))).is_err() {
                failed = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        let episode = writer.write_episode(&Episode {
            task: "t".into(),
            frames: 1,
            features: vec![feature_x()],
            columns: vec![Column::F32(vec![0.5])],
        });
        assert!(failed, "a write after the refused batch reports it");
        assert!(episode.is_err(), "the episode the rows were for reports it");
        assert!(writer.finish().is_err(), "finish reports it again");
        assert!(!root.exists(), "no dataset is put in place");
    }

    /// A side table starts a new file between episodes once its file holds
    /// the size, never inside an episode, and `meta/episodes` names the
    /// file each episode's rows are in.
    #[test]
    fn side_tables_split_between_episodes_and_say_where_each_one_is() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ds");
        let mut writer = DatasetWriter::create(&root, 10.0, None, false)
            .unwrap()
            .with_file_size_mb(1);
        // 0.6 MB of uncompressed floats per episode, in two batches.
        for episode in 0..4i64 {
            for _ in 0..2 {
                writer
                    .write_side_rows(SideTable {
                        name: "scans".into(),
                        columns: vec![
                            ("episode_index".into(), Column::I64(vec![episode])),
                            (
                                "values".into(),
                                Column::ListF32(vec![vec![episode as f32; 75_000]]),
                            ),
                        ],
                    })
                    .unwrap();
            }
            writer
                .write_episode(&Episode {
                    task: "t".into(),
                    frames: 1,
                    features: vec![feature_x()],
                    columns: vec![Column::F32(vec![0.5])],
                })
                .unwrap();
        }
        writer.finish().unwrap();

        let read = |path: PathBuf| {
            let file = File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReader::try_new(file, 1024).unwrap();
            reader.map(Result::unwrap).collect::<Vec<_>>()
        };
        let int_column = |batches: &[RecordBatch], name: &str| -> Vec<i64> {
            batches
                .iter()
                .flat_map(|b| {
                    let column = b
                        .column_by_name(name)
                        .unwrap_or_else(|| panic!("no column {name}"));
                    column
                        .as_any()
                        .downcast_ref::<Int64Array>()
                        .unwrap()
                        .values()
                        .to_vec()
                })
                .collect()
        };
        let episodes = read(root.join("meta/episodes/chunk-000/file-000.parquet"));
        let files = int_column(&episodes, "scans/file_index");
        assert_eq!(files, [0, 0, 1, 1], "0.6 MB per episode, files of 1 MB");
        assert_eq!(int_column(&episodes, "scans/chunk_index"), [0; 4]);
        for (file, want) in [(0, [0, 0, 1, 1]), (1, [2, 2, 3, 3])] {
            let rows = read(root.join(format!("scans/chunk-000/file-{file:03}.parquet")));
            assert_eq!(int_column(&rows, "episode_index"), want, "file {file}");
        }
        assert!(!root.join("scans/chunk-000/file-002.parquet").exists());
    }

    /// LeRobot numbers files `chunk-{n / 1000}/file-{n % 1000}`.
    #[test]
    fn the_thousandth_file_starts_the_next_chunk() {
        let folder = Path::new("data");
        assert_eq!(table_file(folder, 999), folder.join("chunk-000/file-999.parquet"));
        assert_eq!(
            table_file(folder, 1000),
            folder.join("chunk-001/file-000.parquet")
        );
    }

    /// Every episode is its own row group: written out when it is
    /// appended, not held until the file closes.
    #[test]
    fn each_episode_is_written_out_as_it_comes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ds");
        let mut writer = DatasetWriter::create(&root, 10.0, None, false).unwrap();
        let mut written = Vec::new();
        for frames in [3, 1, 4] {
            writer
                .write_episode(&Episode {
                    task: "t".into(),
                    frames,
                    features: vec![feature_x()],
                    columns: vec![Column::F32(vec![0.5; frames])],
                })
                .unwrap();
            written.push(writer.data.as_ref().map(|(w, _)| w.bytes_written()).unwrap());
        }
        assert!(
            written.windows(2).all(|w| w[0] < w[1]),
            "bytes in the file after each: {written:?}"
        );
        writer.finish().unwrap();
        let file = File::open(root.join("data/chunk-000/file-000.parquet")).unwrap();
        let metadata = parquet::file::reader::FileReader::metadata(
            &parquet::file::reader::SerializedFileReader::new(file).unwrap(),
        )
        .clone();
        let rows: Vec<i64> = metadata.row_groups().iter().map(|g| g.num_rows()).collect();
        assert_eq!(rows, [3, 1, 4]);
    }
}
