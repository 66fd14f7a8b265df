//! Resampling and N-stream fusion in one kernel launch, and the kernels that
//! validate device-resident times and lengths.
//!
//! A cube fills a group of `rows_per_cube` consecutive output rows `(b, t)`.
//! First one unit per (row, stream) locates the target in the stream's
//! times (a guess at an even rate, then bisection) and leaves the segment in
//! shared memory; then every unit writes whole output words, each element
//! interpolated from its stream's segment. Groups are sized so that each
//! starts on a word boundary of the output and of the validity mask, so no
//! two cubes ever write the same word.

use cubecl::prelude::*;
use robocache_core::InterpMode;

use crate::codec::{
    encode_sample, linear_cube, load_sample, load_sample_from_word, load_time, time_is_finite, time_le,
    time_sub, Packing, Time,
};

/// Compile-time description of one stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StreamConfig {
    /// How to interpolate.
    pub mode: InterpMode,
    /// The samples' element type.
    pub packing: Packing,
    /// Source times are f64 (else f32).
    pub f64_times: bool,
    /// Index of this stream's lengths in the lengths sequence, when ragged.
    pub lengths_slot: Option<usize>,
    /// Whether validity also asks for the nearest sample within a tolerance.
    pub tolerance: bool,
}

/// Compile-time description of a fusion kernel.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FuseConfig {
    /// The streams, in output order.
    pub streams: Vec<StreamConfig>,
    /// Target times are f64 (else f32).
    pub f64_targets: bool,
    /// The output's element type.
    pub out_packing: Packing,
    /// Whether the validity mask is written.
    pub validity: bool,
    /// Output rows each cube fills.
    pub rows_per_cube: usize,
    /// Every stream and the output are 16-bit, no stream is slerped and
    /// every width is even: each output word reads one word per sample.
    pub paired: bool,
}

/// Where an output row reads a stream: samples `lo` and `hi` mixed with
/// `weight` (`lo == hi` holds one sample).
#[derive(CubeType, Clone, Copy)]
struct Segment {
    lo: u32,
    hi: u32,
    weight: f32,
    valid: u32,
}

/// The number of samples in `[0, len)` at or before `t` (a "right" search).
///
/// Sensors sample nearly evenly, so the first probe is where `t` would sit
/// at an even rate: two rounds of loads (the ends, then the guessed pair)
/// settle most searches, where bisection takes `log2(len)` dependent loads.
/// A wrong guess still narrows the bracket that bisection then finishes.
#[cube]
fn count_at_or_before(
    times: &Array<u32>,
    base: usize,
    len: u32,
    t: Time,
    #[comptime] f64_times: bool,
) -> u32 {
    let first = load_time(times, base, f64_times);
    let last = load_time(times, base + (len - 1) as usize, f64_times);
    // Invariant: samples below `lo` are at or before `t`, from `hi` on after it.
    let mut lo = 0u32;
    let mut hi = len;
    if !time_le(first, t) {
        hi = 0u32;
    } else if time_le(last, t) {
        lo = len;
    } else {
        // first <= t < last, so len >= 2 and the guess pair exists.
        let span = time_sub(last, first);
        let position = time_sub(t, first) / span * f32::cast_from(len - 1);
        let guess = u32::min(u32::cast_from(f32::max(position, 0.0f32)), len - 2);
        if time_le(load_time(times, base + guess as usize, f64_times), t) {
            lo = guess + 1;
            if !time_le(load_time(times, base + (guess + 1) as usize, f64_times), t) {
                hi = guess + 1;
            }
        } else {
            lo = 1u32;
            hi = guess;
        }
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if time_le(load_time(times, base + mid as usize, f64_times), t) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The first index of the run of samples recorded at the same time as `index`.
#[cube]
fn first_with_time(times: &Array<u32>, base: usize, index: u32, #[comptime] f64_times: bool) -> u32 {
    let time = load_time(times, base + index as usize, f64_times);
    let mut lo = 0u32;
    let mut hi = index;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if time_le(time, load_time(times, base + mid as usize, f64_times)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// SPEC's segment rule for one target time: the CPU backend's `locate`.
#[cube]
fn locate(
    times: &Array<u32>,
    base: usize,
    len: u32,
    t: Time,
    tolerance: f32,
    #[comptime] stream: StreamConfig,
) -> Segment {
    let f64_times = stream.f64_times;
    let after = count_at_or_before(times, base, len, t, f64_times);
    let last = len - 1;
    let mut valid = 0u32;
    if after > 0 && time_le(t, load_time(times, base + last as usize, f64_times)) {
        valid = 1u32;
        if comptime![stream.tolerance] {
            // Inside the span, so both neighbours exist unless `t` is the last sample.
            let left = time_sub(t, load_time(times, base + (after - 1) as usize, f64_times));
            let mut nearest = left;
            if after < len {
                let right = time_sub(load_time(times, base + after as usize, f64_times), t);
                nearest = f32::min(left, right);
            }
            valid = u32::cast_from(nearest <= tolerance);
        }
    }

    let mut lo = 0u32;
    let mut hi = 0u32;
    let mut weight = 0.0f32;
    if after > 0 {
        let i = after - 1;
        lo = i;
        hi = i;
        if after > last {
            if comptime![stream.mode == InterpMode::Nearest] {
                lo = first_with_time(times, base, i, f64_times);
            } else {
                lo = last;
            }
            hi = lo;
        } else {
            let at_i = load_time(times, base + i as usize, f64_times);
            let at_next = load_time(times, base + after as usize, f64_times);
            match comptime![stream.mode] {
                InterpMode::Previous => {}
                InterpMode::Nearest => {
                    if time_sub(at_next, t) < time_sub(t, at_i) {
                        lo = after;
                    } else {
                        lo = first_with_time(times, base, i, f64_times);
                    }
                    hi = lo;
                }
                _ => {
                    let w = time_sub(t, at_i) / time_sub(at_next, at_i);
                    if w != 0.0f32 {
                        hi = after;
                        weight = w;
                    }
                }
            }
        }
    }
    Segment {
        lo,
        hi,
        weight,
        valid,
    }
}

/// Component `component` of a normalised quaternion (unchanged when its norm
/// is 0, 1 or not finite), as the CPU backend's `normalize`.
#[cube]
fn normalized(x: f32, y: f32, z: f32, w: f32) -> Quaternion {
    let norm2 = x * x + y * y + z * z + w * w;
    let mut scale = 1.0f32;
    if !(norm2 == 1.0f32 || norm2 == 0.0f32 || f32::is_nan(norm2) || f32::is_inf(norm2)) {
        scale = f32::sqrt(norm2);
    }
    Quaternion {
        x: x / scale,
        y: y / scale,
        z: z / scale,
        w: w / scale,
    }
}

#[derive(CubeType, Clone, Copy)]
struct Quaternion {
    x: f32,
    y: f32,
    z: f32,
    w: f32,
}

#[cube]
fn load_quaternion(data: &Array<u32>, start: usize, #[comptime] packing: Packing) -> Quaternion {
    normalized(
        load_sample(data, start, packing),
        load_sample(data, start + 1, packing),
        load_sample(data, start + 2, packing),
        load_sample(data, start + 3, packing),
    )
}

#[cube]
fn component(q: Quaternion, index: usize) -> f32 {
    let mut value = q.w;
    if index == 0 {
        value = q.x;
    } else if index == 1 {
        value = q.y;
    } else if index == 2 {
        value = q.z;
    }
    value
}

/// Cosines above this interpolate linearly (then normalise): the CPU's value.
const NLERP_COSINE: f32 = 0.9995;

/// One component of the slerp between the quaternions at `lo` and `hi`.
#[cube]
fn slerp_component(
    data: &Array<u32>,
    lo: usize,
    hi: usize,
    index: usize,
    weight: f32,
    #[comptime] packing: Packing,
) -> f32 {
    let a = load_quaternion(data, lo, packing);
    let mut value = component(a, index);
    if weight != 0.0f32 {
        let b = load_quaternion(data, hi, packing);
        let mut cosine = a.x * b.x + a.y * b.y + a.z * b.z + a.w * b.w;
        // Shortest path: flip `b` (through its weight) when the ends are more
        // than a half turn apart.
        let mut sign = 1.0f32;
        if cosine < 0.0f32 {
            sign = -1.0f32;
            cosine = -cosine;
        }
        let mut wa = 1.0f32 - weight;
        let mut wb = weight;
        if cosine <= NLERP_COSINE {
            let theta = f32::acos(f32::min(cosine, 1.0f32));
            let sin_theta = f32::sin(theta);
            wa = f32::sin((1.0f32 - weight) * theta) / sin_theta;
            wb = f32::sin(weight * theta) / sin_theta;
        }
        wb *= sign;
        let mixed = normalized(
            wa * a.x + wb * b.x,
            wa * a.y + wb * b.y,
            wa * a.z + wb * b.z,
            wa * a.w + wb * b.w,
        );
        value = component(mixed, index);
    }
    value
}

/// Output element `column` of a stream whose located samples start at
/// elements `lo_start` and `hi_start` (equal when one sample is held).
#[cube]
fn interpolate(
    data: &Array<u32>,
    lo_start: usize,
    hi_start: usize,
    column: usize,
    weight: f32,
    #[comptime] stream: StreamConfig,
) -> f32 {
    let packing = stream.packing;
    if comptime![stream.mode == InterpMode::Slerp] {
        let first = column - column % 4;
        slerp_component(
            data,
            lo_start + first,
            hi_start + first,
            column % 4,
            weight,
            packing,
        )
    } else {
        let a = load_sample(data, lo_start + column, packing);
        let mut value = a;
        if lo_start != hi_start {
            let b = load_sample(data, hi_start + column, packing);
            value = a + weight * (b - a);
        }
        value
    }
}

/// Two adjacent 16-bit outputs from one word of `lo` and one of `hi`: the
/// fast path when every stream and the output are 16-bit and every stream
/// has an even width, so that words never straddle samples or streams.
#[cube]
fn interpolate_pair(
    data: &Array<u32>,
    lo_word: usize,
    hi_word: usize,
    weight: f32,
    #[comptime] packing: Packing,
    #[comptime] out: Packing,
) -> u32 {
    let a = data[lo_word];
    let mut a0 = load_sample_from_word(a, 0u32, packing);
    let mut a1 = load_sample_from_word(a, 1u32, packing);
    if lo_word != hi_word {
        let b = data[hi_word];
        let b0 = load_sample_from_word(b, 0u32, packing);
        let b1 = load_sample_from_word(b, 1u32, packing);
        a0 += weight * (b0 - a0);
        a1 += weight * (b1 - a1);
    }
    encode_sample(a0, out) | (encode_sample(a1, out) << 16)
}

/// Output word `word_index` of a cube's group of rows, in the general
/// layout (f32, or words that straddle samples or streams): the elements it
/// holds, each interpolated from its stream's located segment. Divisions
/// are costly on GPUs: one per word finds its row and column, and the
/// second lane steps on from there.
#[cube]
#[allow(clippy::too_many_arguments)]
fn output_word(
    data: &Sequence<Array<u32>>,
    seg_lo: &SharedMemory<u32>,
    seg_hi: &SharedMemory<u32>,
    seg_weight: &SharedMemory<f32>,
    features: &Sequence<u32>,
    offsets: &Sequence<u32>,
    word_index: usize,
    first_row: usize,
    rows: u32,
    width: u32,
    #[comptime] config: FuseConfig,
) -> u32 {
    let stream_count = comptime![config.streams.len()];
    let per_word = comptime![config.out_packing.per_word()];
    let width = width as usize;
    let first_element = word_index * per_word;
    let mut local_row = first_element / width;
    let mut column = first_element % width;
    let mut word = 0u32;
    #[unroll]
    for lane in 0..per_word {
        if lane > 0 {
            column += 1;
            if column == width {
                column = 0;
                local_row += 1;
            }
        }
        if first_row + local_row < rows as usize {
            let mut value = 0.0f32;
            #[unroll]
            for s in 0..stream_count {
                let offset = *offsets.index(s) as usize;
                if column >= offset && column < offset + *features.index(s) as usize {
                    let at = local_row * stream_count + s;
                    value = interpolate(
                        data.index(s),
                        seg_lo[at] as usize,
                        seg_hi[at] as usize,
                        column - offset,
                        seg_weight[at],
                        comptime![config.streams[s]],
                    );
                }
            }
            word |= encode_sample(value, comptime![config.out_packing]) << (lane as u32 * 16);
        }
    }
    word
}

/// Phase 2 of the paired layout (16-bit everywhere, even widths): a unit
/// owns output word columns and walks down the cube's rows, so the stream
/// and column of its words are found once, not per word, and no division
/// is left in the loop. Two rows per step keep two loads in flight.
#[cube]
#[allow(clippy::too_many_arguments)]
fn paired_words(
    data: &Sequence<Array<u32>>,
    out: &mut Array<u32>,
    seg_lo: &SharedMemory<u32>,
    seg_hi: &SharedMemory<u32>,
    seg_weight: &SharedMemory<f32>,
    features: &Sequence<u32>,
    offsets: &Sequence<u32>,
    first_row: usize,
    rows: u32,
    width: u32,
    #[comptime] config: FuseConfig,
) {
    let stream_count = comptime![config.streams.len()];
    let rows_per_cube = comptime![config.rows_per_cube];
    let words_per_row = width as usize / 2;
    let lanes = usize::min(words_per_row, CUBE_DIM as usize);
    let row_step = CUBE_DIM as usize / lanes;
    let unit = UNIT_POS as usize;
    if unit < lanes * row_step {
        let first_local_row = unit / lanes;
        let last_row = usize::min(rows_per_cube, rows as usize - first_row);
        let mut word_column = unit % lanes;
        while word_column < words_per_row {
            let column = word_column * 2;
            #[unroll]
            for s in 0..stream_count {
                let offset = *offsets.index(s) as usize;
                if column >= offset && column < offset + *features.index(s) as usize {
                    let d = column - offset;
                    let stream_data = data.index(s);
                    let packing = comptime![config.streams[s].packing];
                    let mut r = first_local_row;
                    while r < last_row {
                        let r2 = r + row_step;
                        let at = r * stream_count + s;
                        let first = interpolate_pair(
                            stream_data,
                            (seg_lo[at] as usize + d) / 2,
                            (seg_hi[at] as usize + d) / 2,
                            seg_weight[at],
                            packing,
                            comptime![config.out_packing],
                        );
                        let mut second = 0u32;
                        if r2 < last_row {
                            let at2 = r2 * stream_count + s;
                            second = interpolate_pair(
                                stream_data,
                                (seg_lo[at2] as usize + d) / 2,
                                (seg_hi[at2] as usize + d) / 2,
                                seg_weight[at2],
                                packing,
                                comptime![config.out_packing],
                            );
                        }
                        out[(first_row + r) * words_per_row + word_column] = first;
                        if r2 < last_row {
                            out[(first_row + r2) * words_per_row + word_column] = second;
                        }
                        r += 2 * row_step;
                    }
                }
            }
            word_column += lanes;
        }
    }
}

/// Fills output rows `[group * R, (group + 1) * R)`.
#[cube(launch_unchecked)]
#[allow(clippy::too_many_arguments)]
pub fn fuse_kernel(
    data: &Sequence<Array<u32>>,
    times: &Sequence<Array<u32>>,
    lengths: &Sequence<Array<u32>>,
    targets: &Array<u32>,
    out: &mut Array<u32>,
    valid: &mut Array<u32>,
    samples: Sequence<u32>,
    features: Sequence<u32>,
    offsets: Sequence<u32>,
    tolerances: Sequence<f32>,
    rows: u32,
    targets_per_row: u32,
    width: u32,
    groups: u32,
    #[comptime] config: FuseConfig,
) {
    let group = linear_cube();
    if group >= groups as usize {
        terminate!();
    }
    let stream_count = comptime![config.streams.len()];
    let rows_per_cube = comptime![config.rows_per_cube];
    let slots = comptime![config.rows_per_cube * config.streams.len()];
    let mut seg_lo = SharedMemory::<u32>::new(slots);
    let mut seg_hi = SharedMemory::<u32>::new(slots);
    let mut seg_weight = SharedMemory::<f32>::new(slots);
    let mut seg_valid = SharedMemory::<u32>::new(slots);
    let first_row = group * rows_per_cube;

    // Phase 1: one unit per (row, stream) locates the segment.
    let mut slot = UNIT_POS as usize;
    while slot < slots {
        let row = first_row + slot / stream_count;
        let k = slot % stream_count;
        if row < rows as usize {
            let b = row / targets_per_row as usize;
            let t = load_time(targets, row, config.f64_targets);
            #[unroll]
            for s in 0..stream_count {
                if k == s {
                    let stream = comptime![config.streams[s]];
                    let count = *samples.index(s);
                    let mut len = count;
                    if let Some(l) = comptime![stream.lengths_slot] {
                        // Validated on the host or by `check_lengths`; the
                        // clamp keeps a bad value from reading out of bounds
                        // before that check's verdict is read.
                        len = u32::clamp(lengths.index(l)[b], 1u32, count);
                    }
                    let row_base = b * count as usize;
                    let segment = locate(times.index(s), row_base, len, t, *tolerances.index(s), stream);
                    // Phase 2 wants element offsets of the two sample rows.
                    let width = *features.index(s);
                    seg_lo[slot] = (row_base as u32 + segment.lo) * width;
                    seg_hi[slot] = (row_base as u32 + segment.hi) * width;
                    seg_weight[slot] = segment.weight;
                    seg_valid[slot] = segment.valid;
                }
            }
        }
        slot += CUBE_DIM as usize;
    }
    sync_cube();

    if comptime![config.paired] {
        paired_words(
            data,
            out,
            &seg_lo,
            &seg_hi,
            &seg_weight,
            &features,
            &offsets,
            first_row,
            rows,
            width,
            config.clone(),
        );
    } else {
        // Phase 2: whole output words, two per step, both computed before
        // either is stored so that their loads are in flight together (the
        // compiler may not move a load above a store to another buffer).
        let per_word = comptime![config.out_packing.per_word()];
        let group_words = rows_per_cube * width as usize / per_word;
        let total_words = (rows as usize * width as usize).div_ceil(per_word);
        let group_start = group * group_words;
        let mut word_index = UNIT_POS as usize;
        while word_index < group_words {
            let second_index = word_index + CUBE_DIM as usize;
            let first = output_word(
                data,
                &seg_lo,
                &seg_hi,
                &seg_weight,
                &features,
                &offsets,
                word_index,
                first_row,
                rows,
                width,
                config.clone(),
            );
            let mut second = 0u32;
            if second_index < group_words {
                second = output_word(
                    data,
                    &seg_lo,
                    &seg_hi,
                    &seg_weight,
                    &features,
                    &offsets,
                    second_index,
                    first_row,
                    rows,
                    width,
                    config.clone(),
                );
            }
            if group_start + word_index < total_words {
                out[group_start + word_index] = first;
            }
            if second_index < group_words && group_start + second_index < total_words {
                out[group_start + second_index] = second;
            }
            word_index += 2 * CUBE_DIM as usize;
        }
    }

    // Phase 3: the validity bytes, four to a word.
    if comptime![config.validity] {
        let group_words = slots / 4;
        let total_words = (rows as usize * stream_count).div_ceil(4);
        let mut word_index = UNIT_POS as usize;
        while word_index < group_words {
            let global_word = group * group_words + word_index;
            if global_word < total_words {
                let mut word = 0u32;
                #[unroll]
                for lane in 0..4usize {
                    let at = word_index * 4 + lane;
                    if first_row + at / stream_count < rows as usize {
                        word |= seg_valid[at] << (lane as u32 * 8);
                    }
                }
                valid[global_word] = word;
            }
            word_index += CUBE_DIM as usize;
        }
    }
}

/// Sets `status[0]` to 1 if any of `rows x samples` source times (within each
/// row's length) is not finite or goes backwards. The host then finds and
/// reports the first such time with the CPU's validators.
#[cube(launch_unchecked)]
pub fn check_source_times(
    times: &Array<u32>,
    lengths: &Array<u32>,
    status: &mut Array<Atomic<u32>>,
    rows: u32,
    samples: u32,
    #[comptime] f64_times: bool,
    #[comptime] ragged: bool,
) {
    let index = ABSOLUTE_POS;
    if index < (rows * samples) as usize {
        let row = index / samples as usize;
        let i = (index % samples as usize) as u32;
        let mut len = samples;
        if comptime![ragged] {
            len = lengths[row];
        }
        if i < len {
            let finite = time_is_finite(times, index, f64_times);
            let mut ordered = true;
            if i > 0 {
                ordered = time_le(
                    load_time(times, index - 1, f64_times),
                    load_time(times, index, f64_times),
                );
            }
            if !(finite && ordered) {
                status[0].fetch_or(1u32);
            }
        }
    }
}

/// Sets `status[0]` to 1 if any of `count` times is not finite.
#[cube(launch_unchecked)]
pub fn check_finite_times(
    times: &Array<u32>,
    status: &mut Array<Atomic<u32>>,
    count: u32,
    #[comptime] f64_times: bool,
) {
    let index = ABSOLUTE_POS;
    if index < count as usize && !time_is_finite(times, index, f64_times) {
        status[0].fetch_or(1u32);
    }
}

/// Sets `status[0]` to 1 if any of `rows` lengths is outside `[min, max]`.
#[cube(launch_unchecked)]
pub fn check_lengths(lengths: &Array<u32>, status: &mut Array<Atomic<u32>>, rows: u32, min: u32, max: u32) {
    let index = ABSOLUTE_POS;
    if index < rows as usize {
        let length = lengths[index];
        if length < min || length > max {
            status[0].fetch_or(1u32);
        }
    }
}
