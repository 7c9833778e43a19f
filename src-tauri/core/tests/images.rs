//! Images are sized from their header before anything decodes them: a logo of 20,000 × 20,000
//! pixels in a few hundred bytes is refused when it is set and left off the brief's PDF.

use std::io::Write;
use std::time::Instant;

use shoutout_core::briefs::pdf::{self, BriefPage};
use shoutout_core::briefs::{self as brief};
use shoutout_core::settings::brand::{self, Brand, BrandAssets};
use shoutout_core::{images, sample, Db};

fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
    out.extend((data.len() as u32).to_be_bytes());
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    out.extend(kind);
    out.extend(data);
    out.extend(crc.sum().to_be_bytes());
}

/// A PNG whose IHDR says `width` × `height` (8-bit grey), with a small valid zlib stream of
/// zeros for pixels: tiny on disk, gigabytes if decoded.
fn png(width: u32, height: u32) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &ihdr);
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&vec![0u8; 64 * 1024]).unwrap();
    chunk(&mut out, b"IDAT", &z.finish().unwrap());
    chunk(&mut out, b"IEND", &[]);
    out
}

#[test]
fn a_20000_px_logo_is_refused_from_its_header_stating_the_limit() {
    let huge = png(20_000, 20_000);
    assert!(huge.len() < 2_000, "{} bytes", huge.len());
    let h = images::header(&huge).unwrap();
    assert_eq!(
        (h.kind, h.width, h.height),
        (images::Kind::Png, 20_000, 20_000)
    );

    let mut db = Db::open_in_memory().unwrap();
    let start = Instant::now();
    let err = brand::set_logo(&mut db, &huge).unwrap_err();
    assert!(start.elapsed().as_millis() < 500, "{:?}", start.elapsed());
    assert_eq!(err.code(), "invalid");
    let message = &err.fields()[0].message;
    assert_eq!(err.fields()[0].field, "logo");
    // The size message comes from the header alone: decoding would fail on the short pixels.
    assert!(message.contains("20000 × 20000 pixels"), "{message}");
    assert!(
        message.contains("4,000 × 4,000 (16 megapixels)"),
        "{message}"
    );
    assert!(!brand::get(db.conn()).unwrap().brand.has_logo);

    // 4,001 wide is over the side; 4,000 × 4,000 is the most that passes the header check.
    let wide = images::check(&png(4_001, 10), "logo").unwrap_err();
    assert!(wide.to_string().contains("4001 × 10"), "{wide}");
    assert!(images::check(&png(4_000, 4_000), "logo").is_ok());
    assert!(images::check(b"GIF89a", "logo").is_err());
}

#[test]
fn a_stored_oversized_logo_is_left_off_the_pdf_without_decoding() {
    let brand = BrandAssets {
        brand: Brand {
            has_logo: true,
            ..sample::brand()
        },
        logo: Some(png(20_000, 20_000)),
    };
    let input = brief::validate(&sample::briefs()[0]).unwrap();
    let personal = brief::personalize(&input, None, &brand.brand.shop_name);
    let page = BriefPage {
        brief: &personal,
        recipient: None,
        brand: &brand,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        lang: brand.brand.language,
    };
    let start = Instant::now();
    let rendered = pdf::render(&page, "Brief").unwrap();
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
    assert!(!rendered.pdf().is_empty());
}
