//! One-page brief PDFs, laid out here with real font metrics and drawn with printpdf.
//!
//! The layout places text, boxes and the logo in millimetres from the top-left corner; the
//! same marks become the PDF page and, through printpdf's own renderer, the SVG preview.
//! Text that does not fit is never cut: the layout tries smaller sizes down to 8 pt and
//! otherwise names the section that is too long.

use std::sync::{Mutex, OnceLock};

use chrono::NaiveDate;
use printpdf::{
    Color, FontId, ImageCompression, ImageOptimizationOptions, Line, LinePoint, Op, PaintMode,
    ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, PdfToSvgOptions, Point,
    Polygon, PolygonRing, Pt, RawImage, RawImageData, RawImageFormat, Rect, Rgb, TextItem,
    WindingOrder, XObjectTransform,
};

use crate::briefs::{self as brief, BriefInput, Recipient, When};
use crate::error::{Error, FieldError, Result};
use crate::settings::brand::{self as brand, BrandAssets};

const REGULAR_TTF: &[u8] = include_bytes!("../../../fonts/NotoSans-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../../fonts/NotoSans-Bold.ttf");

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| {
        let parse = |bytes: &[u8]| {
            ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).expect("the bundled font parses")
        };
        Fonts {
            regular: parse(REGULAR_TTF),
            bold: parse(BOLD_TTF),
        }
    })
}

const PT_TO_MM: f32 = 25.4 / 72.0;
/// The smallest body text the layout will use.
pub const MIN_BODY_PT: f32 = 8.0;
const BODY_SIZES: [f32; 6] = [10.5, 10.0, 9.5, 9.0, 8.5, MIN_BODY_PT];

fn font(bold: bool) -> &'static ParsedFont {
    if bold {
        &fonts().bold
    } else {
        &fonts().regular
    }
}

/// Replaces what the font cannot draw with a visible `?`, and drops control characters.
pub fn drawable(text: &str) -> String {
    let f = &fonts().regular;
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .map(|c| match c {
            '\t' => ' ',
            '\n' => '\n',
            c if f.lookup_glyph_index(c as u32).is_some() => c,
            _ => '?',
        })
        .collect()
}

/// Width of `text` in millimetres at `size` points.
pub fn text_width(text: &str, size: f32, bold: bool) -> f32 {
    let f = font(bold);
    let units = f32::from(f.font_metrics.units_per_em.max(1));
    let width: usize = text
        .chars()
        .map(|c| {
            f.lookup_glyph_index(c as u32)
                .and_then(|g| f.get_glyph_width_internal(g))
                .unwrap_or(0)
        })
        .sum();
    width as f32 / units * size * PT_TO_MM
}

/// Breaks text into lines no wider than `max_mm`, at spaces where it can and inside a word
/// only when the word alone is too wide. Line breaks in the text are kept.
pub fn wrap(text: &str, size: f32, bold: bool, max_mm: f32) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if text_width(&candidate, size, bold) <= max_mm {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            // A word wider than the line is split where it must be.
            let mut piece = String::new();
            for ch in word.chars() {
                piece.push(ch);
                if text_width(&piece, size, bold) > max_mm && piece.chars().count() > 1 {
                    piece.pop();
                    lines.push(std::mem::take(&mut piece));
                    piece.push(ch);
                }
            }
            line = piece;
        }
        lines.push(line);
    }
    lines
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Rgb3(f32, f32, f32);

impl Rgb3 {
    fn color(self) -> Color {
        Color::Rgb(Rgb::new(self.0, self.1, self.2, None))
    }
    /// This colour mixed into white: `amount` 0 is white, 1 the colour.
    fn tint(self, amount: f32) -> Rgb3 {
        let mix = |c: f32| 1.0 - (1.0 - c) * amount;
        Rgb3(mix(self.0), mix(self.1), mix(self.2))
    }
}

const INK: Rgb3 = Rgb3(0.114, 0.102, 0.141);
const MUTED: Rgb3 = Rgb3(0.42, 0.40, 0.47);
const RULE: Rgb3 = Rgb3(0.88, 0.87, 0.91);
const GOOD: Rgb3 = Rgb3(0.12, 0.56, 0.35);
const BAD: Rgb3 = Rgb3(0.78, 0.16, 0.16);

/// Something to draw, in millimetres from the top-left corner of the page.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Text {
        x: f32,
        baseline: f32,
        size: f32,
        bold: bool,
        color: Rgb3,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb3,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        color: Rgb3,
        thickness: f32,
    },
    Dot {
        x: f32,
        y: f32,
        r: f32,
        color: Rgb3,
    },
    Logo {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

/// Everything the page shows for one creator.
pub struct BriefPage<'a> {
    pub brief: &'a BriefInput,
    pub recipient: Option<&'a Recipient>,
    pub brand: &'a BrandAssets,
    pub today: NaiveDate,
}

struct Canvas {
    marks: Vec<Mark>,
    scale: f32,
    accent: Rgb3,
}

const LINE: f32 = 1.42;

impl Canvas {
    fn size(&self, base: f32) -> f32 {
        (base * self.scale).max(MIN_BODY_PT.min(base))
    }

    /// Writes wrapped text from `top`; returns the y below it.
    fn text(
        &mut self,
        (x, top): (f32, f32),
        width: f32,
        text: &str,
        size: f32,
        bold: bool,
        color: Rgb3,
    ) -> f32 {
        let leading = size * PT_TO_MM * LINE;
        let mut y = top;
        for line in wrap(&drawable(text), size, bold, width) {
            y += leading;
            if !line.is_empty() {
                self.marks.push(Mark::Text {
                    x,
                    baseline: y - leading * 0.28,
                    size,
                    bold,
                    color,
                    text: line,
                });
            }
        }
        y
    }

    fn heading(&mut self, x: f32, top: f32, width: f32, title: &str) -> f32 {
        let size = self.size(8.0);
        let accent = self.accent;
        self.text((x, top), width, &title.to_uppercase(), size, true, accent) + 0.8
    }

    fn bullets(&mut self, x: f32, top: f32, width: f32, items: &[String], marker: Rgb3) -> f32 {
        let size = self.size(10.0);
        let mut y = top;
        for item in items {
            let leading = size * PT_TO_MM * LINE;
            self.marks.push(Mark::Rect {
                x,
                y: y + leading * 0.42,
                w: 1.3,
                h: 1.3,
                color: marker,
            });
            y = self.text((x + 4.0, y), width - 4.0, item, size, false, INK) + 0.9;
        }
        y
    }
}

/// Where the layout ran out of room: the section that takes the most space.
struct Overflow {
    field: &'static str,
    section: &'static str,
    height: f32,
}

fn when_text(when: &str, style: brand::DateStyle) -> String {
    match brief::parse_when(when) {
        Some(When::Date(d)) => style.format_short(d),
        Some(When::Week { week, monday }) => format!(
            "Week {week} · {}",
            style
                .format_short(monday)
                .split_once(' ')
                .map(|(_, rest)| rest.to_string())
                .unwrap_or_default()
        ),
        None => when.to_string(),
    }
}

struct Measured {
    marks: Vec<Mark>,
    sections: Vec<(&'static str, &'static str, f32)>,
    bottom: f32,
    limit: f32,
}

fn lay_out(page: &BriefPage, body: f32, logo: Option<(f32, f32)>) -> Measured {
    let b = &page.brand.brand;
    let accent = brand::parse_color(&b.accent_color)
        .map(|(r, g, bl)| Rgb3(r, g, bl))
        .unwrap_or(Rgb3(0.91, 0.33, 0.31));
    let (pw, ph) = b.page_size.mm();
    let margin = 20.0;
    let width = pw - 2.0 * margin;
    let mut c = Canvas {
        marks: Vec::new(),
        scale: body / 10.5,
        accent,
    };
    let mut sections = Vec::new();
    let brief = page.brief;

    // Header: accent band, logo left, shop right.
    c.marks.push(Mark::Rect {
        x: 0.0,
        y: 0.0,
        w: pw,
        h: 4.0,
        color: accent,
    });
    let mut header_bottom: f32 = 30.0;
    if let Some((w, h)) = logo {
        let (max_w, max_h) = (42.0, 16.0);
        let k = (max_w / w).min(max_h / h);
        c.marks.push(Mark::Logo {
            x: margin,
            y: 11.0,
            w: w * k,
            h: h * k,
        });
        header_bottom = header_bottom.max(11.0 + h * k + 4.0);
    }
    let shop = if b.shop_name.is_empty() {
        "Your shop".to_string()
    } else {
        b.shop_name.clone()
    };
    let right = |c: &mut Canvas, text: &str, y: f32, size: f32, bold: bool, color: Rgb3| {
        let text = drawable(text);
        let w = text_width(&text, size, bold).min(width * 0.6);
        c.text(
            (margin + width - w - 0.01, y),
            w + 0.02,
            &text,
            size,
            bold,
            color,
        )
    };
    let mut y = right(&mut c, &shop, 10.0, 12.5, true, INK);
    let links: Vec<String> = [
        b.website.clone(),
        if b.instagram.is_empty() {
            String::new()
        } else {
            format!("@{}", b.instagram)
        },
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    if !links.is_empty() {
        y = right(&mut c, &links.join("  ·  "), y, 8.5, false, MUTED);
    }
    header_bottom = header_bottom.max(y + 6.0);

    // Title block.
    let mut y = c.text(
        (margin, header_bottom),
        width,
        "CREATOR BRIEF",
        8.0,
        true,
        accent,
    );
    y = c.text(
        (margin, y),
        width,
        &brief.campaign,
        (22.0 * c.scale).max(16.0),
        true,
        INK,
    ) + 1.0;
    let for_line = match page.recipient {
        Some(r) if !r.handle.is_empty() => format!(
            "For {} ({})  ·  {}",
            r.display_name,
            r.handle,
            b.date_style.format(page.today)
        ),
        Some(r) => format!(
            "For {}  ·  {}",
            r.display_name,
            b.date_style.format(page.today)
        ),
        None => format!("Prepared {}", b.date_style.format(page.today)),
    };
    y = c.text((margin, y), width, &for_line, c.size(9.5), false, MUTED) + 4.0;
    c.marks.push(Mark::Rule {
        x1: margin,
        x2: margin + width,
        y,
        color: RULE,
        thickness: 0.6,
    });
    y += 4.0;

    if !brief.summary.is_empty() {
        let top = y;
        y = c.text((margin, y), width, &brief.summary, c.size(11.0), false, INK) + 4.0;
        sections.push(("summary", "Summary", y - top));
    }

    // Two columns: what it is for and what to make | the code and what to say.
    let gap = 10.0;
    let col = (width - gap) / 2.0;
    let (lx, rx) = (margin, margin + col + gap);
    let columns_top = y;
    let mut ly = y;
    for (field, title, items) in [
        ("goals", "Goals", &brief.goals),
        ("target_group", "Target audience", &brief.target_group),
        ("deliverables", "Deliverables", &brief.deliverables),
    ] {
        if items.is_empty() {
            continue;
        }
        let top = ly;
        ly = c.heading(lx, ly, col, title);
        ly = c.bullets(lx, ly, col, items, accent) + 3.5;
        sections.push((field, title, ly - top));
    }

    let mut ry = columns_top;
    if let Some(code) = page.recipient.map(|r| r.code.as_str()).or(Some("[CODE]")) {
        let box_h = 17.0 * c.scale.max(0.85);
        c.marks.push(Mark::Rect {
            x: rx,
            y: ry + 1.0,
            w: col,
            h: box_h,
            color: accent.tint(0.12),
        });
        c.marks.push(Mark::Rect {
            x: rx,
            y: ry + 1.0,
            w: 1.2,
            h: box_h,
            color: accent,
        });
        let inner = c.text(
            (rx + 5.0, ry + 2.0),
            col - 8.0,
            "YOUR DISCOUNT CODE",
            c.size(7.5),
            true,
            accent,
        );
        c.text(
            (rx + 5.0, inner - 1.0),
            col - 8.0,
            code,
            (17.0 * c.scale).max(12.0),
            true,
            INK,
        );
        ry += box_h + 5.0;
    }
    if !brief.messaging.is_empty() {
        let top = ry;
        ry = c.heading(rx, ry, col, "Messaging");
        ry = c.bullets(rx, ry, col, &brief.messaging, accent) + 3.5;
        sections.push(("messaging", "Messaging", ry - top));
    }
    // Creators must always be told how to disclose the partnership.
    let disclosure = if brief.disclosure.is_empty() {
        brief::DEFAULT_DISCLOSURE.to_string()
    } else {
        brief.disclosure.clone()
    };
    for (field, title, text) in [
        ("disclosure", "Disclosure", &disclosure),
        ("compensation", "Compensation", &brief.compensation),
    ] {
        if text.is_empty() {
            continue;
        }
        let top = ry;
        ry = c.heading(rx, ry, col, title);
        let size = c.size(10.0);
        ry = c.text((rx, ry), col, text, size, field == "disclosure", INK) + 4.0;
        sections.push((field, title, ry - top));
    }
    y = ly.max(ry);

    // Timeline: evenly spaced stops on one line.
    if !brief.timeline.is_empty() {
        let top = y;
        y = c.heading(margin, y, width, "Timeline") + 2.0;
        let n = brief.timeline.len() as f32;
        let slot = width / n;
        let line_y = y + 1.5;
        c.marks.push(Mark::Rule {
            x1: margin + 1.5,
            x2: margin + slot * (n - 1.0) + 1.5,
            y: line_y,
            color: accent.tint(0.35),
            thickness: 1.2,
        });
        let mut bottom = line_y;
        for (i, m) in brief.timeline.iter().enumerate() {
            let x = margin + slot * i as f32;
            c.marks.push(Mark::Dot {
                x: x + 1.5,
                y: line_y,
                r: 1.5,
                color: accent,
            });
            let w = slot - 4.0;
            let after_date = c.text(
                (x, line_y + 2.5),
                w,
                &when_text(&m.when, b.date_style),
                c.size(9.0),
                true,
                INK,
            );
            bottom = bottom.max(c.text((x, after_date), w, &m.label, c.size(8.5), false, MUTED));
        }
        y = bottom + 5.0;
        sections.push(("timeline", "Timeline", y - top));
    }

    if !brief.dos.is_empty() || !brief.donts.is_empty() {
        let top = y;
        let mut dy = y;
        let mut ny = y;
        if !brief.dos.is_empty() {
            dy = c.heading(lx, y, col, "Do");
            dy = c.bullets(lx, dy, col, &brief.dos, GOOD);
        }
        if !brief.donts.is_empty() {
            ny = c.heading(rx, y, col, "Don't");
            ny = c.bullets(rx, ny, col, &brief.donts, BAD);
        }
        y = dy.max(ny) + 3.5;
        sections.push(("dos", "Do's and don'ts", y - top));
    }

    // Footer, from the bottom up.
    let contact = if !brief.contact.is_empty() {
        brief.contact.clone()
    } else {
        [b.contact_name.clone(), b.contact_email.clone()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let mut footer: Vec<(String, bool)> = Vec::new();
    if !contact.is_empty() {
        footer.push((format!("Questions? {contact}"), true));
    }
    let address: Vec<String> = [
        b.shop_name.clone(),
        b.address.replace('\n', ", "),
        b.website.clone(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect();
    if !address.is_empty() {
        footer.push((address.join("  ·  "), false));
    }
    let footer_size = 8.0;
    let footer_lines: usize = footer
        .iter()
        .map(|(t, bold)| wrap(&drawable(t), footer_size, *bold, width).len())
        .sum();
    let footer_top = ph - 14.0 - footer_lines as f32 * footer_size * PT_TO_MM * LINE;
    let limit = footer_top - 4.0;
    c.marks.push(Mark::Rule {
        x1: margin,
        x2: margin + width,
        y: footer_top - 2.0,
        color: RULE,
        thickness: 0.6,
    });
    let mut fy = footer_top;
    for (text, bold) in &footer {
        fy = c.text(
            (margin, fy),
            width,
            text,
            footer_size,
            *bold,
            if *bold { INK } else { MUTED },
        );
    }

    Measured {
        marks: c.marks,
        sections,
        bottom: y,
        limit,
    }
}

/// The largest body size at which everything fits, or which section is too long.
/// `logo` is the logo's size in pixels, decoded once by the caller.
fn fit(page: &BriefPage, logo: Option<(f32, f32)>) -> std::result::Result<Vec<Mark>, Overflow> {
    let mut last = None;
    for body in BODY_SIZES {
        let m = lay_out(page, body, logo);
        if m.bottom <= m.limit {
            return Ok(m.marks);
        }
        last = Some(m);
    }
    let m = last.expect("at least one size is tried");
    let (field, section, _) = m
        .sections
        .iter()
        .copied()
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .unwrap_or(("summary", "Summary", 0.0));
    Err(Overflow {
        field,
        section,
        height: m.bottom - m.limit,
    })
}

fn overflow_error(o: Overflow) -> Error {
    Error::Invalid(vec![FieldError {
        field: o.field.into(),
        message: format!(
            "The brief does not fit on one page, even with text at {MIN_BODY_PT} pt: it is about {:.0} mm too long. Shorten \u{201c}{}\u{201d}, the longest section.",
            o.height.ceil(),
            o.section
        ),
    }])
}

fn mm(v: f32) -> Pt {
    Pt(v / PT_TO_MM)
}

fn circle(cx: f32, cy: f32, r: f32) -> Polygon {
    // Four cubic Béziers; k places the control points for a round circle.
    let k = 0.552_284_8 * r;
    let p = |x: f32, y: f32, bezier: bool| LinePoint {
        p: Point { x: mm(x), y: mm(y) },
        bezier,
    };
    let points = vec![
        p(cx + r, cy, false),
        p(cx + r, cy + k, true),
        p(cx + k, cy + r, true),
        p(cx, cy + r, false),
        p(cx - k, cy + r, true),
        p(cx - r, cy + k, true),
        p(cx - r, cy, false),
        p(cx - r, cy - k, true),
        p(cx - k, cy - r, true),
        p(cx, cy - r, false),
        p(cx + k, cy - r, true),
        p(cx + r, cy - k, true),
        p(cx + r, cy, false),
    ];
    Polygon {
        rings: vec![PolygonRing { points }],
        mode: PaintMode::Fill,
        winding_order: WindingOrder::NonZero,
    }
}

/// Compresses a stream that has no filter yet. The logo's streams are the same in every brief
/// of a batch: the last few big ones are kept, compressed, and reused when the bytes match.
fn compress(stream: &mut lopdf::Stream) {
    use std::io::Write;
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
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            if encoder.write_all(&stream.content).is_err() {
                return;
            }
            let Ok(packed) = encoder.finish() else {
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

/// A rendered brief: the document, ready to save or to render as SVG.
pub struct Rendered {
    doc: PdfDocument,
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
        self.doc.pages[0].to_svg(
            &self.doc.resources,
            &PdfToSvgOptions::default(),
            &mut Vec::new(),
        )
    }
}

/// The logo's pixels. A batch exports the same logo hundreds of times: the last one decoded is
/// kept and reused while the bytes are the same.
fn decode_logo(bytes: &[u8]) -> Option<RawImage> {
    static LAST: Mutex<Option<(Vec<u8>, RawImage)>> = Mutex::new(None);
    let mut last = LAST.lock().unwrap_or_else(|p| p.into_inner());
    if let Some((known, image)) = last.as_ref() {
        if known.as_slice() == bytes {
            return Some(image.clone());
        }
    }
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

/// Lays out and draws the brief on one page, or says which section is too long.
pub fn render(page: &BriefPage, title: &str) -> Result<Rendered> {
    // The logo is decoded once, for its size in every layout tried and for the page.
    let image = page
        .brand
        .logo
        .as_deref()
        .and_then(decode_logo)
        .filter(|image| image.width > 0 && image.height > 0);
    let size = image.as_ref().map(|i| (i.width as f32, i.height as f32));
    let marks = fit(page, size).map_err(overflow_error)?;
    let b = &page.brand.brand;
    let (pw, ph) = b.page_size.mm();
    let mut doc = PdfDocument::new(title);
    let regular: FontId = doc.add_font(&fonts().regular);
    let bold: FontId = doc.add_font(&fonts().bold);
    let logo = image
        .zip(size)
        .map(|(image, size)| (doc.add_image(&image), size));
    let y = |top: f32| mm(ph - top);
    let mut ops = Vec::new();
    for mark in marks {
        match mark {
            Mark::Text {
                x,
                baseline,
                size,
                bold: is_bold,
                color,
                text,
            } => ops.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(if is_bold {
                        bold.clone()
                    } else {
                        regular.clone()
                    }),
                    size: Pt(size),
                },
                Op::SetFillColor { col: color.color() },
                Op::SetTextCursor {
                    pos: Point {
                        x: mm(x),
                        y: y(baseline),
                    },
                },
                Op::ShowText {
                    items: vec![TextItem::Text(text)],
                },
                Op::EndTextSection,
            ]),
            Mark::Rect {
                x,
                y: top,
                w,
                h,
                color,
            } => ops.extend([
                Op::SetFillColor { col: color.color() },
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: mm(x),
                        y: y(top + h),
                        width: mm(w),
                        height: mm(h),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                },
            ]),
            Mark::Rule {
                x1,
                x2,
                y: at,
                color,
                thickness,
            } => ops.extend([
                Op::SetOutlineColor { col: color.color() },
                Op::SetOutlineThickness { pt: Pt(thickness) },
                Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: Point {
                                    x: mm(x1),
                                    y: y(at),
                                },
                                bezier: false,
                            },
                            LinePoint {
                                p: Point {
                                    x: mm(x2),
                                    y: y(at),
                                },
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                },
            ]),
            Mark::Dot { x, y: at, r, color } => ops.extend([
                Op::SetFillColor { col: color.color() },
                Op::DrawPolygon {
                    polygon: circle(x, ph - at, r),
                },
            ]),
            Mark::Logo { x, y: top, w, h } => {
                if let Some((id, (px_w, px_h))) = &logo {
                    // At 72 dpi one pixel is one point; scale to the box.
                    ops.push(Op::UseXobject {
                        id: id.clone(),
                        transform: XObjectTransform {
                            translate_x: Some(mm(x)),
                            translate_y: Some(y(top + h)),
                            scale_x: Some(mm(w).0 / px_w),
                            scale_y: Some(mm(h).0 / px_h),
                            dpi: Some(72.0),
                            ..XObjectTransform::default()
                        },
                    });
                }
            }
        }
    }
    doc.metadata.info.document_title = title.to_string();
    doc.metadata.info.author = b.shop_name.clone();
    doc.metadata.info.creator = "Shoutout".into();
    doc.metadata.info.producer = format!("Shoutout {}", env!("CARGO_PKG_VERSION"));
    doc.metadata.info.subject = match page.recipient {
        Some(r) => format!(
            "Creator brief for {}: {}",
            r.display_name, page.brief.campaign
        ),
        None => format!("Creator brief: {}", page.brief.campaign),
    };
    if let Ok(now) = printpdf::OffsetDateTime::from_unix_timestamp(chrono::Utc::now().timestamp()) {
        doc.metadata.info.creation_date = now;
        doc.metadata.info.modification_date = now;
        doc.metadata.info.metadata_date = now;
    }
    doc.with_pages(vec![PdfPage::new(printpdf::Mm(pw), printpdf::Mm(ph), ops)]);
    Ok(Rendered { doc })
}
