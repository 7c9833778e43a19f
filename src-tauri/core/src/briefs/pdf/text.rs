//! Text with the bundled Noto Sans: which characters it can draw, how wide a line is, and
//! where lines break. Widths come from the font's own metrics, in millimetres.

use std::sync::OnceLock;

use printpdf::ParsedFont;

const REGULAR_TTF: &[u8] = include_bytes!("../../../fonts/NotoSans-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../../fonts/NotoSans-Bold.ttf");

pub(super) const PT_TO_MM: f32 = 25.4 / 72.0;
/// Line height as a multiple of the type size.
pub(super) const LINE: f32 = 1.42;

pub(super) struct Fonts {
    pub regular: ParsedFont,
    pub bold: ParsedFont,
}

/// The two faces, parsed once for the life of the app.
pub(super) fn fonts() -> &'static Fonts {
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
            line = split_word(word, size, bold, max_mm, &mut lines);
        }
        lines.push(line);
    }
    lines
}

/// Pushes the full-width pieces of a word wider than the line; returns the piece left over.
fn split_word(word: &str, size: f32, bold: bool, max_mm: f32, lines: &mut Vec<String>) -> String {
    let mut piece = String::new();
    for ch in word.chars() {
        piece.push(ch);
        if text_width(&piece, size, bold) > max_mm && piece.chars().count() > 1 {
            piece.pop();
            lines.push(std::mem::take(&mut piece));
            piece.push(ch);
        }
    }
    piece
}
