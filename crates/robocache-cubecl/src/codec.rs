//! Bit-level helpers every kernel shares, written with 32-bit integer and f32
//! operations only, so that one kernel source runs where the device or WGSL
//! has no f64, f16, bf16 or byte-sized storage.
//!
//! Every buffer is an array of u32 words: f32 and u32 elements are one word,
//! f16 and bf16 two to a word, u8 four to a word (little-endian lanes, the
//! layout the host's bytes already have), f64 two words.

use cubecl::prelude::*;

/// How the elements of a buffer sit in its words; a kernel's compile-time
/// parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Packing {
    /// One f32 per word.
    F32,
    /// Two IEEE half-precision values per word.
    F16,
    /// Two bfloat16 values per word.
    BF16,
}

impl Packing {
    /// Elements per 32-bit word.
    pub const fn per_word(self) -> usize {
        match self {
            Packing::F32 => 1,
            Packing::F16 | Packing::BF16 => 2,
        }
    }
}

/// `2^k` as an f32 for `-126 <= k <= 127`; 0 below that range (the values it
/// scales are then below any meaningful precision of a time or a feature).
#[cube]
pub fn pow2(k: i32) -> f32 {
    let mut result = 0.0f32;
    if k >= -126 {
        result = f32::reinterpret(u32::cast_from(k + 127) << 23);
    }
    result
}

/// The f32 value of IEEE half-precision bits (in the low 16 bits of `h`).
#[cube]
pub fn f16_to_f32(h: u32) -> f32 {
    let sign = (h & 0x8000u32) << 16;
    let exponent = (h >> 10) & 0x1Fu32;
    let mantissa = h & 0x3FFu32;
    let mut bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
    if exponent == 0 {
        // Zero or subnormal: mantissa * 2^-24, exact in f32.
        bits = u32::reinterpret(f32::cast_from(mantissa) * 5.960_464_5e-8f32) | sign;
    } else if exponent == 31 {
        bits = sign | 0x7F80_0000u32 | (mantissa << 13);
    }
    f32::reinterpret(bits)
}

/// IEEE half-precision bits of `x`, rounded to nearest even (the rounding the
/// `half` crate, and so the CPU backend, uses).
#[cube]
pub fn f32_to_f16(x: f32) -> u32 {
    let bits = u32::reinterpret(x);
    let sign = (bits >> 16) & 0x8000u32;
    let exponent = (bits >> 23) & 0xFFu32;
    let mantissa = bits & 0x7F_FFFFu32;
    let mut half = sign;
    if exponent == 0xFFu32 {
        let mut nan = 0u32;
        if mantissa != 0 {
            nan = 0x200u32 | (mantissa >> 13);
        }
        half = sign | 0x7C00u32 | nan;
    } else {
        let e = i32::cast_from(exponent) - 112;
        if e >= 31 {
            half = sign | 0x7C00u32;
        } else if e <= 0 {
            if e >= -10 {
                let m = mantissa | 0x80_0000u32;
                let shift = u32::cast_from(14 - e);
                let mut h = m >> shift;
                let rest = m & ((1u32 << shift) - 1);
                let halfway = 1u32 << (shift - 1);
                if rest > halfway || (rest == halfway && (h & 1) == 1) {
                    h += 1;
                }
                half = sign | h;
            }
        } else {
            let mut h = (u32::cast_from(e) << 10) | (mantissa >> 13);
            let rest = mantissa & 0x1FFFu32;
            if rest > 0x1000u32 || (rest == 0x1000u32 && (h & 1) == 1) {
                // A carry out of the mantissa correctly bumps the exponent,
                // up to infinity.
                h += 1;
            }
            half = sign | h;
        }
    }
    half
}

/// bfloat16 bits of `x`, rounded to nearest even; NaN stays a quiet NaN.
#[cube]
pub fn f32_to_bf16(x: f32) -> u32 {
    let bits = u32::reinterpret(x);
    let mut result = (bits + 0x7FFFu32 + ((bits >> 16) & 1)) >> 16;
    if (bits & 0x7FFF_FFFFu32) > 0x7F80_0000u32 {
        result = (bits >> 16) | 0x40u32;
    }
    result
}

/// Element `index` of a packed sample buffer, as f32.
#[cube]
pub fn load_sample(data: &Array<u32>, index: usize, #[comptime] packing: Packing) -> f32 {
    match packing {
        Packing::F32 => f32::reinterpret(data[index]),
        Packing::F16 => {
            let word = data[index / 2];
            f16_to_f32((word >> (u32::cast_from(index % 2) * 16)) & 0xFFFFu32)
        }
        Packing::BF16 => {
            let word = data[index / 2];
            f32::reinterpret(((word >> (u32::cast_from(index % 2) * 16)) & 0xFFFFu32) << 16)
        }
    }
}

/// Lane `lane` (0 or 1) of a word of 16-bit samples, or the word itself as
/// an f32, as f32.
#[cube]
pub fn load_sample_from_word(word: u32, lane: u32, #[comptime] packing: Packing) -> f32 {
    match packing {
        Packing::F32 => f32::reinterpret(word),
        Packing::F16 => f16_to_f32((word >> (lane * 16)) & 0xFFFFu32),
        Packing::BF16 => f32::reinterpret(((word >> (lane * 16)) & 0xFFFFu32) << 16),
    }
}

/// The bits of `value` in `packing`'s element type (low bits of the word).
#[cube]
pub fn encode_sample(value: f32, #[comptime] packing: Packing) -> u32 {
    match packing {
        Packing::F32 => u32::reinterpret(value),
        Packing::F16 => f32_to_f16(value),
        Packing::BF16 => f32_to_bf16(value),
    }
}

/// A time in seconds as three non-overlapping f32 parts, `hi + mid + lo`,
/// which hold every bit of an f64. Comparing parts in order compares the
/// times exactly, and subtracting part by part gives the difference of two
/// nearby times to f32 precision of the difference itself, however large the
/// times are (Unix-epoch seconds included): what SPEC's epoch rule asks of a
/// device without f64.
#[derive(CubeType, Clone, Copy)]
pub struct Time {
    /// The leading 24 significant bits.
    pub hi: f32,
    /// The next 24 bits.
    pub mid: f32,
    /// The last 5 bits.
    pub lo: f32,
}

/// Reads time `index` of a buffer of f64 (two words each) or f32 times.
#[cube]
pub fn load_time(times: &Array<u32>, index: usize, #[comptime] f64_times: bool) -> Time {
    if comptime![f64_times] {
        decode_f64(times[2 * index], times[2 * index + 1])
    } else {
        Time {
            hi: f32::reinterpret(times[index]),
            mid: 0.0f32,
            lo: 0.0f32,
        }
    }
}

/// Splits the f64 with words `(low, high)` into a [`Time`]. Truncating the
/// 53-bit significand into 24 + 24 + 5 bits is exact and monotonic, so the
/// parts compare as the f64 does. Zero and subnormals become zero; times
/// below 2^-74 s lose their lowest parts, which is far below any clock.
#[cube]
pub fn decode_f64(low: u32, high: u32) -> Time {
    let biased = (high >> 20) & 0x7FFu32;
    let mut hi = 0.0f32;
    let mut mid = 0.0f32;
    let mut lo = 0.0f32;
    if biased != 0 {
        let exponent = i32::cast_from(biased) - 1023;
        // The significand with its implicit one: 21 bits in `top`, 32 in `low`.
        let top = (high & 0xF_FFFFu32) | 0x10_0000u32;
        let first = (top << 3) | (low >> 29);
        let second = (low >> 5) & 0xFF_FFFFu32;
        let third = low & 0x1Fu32;
        hi = f32::cast_from(first) * pow2_wide(exponent - 23);
        mid = f32::cast_from(second) * pow2_wide(exponent - 47);
        lo = f32::cast_from(third) * pow2_wide(exponent - 52);
        if (high >> 31) == 1 {
            hi = -hi;
            mid = -mid;
            lo = -lo;
        }
    }
    Time { hi, mid, lo }
}

/// `2^k` for `k` within twice the f32 exponent range, as a product of two
/// in-range powers, so that huge (e.g. microsecond-epoch) times still decode.
#[cube]
pub fn pow2_wide(k: i32) -> f32 {
    let half = k / 2;
    pow2(half) * pow2(k - half)
}

/// `a <= b`, exactly.
#[cube]
pub fn time_le(a: Time, b: Time) -> bool {
    a.hi < b.hi || (a.hi == b.hi && (a.mid < b.mid || (a.mid == b.mid && a.lo <= b.lo)))
}

/// `a - b`, to f32 precision of the result. The leading parts subtract
/// exactly (Sterbenz), and so does their sum with the middle parts when the
/// times are close, even across a boundary of the leading part's grid, where
/// the middle parts differ by almost a whole step: only then are the last
/// parts added, so that they are not rounded away against a large
/// intermediate.
#[cube]
pub fn time_sub(a: Time, b: Time) -> f32 {
    ((a.hi - b.hi) + (a.mid - b.mid)) + (a.lo - b.lo)
}

/// Whether the f64 or f32 time `index` is finite.
#[cube]
pub fn time_is_finite(times: &Array<u32>, index: usize, #[comptime] f64_times: bool) -> bool {
    if comptime![f64_times] {
        ((times[2 * index + 1] >> 20) & 0x7FFu32) != 0x7FFu32
    } else {
        ((times[index] >> 23) & 0xFFu32) != 0xFFu32
    }
}

/// A u32 key whose unsigned order is the total order of f32 values
/// (-0.0 below +0.0), for atomic max.
#[cube]
pub fn ordered_key(value: f32) -> u32 {
    let bits = u32::reinterpret(value);
    let mut key = bits | 0x8000_0000u32;
    if (bits >> 31) == 1 {
        key = !bits;
    }
    key
}

/// The f32 whose [`ordered_key`] is `key`.
#[cube]
pub fn from_ordered_key(key: u32) -> f32 {
    let mut bits = !key;
    if (key >> 31) == 1 {
        bits = key & 0x7FFF_FFFFu32;
    }
    f32::reinterpret(bits)
}

/// `a / n` as IEEE division rounds it (to nearest, ties to even), for
/// `1 <= n < 2^24`, on integer operations only. WGSL lets a device's f32
/// division be 2.5 units in the last place off, and NVIDIA's Vulkan driver
/// uses that room (pillar means came out a few units off on an H200), so a
/// value every backend must give bit for bit is divided here instead.
///
/// `a = m * 2^(e - 150)` (`e` the biased exponent, 1 for subnormals) is
/// divided by long division into a quotient of 25 bits (the mantissa and a
/// rounding bit) and a remainder, whose being non-zero is the sticky bit.
#[cube]
pub fn div_by_count(a: f32, n: u32) -> f32 {
    let bits = u32::reinterpret(a);
    let field = (bits >> 23) & 0xFFu32;
    let mut result = a;
    // Zeros, infinities and NaN divide to themselves, and anything by 1.
    if n > 1 && field != 0xFFu32 && (bits & 0x7FFF_FFFFu32) != 0 {
        let mut m = bits & 0x007F_FFFFu32;
        let mut e = 1i32;
        if field != 0 {
            m |= 0x0080_0000u32;
            e = i32::cast_from(field);
        }
        // m < 2^24 and n >= 2: the loop runs, and ends with
        // 2^24 <= q < 2^25 and r < n; a / n = (q + r / n) * 2^(e - 150 - s).
        let mut q = m / n;
        let mut r = m % n;
        let mut s = 0i32;
        while q < 0x0100_0000u32 {
            r <<= 1u32;
            q <<= 1u32;
            if r >= n {
                r -= n;
                q |= 1u32;
            }
            s += 1;
        }
        // The result's biased exponent, were it normal; at 0 or below it is
        // subnormal and keeps fewer of q's bits. Past 26 dropped bits
        // nothing is left to round up (q < 2^25).
        let biased = e - s + 1;
        let mut dropped = 1u32;
        let mut base = 0u32;
        if biased >= 1 {
            base = u32::cast_from(biased - 1) << 23u32;
        } else {
            dropped = u32::min(u32::cast_from(2 - biased), 26u32);
        }
        let kept = q >> dropped;
        let half = (q >> (dropped - 1u32)) & 1u32;
        let below_half = q & ((1u32 << (dropped - 1u32)) - 1u32);
        let mut rounded = kept;
        if half == 1u32 && (r != 0u32 || below_half != 0u32 || (kept & 1u32) == 1u32) {
            rounded += 1u32;
        }
        // A normal mantissa carries its hidden bit into the exponent field,
        // and a carry out of it (or out of the largest subnormal) moves the
        // exponent up, as the sum of the fields does.
        result = f32::reinterpret((bits & 0x8000_0000u32) | (base + rounded));
    }
    result
}

/// The index of this cube in a launch laid out by [`crate::device::Gpu::cube_grid`].
#[cube]
pub fn linear_cube() -> usize {
    (CUBE_POS_Y as usize) * (CUBE_COUNT_X as usize) + CUBE_POS_X as usize
}

#[cfg(all(test, any(feature = "cuda", feature = "wgpu")))]
mod tests {
    use super::*;
    use crate::device::{guarded, Gpu};
    use robocache_core::{DType, HostData};

    #[cube(launch_unchecked)]
    fn divide_each(a: &Array<u32>, n: &Array<u32>, out: &mut Array<u32>, len: u32) {
        let i = ABSOLUTE_POS;
        if i < len as usize {
            out[i] = u32::reinterpret(div_by_count(f32::reinterpret(a[i]), n[i]));
        }
    }

    /// Dividends of every kind (random normals, subnormals, normals whose
    /// quotient is subnormal, zeros, infinities, NaN, both signs) by counts
    /// from 1 to 64 and a few large ones.
    fn cases() -> (Vec<u32>, Vec<u32>) {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u32
        };
        let mut a = vec![
            0,
            0x8000_0000,
            0x7F80_0000,
            0xFF80_0000,
            0x7FC0_0000,
            1,
            0x8000_0001,
            0x007F_FFFF,
        ];
        let mut n = vec![3, 5, 7, 3, 3, 2, 2, 3];
        for k in 0..60_000u32 {
            let sign = next() & 0x8000_0000;
            let bits = match k % 4 {
                // Any finite value.
                0 | 1 => next() % 0x7F80_0000,
                // Subnormal.
                2 => next() & 0x007F_FFFF,
                // Near the smallest normals: quotients go subnormal.
                _ => (next() % (8 << 23)) + (1 << 23),
            };
            let count = match next() % 8 {
                0 => [1 << 20, (1 << 24) - 1, 1000, 99_991][(next() % 4) as usize],
                _ => 1 + next() % 64,
            };
            a.push(sign | bits);
            n.push(count);
        }
        (a, n)
    }

    fn divides_as_ieee<R: Runtime>(gpu: &Gpu<R>) {
        let (a, n) = cases();
        let len = a.len();
        let a_buffer = gpu.upload(HostData::from(&a[..]), "dividends").unwrap();
        let n_buffer = gpu.upload(HostData::from(&n[..]), "counts").unwrap();
        let out = gpu.alloc(DType::U32, len, "quotients").unwrap();
        let (count, dim) = gpu.elementwise(len);
        // SAFETY: units below `len` read their own element of the two
        // inputs and write their own of `out`, all `len` long.
        guarded(gpu.backend(), "dividing", || unsafe {
            divide_each::launch_unchecked::<R>(
                gpu.client(),
                count,
                dim,
                a_buffer.arg(),
                n_buffer.arg(),
                out.arg(),
                len as u32,
            )
        })
        .unwrap();
        let got = gpu.read_words(&out, "quotients").unwrap();
        let mut wrong = Vec::new();
        for ((&a, &n), &q) in a.iter().zip(&n).zip(&got) {
            let want = f32::from_bits(a) / n as f32;
            let agrees = if want.is_nan() {
                f32::from_bits(q).is_nan()
            } else {
                want.to_bits() == q
            };
            if !agrees {
                wrong.push(format!(
                    "{:e} ({a:#010x}) / {n}: {:#010x}, IEEE {:#010x}",
                    f32::from_bits(a),
                    q,
                    want.to_bits()
                ));
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of {len} quotients differ, first: {:?}",
            wrong.len(),
            &wrong[..wrong.len().min(5)]
        );
    }

    /// `div_by_count` gives IEEE's quotient bit for bit on wgpu (Mesa's
    /// llvmpipe in CI; Vulkan on a GPU, whose own division need not).
    #[cfg(feature = "wgpu")]
    #[test]
    fn division_by_a_count_rounds_as_ieee_on_wgpu() {
        match Gpu::wgpu() {
            Ok(gpu) => divides_as_ieee(&gpu),
            Err(e) if std::env::var_os("ROBOCACHE_REQUIRE_WGPU").is_none_or(|v| v == "0") => {
                eprintln!("*** division_by_a_count_rounds_as_ieee_on_wgpu did NOT run: {e} ***")
            }
            Err(e) => panic!("wgpu does not open: {e}"),
        }
    }

    /// The same on CUDA, where a device is present.
    #[cfg(feature = "cuda")]
    #[test]
    fn division_by_a_count_rounds_as_ieee_on_cuda() {
        match Gpu::cuda(0) {
            Ok(gpu) => divides_as_ieee(&gpu),
            Err(e) => eprintln!("*** division_by_a_count_rounds_as_ieee_on_cuda did NOT run: {e} ***"),
        }
    }
}
