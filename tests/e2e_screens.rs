//! Every screen, light and dark, at 1024×700 and 1920×1080, plus 150 % text at 1024×700 and a
//! 4K screen, saved under `target/e2e-screenshots/screens/` to be looked at. Each shot is
//! also checked: nothing may stick out past the window's right edge (content cut off), except
//! inside a panel that scrolls sideways on purpose; no placeholder may be cut short; and text
//! cut with an ellipsis must carry its whole text in a `title` (shown on hover).

// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

mod support;

use serde_json::Value;
use support::App;

const ALT: &str = "\u{e00a}";
const ESC: &str = "\u{e00c}";

/// What is cut off or pushed sideways: a panel that scrolls sideways (other than one marked
/// `data-scroll-x`, such as the deal board's columns), an element sticking out of a parent that
/// does not clip it, or anything past the right edge of the window.
const CUT_OFF: &str = r#"
const main = document.querySelector('main');
const found = [];
const name = (el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]} "${(el.textContent || '').trim().slice(0, 30)}"`;
if (document.documentElement.scrollWidth > innerWidth + 1) found.push('the page scrolls sideways');
for (const el of document.querySelectorAll('main *, dialog *')) {
  if (el.closest('[data-scroll-x]') || found.length > 6) continue;
  const css = getComputedStyle(el);
  if (css.display === 'contents') continue;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) continue;
  if ((css.overflowX === 'auto' || css.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
    // Named with what reaches furthest right, which is what to fix.
    const widest = [...el.querySelectorAll('*')].reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a), el);
    found.push(`${name(el)} scrolls sideways (${el.scrollWidth} > ${el.clientWidth}) because of ${name(widest)}`);
  }
  const parent = el.parentElement;
  if (css.position !== 'absolute' && css.position !== 'fixed' && parent && getComputedStyle(parent).overflowX === 'visible') {
    const p = parent.getBoundingClientRect();
    if (r.right > p.right + 1 && p.width > 0) found.push(`${name(el)} sticks out of ${name(parent)} by ${Math.round(r.right - p.right)} px`);
  }
  if (r.right > innerWidth + 1) found.push(`${name(el)} ends past the window at ${Math.round(r.right)}`);
  if (css.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && !el.closest('[title]'))
    found.push(`${name(el)} is cut with an ellipsis and has no title`);
}
const ruler = document.createElement('canvas').getContext('2d');
for (const el of document.querySelectorAll('main input[placeholder], dialog input[placeholder]')) {
  if (el.value || el.getClientRects().length === 0) continue;
  const css = getComputedStyle(el);
  ruler.font = `${css.fontWeight} ${css.fontSize} ${css.fontFamily}`;
  // A search field keeps room for its clear button.
  const room = el.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight) - (el.type === 'search' ? 16 : 0);
  if (ruler.measureText(el.placeholder).width > room + 1) found.push(`the placeholder "${el.placeholder}" of ${el.getAttribute('aria-label') || el.name || 'a field'} is cut (${Math.round(room)} px)`);
}
return found;
"#;

/// Opens a screen from anywhere: away and back (so a section starts fresh), then its steps.
fn open(app: &App, section: &str, steps: &[(&str, &str)]) {
    app.chord(&[ESC]);
    let away = if section == "1" { "5" } else { "1" };
    app.chord(&[ALT, away]);
    app.chord(&[ALT, section]);
    for (action, css) in steps {
        match *action {
            "click" => app.click(css),
            typed if typed.starts_with("type:") => app.type_into(css, &typed[5..]),
            _ => {
                app.find(css);
            }
        }
    }
}

type Screen = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const SAMPLE_SCREENS: &[Screen] = &[
    ("home", "1", &[("find", "[data-testid=home] canvas")]),
    ("creators", "2", &[("find", "[data-testid=creator-row]")]),
    (
        "creator-page",
        "2",
        &[
            ("click", "[data-testid=creator-row]"),
            ("find", "[data-testid=creator-deals]"),
        ],
    ),
    (
        "creator-form",
        "2",
        &[
            ("click", "[data-testid=add-creator]"),
            ("find", "[data-testid=field-name]"),
        ],
    ),
    ("deals", "3", &[("find", "[data-testid=deal-row]")]),
    (
        "deal-board",
        "3",
        &[
            ("click", "[data-testid=view-board]"),
            ("find", "[data-testid=deal-board]"),
        ],
    ),
    (
        "deal-editor",
        "3",
        &[
            ("click", "[data-testid=deal-row]"),
            ("find", "[data-testid=deal-editor]"),
        ],
    ),
    ("briefs", "4", &[("find", "[data-testid=brief-item]")]),
    (
        "brief-editor",
        "4",
        &[
            ("click", "[data-testid=brief-campaign]"),
            ("find", "[data-testid=preview]"),
        ],
    ),
    (
        "brief-new-creator",
        "4",
        &[
            ("click", "[data-testid=new-brief]"),
            ("type:Autumn walk", "[data-testid=brief-campaign-input]"),
            (
                "type:Marcello Fontanarossa",
                "[data-testid=recipient-search]",
            ),
            ("click", "[data-testid=picker-create]"),
            ("find", "[data-testid=new-creator-handle]"),
        ],
    ),
    ("settings", "5", &[("find", "[data-testid=brand-form]")]),
];

const EMPTY_SCREENS: &[Screen] = &[
    (
        "creators-empty",
        "2",
        &[("find", "[data-testid=empty-state]")],
    ),
    ("deals-empty", "3", &[("find", "[data-testid=deals-empty]")]),
    (
        "briefs-empty",
        "4",
        &[("find", "[data-testid=briefs-empty]")],
    ),
];

const SIZES: [(i64, i64); 2] = [(1024, 700), (1920, 1080)];

fn shoot(app: &App, folder: &str, index: usize, name: &str, problems: &mut Vec<String>) {
    // Charts and previews settle after the data arrives.
    std::thread::sleep(std::time::Duration::from_millis(400));
    app.screenshot(&format!("{folder}/{:02}-{name}", index + 1));
    if let Value::Array(found) = app.script(CUT_OFF) {
        problems.extend(found.iter().map(|f| format!("{folder}/{name}: {f}")));
    }
}

fn pass(app: &App, screens: &[Screen], folder: &str, problems: &mut Vec<String>) {
    for (i, (name, section, steps)) in screens.iter().enumerate() {
        open(app, section, steps);
        shoot(app, folder, i, name, problems);
    }
}

fn set_look(app: &App, theme: &str, text: &str) {
    open(app, "5", &[("find", "[data-testid=brand-form]")]);
    // Set as a change event: at 150 % the card is below the fold, where options cannot be clicked.
    app.set_value("[data-testid=theme]", theme);
    app.set_value("[data-testid=text-scale]", text);
    let font = format!("{}px", 15.0 * text.parse::<f64>().unwrap() / 100.0);
    app.wait_for("the look applied", || {
        (app.script("return getComputedStyle(document.documentElement).fontSize") == font.as_str())
            .then_some(())
    });
}

/// The POSIX locale of the pseudo-locale, English stretched and accented inside `[… ~~]`.
const PSEUDO: &str = "en_XA.UTF-8";

/// Every piece of text on screen, each text node and each label the owner reads.
const SHOWN_TEXT: &str = r#"
const out = [];
const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  const el = n.parentElement;
  if (!el || el.closest('script, style, [hidden], option:not(:checked)')) continue;
  if (n.textContent.trim()) out.push(n.textContent.trim());
}
for (const el of document.querySelectorAll('[placeholder], [title], [aria-label], img[alt]'))
  for (const a of ['placeholder', 'title', 'aria-label', 'alt']) if (el.getAttribute(a)) out.push(el.getAttribute(a));
return out;
"#;

/// Text that came from no message: in the pseudo-locale, English words outside the brackets
/// every message is written in (other than the shop's own data); in any language, a message id
/// shown as itself, or a message's English text where the language words it otherwise.
fn untranslated<'a>(
    lang: &'a str,
    texts: impl Iterator<Item = &'a str> + 'a,
    known: &'a std::collections::HashSet<String>,
    english: &'a std::collections::HashSet<String>,
) -> impl Iterator<Item = String> + 'a {
    texts.filter_map(move |text| {
        if is_message_id(text) {
            return Some(format!("the message id {text}"));
        }
        // (Brand names such as Instagram read the same in every language.)
        if english.contains(text) && words(text).any(|w| !known.contains(&w.to_lowercase())) {
            return Some(format!("the English \"{text}\""));
        }
        // Links and paths are the owner's data, spelled as they are.
        if lang != "en-XA" || text.contains("://") || text.starts_with('/') {
            return None;
        }
        let left: Vec<String> = words(&outside_brackets(text))
            .filter(|w| !known.contains(&w.to_lowercase()))
            .collect();
        (!left.is_empty()).then(|| format!("{left:?} in \"{text}\""))
    })
}

/// The English texts of the messages `lang` words otherwise, as `id = text` lines and their
/// `.attribute = text` lines carry them when they hold no variable: such a text on a screen in
/// `lang` is English left behind.
fn english_only(lang: &str) -> std::collections::HashSet<String> {
    let texts = |lang: &str| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src-tauri/core/locales")
            .join(lang);
        let mut texts = std::collections::HashMap::new();
        for file in std::fs::read_dir(dir).unwrap() {
            let source = std::fs::read_to_string(file.unwrap().path()).unwrap();
            let mut id = String::new();
            for line in source.lines() {
                let trimmed = line.trim_start();
                let Some((key, text)) = trimmed.split_once(" = ") else {
                    continue;
                };
                let key = if trimmed.starts_with('.') {
                    format!("{id}{key}")
                } else if line.starts_with(|c: char| c.is_ascii_lowercase()) {
                    id = key.to_string();
                    id.clone()
                } else {
                    continue;
                };
                if !text.contains('{') {
                    texts.insert(key, text.trim().to_string());
                }
            }
        }
        texts
    };
    let ours = texts(lang);
    let theirs: std::collections::HashSet<&String> = ours.values().collect();
    texts("en")
        .into_iter()
        .filter(|(key, text)| ours.get(key) != Some(text) && !theirs.contains(text))
        .map(|(_, text)| text)
        .collect()
}

/// `settings-language`, as a message shows when it is missing from every language.
fn is_message_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase())
        && text.contains('-')
        && text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// The text with every pseudo-locale message (`[Ĝøåļš~~]`) taken out.
fn outside_brackets(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        out.push_str(&rest[..start]);
        match rest[start..].find("~]") {
            Some(end) => rest = &rest[start + end + 2..],
            None => {
                out.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Runs of three or more ASCII letters: what an English word left on screen looks like.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_string)
}

/// The words of the shop's own data (names, handles, towns…), which no message holds, and the
/// words the locale writes dates in.
fn data_words(db: &std::path::Path) -> std::collections::HashSet<String> {
    let conn = rusqlite::Connection::open(db).unwrap();
    let mut known: std::collections::HashSet<String> = [
        "shoutout",
        "instagram",
        "tiktok",
        "youtube",
        "pdf",
        "csv",
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "eur",
        // Key names in shortcuts, and currency names from the locale's own data.
        "alt",
        "ctrl",
        "euro",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for table in tables {
        let mut rows = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = rows.column_count();
        let mut rows = rows.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for c in 0..columns {
                if let Ok(rusqlite::types::ValueRef::Text(t)) = row.get_ref(c) {
                    let t = String::from_utf8_lossy(t);
                    known.extend(words(&t).map(|w| w.to_lowercase()));
                }
            }
        }
    }
    known
}

/// Switches the app's language in Settings.
fn speak(app: &App, lang: &str) {
    open(app, "5", &[("find", "[data-testid=brand-form]")]);
    app.set_value("[data-testid=ui-language]", lang);
    let want = if lang == "en-XA" { "en" } else { lang };
    app.wait_for("the language applied", || {
        (app.script("return document.documentElement.lang") == want).then_some(())
    });
}

#[test]
fn every_screen_in_both_themes_at_both_sizes() {
    let mut problems = Vec::new();

    // A new file: the first-run questions and the empty states.
    for theme in ["light", "dark"] {
        let dir = tempfile::tempdir().unwrap();
        let gtk = if theme == "dark" {
            "Adwaita:dark"
        } else {
            "Adwaita"
        };
        let app = App::start_with(
            &dir.path().join("shop.db"),
            "screens",
            &[("GTK_THEME", gtk)],
        );
        app.find("[data-testid=welcome]");
        for (w, h) in SIZES {
            app.set_window_rect(0, 0, w, h);
            shoot(
                &app,
                &format!("{theme}-{w}x{h}"),
                0,
                "welcome",
                &mut problems,
            );
        }
        app.type_into("[data-testid=welcome-shop]", "Café Lumière");
        app.click("[data-testid=welcome-start]");
        app.find("[data-testid=empty-state]");
        for (w, h) in SIZES {
            app.set_window_rect(0, 0, w, h);
            let folder = format!("{theme}-{w}x{h}");
            for (i, (name, section, steps)) in EMPTY_SCREENS.iter().enumerate() {
                open(&app, section, steps);
                shoot(&app, &folder, 20 + i, name, &mut problems);
            }
        }
    }

    // A shop in use: every screen, first in the pseudo-locale the system speaks (its sample too),
    // then in each language, then in English.
    let dir = tempfile::tempdir().unwrap();
    let db = support::sample_db_in(dir.path(), PSEUDO);
    let app = App::start_with(&db, "screens", &[("LANG", PSEUDO)]);
    app.find("[data-testid=home]");
    app.set_window_rect(0, 0, 1024, 700);
    let known = data_words(&db);
    for lang in ["en-XA", "fr", "de", "es", "it", "nl", "pt"] {
        if lang != "en-XA" {
            speak(&app, lang);
        }
        let english = english_only(lang);
        for (i, (name, section, steps)) in SAMPLE_SCREENS.iter().enumerate() {
            open(&app, section, steps);
            let shown = app.script(SHOWN_TEXT);
            let texts = shown.as_array().unwrap().iter().filter_map(Value::as_str);
            problems.extend(
                untranslated(lang, texts, &known, &english).map(|t| format!("{lang}/{name}: {t}")),
            );
            shoot(&app, &format!("lang-{lang}"), i, name, &mut problems);
        }
    }
    speak(&app, "en");
    for theme in ["light", "dark"] {
        set_look(&app, theme, "100");
        for (w, h) in SIZES {
            app.set_window_rect(0, 0, w, h);
            pass(
                &app,
                SAMPLE_SCREENS,
                &format!("{theme}-{w}x{h}"),
                &mut problems,
            );
        }
    }
    set_look(&app, "light", "150");
    app.set_window_rect(0, 0, 1024, 700);
    pass(
        &app,
        SAMPLE_SCREENS,
        "light-1024x700-text150",
        &mut problems,
    );
    set_look(&app, "light", "100");
    app.set_window_rect(0, 0, 3840, 2160);
    pass(&app, SAMPLE_SCREENS, "light-3840x2160", &mut problems);

    assert!(problems.is_empty(), "cut off:\n{}", problems.join("\n"));
}
