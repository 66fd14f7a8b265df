//! A synthetic lidar for the node's example and soak, and a process's
//! resident memory.

use std::f64::consts::PI;

use robocache_ros2::messages::{Header, PointCloud2, Time};

/// A process's resident memory, MB: `process` is a pid, or `self` (Linux,
/// 4 KiB pages; NaN elsewhere).
pub fn resident_mb(process: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{process}/statm"))
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<f64>().ok())
        .map_or(f64::NAN, |pages| pages * 4096.0 / 1e6)
}

/// One scan: 32 beams from -20 to +11 degrees, each point where its beam
/// meets a wall 12 +- 2 m away or the floor 1.8 m down, whichever is
/// nearer, with a deterministic jitter; every 37th point a missing return.
pub fn scan(stamp: f64, points: u32, k: u64) -> PointCloud2 {
    let mut data = Vec::with_capacity(points as usize * 16);
    for i in 0..points {
        let jitter = ((i as u64 * 2654435761 + k * 40503) % 1000) as f64 / 1000.0;
        let az = -PI + 2.0 * PI * (i as f64 + jitter) / points as f64;
        let el = ((i % 32) as f64 - 20.0).to_radians();
        let wall = 12.0 + 2.0 * (3.0 * az).sin();
        let floor = if el < 0.0 {
            1.8 / (-el).sin().max(1e-3)
        } else {
            f64::INFINITY
        };
        let r = (wall / el.cos()).min(floor) + 0.02 * (jitter - 0.5);
        let mut xyz = [r * az.cos() * el.cos(), r * az.sin() * el.cos(), r * el.sin()].map(|v| v as f32);
        if i % 37 == 0 {
            xyz[0] = f32::NAN;
        }
        for v in [xyz[0], xyz[1], xyz[2], (100.0 * jitter) as f32] {
            data.extend_from_slice(&v.to_le_bytes());
        }
    }
    let header = Header {
        stamp: Time::from_seconds(stamp),
        frame_id: "lidar".into(),
    };
    PointCloud2::float32(header, &["x", "y", "z", "intensity"], data, false)
}
