//! The shop's logo as the page draws it: decoded once per batch and flattened onto white.

use std::sync::Mutex;

use printpdf::{RawImage, RawImageData, RawImageFormat};

/// The logo's pixels. A batch exports the same logo hundreds of times: the last one decoded is
/// kept and reused while the bytes are the same.
pub(super) fn decode(bytes: &[u8]) -> Option<RawImage> {
    static LAST: Mutex<Option<(Vec<u8>, RawImage)>> = Mutex::new(None);
    let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((known, image)) = last.as_ref() {
        if known.as_slice() == bytes {
            return Some(image.clone());
        }
    }
    // A logo stored before sizes were checked is left off rather than unpacked to gigabytes.
    crate::images::check(bytes, "logo").ok()?;
    let image = on_white(RawImage::decode_from_bytes(bytes, &mut Vec::new()).ok()?);
    *last = Some((bytes.to_vec(), image.clone()));
    Some(image)
}

/// The logo sits on white paper: its transparency is blended onto white once, so the PDF
/// carries plain RGB and no separate mask to encode on every export.
fn on_white(image: RawImage) -> RawImage {
    match (&image.data_format, &image.pixels) {
        (RawImageFormat::RGBA8, RawImageData::U8(rgba)) => {
            let rgb = rgba
                .chunks_exact(4)
                .flat_map(|p| {
                    let a = u16::from(p[3]);
                    let blend = |c: u8| ((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8;
                    [blend(p[0]), blend(p[1]), blend(p[2])]
                })
                .collect();
            RawImage {
                pixels: RawImageData::U8(rgb),
                data_format: RawImageFormat::RGB8,
                ..image
            }
        }
        _ => image,
    }
}
