use std::path::{Path, PathBuf};
use std::process::Command;

use shoutout_core::briefs::pdf::{self, BriefPage};
use shoutout_core::briefs::{self as brief, BriefInput, Recipient};
use shoutout_core::i18n::{self, msg, Lang};
use shoutout_core::sample;
use shoutout_core::settings::brand::{self, Brand, BrandAssets, PageSize};

fn out_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/pdf-samples");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn brand(page_size: PageSize) -> BrandAssets {
    BrandAssets {
        brand: Brand {
            page_size,
            has_logo: true,
            ..sample::brand()
        },
        logo: Some(include_bytes!("../../icons/128x128.png").to_vec()),
    }
}

fn zoe() -> Recipient {
    Recipient {
        creator_id: 1,
        display_name: "Zoë Martin".into(),
        handle: "@zoe.eats".into(),
        email: "zoe@example.com".into(),
        code: "ZOE".into(),
        language: None,
    }
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name}: {e} (install poppler-utils and qpdf)"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(
    name: &str,
    brief: &BriefInput,
    recipient: Option<&Recipient>,
    brand: &BrandAssets,
) -> PathBuf {
    let rendered = render(brief, recipient, brand).unwrap();
    let path = out_dir().join(format!("{name}.pdf"));
    std::fs::write(&path, rendered.pdf()).unwrap();
    path
}

fn render(
    brief: &BriefInput,
    recipient: Option<&Recipient>,
    brand: &BrandAssets,
) -> shoutout_core::Result<pdf::Rendered> {
    let personal = brief::personalize(brief, recipient, &brand.brand.shop_name);
    let page = BriefPage {
        brief: &personal,
        recipient,
        brand,
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        lang: recipient
            .and_then(|r| r.language)
            .unwrap_or(brand.brand.language),
    };
    pdf::render(&page, &format!("Brief - {}", brief.campaign))
}

/// Checks a PDF with real readers: qpdf, pdfinfo, pdffonts. Returns its text from pdftotext.
fn check_pdf(path: &Path, size: &str) -> String {
    let p = path.to_str().unwrap();
    tool("qpdf", &["--check", p]);
    let info = tool("pdfinfo", &[p]);
    let pages = info.lines().find(|l| l.starts_with("Pages:")).unwrap();
    assert_eq!(pages.split_whitespace().nth(1), Some("1"), "{info}");
    assert!(info.contains(size), "{info}");
    assert!(info.contains("Title:           Brief"), "{info}");
    let fonts = tool("pdffonts", &[p]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name, type..., encoding, emb, sub, uni, object id
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "font not embedded and subset: {row}"
        );
    }
    // Every word is there in the usual extraction; the order is the content stream's (-raw),
    // which is the reading order the layout writes: left column, then right, then the timeline.
    let plain = tool("pdftotext", &[p, "-"]);
    let raw = tool("pdftotext", &["-raw", p, "-"]);
    let sorted = |t: &str| {
        let mut w: Vec<String> = t.split_whitespace().map(str::to_string).collect();
        w.sort();
        w
    };
    assert_eq!(sorted(&plain), sorted(&raw));
    raw
}

fn assert_in_order(text: &str, parts: &[&str]) {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut from = 0;
    for part in parts {
        // Any kind of space matches any other (French puts a narrow one before "?").
        let part = &part.split_whitespace().collect::<Vec<_>>().join(" ");
        match flat[from..].find(part) {
            Some(i) => from += i + part.len(),
            None => panic!("{part:?} missing or out of order in:\n{flat}"),
        }
    }
}

#[test]
fn a_sample_brief_reads_back_completely_in_order() {
    for (size, label) in [(PageSize::A4, "A4"), (PageSize::Letter, "letter")] {
        let brand = brand(size);
        let brief = brief::validate(&sample::briefs()[0]).unwrap();
        let path = write(&format!("sample-{label}"), &brief, Some(&zoe()), &brand);
        let text = check_pdf(&path, &format!("({label})"));
        assert_in_order(
            &text,
            &[
                "Café Lumen",
                "CREATOR BRIEF",
                "Autumn Oat Latte launch",
                "For Zoë Martin (@zoe.eats)",
                "Our new oat latte",
                "We would love Zoë to be among",
                "GOALS",
                "Bring new faces",
                "TARGET AUDIENCE",
                "Neighbours and students",
                "DELIVERABLES",
                "1 Reel, 30–60 s",
                "feed photo",
                "YOUR DISCOUNT CODE",
                "ZOE",
                "MESSAGING",
                "Mention your code ZOE for 15% off",
                "DISCLOSURE",
                "#ad or #gifted",
                "COMPENSATION",
                "€60 gift card",
                "TIMELINE",
                "Thu 26 Nov",
                "Visit and tasting",
                "Week 50",
                "Stories and photo",
                "DO",
                "Be yourself",
                "DON'T",
                "No other coffee brands",
                "Questions? Lina Moreau · lina@cafelumen.example",
                "12 Rue des Tanneurs",
            ],
        );
    }
}

#[test]
fn a_brief_speaks_its_creators_language_and_keeps_the_owners_words() {
    let brand = brand(PageSize::A4);
    let brief = brief::validate(&sample::briefs()[0]).unwrap();
    for lang in Lang::OFFERED {
        let who = Recipient {
            language: Some(lang),
            ..zoe()
        };
        let path = write(
            &format!("lang-{}", lang.as_str()),
            &brief,
            Some(&who),
            &brand,
        );
        let text = check_pdf(&path, "(A4)");
        let label = |l: String| l.to_uppercase();
        let questions = msg::PdfQuestions {
            contact: "Lina Moreau · lina@cafelumen.example".into(),
        };
        assert_in_order(
            &text,
            &[
                &label(msg::pdf_kicker(lang)),
                "Autumn Oat Latte launch",
                &label(msg::pdf_goals(lang)),
                "Bring new faces",
                &label(msg::pdf_code(lang)),
                &label(msg::pdf_timeline(lang)),
                &brand::DateStyle::Dmy.format_short(date(2026, 11, 26), lang),
                &questions.text(lang),
            ],
        );
        if lang != Lang::En {
            for english in ["CREATOR BRIEF", "GOALS", "YOUR DISCOUNT CODE", "Questions?"] {
                assert!(
                    !text.contains(english),
                    "{english} in the {lang:?} brief:\n{text}"
                );
            }
        }
    }
    // Without a language of their own, a creator gets the shop's.
    let german_shop = BrandAssets {
        brand: Brand {
            language: Lang::De,
            ..brand.brand.clone()
        },
        ..brand
    };
    let path = write("lang-shop", &brief, Some(&zoe()), &german_shop);
    assert!(check_pdf(&path, "(A4)").contains("ZIELE"));
}

#[test]
fn with_nothing_on_the_left_the_code_box_spans_the_page() {
    let brand = brand(PageSize::A4);
    let brief = brief::validate(&BriefInput {
        campaign: "Winter menu tasting".into(),
        summary: "Come by and try the winter menu on us.".into(),
        ..BriefInput::default()
    })
    .unwrap();
    let path = write("code-alone", &brief, Some(&zoe()), &brand);
    let boxes = tool("pdftotext", &["-bbox", path.to_str().unwrap(), "-"]);
    let x_of = |word: &str| -> f32 {
        let line = boxes
            .lines()
            .find(|l| l.trim_end().ends_with(&format!(">{word}</word>")))
            .unwrap_or_else(|| panic!("{word} not in {boxes}"));
        let from = line.find("xMin=\"").unwrap() + 6;
        line[from..].split('"').next().unwrap().parse().unwrap()
    };
    // The code box starts at the left margin, under the summary, not on the right half.
    assert!(x_of("YOUR") < 100.0, "{}", x_of("YOUR"));
    assert!((x_of("YOUR") - x_of("Come")).abs() < 20.0);
}

#[test]
fn the_font_has_every_character_of_every_language() {
    // Each message as formatted, and the spaces numbers are grouped and unit-spaced with
    // (French groups with a narrow no-break space).
    let mut texts = vec!["1\u{202f}234,50\u{a0}€ 3,7\u{a0}% «»„“”‚‘’–—…·".to_string()];
    for (code, messages) in i18n::VARIABLES {
        let lang = Lang::from_db(code);
        // What a brief's page can print: its labels and the sample briefs.
        for (id, vars) in messages
            .iter()
            .filter(|(id, _)| id.starts_with("pdf-") || id.starts_with("sample-"))
        {
            let mut args = i18n::FluentArgs::new();
            for v in *vars {
                args.set(*v, "x");
            }
            texts.push(i18n::format(lang, id, &args));
        }
    }
    for text in texts {
        assert_eq!(pdf::drawable(&text), text, "a glyph is missing");
    }
}

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn latin_greek_and_cyrillic_stay_searchable_and_missing_glyphs_show() {
    let brand = brand(PageSize::A4);
    let brief = BriefInput {
        campaign: "Zoë, Ångström, Núñez, Łódź «quoted» – €5".into(),
        summary: "Καλημέρα από την Αθήνα. Привет из Москвы! 東京 ☕ end".into(),
        goals: vec!["Çà et là, ßtraße, øre, ñandú".into()],
        ..BriefInput::default()
    };
    let path = write(
        "scripts",
        &brief::validate(&brief).unwrap(),
        Some(&zoe()),
        &brand,
    );
    let text = check_pdf(&path, "(A4)");
    assert_in_order(
        &text,
        &[
            "Zoë, Ångström, Núñez, Łódź «quoted» – €5",
            "Καλημέρα από την Αθήνα. Привет из Москвы!",
            "?? ? end",
            "Çà et là, ßtraße, øre, ñandú",
        ],
    );
}

fn long_brief(points: usize, words: usize) -> BriefInput {
    let sentence = |n: usize| {
        (0..words)
            .map(|i| format!("word{}", (n + i) % 97))
            .collect::<Vec<_>>()
            .join(" ")
    };
    BriefInput {
        campaign: "Long campaign".into(),
        summary: sentence(1),
        goals: (0..points).map(sentence).collect(),
        target_group: (0..points).map(sentence).collect(),
        deliverables: (0..points).map(|n| sentence(n + 5)).collect(),
        messaging: (0..points).map(sentence).collect(),
        compensation: sentence(3),
        timeline: (1..=6)
            .map(|d| brief::Milestone {
                label: format!("Step {d}"),
                when: format!("2026-12-0{d}"),
            })
            .collect(),
        dos: (0..3).map(sentence).collect(),
        donts: (0..3).map(sentence).collect(),
        ..BriefInput::default()
    }
}

#[test]
fn long_briefs_shrink_to_fit_and_too_long_ones_say_which_section() {
    let brand = brand(PageSize::A4);
    // Grow the brief until it no longer fits: the last one that fits is at the limit.
    let mut at_limit = None;
    let mut overflow = None;
    for words in 4..60 {
        let candidate = brief::validate(&long_brief(6, words)).unwrap();
        match render(&candidate, Some(&zoe()), &brand) {
            Ok(_) => at_limit = Some((candidate, words)),
            Err(e) => {
                overflow = Some(e);
                break;
            }
        }
    }
    let (fits, words) = at_limit.expect("short briefs fit");
    assert!(words >= 8, "a realistic brief fits ({words} words a point)");
    let path = write("at-the-limit", &fits, Some(&zoe()), &brand);
    let text = check_pdf(&path, "(A4)");
    let found = text
        .split_whitespace()
        .filter(|w| w.starts_with("word"))
        .count();
    let expected: usize = [
        &fits.goals,
        &fits.target_group,
        &fits.deliverables,
        &fits.messaging,
        &fits.dos,
        &fits.donts,
    ]
    .iter()
    .map(|l| l.len() * words)
    .sum::<usize>()
        + 2 * words;
    assert_eq!(
        found, expected,
        "every word of the brief is on the page, none cut"
    );

    let err = overflow.expect("a long enough brief does not fit");
    assert_eq!(err.code(), "invalid");
    let message = &err.fields()[0].message;
    assert!(
        message.contains("does not fit on one page") && message.contains("8 pt"),
        "{message}"
    );

    let mut deliverables_heavy = long_brief(2, 8);
    deliverables_heavy.deliverables = (0..12)
        .map(|n| {
            (0..45)
                .map(|i| format!("x{}", n + i))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let err = render(
        &brief::validate(&deliverables_heavy).unwrap(),
        Some(&zoe()),
        &brand,
    )
    .err()
    .expect("too long");
    assert_eq!(err.fields()[0].field, "deliverables");
    assert!(
        err.fields()[0]
            .message
            .contains("Shorten \u{201c}Deliverables\u{201d}"),
        "{}",
        err.fields()[0].message
    );
}

#[test]
fn wrapping_follows_the_font_metrics() {
    let text = "The quick brown fox jumps over the lazy dog near the river bank";
    for width in [30.0, 60.0, 120.0] {
        let lines = pdf::wrap(text, 10.0, false, width);
        assert!(
            lines
                .iter()
                .all(|l| pdf::text_width(l, 10.0, false) <= width + 0.01),
            "{lines:?}"
        );
        assert_eq!(lines.join(" "), text, "nothing lost or reordered");
    }
    assert_eq!(pdf::wrap("one\ntwo", 10.0, false, 100.0), ["one", "two"]);
    let long = pdf::wrap(&"w".repeat(80), 10.0, true, 40.0);
    assert!(long.len() > 1 && long.concat() == "w".repeat(80));
    assert!(pdf::text_width("WWW", 10.0, true) > pdf::text_width("iii", 10.0, true));
    assert!(pdf::text_width("abc", 20.0, false) > pdf::text_width("abc", 10.0, false) * 1.99);
}

#[test]
fn the_preview_is_the_page_itself_as_svg() {
    let brand = brand(PageSize::A4);
    let brief = brief::validate(&sample::briefs()[1]).unwrap();
    let svg = render(&brief, None, &brand).unwrap().svg();
    assert!(
        svg.starts_with("<svg") || svg.contains("<svg"),
        "{}",
        &svg[..200.min(svg.len())]
    );
    assert!(
        svg.contains("Vintage market weekend") || svg.contains("<path"),
        "the page text is drawn"
    );
    // Every line keeps the PDF's width, so the preview wraps where the page does.
    let lines = svg.matches("<text ").count();
    assert!(lines > 10, "{lines} lines");
    assert_eq!(
        svg.matches(r#"lengthAdjust="spacingAndGlyphs""#).count(),
        lines
    );
}

#[test]
fn placeholders_are_filled_per_creator_and_unknown_ones_refused() {
    let brief = BriefInput {
        campaign: "Hi {first_name}".into(),
        summary: "{name} ({handle}) uses {code} at {shop}".into(),
        messaging: vec!["Code: {code}".into()],
        ..BriefInput::default()
    };
    let filled = brief::personalize(
        &brief::validate(&brief).unwrap(),
        Some(&zoe()),
        "Café Lumen",
    );
    assert_eq!(filled.campaign, "Hi Zoë");
    assert_eq!(
        filled.summary,
        "Zoë Martin (@zoe.eats) uses ZOE at Café Lumen"
    );
    assert_eq!(filled.messaging, ["Code: ZOE"]);
    let bad = BriefInput {
        summary: "Hello {firstname}".into(),
        ..brief
    };
    let err = brief::validate(&bad).unwrap_err();
    assert_eq!(err.fields()[0].field, "summary");
    assert!(err.fields()[0]
        .message
        .contains("{firstname} is not a placeholder"));
}

fn pages(pdf: &[u8]) -> usize {
    pdf.windows(11)
        .filter(|w| w.starts_with(b"/Type/Page") && w[10] != b's')
        .count()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Whatever is typed — accents, emoji, CJK, markup, words longer than a line, many
    /// points — the layout never panics: a brief is one page, or it is refused with the
    /// section that is too long.
    #[test]
    fn any_brief_is_one_page_or_refused_with_its_section(
        campaign in "\\PC{1,60}",
        summary in "(\\PC{0,30} ){0,25}",
        goals in proptest::collection::vec("[^{}]{0,120}", 0..12),
        deliverables in proptest::collection::vec("[a-zA-Z0-9éü<>&{}#@ ]{0,80}", 0..12),
        long_word in "[a-z]{0,300}",
    ) {
        let input = BriefInput {
            campaign,
            summary: format!("{summary} {long_word}"),
            goals,
            deliverables,
            ..sample::briefs()[0].clone()
        };
        let valid = brief::validate(&input);
        proptest::prop_assume!(valid.is_ok());
        let valid = valid.unwrap();
        match render(&valid, Some(&zoe()), &brand(PageSize::Letter)) {
            Ok(rendered) => proptest::prop_assert_eq!(pages(&rendered.pdf()), 1),
            Err(e) => {
                proptest::prop_assert_eq!(e.code(), "invalid");
                let field = &e.fields()[0].field;
                proptest::prop_assert!(
                    ["summary", "goals", "deliverables", "messaging", "target_group", "dos", "donts", "timeline", "compensation", "campaign"]
                        .contains(&field.as_str()),
                    "{field}"
                );
            }
        }
    }
}
