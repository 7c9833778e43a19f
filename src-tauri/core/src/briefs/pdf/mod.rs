//! One-page brief PDFs, laid out here with real font metrics and drawn with printpdf.
//!
//! The layout places text, boxes and the logo in millimetres from the top-left corner; the
//! same marks become the PDF page and, through printpdf's own renderer, the SVG preview.
//! Text that does not fit is never cut: the layout tries smaller sizes down to 8 pt and
//! otherwise names the section that is too long.

mod draw;
mod layout;
mod logo;
mod preview;
mod text;

use std::sync::Mutex;

use chrono::NaiveDate;
use printpdf::{
    ImageCompression, ImageOptimizationOptions, Op, PdfDocument, PdfPage, PdfSaveOptions,
    PdfToSvgOptions,
};

use crate::briefs::{BriefInput, Recipient};
use crate::error::{Error, FieldError, Result};
use crate::i18n::{msg, Lang};
use crate::settings::brand::BrandAssets;
use draw::Pen;
use layout::Overflow;

pub use text::{drawable, text_width, wrap};

/// The smallest body text the layout will use.
pub const MIN_BODY_PT: f32 = 8.0;

/// Everything the page shows for one creator.
pub struct BriefPage<'a> {
    pub brief: &'a BriefInput,
    pub recipient: Option<&'a Recipient>,
    pub brand: &'a BrandAssets,
    pub today: NaiveDate,
    /// What the page is written in: the creator's language, else the shop's.
    pub lang: Lang,
}

/// A rendered brief: the document, ready to save or to render as SVG.
pub struct Rendered {
    doc: PdfDocument,
    /// The bold face's name in the document, to measure the preview's bold lines by.
    bold_font: String,
}

impl Rendered {
    pub fn pdf(&self) -> Vec<u8> {
        // printpdf compresses every stream at zlib's best level and re-encodes the logo as a
        // JPEG: most of an export's time. Here the logo stays lossless and the streams are
        // compressed at a quick level, which costs a brief a few percent of its size.
        let options = PdfSaveOptions {
            optimize: false,
            image_optimization: Some(ImageOptimizationOptions {
                format: Some(ImageCompression::None),
                ..ImageOptimizationOptions::default()
            }),
            ..PdfSaveOptions::default()
        };
        let mut doc = self.doc.to_lopdf_document(&options, &mut Vec::new());
        for object in doc.objects.values_mut() {
            if let lopdf::Object::Stream(stream) = object {
                compress(stream);
            }
        }
        let mut bytes = Vec::new();
        // Writing to memory cannot fail.
        let _ = doc.save_to(&mut bytes);
        bytes
    }

    pub fn svg(&self) -> String {
        let svg = self.doc.pages[0].to_svg(
            &self.doc.resources,
            &PdfToSvgOptions::default(),
            &mut Vec::new(),
        );
        preview::fit_lines(&svg, &self.bold_font)
    }
}

/// Compresses a stream that has no filter yet. The logo's streams are the same in every brief
/// of a batch: the last few big ones are kept, compressed, and reused when the bytes match.
fn compress(stream: &mut lopdf::Stream) {
    const REUSED_FROM: usize = 8 * 1024;
    static RECENT: Mutex<Vec<(Vec<u8>, Vec<u8>)>> = Mutex::new(Vec::new());
    if stream.dict.get(b"Filter").is_ok() {
        return;
    }
    let big = stream.content.len() >= REUSED_FROM;
    let known = big
        .then(|| {
            let recent = RECENT.lock().unwrap_or_else(|p| p.into_inner());
            recent
                .iter()
                .find(|(plain, _)| *plain == stream.content)
                .map(|(_, packed)| packed.clone())
        })
        .flatten();
    let packed = match known {
        Some(packed) => packed,
        None => {
            let Some(packed) = deflate(&stream.content) else {
                return;
            };
            if big {
                let mut recent = RECENT.lock().unwrap_or_else(|p| p.into_inner());
                if recent.len() >= 4 {
                    recent.remove(0);
                }
                recent.push((stream.content.clone(), packed.clone()));
            }
            packed
        }
    };
    if packed.len() + 19 < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(packed);
    }
}

/// `bytes` zlib-compressed at a quick level.
fn deflate(bytes: &[u8]) -> Option<Vec<u8>> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).ok()?;
    encoder.finish().ok()
}

fn overflow_error(o: Overflow) -> Error {
    Error::Invalid(vec![FieldError {
        field: o.field.into(),
        message: crate::i18n::msg::ErrorBriefTooLong {
            pt: MIN_BODY_PT.to_string().into(),
            mm: format!("{:.0}", o.height.ceil()).into(),
            section: o.section.into(),
        }
        .text(crate::i18n::owner()),
    }])
}

/// Lays out and draws the brief on one page, or says which section is too long.
pub fn render(page: &BriefPage, title: &str) -> Result<Rendered> {
    // The logo is decoded once, for its size in every layout tried and for the page.
    let image = page
        .brand
        .logo
        .as_deref()
        .and_then(logo::decode)
        .filter(|image| image.width > 0 && image.height > 0);
    let size = image.as_ref().map(|i| (i.width as f32, i.height as f32));
    let marks = layout::fit(page, size).map_err(overflow_error)?;
    let (pw, ph) = page.brand.brand.page_size.mm();
    let mut doc = PdfDocument::new(title);
    let pen = Pen {
        regular: doc.add_font(&text::fonts().regular),
        bold: doc.add_font(&text::fonts().bold),
        logo: image
            .zip(size)
            .map(|(image, size)| (doc.add_image(&image), size)),
        page_h: ph,
    };
    let bold_font = pen.bold.0.clone();
    let mut ops: Vec<Op> = Vec::new();
    for mark in marks {
        pen.ops(mark, &mut ops);
    }
    describe(&mut doc, page, title);
    doc.with_pages(vec![PdfPage::new(printpdf::Mm(pw), printpdf::Mm(ph), ops)]);
    Ok(Rendered { doc, bold_font })
}

/// The document's properties: title, the shop as author, who the brief is for, when.
fn describe(doc: &mut PdfDocument, page: &BriefPage, title: &str) {
    let info = &mut doc.metadata.info;
    info.document_title = title.to_string();
    info.author = page.brand.brand.shop_name.clone();
    info.creator = "Shoutout".into();
    info.producer = format!("Shoutout {}", env!("CARGO_PKG_VERSION"));
    let campaign = page.brief.campaign.as_str();
    info.subject = match page.recipient {
        Some(r) => msg::PdfTitleFor {
            name: r.display_name.as_str().into(),
            campaign: campaign.into(),
        }
        .text(page.lang),
        None => msg::PdfTitle {
            campaign: campaign.into(),
        }
        .text(page.lang),
    };
    if let Ok(now) = printpdf::OffsetDateTime::from_unix_timestamp(chrono::Utc::now().timestamp()) {
        info.creation_date = now;
        info.modification_date = now;
        info.metadata_date = now;
    }
}
