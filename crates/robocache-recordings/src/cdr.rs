//! A reader of OMG CDR (XCDR1, "plain CDR"), the encoding ROS 2 writes its
//! messages in: a 4-byte encapsulation header names the byte order, then
//! each primitive sits at an offset (counted after the header) that is a
//! multiple of its size, and sequences and strings carry a `u32` length.
//!
//! Written by hand rather than through serde because a recording is
//! untrusted input: every read is bounds-checked, a length is checked
//! against the bytes left before anything is allocated, and a point cloud's
//! `data` is borrowed, not copied element by element.

use crate::error::CdrError;

/// Reads one message's CDR bytes, front to back.
pub(crate) struct CdrReader<'a> {
    body: &'a [u8],
    position: usize,
    little_endian: bool,
}

impl<'a> CdrReader<'a> {
    /// Reads the encapsulation header: `00 00` is big-endian CDR, `00 01`
    /// little-endian; the two option bytes after it are ignored.
    pub(crate) fn new(bytes: &'a [u8]) -> Result<Self, CdrError> {
        let Some((header, body)) = bytes.split_first_chunk::<4>() else {
            return Err(CdrError::Truncated {
                offset: 0,
                wanted: 4,
                left: bytes.len(),
            });
        };
        let little_endian = match [header[0], header[1]] {
            [0, 0] => false,
            [0, 1] => true,
            other => return Err(CdrError::Encapsulation(other)),
        };
        Ok(Self {
            body,
            position: 0,
            little_endian,
        })
    }

    fn align(&mut self, size: usize) -> Result<(), CdrError> {
        let padding = (size - self.position % size) % size;
        self.take(padding).map(|_| ())
    }

    fn take(&mut self, count: usize) -> Result<&'a [u8], CdrError> {
        let left = self.body.len() - self.position;
        if count > left {
            return Err(CdrError::Truncated {
                offset: self.position + 4,
                wanted: count,
                left,
            });
        }
        let bytes = &self.body[self.position..self.position + count];
        self.position += count;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], CdrError> {
        self.align(N)?;
        let mut out = [0; N];
        out.copy_from_slice(self.take(N)?);
        if self.little_endian != cfg!(target_endian = "little") {
            out.reverse();
        }
        Ok(out)
    }

    pub(crate) fn u8(&mut self) -> Result<u8, CdrError> {
        Ok(self.take(1)?[0])
    }

    pub(crate) fn bool(&mut self) -> Result<bool, CdrError> {
        Ok(self.u8()? != 0)
    }

    pub(crate) fn u32(&mut self) -> Result<u32, CdrError> {
        Ok(u32::from_ne_bytes(self.array()?))
    }

    pub(crate) fn i32(&mut self) -> Result<i32, CdrError> {
        Ok(i32::from_ne_bytes(self.array()?))
    }

    pub(crate) fn f64(&mut self) -> Result<f64, CdrError> {
        Ok(f64::from_ne_bytes(self.array()?))
    }

    pub(crate) fn f64s<const N: usize>(&mut self) -> Result<[f64; N], CdrError> {
        let mut out = [0.0; N];
        for value in &mut out {
            *value = self.f64()?;
        }
        Ok(out)
    }

    /// A sequence's length, checked against the bytes left: each element
    /// takes at least `min_element_bytes`, so a corrupt length fails here
    /// instead of asking for gigabytes.
    pub(crate) fn length(&mut self, min_element_bytes: usize) -> Result<usize, CdrError> {
        let offset = self.position + 4;
        let length = self.u32()? as usize;
        let left = self.body.len() - self.position;
        if length.saturating_mul(min_element_bytes.max(1)) > left {
            return Err(CdrError::Length { offset, length, left });
        }
        Ok(length)
    }

    pub(crate) fn string(&mut self) -> Result<String, CdrError> {
        let offset = self.position + 4;
        let length = self.length(1)?;
        let bytes = self.take(length)?;
        // The length counts the terminating NUL; some writers leave it out
        // of an empty string.
        let text = bytes.strip_suffix(&[0]).unwrap_or(bytes);
        String::from_utf8(text.to_vec()).map_err(|_| CdrError::Utf8 { offset })
    }

    pub(crate) fn strings(&mut self) -> Result<Vec<String>, CdrError> {
        let count = self.length(4)?;
        (0..count).map(|_| self.string()).collect()
    }

    pub(crate) fn f64_sequence(&mut self) -> Result<Vec<f64>, CdrError> {
        let count = self.length(8)?;
        (0..count).map(|_| self.f64()).collect()
    }

    pub(crate) fn bytes(&mut self) -> Result<&'a [u8], CdrError> {
        let count = self.length(1)?;
        self.take(count)
    }

    /// A ROS 2 `builtin_interfaces/Time`, as seconds.
    pub(crate) fn time(&mut self) -> Result<f64, CdrError> {
        let sec = self.i32()?;
        let nanosec = self.u32()?;
        Ok(f64::from(sec) + f64::from(nanosec) * 1e-9)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn primitives_are_aligned_after_the_header_in_either_byte_order() {
        // u8 1, then (3 padding bytes) u32 7, then (no padding) f64 at 8.
        let mut le = vec![0, 1, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0];
        le.extend_from_slice(&2.5f64.to_le_bytes());
        let mut be = vec![0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 7];
        be.extend_from_slice(&2.5f64.to_be_bytes());
        for bytes in [le, be] {
            let mut r = CdrReader::new(&bytes).unwrap();
            assert_eq!(r.u8().unwrap(), 1);
            assert_eq!(r.u32().unwrap(), 7);
            assert_eq!(r.f64().unwrap(), 2.5);
            assert!(matches!(r.u8(), Err(CdrError::Truncated { .. })));
        }
    }

    #[test]
    fn a_length_longer_than_the_message_is_an_error_not_an_allocation() {
        let bytes = [0, 1, 0, 0, 0xff, 0xff, 0xff, 0x7f, 1, 2, 3];
        let mut r = CdrReader::new(&bytes).unwrap();
        assert!(matches!(
            r.f64_sequence(),
            Err(CdrError::Length {
                length: 0x7fff_ffff,
                ..
            })
        ));
    }

    #[test]
    fn an_unknown_encapsulation_is_named() {
        assert!(matches!(
            CdrReader::new(&[0, 3, 0, 0]),
            Err(CdrError::Encapsulation([0, 3]))
        ));
        assert!(matches!(CdrReader::new(&[0, 1]), Err(CdrError::Truncated { .. })));
    }
}
