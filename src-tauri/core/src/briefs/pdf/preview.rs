//! The editor's preview: printpdf's SVG of the page, with every line of text held to the width
//! the PDF gives it.

use super::text::{text_width, PT_TO_MM};

/// Gives each `<text>` of printpdf's SVG its width from the font's own metrics (`textLength`).
/// Without it the browser hints the glyphs to whole pixels at preview size, and a line comes
/// out wider than on the PDF page, past the margin the PDF wraps at.
pub(super) fn fit_lines(svg: &str, bold_font: &str) -> String {
    let mut out = String::with_capacity(svg.len() + svg.len() / 8);
    let mut rest = svg;
    while let Some(start) = rest.find("<text ") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i) else {
            break;
        };
        let tag = &rest[start..open_end];
        if tag.ends_with('/') {
            out.push_str(&rest[..=open_end]);
            rest = &rest[open_end + 1..];
            continue;
        }
        let Some(close) = rest[open_end..].find("</text>").map(|i| open_end + i) else {
            break;
        };
        out.push_str(&rest[..open_end]);
        let size = attr(tag, "font-size").and_then(|s| s.parse::<f32>().ok());
        if let Some(size) = size {
            let bold = attr(tag, "font-family") == Some(bold_font);
            let content = unescape(&rest[open_end + 1..close]);
            let width = text_width(&content, size, bold) / PT_TO_MM;
            out.push_str(&format!(
                r#" textLength="{width:.3}" lengthAdjust="spacingAndGlyphs""#
            ));
        }
        out.push_str(&rest[open_end..close]);
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

/// The value of `name="…"` in a tag.
fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let from = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[from..].split('"').next()
}

/// Text content as written by printpdf, XML entities read back.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_gets_the_width_the_pdf_gives_it() {
        let svg = r#"<svg><text x="0" font-family="R" font-size="10">Tom &amp; Zoë</text><text x="0" font-family="B" font-size="8">CODE</text></svg>"#;
        let fitted = fit_lines(svg, "B");
        let regular = text_width("Tom & Zoë", 10.0, false) / PT_TO_MM;
        let bold = text_width("CODE", 8.0, true) / PT_TO_MM;
        assert!(bold > text_width("CODE", 8.0, false) / PT_TO_MM);
        assert_eq!(
            fitted,
            format!(
                r#"<svg><text x="0" font-family="R" font-size="10" textLength="{regular:.3}" lengthAdjust="spacingAndGlyphs">Tom &amp; Zoë</text><text x="0" font-family="B" font-size="8" textLength="{bold:.3}" lengthAdjust="spacingAndGlyphs">CODE</text></svg>"#
            )
        );
    }

    #[test]
    fn anything_else_is_left_as_it_is() {
        for svg in [
            "<svg/>",
            "<svg><text x=\"0\">no size</text></svg>",
            "<svg><text ",
        ] {
            assert_eq!(fit_lines(svg, "B"), svg);
        }
        // An empty line closes itself; the next one is still measured.
        let fitted = fit_lines(r#"<text font-size="9"/><text font-size="9">x</text>"#, "B");
        assert!(fitted.starts_with(r#"<text font-size="9"/><text font-size="9" textLength="#));
    }
}
