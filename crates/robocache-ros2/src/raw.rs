//! Messages as bytes: DDS readers and writers that hand over a message's
//! serialized form untouched, so the node decodes what arrives with the
//! decoder `robocache convert` uses on a bag, and a replay sends a bag's
//! messages exactly as they were recorded.

use std::convert::Infallible;

use bytes::Bytes;
use ros2_client::dds::rustdds::{no_key, RepresentationIdentifier};

/// One message's CDR bytes, its 4-byte encapsulation header first: the
/// form a rosbag2 bag stores and `robocache_recordings::decode` reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CdrBytes(pub Vec<u8>);

/// The encapsulation header DDS took off a payload, put back: the
/// representation identifier, then two option bytes, zero for CDR.
fn with_header(body: &[u8], encoding: RepresentationIdentifier) -> CdrBytes {
    let mut bytes = Vec::with_capacity(body.len() + 4);
    bytes.extend_from_slice(&encoding.to_bytes());
    bytes.extend_from_slice(&[0, 0]);
    bytes.extend_from_slice(body);
    CdrBytes(bytes)
}

/// Reads a topic's messages as [`CdrBytes`], for a RustDDS data reader.
pub struct RawCdr;

/// The decoder of [`RawCdr`]: it copies, and cannot fail.
#[derive(Clone, Copy)]
pub struct CopyBytes;

impl<'de> no_key::Decode<'de, CdrBytes> for CopyBytes {
    type Error = Infallible;

    fn decode_bytes(
        self,
        input_bytes: &'de [u8],
        encoding: RepresentationIdentifier,
    ) -> Result<CdrBytes, Infallible> {
        Ok(with_header(input_bytes, encoding))
    }
}

impl no_key::DeserializerAdapter<CdrBytes> for RawCdr {
    type Error = Infallible;
    type Decoded = CdrBytes;

    fn supported_encodings() -> &'static [RepresentationIdentifier] {
        // Plain CDR in either byte order: what ROS 2 middlewares send and
        // what the decoder reads (SPEC section 7).
        &[RepresentationIdentifier::CDR_LE, RepresentationIdentifier::CDR_BE]
    }

    fn transform_decoded(decoded: CdrBytes) -> CdrBytes {
        decoded
    }
}

impl no_key::DefaultDecoder<CdrBytes> for RawCdr {
    type Decoder = CopyBytes;
    const DECODER: CopyBytes = CopyBytes;
}

/// Why a message's bytes cannot be sent as they are.
#[derive(Debug, thiserror::Error)]
pub enum RawSendError {
    /// Shorter than an encapsulation header.
    #[error("a CDR message is at least its 4-byte encapsulation header; this one has {0} bytes")]
    Truncated(usize),
    /// Not little-endian plain CDR, the one encoding a raw writer declares.
    #[error("the message is encapsulated as {0:02x?}; only little-endian CDR (00 01) is sent as recorded")]
    Encapsulation([u8; 2]),
}

impl no_key::SerializerAdapter<CdrBytes> for RawCdr {
    type Error = RawSendError;

    fn output_encoding() -> RepresentationIdentifier {
        RepresentationIdentifier::CDR_LE
    }

    fn to_bytes(value: &CdrBytes) -> Result<Bytes, RawSendError> {
        let Some((header, body)) = value.0.split_first_chunk::<4>() else {
            return Err(RawSendError::Truncated(value.0.len()));
        };
        // A writer declares one encoding for every message: a big-endian
        // message sent under it would be read with the wrong byte order.
        if header[..2] != RepresentationIdentifier::CDR_LE.to_bytes() {
            return Err(RawSendError::Encapsulation([header[0], header[1]]));
        }
        Ok(Bytes::copy_from_slice(body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use no_key::{DeserializerAdapter, SerializerAdapter};

    #[test]
    fn bytes_come_back_as_they_went_with_their_header() {
        let message = CdrBytes(vec![0, 1, 0, 0, 7, 0, 0, 0, 42]);
        let body = RawCdr::to_bytes(&message).unwrap();
        assert_eq!(&body[..], &message.0[4..]);
        let back: CdrBytes = RawCdr::from_bytes(&body, RawCdr::output_encoding()).unwrap();
        assert_eq!(back, message);
        let big_endian: CdrBytes = RawCdr::from_bytes(&[1, 2], RepresentationIdentifier::CDR_BE).unwrap();
        assert_eq!(big_endian.0, vec![0, 0, 0, 0, 1, 2]);
    }

    #[test]
    fn a_message_that_cannot_go_as_recorded_is_refused() {
        assert!(matches!(
            RawCdr::to_bytes(&CdrBytes(vec![0, 1])),
            Err(RawSendError::Truncated(2))
        ));
        assert!(matches!(
            RawCdr::to_bytes(&CdrBytes(vec![0, 0, 0, 0, 1])),
            Err(RawSendError::Encapsulation([0, 0]))
        ));
    }
}
