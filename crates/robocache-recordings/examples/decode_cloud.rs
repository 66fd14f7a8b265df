//! How long [`robocache_recordings::decode`] takes for one lidar cloud of
//! 120 000 points (x, y, z, intensity, all float32: the ROS 2 node's
//! benchmark cloud), decoded back to back, and what the host's memory gives
//! for comparison: a fresh 1.9 MB copy and the message's fingerprint. With
//! `IDLE_MS`, each decode follows that long a sleep, as a node's does when
//! a cloud arrives every 100 ms: what an idle host adds.
//!
//! ```text
//! cargo run --release -p robocache-recordings --example decode_cloud [IDLE_MS]
//! ```

use std::time::{Duration, Instant};

const POINTS: u32 = 120_000;
const CALLS: usize = 300;

fn main() {
    let idle = std::env::args()
        .nth(1)
        .map(|ms| Duration::from_millis(ms.parse().expect("IDLE_MS is a whole number of milliseconds")));
    let message = cloud_message(POINTS);
    let copy = vec![1.5f32; message.len() / 4];
    let copied = mean_us(|| drop(std::hint::black_box(copy.to_vec())));
    let fingerprinted = mean_us(|| {
        std::hint::black_box(robocache_recordings::fingerprint(&message));
    });
    let calls = if idle.is_some() { CALLS / 3 } else { CALLS };
    let mut us: Vec<f64> = (0..calls)
        .map(|_| {
            if let Some(idle) = idle {
                std::thread::sleep(idle);
            }
            let start = Instant::now();
            let decoded = robocache_recordings::decode("sensor_msgs/msg/PointCloud2", &message);
            drop(std::hint::black_box(decoded.expect("the cloud decodes")));
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    us.sort_by(f64::total_cmp);
    let at = |q: f64| us[((us.len() - 1) as f64 * q).round() as usize];
    let after = idle.map_or("back to back".into(), |idle| format!("each after {idle:?} idle"));
    println!(
        "decode of {POINTS} points, {after}: p50 {:.0} us, p99 {:.0} us; a fresh copy of its {:.1} MB {copied:.0} us, its fingerprint {fingerprinted:.0} us",
        at(0.5),
        at(0.99),
        message.len() as f64 / 1e6
    );
}

/// Mean microseconds of `CALLS` runs of `run`.
fn mean_us(mut run: impl FnMut()) -> f64 {
    let start = Instant::now();
    (0..CALLS).for_each(|_| run());
    start.elapsed().as_secs_f64() * 1e6 / CALLS as f64
}

/// A `sensor_msgs/msg/PointCloud2` of `points` points in little-endian CDR,
/// written field by field as ROS 2 lays it out.
fn cloud_message(points: u32) -> Vec<u8> {
    let mut cdr = Cdr(vec![0, 1, 0, 0]);
    cdr.u32(5); // stamp: seconds, nanoseconds
    cdr.u32(7);
    cdr.string("lidar");
    cdr.u32(1); // height, width
    cdr.u32(points);
    cdr.u32(4); // fields: name, offset, datatype (7: float32), count
    for (i, name) in ["x", "y", "z", "intensity"].into_iter().enumerate() {
        cdr.string(name);
        cdr.u32(4 * i as u32);
        cdr.0.push(7);
        cdr.u32(1);
    }
    cdr.0.push(0); // is_bigendian
    cdr.u32(16); // point_step, row_step, then the data's length
    cdr.u32(16 * points);
    cdr.u32(16 * points);
    for i in 0..points {
        let r = (i % 1000) as f32 * 0.01;
        for value in [r, -r, 0.5 * r, 3.0] {
            cdr.0.extend(value.to_le_bytes());
        }
    }
    cdr.0.push(1); // is_dense
    cdr.0
}

/// CDR's little-endian layout: each primitive aligned to its size, counted
/// from after the 4-byte encapsulation header.
struct Cdr(Vec<u8>);

impl Cdr {
    fn u32(&mut self, value: u32) {
        while (self.0.len() - 4) % 4 != 0 {
            self.0.push(0);
        }
        self.0.extend(value.to_le_bytes());
    }

    fn string(&mut self, text: &str) {
        self.u32(text.len() as u32 + 1);
        self.0.extend(text.as_bytes());
        self.0.push(0);
    }
}
