//! The host side of unpacking point records: the layout's checks, one
//! upload of the records as they are, and the unpacking kernel.

use cubecl::prelude::*;
use robocache_core::{DType, Error, HostData, PointRecordLayout, RecordValue, Result};

use super::kernel::{unpack_records, VALUE_F32, VALUE_I16, VALUE_I8, VALUE_U16, VALUE_U8};
use crate::buffer::GpuBuffer;
use crate::device::{guarded, Gpu};

impl<R: Runtime> Gpu<R> {
    /// Uploads point records as they are and queues their unpacking into
    /// points `[N, 3]` and, where the layout names features, features
    /// `[N, F]`, f32: the host passes over the records' bytes once, to
    /// upload them.
    pub fn unpack_points(
        &self,
        records: &[u8],
        layout: &PointRecordLayout,
    ) -> Result<(GpuBuffer, Option<GpuBuffer>)> {
        let count = layout.points_in(records.len())?;
        let width = layout.features.len();
        let values = 3 + width;
        // The kernel indexes bytes and outputs in 32 bits on every runtime.
        let limit = u32::MAX as usize - 8;
        let needed = count.saturating_mul(values).max(records.len());
        if needed > limit {
            return Err(Error::TooLarge {
                what: "unpacking point records",
                needed: needed as u64,
                unit: "bytes or values",
                limit: limit as u64,
            });
        }
        let offsets = layout.values().map(|(offset, _)| offset as u32);
        let codes = layout.values().map(|(_, value)| match value {
            RecordValue::F32 => VALUE_F32,
            RecordValue::I8 => VALUE_I8,
            RecordValue::U8 => VALUE_U8,
            RecordValue::I16 => VALUE_I16,
            RecordValue::U16 => VALUE_U16,
        });
        let kernel_layout: Vec<u32> = offsets.chain(codes).collect();
        self.submit("unpacking point records", || {
            let points = self.alloc(DType::F32, count * 3, "the unpacked points")?;
            let features = match width {
                0 => None,
                _ => Some(self.alloc(DType::F32, count * width, "the unpacked features")?),
            };
            if count == 0 {
                return Ok((points, features));
            }
            let records = self.write(HostData::U8(records), "point records")?;
            let kernel_layout = self.write(HostData::U32(&kernel_layout), "the records' layout")?;
            // Bound where there are no features, and never written.
            let stand_in;
            let features_buffer = match &features {
                Some(features) => features,
                None => {
                    stand_in = self.alloc(DType::F32, 1, "no features")?;
                    &stand_in
                }
            };
            let (cubes, dim) = self.elementwise(count * values);
            // SAFETY: a unit reads the word of its value's first byte and,
            // where the value straddles two, the next; `points_in` checked
            // that every value ends within its record, so both lie within
            // `records`. It writes `points[point * 3 + value]` for value < 3
            // and `features[point * width + value - 3]` otherwise, below
            // `count * 3` and `count * width`.
            guarded(self.backend(), "unpacking point records", || unsafe {
                unpack_records::launch_unchecked::<R>(
                    self.client(),
                    cubes,
                    dim,
                    records.arg(),
                    kernel_layout.arg(),
                    points.arg(),
                    features_buffer.arg(),
                    count as u32,
                    layout.point_step as u32,
                    values as u32,
                )
            })?;
            Ok((points, features))
        })
    }
}
