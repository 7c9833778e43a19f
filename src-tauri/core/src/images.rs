//! An image's size read from its header (PNG IHDR, JPEG SOF), without decoding a pixel, so a
//! small file that unpacks to gigabytes is refused before anything decodes it.

use crate::error::{Error, Result};
use crate::i18n::{msg, owner};
use crate::text::grouped;

/// The widest or tallest image accepted, in pixels.
pub const MAX_SIDE: u32 = 4_000;
/// The most pixels an image may have (4,000 × 4,000).
pub const MAX_PIXELS: u64 = 16_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Png,
    Jpeg,
}

/// What the header says: the format, width and height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    pub kind: Kind,
    pub width: u32,
    pub height: u32,
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// The PNG or JPEG header of `bytes`, or `None` when it is neither or the header is cut.
pub fn header(bytes: &[u8]) -> Option<Header> {
    if let Some(rest) = bytes.strip_prefix(PNG_SIGNATURE) {
        // The first chunk is IHDR: length (13), type, then width and height, big-endian.
        if rest.get(4..8)? != b"IHDR" {
            return None;
        }
        let be = |at: usize| {
            rest.get(at..at + 4)
                .map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
        };
        return Some(Header {
            kind: Kind::Png,
            width: be(8)?,
            height: be(12)?,
        });
    }
    if bytes.starts_with(&[0xFF, 0xD8]) {
        return jpeg(bytes);
    }
    None
}

/// Walks the JPEG's segments to the first start of frame (SOF0–SOF15 but DHT, JPG, DAC).
fn jpeg(bytes: &[u8]) -> Option<Header> {
    let mut at = 2;
    loop {
        // Markers may be padded with any number of 0xFF.
        while *bytes.get(at)? == 0xFF && *bytes.get(at + 1)? == 0xFF {
            at += 1;
        }
        if *bytes.get(at)? != 0xFF {
            return None;
        }
        let marker = *bytes.get(at + 1)?;
        at += 2;
        match marker {
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => continue,
            0xD9 | 0xDA => return None,
            _ => {}
        }
        let len = usize::from(u16::from_be_bytes([*bytes.get(at)?, *bytes.get(at + 1)?]));
        if len < 2 {
            return None;
        }
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let seg = bytes.get(at + 2..at + 7)?;
            return Some(Header {
                kind: Kind::Jpeg,
                height: u32::from(u16::from_be_bytes([seg[1], seg[2]])),
                width: u32::from(u16::from_be_bytes([seg[3], seg[4]])),
            });
        }
        at += len;
    }
}

/// The header of a PNG or JPEG no larger than [`MAX_SIDE`] on a side nor [`MAX_PIXELS`] in
/// all. The shop's logo is the only image Shoutout takes, so the messages call it that.
pub fn check(bytes: &[u8], field: &str) -> Result<Header> {
    let Some(h) = header(bytes) else {
        return Err(Error::invalid(field, msg::error_logo_format(owner())));
    };
    if h.width == 0 || h.height == 0 {
        return Err(Error::invalid(field, msg::error_logo_no_pixels(owner())));
    }
    if h.width > MAX_SIDE
        || h.height > MAX_SIDE
        || u64::from(h.width) * u64::from(h.height) > MAX_PIXELS
    {
        let lang = owner();
        return Err(Error::invalid(
            field,
            msg::ErrorLogoTooManyPixels {
                width: h.width.into(),
                height: h.height.into(),
                max: grouped(MAX_SIDE.into(), lang).into(),
                sharp: grouped(1_000, lang).into(),
            }
            .text(lang),
        ));
    }
    Ok(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jpeg_size_is_read_past_other_segments() {
        let mut jpeg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46];
        jpeg.extend([
            0xFF, 0xFF, 0xC2, 0x00, 0x0B, 0x08, 0x01, 0x2C, 0x02, 0x58, 0x03,
        ]);
        let h = header(&jpeg).unwrap();
        assert_eq!((h.kind, h.width, h.height), (Kind::Jpeg, 600, 300));
        assert_eq!(header(&jpeg[..12]), None);
        assert_eq!(header(b"GIF89a"), None);
    }
}
