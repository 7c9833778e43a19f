//! Drawing on the page: the marks a layout makes (text, boxes, rules, dots, the logo) in
//! millimetres from the top-left corner, the canvas that collects them, and their PDF
//! operations in points from the bottom-left.

use printpdf::{
    Color, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt,
    Rect, Rgb, TextItem, WindingOrder, XObjectId, XObjectTransform,
};

use super::text::{drawable, wrap, LINE, PT_TO_MM};
use super::MIN_BODY_PT;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Rgb3(pub f32, pub f32, pub f32);

impl Rgb3 {
    fn color(self) -> Color {
        Color::Rgb(Rgb::new(self.0, self.1, self.2, None))
    }
    /// This colour mixed into white: `amount` 0 is white, 1 the colour.
    pub fn tint(self, amount: f32) -> Rgb3 {
        let mix = |c: f32| 1.0 - (1.0 - c) * amount;
        Rgb3(mix(self.0), mix(self.1), mix(self.2))
    }
}

pub(super) const INK: Rgb3 = Rgb3(0.114, 0.102, 0.141);
pub(super) const MUTED: Rgb3 = Rgb3(0.42, 0.40, 0.47);
pub(super) const RULE: Rgb3 = Rgb3(0.88, 0.87, 0.91);
pub(super) const GOOD: Rgb3 = Rgb3(0.12, 0.56, 0.35);
pub(super) const BAD: Rgb3 = Rgb3(0.78, 0.16, 0.16);

/// Something to draw, in millimetres from the top-left corner of the page.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Mark {
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

/// The marks of one layout, with the scale its body text is set at and the brand's accent.
pub(super) struct Canvas {
    pub marks: Vec<Mark>,
    pub scale: f32,
    pub accent: Rgb3,
}

impl Canvas {
    /// `base` points at this layout's scale, never below the smallest body size.
    pub fn size(&self, base: f32) -> f32 {
        (base * self.scale).max(MIN_BODY_PT.min(base))
    }

    /// Writes wrapped text from `top`; returns the y below it.
    pub fn text(
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

    /// A section's title in small accent capitals; returns the y below it.
    pub fn heading(&mut self, x: f32, top: f32, width: f32, title: &str) -> f32 {
        let size = self.size(8.0);
        let accent = self.accent;
        self.text((x, top), width, &title.to_uppercase(), size, true, accent) + 0.8
    }

    /// One point per item, each after a small square in `marker`; returns the y below them.
    pub fn bullets(&mut self, x: f32, top: f32, width: f32, items: &[String], marker: Rgb3) -> f32 {
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

    /// A horizontal line from `x1` to `x2`.
    pub fn rule(&mut self, (x1, x2): (f32, f32), y: f32, color: Rgb3, thickness: f32) {
        self.marks.push(Mark::Rule {
            x1,
            x2,
            y,
            color,
            thickness,
        });
    }

    /// A filled box with its top-left corner at (`x`, `y`).
    pub fn rect(&mut self, (x, y): (f32, f32), (w, h): (f32, f32), color: Rgb3) {
        self.marks.push(Mark::Rect { x, y, w, h, color });
    }
}

fn mm(v: f32) -> Pt {
    Pt(v / PT_TO_MM)
}

fn point(x: f32, y: f32, bezier: bool) -> LinePoint {
    LinePoint {
        p: Point { x: mm(x), y: mm(y) },
        bezier,
    }
}

/// A filled circle, in millimetres from the bottom-left.
fn circle(cx: f32, cy: f32, r: f32) -> Polygon {
    // Four cubic Béziers; k places the control points for a round circle.
    let k = 0.552_284_8 * r;
    let points = vec![
        point(cx + r, cy, false),
        point(cx + r, cy + k, true),
        point(cx + k, cy + r, true),
        point(cx, cy + r, false),
        point(cx - k, cy + r, true),
        point(cx - r, cy + k, true),
        point(cx - r, cy, false),
        point(cx - r, cy - k, true),
        point(cx - k, cy - r, true),
        point(cx, cy - r, false),
        point(cx + k, cy - r, true),
        point(cx + r, cy - k, true),
        point(cx + r, cy, false),
    ];
    Polygon {
        rings: vec![PolygonRing { points }],
        mode: PaintMode::Fill,
        winding_order: WindingOrder::NonZero,
    }
}

/// What the marks are drawn with on one PDF page.
pub(super) struct Pen {
    pub regular: FontId,
    pub bold: FontId,
    /// The logo's image and its size in pixels.
    pub logo: Option<(XObjectId, (f32, f32))>,
    /// The page's height in millimetres, to turn top-down y into PDF's bottom-up.
    pub page_h: f32,
}

impl Pen {
    fn y(&self, top: f32) -> Pt {
        mm(self.page_h - top)
    }

    /// The PDF operations that draw `mark`.
    pub fn ops(&self, mark: Mark, ops: &mut Vec<Op>) {
        match mark {
            Mark::Text {
                x,
                baseline,
                size,
                bold,
                color,
                text,
            } => self.text(ops, (x, baseline), size, bold, color, text),
            Mark::Rect { x, y, w, h, color } => ops.extend([
                Op::SetFillColor { col: color.color() },
                Op::DrawRectangle {
                    rectangle: Rect {
                        x: mm(x),
                        y: self.y(y + h),
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
                y,
                color,
                thickness,
            } => ops.extend([
                Op::SetOutlineColor { col: color.color() },
                Op::SetOutlineThickness { pt: Pt(thickness) },
                Op::DrawLine {
                    line: Line {
                        points: vec![
                            point(x1, self.page_h - y, false),
                            point(x2, self.page_h - y, false),
                        ],
                        is_closed: false,
                    },
                },
            ]),
            Mark::Dot { x, y, r, color } => ops.extend([
                Op::SetFillColor { col: color.color() },
                Op::DrawPolygon {
                    polygon: circle(x, self.page_h - y, r),
                },
            ]),
            Mark::Logo { x, y, w, h } => ops.extend(self.logo(x, y, w, h)),
        }
    }

    fn text(
        &self,
        ops: &mut Vec<Op>,
        (x, baseline): (f32, f32),
        size: f32,
        bold: bool,
        color: Rgb3,
        text: String,
    ) {
        let font = if bold { &self.bold } else { &self.regular };
        ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(font.clone()),
                size: Pt(size),
            },
            Op::SetFillColor { col: color.color() },
            Op::SetTextCursor {
                pos: Point {
                    x: mm(x),
                    y: self.y(baseline),
                },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text)],
            },
            Op::EndTextSection,
        ]);
    }

    fn logo(&self, x: f32, top: f32, w: f32, h: f32) -> Option<Op> {
        let (id, (px_w, px_h)) = self.logo.as_ref()?;
        // At 72 dpi one pixel is one point; scale to the box.
        Some(Op::UseXobject {
            id: id.clone(),
            transform: XObjectTransform {
                translate_x: Some(mm(x)),
                translate_y: Some(self.y(top + h)),
                scale_x: Some(mm(w).0 / px_w),
                scale_y: Some(mm(h).0 / px_h),
                dpi: Some(72.0),
                ..XObjectTransform::default()
            },
        })
    }
}
