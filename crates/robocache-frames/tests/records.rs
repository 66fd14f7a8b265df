//! A cloud voxelized from its message's records (`voxelize_records`, the ROS
//! 2 node's path) gives what the same cloud decoded gives
//! (`voxelize_cloud`, `robocache convert`'s path), on every backend built:
//! the clouds of a bag written by Python's `rosbags`, float32 x, y, z and
//! intensity with a uint16 ring, every 37th point a missing return.

use std::path::Path;

use robocache::{available_backends, Context, VoxelMode};
use robocache_frames::{voxelize_cloud, voxelize_records, VoxelLayout, VoxelOptions};
use robocache_recordings::{cloud_records, decode, is_point_cloud, Decoded, Recording};

#[test]
fn clouds_voxelize_alike_from_records_and_decoded() {
    let bag = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/recordings/rosbags-sqlite3");
    // Each cloud's message, and the cloud decoded.
    let mut clouds = Vec::new();
    for message in Recording::open(bag).unwrap().messages() {
        let message = message.unwrap();
        if is_point_cloud(&message.type_name) && cloud_records(&message.data).unwrap().is_some() {
            let Decoded::Cloud(cloud) = decode(&message.type_name, &message.data).unwrap() else {
                unreachable!("a PointCloud2 decodes to a cloud");
            };
            clouds.push((message.data, cloud));
        }
    }
    assert!(
        clouds.len() >= 5,
        "{} clouds of records in the fixture",
        clouds.len()
    );
    // The walls stand about 8 m away: those at x < -6 and the rings below z = -1
    // fall outside.
    let range = [-6.0, -10.0, -1.0, 10.0, 10.0, 3.0];
    for backend in available_backends() {
        let context = Context::new(backend).unwrap();
        for mode in [
            VoxelMode::Count,
            VoxelMode::Occupancy,
            VoxelMode::Mean,
            VoxelMode::Max,
        ] {
            for layout in [VoxelLayout::Sparse, VoxelLayout::Dense] {
                let voxel = VoxelOptions::from_size_and_range(&[0.5], &range, mode, layout).unwrap();
                for (i, (message, cloud)) in clouds.iter().enumerate() {
                    let records = cloud_records(message).unwrap().unwrap();
                    let decoded = voxelize_cloud(&context, voxel, cloud).unwrap();
                    let from_records = voxelize_records(&context, voxel, &records).unwrap();
                    let at = format!("{backend:?}, {mode:?}, {layout:?}, cloud {i}");
                    assert!(
                        decoded.kept > 0 && decoded.dropped > 0,
                        "{at}: points inside and outside"
                    );
                    assert_eq!(from_records, decoded, "{at}");
                }
            }
        }
    }
}
