//! MCAP files that break the format's rules in ways no fixture shows: written
//! by the `mcap` crate's own writer, without chunks, then edited record by
//! record. Each must end its messages with an error after the ones before
//! the damage, never skip a message silently.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::ops::Range;

use mcap::records::op;
use robocache_recordings::Recording;

/// An unchunked MCAP file holding two messages on `/imu`, `[1; 4]` and
/// `[2; 4]`. No CRCs, so that the edits below leave the records to judge.
fn written() -> Vec<u8> {
    let mut bytes = Cursor::new(Vec::new());
    let mut writer = mcap::WriteOptions::new()
        .use_chunks(false)
        .calculate_data_section_crc(false)
        .calculate_summary_section_crc(false)
        .create(&mut bytes)
        .unwrap();
    let schema = writer.add_schema("sensor_msgs/msg/Imu", "ros2msg", b"").unwrap();
    let channel = writer
        .add_channel(schema, "/imu", "cdr", &BTreeMap::new())
        .unwrap();
    for sequence in 1..=2u32 {
        let header = mcap::records::MessageHeader {
            channel_id: channel,
            sequence,
            log_time: u64::from(sequence),
            publish_time: u64::from(sequence),
        };
        writer
            .write_to_known_channel(&header, &[sequence as u8; 4])
            .unwrap();
    }
    writer.finish().unwrap();
    drop(writer);
    bytes.into_inner()
}

/// The byte range of each record of `op` (opcode, length, body), in order.
fn records(file: &[u8], of: u8) -> Vec<Range<usize>> {
    const MAGIC: usize = 8;
    let mut at = MAGIC;
    let mut found = Vec::new();
    while at + 9 <= file.len() - MAGIC {
        let length = u64::from_le_bytes(file[at + 1..at + 9].try_into().unwrap()) as usize;
        if file[at] == of {
            found.push(at..at + 9 + length);
        }
        at += 9 + length;
    }
    found
}

/// What reading the file gives: each message's data, or the error's text.
fn read(file: &[u8]) -> Vec<Result<Vec<u8>, String>> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("edited.mcap");
    std::fs::write(&path, file).unwrap();
    Recording::open(&path)
        .unwrap()
        .messages()
        .map(|m| m.map(|m| m.data).map_err(|e| e.to_string()))
        .collect()
}

/// Reading `file` gives the first message, then an error naming `why`, then
/// nothing: the damage is reported, and what came before it kept.
fn assert_first_message_then_error(file: &[u8], why: &str) {
    let got = read(file);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0], Ok(vec![1; 4]));
    assert!(matches!(&got[1], Err(e) if e.contains(why)), "{got:?}");
}

#[test]
fn the_written_file_reads_back_whole() {
    assert_eq!(read(&written()), [Ok(vec![1; 4]), Ok(vec![2; 4])]);
}

#[test]
fn a_message_after_the_data_end_record_is_an_error_not_skipped() {
    let file = written();
    let second = records(&file, op::MESSAGE)[1].clone();
    let data_end = records(&file, op::DATA_END)[0].clone();
    // The second message moved to just after the data end record.
    let mut edited = file[..second.start].to_vec();
    edited.extend_from_slice(&file[second.end..data_end.end]);
    edited.extend_from_slice(&file[second]);
    edited.extend_from_slice(&file[data_end.end..]);
    assert_first_message_then_error(&edited, "message 2 comes after the data end record");
}

#[test]
fn a_message_on_a_channel_never_defined_is_an_error() {
    let mut file = written();
    let second = records(&file, op::MESSAGE)[1].clone();
    // A message's body starts with its channel id.
    file[second.start + 9..second.start + 11].copy_from_slice(&99u16.to_le_bytes());
    assert_first_message_then_error(&file, "message 2 names channel 99");
}
