//! Where everything goes on the page, one band at a time from the top: the header, the title,
//! the summary, two columns of sections, the timeline, the do's and don'ts, and the footer
//! from the bottom up. A layout is made at one body size; [`fit`] tries smaller sizes until
//! the body ends above the footer, or names the section that takes the most room.

use super::draw::{Canvas, Mark, Rgb3, BAD, GOOD, INK, MUTED, RULE};
use super::text::{drawable, text_width, wrap, LINE, PT_TO_MM};
use super::{BriefPage, MIN_BODY_PT};
use crate::briefs::{parse_when, When};
use crate::i18n::{msg, Lang};
use crate::settings::brand;

const BODY_SIZES: [f32; 6] = [10.5, 10.0, 9.5, 9.0, 8.5, MIN_BODY_PT];
const MARGIN: f32 = 20.0;
const COLUMN_GAP: f32 = 10.0;
const FOOTER_PT: f32 = 8.0;
const FALLBACK_ACCENT: Rgb3 = Rgb3(0.91, 0.33, 0.31);

/// A section as laid out: its field, its title as the owner sees it, and its height.
type Section = (&'static str, String, f32);

/// Where the layout ran out of room: the section that takes the most space.
pub(super) struct Overflow {
    pub field: &'static str,
    pub section: String,
    pub height: f32,
}

/// The largest body size at which everything fits, or which section is too long.
/// `logo` is the logo's size in pixels, decoded once by the caller.
pub(super) fn fit(
    page: &BriefPage,
    logo: Option<(f32, f32)>,
) -> std::result::Result<Vec<Mark>, Overflow> {
    let mut last = None;
    for body in BODY_SIZES {
        let m = Layout::new(page, body).run(logo);
        if m.bottom <= m.limit {
            return Ok(m.canvas.marks);
        }
        last = Some(m);
    }
    let m = last.expect("at least one size is tried");
    let (field, section, _) = m
        .sections
        .into_iter()
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .unwrap_or(("summary", msg::pdf_summary(page.lang), 0.0));
    Err(Overflow {
        field,
        section,
        height: m.bottom - m.limit,
    })
}

/// One try at the page: the cursor `y` moves down band by band; `bottom` is where the body
/// ended and `limit` where the footer begins.
struct Layout<'a> {
    page: &'a BriefPage<'a>,
    canvas: Canvas,
    sections: Vec<Section>,
    page_w: f32,
    page_h: f32,
    /// The width between the margins.
    width: f32,
    y: f32,
    bottom: f32,
    limit: f32,
}

impl<'a> Layout<'a> {
    fn new(page: &'a BriefPage<'a>, body: f32) -> Self {
        let b = &page.brand.brand;
        let accent = brand::parse_color(&b.accent_color)
            .map(|(r, g, bl)| Rgb3(r, g, bl))
            .unwrap_or(FALLBACK_ACCENT);
        let (page_w, page_h) = b.page_size.mm();
        Layout {
            page,
            canvas: Canvas {
                marks: Vec::new(),
                scale: body / 10.5,
                accent,
            },
            sections: Vec::new(),
            page_w,
            page_h,
            width: page_w - 2.0 * MARGIN,
            y: 0.0,
            bottom: 0.0,
            limit: 0.0,
        }
    }

    /// Every band in reading order, which is also the order of the text in the PDF.
    fn run(mut self, logo: Option<(f32, f32)>) -> Self {
        self.header(logo);
        self.title();
        self.summary();
        self.columns();
        self.timeline();
        self.dos_and_donts();
        self.bottom = self.y;
        self.footer();
        self
    }

    /// The left and right columns' x and their width.
    fn column_grid(&self) -> (f32, f32, f32) {
        let col = (self.width - COLUMN_GAP) / 2.0;
        (MARGIN, MARGIN + col + COLUMN_GAP, col)
    }

    /// Where the right column's code box and notes go: beside the left column, or across the
    /// page when the left one has nothing (a page with the code box alone on its right half
    /// looks unfinished).
    fn right_grid(&self) -> (f32, f32) {
        let b = self.page.brief;
        if b.goals.is_empty() && b.target_group.is_empty() && b.deliverables.is_empty() {
            (MARGIN, self.width)
        } else {
            let (_, rx, col) = self.column_grid();
            (rx, col)
        }
    }

    /// Keeps the height a section took from `top` to the cursor, for the overflow message.
    fn section(&mut self, field: &'static str, title: &str, top: f32, bottom: f32) {
        self.sections.push((field, title.to_string(), bottom - top));
    }

    /// Header: accent band, logo left, shop and its links right.
    fn header(&mut self, logo: Option<(f32, f32)>) {
        let accent = self.canvas.accent;
        self.canvas.rect((0.0, 0.0), (self.page_w, 4.0), accent);
        let mut header_bottom: f32 = 30.0;
        if let Some((w, h)) = logo {
            let (max_w, max_h) = (42.0, 16.0);
            let k = (max_w / w).min(max_h / h);
            self.canvas.marks.push(Mark::Logo {
                x: MARGIN,
                y: 11.0,
                w: w * k,
                h: h * k,
            });
            header_bottom = header_bottom.max(11.0 + h * k + 4.0);
        }
        let b = &self.page.brand.brand;
        let shop = if b.shop_name.is_empty() {
            msg::pdf_your_shop(self.page.lang)
        } else {
            b.shop_name.clone()
        };
        let mut y = self.right_aligned(&shop, 10.0, 12.5, true, INK);
        let instagram = if b.instagram.is_empty() {
            String::new()
        } else {
            format!("@{}", b.instagram)
        };
        let links = joined(&[b.website.clone(), instagram], "  ·  ");
        if !links.is_empty() {
            y = self.right_aligned(&links, y, 8.5, false, MUTED);
        }
        self.y = header_bottom.max(y + 6.0);
    }

    /// One line against the right margin, at most 60 % of the width wide.
    fn right_aligned(&mut self, text: &str, y: f32, size: f32, bold: bool, color: Rgb3) -> f32 {
        let text = drawable(text);
        let w = text_width(&text, size, bold).min(self.width * 0.6);
        let x = MARGIN + self.width - w - 0.01;
        self.canvas.text((x, y), w + 0.02, &text, size, bold, color)
    }

    /// "Creator brief", the campaign, who it is for and when, and a rule under them.
    fn title(&mut self) {
        let (c, width, y) = (&mut self.canvas, self.width, self.y);
        let accent = c.accent;
        let kicker = msg::pdf_kicker(self.page.lang).to_uppercase();
        let mut y = c.text((MARGIN, y), width, &kicker, 8.0, true, accent);
        let campaign_pt = (22.0 * c.scale).max(16.0);
        let campaign = &self.page.brief.campaign;
        y = c.text((MARGIN, y), width, campaign, campaign_pt, true, INK) + 1.0;
        let for_line = for_line(self.page);
        y = c.text((MARGIN, y), width, &for_line, c.size(9.5), false, MUTED) + 4.0;
        c.rule((MARGIN, MARGIN + width), y, RULE, 0.6);
        self.y = y + 4.0;
    }

    fn summary(&mut self) {
        let summary = &self.page.brief.summary;
        if summary.is_empty() {
            return;
        }
        let top = self.y;
        let size = self.canvas.size(11.0);
        self.y = self
            .canvas
            .text((MARGIN, top), self.width, summary, size, false, INK)
            + 4.0;
        self.section("summary", &msg::pdf_summary(self.page.lang), top, self.y);
    }

    /// Two columns: what it is for and what to make | the code and what to say.
    fn columns(&mut self) {
        let left = self.left_column(self.y);
        let right = self.right_column(self.y);
        self.y = left.max(right);
    }

    fn left_column(&mut self, mut y: f32) -> f32 {
        let (lx, _, col) = self.column_grid();
        let (brief, lang) = (self.page.brief, self.page.lang);
        for (field, title, items) in [
            ("goals", msg::pdf_goals(lang), &brief.goals),
            (
                "target_group",
                msg::pdf_target_group(lang),
                &brief.target_group,
            ),
            (
                "deliverables",
                msg::pdf_deliverables(lang),
                &brief.deliverables,
            ),
        ] {
            if items.is_empty() {
                continue;
            }
            let top = y;
            y = self.canvas.heading(lx, y, col, &title);
            y = self.canvas.bullets(lx, y, col, items, self.canvas.accent) + 3.5;
            self.section(field, &title, top, y);
        }
        y
    }

    fn right_column(&mut self, top: f32) -> f32 {
        let (rx, col) = self.right_grid();
        let mut y = self.code_box(top);
        let messaging = &self.page.brief.messaging;
        if !messaging.is_empty() {
            let top = y;
            let title = msg::pdf_messaging(self.page.lang);
            y = self.canvas.heading(rx, y, col, &title);
            y = self
                .canvas
                .bullets(rx, y, col, messaging, self.canvas.accent)
                + 3.5;
            self.section("messaging", &title, top, y);
        }
        self.notes(y)
    }

    /// The creator's discount code in a tinted box (`[CODE]` when there is no creator).
    fn code_box(&mut self, top: f32) -> f32 {
        let (rx, col) = self.right_grid();
        let code = self.page.recipient.map_or("[CODE]", |r| r.code.as_str());
        let label = msg::pdf_code(self.page.lang).to_uppercase();
        let c = &mut self.canvas;
        let accent = c.accent;
        let box_h = 17.0 * c.scale.max(0.85);
        c.rect((rx, top + 1.0), (col, box_h), accent.tint(0.12));
        c.rect((rx, top + 1.0), (1.2, box_h), accent);
        let label_pt = c.size(7.5);
        let inner = c.text(
            (rx + 5.0, top + 2.0),
            col - 8.0,
            &label,
            label_pt,
            true,
            accent,
        );
        let code_pt = (17.0 * c.scale).max(12.0);
        c.text((rx + 5.0, inner - 1.0), col - 8.0, code, code_pt, true, INK);
        top + box_h + 5.0
    }

    /// Disclosure (in bold) and compensation, as paragraphs under their headings.
    fn notes(&mut self, mut y: f32) -> f32 {
        let (rx, col) = self.right_grid();
        let (brief, lang) = (self.page.brief, self.page.lang);
        // Creators must always be told how to disclose the partnership.
        let disclosure = if brief.disclosure.is_empty() {
            msg::pdf_default_disclosure(lang)
        } else {
            brief.disclosure.clone()
        };
        for (field, title, text) in [
            ("disclosure", msg::pdf_disclosure(lang), disclosure),
            (
                "compensation",
                msg::pdf_compensation(lang),
                brief.compensation.clone(),
            ),
        ] {
            if text.is_empty() {
                continue;
            }
            let top = y;
            y = self.canvas.heading(rx, y, col, &title);
            let size = self.canvas.size(10.0);
            let bold = field == "disclosure";
            y = self.canvas.text((rx, y), col, &text, size, bold, INK) + 4.0;
            self.section(field, &title, top, y);
        }
        y
    }

    /// Timeline: evenly spaced stops on one line, each with its date and name below.
    fn timeline(&mut self) {
        let steps = &self.page.brief.timeline;
        if steps.is_empty() {
            return;
        }
        let (style, lang) = (self.page.brand.brand.date_style, self.page.lang);
        let title = msg::pdf_timeline(lang);
        let top = self.y;
        let c = &mut self.canvas;
        let accent = c.accent;
        let y = c.heading(MARGIN, top, self.width, &title) + 2.0;
        let n = steps.len() as f32;
        let slot = self.width / n;
        let line_y = y + 1.5;
        let line_end = MARGIN + slot * (n - 1.0) + 1.5;
        c.rule((MARGIN + 1.5, line_end), line_y, accent.tint(0.35), 1.2);
        let mut bottom = line_y;
        for (i, m) in steps.iter().enumerate() {
            let x = MARGIN + slot * i as f32;
            c.marks.push(Mark::Dot {
                x: x + 1.5,
                y: line_y,
                r: 1.5,
                color: accent,
            });
            let w = slot - 4.0;
            let (date_pt, label_pt) = (c.size(9.0), c.size(8.5));
            let when = when_text(&m.when, style, lang);
            let after_date = c.text((x, line_y + 2.5), w, &when, date_pt, true, INK);
            bottom = bottom.max(c.text((x, after_date), w, &m.label, label_pt, false, MUTED));
        }
        self.y = bottom + 5.0;
        self.section("timeline", &title, top, self.y);
    }

    /// Do's on the left, don'ts on the right, as one section.
    fn dos_and_donts(&mut self) {
        let brief = self.page.brief;
        if brief.dos.is_empty() && brief.donts.is_empty() {
            return;
        }
        let (lx, rx, col) = self.column_grid();
        let lang = self.page.lang;
        let top = self.y;
        let c = &mut self.canvas;
        let (mut dy, mut ny) = (top, top);
        if !brief.dos.is_empty() {
            dy = c.heading(lx, top, col, &msg::pdf_do(lang));
            dy = c.bullets(lx, dy, col, &brief.dos, GOOD);
        }
        if !brief.donts.is_empty() {
            ny = c.heading(rx, top, col, &msg::pdf_dont(lang));
            ny = c.bullets(rx, ny, col, &brief.donts, BAD);
        }
        self.y = dy.max(ny) + 3.5;
        self.section("dos", &msg::pdf_dos_donts(lang), top, self.y);
    }

    /// Footer, from the bottom up: who to ask, then the shop's address; the body must end
    /// above it.
    fn footer(&mut self) {
        let footer = footer_lines(self.page);
        let width = self.width;
        let line_count: usize = footer
            .iter()
            .map(|(t, bold)| wrap(&drawable(t), FOOTER_PT, *bold, width).len())
            .sum();
        let footer_top = self.page_h - 14.0 - line_count as f32 * FOOTER_PT * PT_TO_MM * LINE;
        self.limit = footer_top - 4.0;
        let c = &mut self.canvas;
        c.rule((MARGIN, MARGIN + width), footer_top - 2.0, RULE, 0.6);
        let mut y = footer_top;
        for (text, bold) in &footer {
            let color = if *bold { INK } else { MUTED };
            y = c.text((MARGIN, y), width, text, FOOTER_PT, *bold, color);
        }
    }
}

/// Who the page is for and when it was made.
fn for_line(page: &BriefPage) -> String {
    let date = page.brand.brand.date_style.format(page.today, page.lang);
    match page.recipient {
        Some(r) if !r.handle.is_empty() => msg::PdfForHandle {
            name: r.display_name.as_str().into(),
            handle: r.handle.as_str().into(),
            date: date.into(),
        }
        .text(page.lang),
        Some(r) => msg::PdfFor {
            name: r.display_name.as_str().into(),
            date: date.into(),
        }
        .text(page.lang),
        None => msg::PdfPrepared { date: date.into() }.text(page.lang),
    }
}

/// The footer's lines, each with whether it is bold: the contact, then the shop's address.
fn footer_lines(page: &BriefPage) -> Vec<(String, bool)> {
    let b = &page.brand.brand;
    let contact = if page.brief.contact.is_empty() {
        joined(&[b.contact_name.clone(), b.contact_email.clone()], " · ")
    } else {
        page.brief.contact.clone()
    };
    let address = joined(
        &[
            b.shop_name.clone(),
            b.address.replace('\n', ", "),
            b.website.clone(),
        ],
        "  ·  ",
    );
    let mut footer = Vec::new();
    if !contact.is_empty() {
        let line = msg::PdfQuestions {
            contact: contact.into(),
        };
        footer.push((line.text(page.lang), true));
    }
    if !address.is_empty() {
        footer.push((address, false));
    }
    footer
}

/// The parts that are not empty, joined by `separator`.
fn joined(parts: &[String], separator: &str) -> String {
    parts
        .iter()
        .filter(|s| !s.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(separator)
}

/// A milestone's date as the brand writes dates, or `Week 49 · 30 Nov` for a week.
fn when_text(when: &str, style: brand::DateStyle, lang: Lang) -> String {
    match parse_when(when) {
        Some(When::Date(d)) => style.format_short(d, lang),
        Some(When::Week { week, monday }) => msg::PdfWeek {
            week: week.into(),
            monday: style.format_day_month(monday, lang).into(),
        }
        .text(lang),
        None => when.to_string(),
    }
}
