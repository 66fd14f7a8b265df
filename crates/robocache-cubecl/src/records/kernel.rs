//! The unpacking kernel: one unit per value of a point (x, y, z, then each
//! feature), so that the units of a cube read neighbouring records and
//! write neighbouring outputs.

use cubecl::prelude::*;

/// Copies each point's values out of its record: `points [N, 3]` and
/// `features [N, values - 3]` as f32 bits. `records` holds the records'
/// bytes in little-endian words, padded to a whole word; `offsets` the
/// byte offset of each value within a record. A value at an offset that is
/// not a multiple of 4 is put together from the two words it straddles.
#[cube(launch_unchecked)]
pub fn unpack_records(
    records: &Array<u32>,
    offsets: &Array<u32>,
    points: &mut Array<u32>,
    features: &mut Array<u32>,
    count: u32,
    step: u32,
    values: u32,
) {
    let slot = ABSOLUTE_POS;
    let per_point = values as usize;
    if slot < count as usize * per_point {
        let point = slot / per_point;
        let value = slot % per_point;
        let byte = point * step as usize + offsets[value] as usize;
        let word = byte / 4;
        let shift = (byte % 4) as u32 * 8;
        let mut bits = records[word];
        if shift != 0 {
            // The value's last byte lies within the records, so the word
            // after this one does too.
            bits = (bits >> shift) | (records[word + 1] << (32 - shift));
        }
        if value < 3 {
            points[point * 3 + value] = bits;
        } else {
            features[point * (per_point - 3) + value - 3] = bits;
        }
    }
}
