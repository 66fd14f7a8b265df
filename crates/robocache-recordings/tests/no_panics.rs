//! Arbitrary bytes never make the CDR decoder or the bag readers panic:
//! each input is decoded or refused with a typed error.

use std::path::Path;

use proptest::prelude::*;
use robocache_recordings::{cloud_records, decode, Recording, SUPPORTED_TYPES};

/// Real messages of every supported type, from a fixture, to mutate.
fn real_messages() -> Vec<(String, Vec<u8>)> {
    let bag = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/recordings/rosbags-sqlite3");
    let mut seen = std::collections::BTreeMap::new();
    for message in Recording::open(bag).unwrap().messages() {
        let message = message.unwrap();
        seen.entry(message.type_name.to_string()).or_insert(message.data);
    }
    assert_eq!(seen.len(), SUPPORTED_TYPES.len());
    seen.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_decode_or_fail(kind in 0..SUPPORTED_TYPES.len(), bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = decode(SUPPORTED_TYPES[kind], &bytes);
        // With a valid header, the body is what gets read.
        let mut framed = vec![0, 1, 0, 0];
        framed.extend_from_slice(&bytes);
        let _ = decode(SUPPORTED_TYPES[kind], &framed);
    }

    #[test]
    fn mutated_real_messages_decode_or_fail(
        kind in 0..SUPPORTED_TYPES.len(),
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        thread_local!(static MESSAGES: Vec<(String, Vec<u8>)> = real_messages());
        let (type_name, mut bytes) = MESSAGES.with(|m| m[kind].clone());
        for (at, value) in edits {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        let _ = decode(&type_name, &bytes);
        let _ = decode(&type_name, &bytes[..cut.index(bytes.len() + 1)]);
        // The cloud's records are borrowed, never read: a mutated layout is
        // refused, or lies within the message.
        if let Ok(Some(records)) = cloud_records(&bytes) {
            assert_eq!(records.layout.points_in(records.data.len()).ok(), Some(records.len()));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_files_read_or_fail(
        bytes in proptest::collection::vec(any::<u8>(), 0..4096),
        mcap_magic in any::<bool>(),
        extension in prop::sample::select(vec!["mcap", "db3"]),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(format!("bag.{extension}"));
        let mut contents = if mcap_magic { b"\x89MCAP0\r\n".to_vec() } else { Vec::new() };
        contents.extend_from_slice(&bytes);
        std::fs::write(&path, contents).unwrap();
        if let Ok(recording) = Recording::open(&path) {
            let _ = recording.topics();
            for message in recording.messages().take(10_000) {
                let Ok(message) = message else { break };
                let _ = decode(&message.type_name, &message.data);
            }
        }
    }
}
