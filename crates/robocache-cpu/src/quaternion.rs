//! Quaternion slerp in f32, scalar last `(x, y, z, w)`.

/// Above this cosine the two rotations are so close that `sin(theta)` loses
/// its digits; normalised lerp is then the more accurate formula.
const NLERP_COSINE: f32 = 0.9995;

fn dot(a: [f32; 4], b: [f32; 4]) -> f32 {
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2] + a[3] * b[3]
}

/// Scales to unit length. A quaternion that is already unit in f32 passes
/// through bit for bit; the zero quaternion (no rotation recorded) stays zero.
pub(crate) fn normalize(q: [f32; 4]) -> [f32; 4] {
    let norm2 = dot(q, q);
    if norm2 == 1.0 || norm2 == 0.0 || !norm2.is_finite() {
        return q;
    }
    let norm = norm2.sqrt();
    q.map(|x| x / norm)
}

/// Spherical interpolation from `a` (weight 0) to `b` (weight 1) along the
/// shorter arc; the inputs are normalised first, since f16/bf16 storage leaves
/// them slightly off unit length.
pub(crate) fn slerp(a: [f32; 4], b: [f32; 4], weight: f32) -> [f32; 4] {
    let a = normalize(a);
    if weight == 0.0 {
        return a;
    }
    let mut b = normalize(b);
    let mut cosine = dot(a, b);
    if cosine < 0.0 {
        b = b.map(|x| -x);
        cosine = -cosine;
    }
    let (wa, wb) = if cosine > NLERP_COSINE {
        (1.0 - weight, weight)
    } else {
        let theta = cosine.min(1.0).acos();
        let sin_theta = theta.sin();
        (
            ((1.0 - weight) * theta).sin() / sin_theta,
            (weight * theta).sin() / sin_theta,
        )
    };
    normalize([
        wa * a[0] + wb * b[0],
        wa * a[1] + wb * b[1],
        wa * a[2] + wb * b[2],
        wa * a[3] + wb * b[3],
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halfway_between_identity_and_a_half_turn_about_z() {
        let identity = [0.0, 0.0, 0.0, 1.0];
        let half_turn_z = [0.0, 0.0, 1.0, 0.0];
        let q = slerp(identity, half_turn_z, 0.5);
        let s = std::f32::consts::FRAC_1_SQRT_2;
        for (got, want) in q.iter().zip([0.0, 0.0, s, s]) {
            assert!((got - want).abs() < 1e-6, "{q:?}");
        }
    }

    #[test]
    fn antipodal_inputs_take_the_short_way() {
        let a = [0.0, 0.0, 0.0, 1.0];
        let minus_a = [0.0, 0.0, 0.0, -1.0];
        assert_eq!(slerp(a, minus_a, 0.5), a);
    }
}
