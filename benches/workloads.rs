//! The reference workloads of `benches/RESULTS.md`, generated deterministically
//! so every run (and every backend) sees the same data.

use robocache::bf16;

/// SplitMix64: a tiny, well-mixed generator; no dependency needed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn normal_f32(&mut self) -> f32 {
        // Irwin-Hall: close enough to normal for benchmark data.
        ((0..4).map(|_| self.unit()).sum::<f64>() - 2.0) as f32
    }
}

/// `[B, S]` times spanning `span` seconds from `start`, each sample jittered
/// by up to 20 % of the nominal period (sensors never tick evenly).
pub fn uneven_times(rng: &mut Rng, batch: usize, samples: usize, start: f64, span: f64) -> Vec<f64> {
    let period = span / samples.max(2).saturating_sub(1) as f64;
    let mut times = Vec::with_capacity(batch * samples);
    for _ in 0..batch {
        for i in 0..samples {
            let jitter = if i == 0 || i + 1 == samples {
                0.0
            } else {
                (rng.unit() - 0.5) * 0.4 * period
            };
            times.push(start + i as f64 * period + jitter);
        }
    }
    times
}

/// `[B, T]` evenly spaced target times over the same span.
pub fn even_times(batch: usize, targets: usize, start: f64, span: f64) -> Vec<f64> {
    let step = span / targets.max(2).saturating_sub(1) as f64;
    (0..batch)
        .flat_map(|_| (0..targets).map(move |t| start + t as f64 * step))
        .collect()
}

pub fn normal_f32(rng: &mut Rng, len: usize) -> Vec<f32> {
    (0..len).map(|_| rng.normal_f32()).collect()
}

pub fn normal_bf16(rng: &mut Rng, len: usize) -> Vec<bf16> {
    (0..len).map(|_| bf16::from_f32(rng.normal_f32())).collect()
}

/// The fusion reference streams: (rate in Hz, features) over one second.
pub const FUSION_STREAMS: [(usize, usize); 3] = [(30, 512), (100, 64), (200, 12)];
/// The fusion target rate in Hz.
pub const FUSION_TARGET_HZ: usize = 50;

/// `n` points uniform in the cube [-3.2, 3.2)^3 (the peers' voxel workload).
pub fn cube_points(rng: &mut Rng, n: usize) -> Vec<[f32; 3]> {
    (0..n)
        .map(|_| [0; 3].map(|_: i32| (rng.unit() * 6.4 - 3.2) as f32))
        .collect()
}
