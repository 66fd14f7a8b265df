//! The unpacking kernel: one unit per value of a point (x, y, z, then each
//! feature), so that the units of a cube read neighbouring records and
//! write neighbouring outputs.

use cubecl::prelude::*;

/// [`RecordValue`](robocache_core::RecordValue)s as the kernel's codes.
pub const VALUE_F32: u32 = 0;
/// Signed 8-bit.
pub const VALUE_I8: u32 = 1;
/// Unsigned 8-bit.
pub const VALUE_U8: u32 = 2;
/// Signed 16-bit.
pub const VALUE_I16: u32 = 3;
/// Unsigned 16-bit.
pub const VALUE_U16: u32 = 4;

/// Copies each point's values out of its record: `points [N, 3]` and
/// `features [N, values - 3]` as f32 bits. `records` holds the records'
/// bytes in little-endian words, padded to a whole word; `layout` the byte
/// offset of each value within a record, then each value's code
/// (`VALUE_*`). A value that straddles two words is put together from
/// both.
#[cube(launch_unchecked)]
pub fn unpack_records(
    records: &Array<u32>,
    layout: &Array<u32>,
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
        let code = layout[per_point + value];
        let mut bytes = 4u32;
        if code == VALUE_I8 || code == VALUE_U8 {
            bytes = 1u32;
        } else if code == VALUE_I16 || code == VALUE_U16 {
            bytes = 2u32;
        }
        let byte = point * step as usize + layout[value] as usize;
        let word = byte / 4;
        let shift = (byte % 4) as u32 * 8;
        let mut raw = records[word] >> shift;
        if shift + bytes * 8 > 32 {
            // The value's last byte lies within the records, and in the
            // next word.
            raw |= records[word + 1] << (32 - shift);
        }
        let mut bits = raw;
        if code == VALUE_U8 {
            bits = u32::reinterpret(f32::cast_from(raw & 0xFF));
        } else if code == VALUE_U16 {
            bits = u32::reinterpret(f32::cast_from(raw & 0xFFFF));
        } else if code == VALUE_I8 {
            let signed = i32::cast_from((raw & 0xFF) ^ 0x80) - 0x80;
            bits = u32::reinterpret(f32::cast_from(signed));
        } else if code == VALUE_I16 {
            let signed = i32::cast_from((raw & 0xFFFF) ^ 0x8000) - 0x8000;
            bits = u32::reinterpret(f32::cast_from(signed));
        }
        if value < 3 {
            points[point * 3 + value] = bits;
        } else {
            features[point * (per_point - 3) + value - 3] = bits;
        }
    }
}
