//! Plain f64 reference implementations of SPEC, written for clarity rather
//! than speed (linear scans, no shared code with any backend), for the
//! property tests to compare against.

use robocache::InterpMode;

/// One row of a stream: times and samples (`times.len()` samples of `d` features).
pub struct Row<'a> {
    pub times: &'a [f64],
    pub values: &'a [f64],
    pub d: usize,
}

/// The value of `row` at `t` (`d` features) and whether `t` is valid.
pub fn sample(row: &Row<'_>, t: f64, mode: InterpMode, tolerance: Option<f64>) -> (Vec<f64>, bool) {
    let n = row.times.len();
    let at = |j: usize| &row.values[j * row.d..(j + 1) * row.d];
    // The last index with times[i] <= t, if any.
    let mut last_le = None;
    for (j, &s) in row.times.iter().enumerate() {
        if s <= t {
            last_le = Some(j);
        }
    }
    // The nearest sample, ties to the earliest.
    let mut nearest = 0;
    for j in 1..n {
        if (t - row.times[j]).abs() < (t - row.times[nearest]).abs() {
            nearest = j;
        }
    }
    let inside = t >= row.times[0] && t <= row.times[n - 1];
    let valid = inside && tolerance.is_none_or(|tol| (t - row.times[nearest]).abs() <= tol);

    let value = match (mode, last_le) {
        (_, None) => at(0).to_vec(),
        (InterpMode::Nearest, _) => at(nearest).to_vec(),
        (_, Some(i)) if i == n - 1 => at(i).to_vec(),
        (InterpMode::Previous, Some(i)) => at(i).to_vec(),
        (InterpMode::Linear, Some(i)) => {
            let w = (t - row.times[i]) / (row.times[i + 1] - row.times[i]);
            at(i)
                .iter()
                .zip(at(i + 1))
                .map(|(a, b)| a + w * (b - a))
                .collect()
        }
        (InterpMode::Slerp, Some(i)) => {
            let w = (t - row.times[i]) / (row.times[i + 1] - row.times[i]);
            at(i)
                .chunks(4)
                .zip(at(i + 1).chunks(4))
                .flat_map(|(a, b)| slerp(a, b, w))
                .collect()
        }
    };
    // Slerp output is unit length, held edge samples included.
    let value = if mode == InterpMode::Slerp {
        value.chunks(4).flat_map(normalize).collect()
    } else {
        value
    };
    (value, valid)
}

pub fn normalize(q: &[f64]) -> Vec<f64> {
    let norm = q.iter().map(|x| x * x).sum::<f64>().sqrt();
    if norm == 0.0 {
        q.to_vec()
    } else {
        q.iter().map(|x| x / norm).collect()
    }
}

/// Exact geodesic interpolation of unit quaternions along the shorter arc.
pub fn slerp(a: &[f64], b: &[f64], w: f64) -> Vec<f64> {
    let a = normalize(a);
    let mut b = normalize(b);
    let mut cos = a.iter().zip(&b).map(|(x, y)| x * y).sum::<f64>();
    if cos < 0.0 {
        b.iter_mut().for_each(|x| *x = -*x);
        cos = -cos;
    }
    let theta = cos.min(1.0).acos();
    if theta < 1e-12 {
        return a;
    }
    let (wa, wb) = (
        ((1.0 - w) * theta).sin() / theta.sin(),
        (w * theta).sin() / theta.sin(),
    );
    normalize(&a.iter().zip(&b).map(|(x, y)| wa * x + wb * y).collect::<Vec<_>>())
}

/// The voxel of a point per SPEC, evaluated independently of the library:
/// `floor((p - origin) * (1 / size))` in f32, kept iff `0 <= c < dims`.
pub fn voxel_of(p: [f32; 3], origin: [f32; 3], size: [f32; 3], dims: [usize; 3]) -> Option<usize> {
    let mut c = [0usize; 3];
    for a in 0..3 {
        if !p[a].is_finite() {
            return None;
        }
        let inv = 1.0f32 / size[a];
        let f = ((p[a] - origin[a]) * inv).floor();
        if !(f >= 0.0 && (f as f64) < dims[a] as f64) {
            return None;
        }
        c[a] = f as usize;
    }
    Some((c[0] * dims[1] + c[1]) * dims[2] + c[2])
}
