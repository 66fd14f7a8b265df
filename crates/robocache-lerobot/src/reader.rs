//! Reading a LeRobot v3.0 dataset back: its schema, and per feature how
//! many frames it has and how many of them are padding.

use std::fs::File;
use std::path::{Path, PathBuf};

use arrow_array::{Array, BooleanArray};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use serde_json::Value;

use crate::writer::{io, parquet_error};
use crate::LeRobotError;

/// What a dataset holds.
#[derive(Clone, Debug, PartialEq)]
pub struct DatasetSummary {
    /// `meta/info.json`.
    pub info: Value,
    /// Frames in its data files.
    pub frames: usize,
    /// Distinct episodes in its data files.
    pub episodes: usize,
    /// For each `*is_pad` column (ours, `<feature>.is_pad`, and LeRobot's own
    /// `<feature>_is_pad`), its padded frames.
    pub padded: Vec<(String, usize)>,
    /// Its data files.
    pub data_files: Vec<PathBuf>,
}

/// Reads a dataset's metadata and scans its data files.
///
/// ```
/// use robocache_lerobot::{read_summary, Column, DatasetWriter, Dtype, Episode, Feature};
/// let dir = tempfile::tempdir()?;
/// let pad = Feature { name: "observation.x.is_pad".into(), dtype: Dtype::Bool, width: 1, names: None };
/// let mut writer = DatasetWriter::create(&dir.path().join("ds"), 10.0, None, false)?;
/// writer.write_episode(&Episode {
///     task: "t".into(),
///     frames: 3,
///     features: vec![pad],
///     columns: vec![Column::Bool(vec![true, false, false])],
/// })?;
/// writer.finish()?;
/// let summary = read_summary(&dir.path().join("ds"))?;
/// assert_eq!((summary.frames, summary.episodes), (3, 1));
/// assert_eq!(summary.padded, vec![("observation.x.is_pad".to_string(), 1)]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn read_summary(root: &Path) -> Result<DatasetSummary, LeRobotError> {
    let info_path = root.join("meta/info.json");
    let text = std::fs::read_to_string(&info_path).map_err(io(&info_path))?;
    let info: Value = serde_json::from_str(&text).map_err(|e| parquet_error(&info_path)(&e))?;
    let mut data_files = Vec::new();
    let data = root.join("data");
    for chunk in std::fs::read_dir(&data).map_err(io(&data))? {
        let chunk = chunk.map_err(io(&data))?.path();
        for file in std::fs::read_dir(&chunk).map_err(io(&chunk))? {
            let file = file.map_err(io(&chunk))?.path();
            if file.extension().is_some_and(|e| e == "parquet") {
                data_files.push(file);
            }
        }
    }
    data_files.sort();
    let mut frames = 0;
    let mut episodes = std::collections::BTreeSet::new();
    let mut padded: Vec<(String, usize)> = Vec::new();
    for path in &data_files {
        let bad = parquet_error(path);
        let file = File::open(path).map_err(io(path))?;
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .map_err(|e| bad(&e))?
            .build()
            .map_err(|e| bad(&e))?;
        for batch in reader {
            let batch = batch.map_err(|e| bad(&e))?;
            frames += batch.num_rows();
            let schema = batch.schema();
            for (i, field) in schema.fields().iter().enumerate() {
                let column = batch.column(i);
                if field.name() == "episode_index" {
                    if let Some(values) = column.as_any().downcast_ref::<arrow_array::Int64Array>() {
                        episodes.extend(values.values().iter().copied());
                    }
                } else if field.name().ends_with("is_pad") {
                    if let Some(values) = column.as_any().downcast_ref::<BooleanArray>() {
                        let count = values.true_count();
                        match padded.iter_mut().find(|(n, _)| n == field.name()) {
                            Some(entry) => entry.1 += count,
                            None => padded.push((field.name().clone(), count)),
                        }
                    }
                }
            }
        }
    }
    Ok(DatasetSummary {
        info,
        frames,
        episodes: episodes.len(),
        padded,
        data_files,
    })
}
