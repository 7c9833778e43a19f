//! The message files: every language has exactly English's messages with the same variables;
//! the pseudo-locale and the UI's message types are generated from English and checked in
//! (run with SHOUTOUT_UPDATE_BINDINGS=1 to rewrite them).

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
use shoutout_core::i18n::{self, msg, Lang, VARIABLES};

const PSEUDO: &str = "en-XA";

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn messages(lang: &str) -> BTreeMap<&'static str, &'static [&'static str]> {
    let (_, list) = VARIABLES
        .iter()
        .find(|(l, _)| *l == lang)
        .unwrap_or_else(|| panic!("no folder locales/{lang}"));
    list.iter().copied().collect()
}

#[test]
fn every_language_has_the_same_messages_and_variables() {
    let english = messages("en");
    assert!(!english.is_empty());
    let mut wrong = Vec::new();
    for lang in Lang::OFFERED.iter().map(|l| l.as_str()).chain([PSEUDO]) {
        let theirs = messages(lang);
        for (id, vars) in &english {
            match theirs.get(id) {
                None => wrong.push(format!("{lang}: {id} is missing")),
                Some(v) if v != vars => {
                    wrong.push(format!("{lang}: {id} uses {v:?}, English uses {vars:?}"))
                }
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            wrong.push(format!("{lang}: {id} is not an English message"));
        }
    }
    let folders = std::fs::read_dir(locales()).unwrap().count();
    assert_eq!(folders, VARIABLES.len());
    assert_eq!(
        VARIABLES.len(),
        Lang::OFFERED.len() + 1,
        "seven languages and the pseudo one"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn messages_are_formatted_in_the_language_asked_for() {
    assert_eq!(msg::pdf_goals(Lang::En), "Goals");
    assert_eq!(msg::pdf_goals(Lang::De), "Ziele");
    assert_eq!(
        msg::PdfFor {
            name: "Zoë".into(),
            date: "2 déc. 2026".into()
        }
        .text(Lang::Fr),
        "Pour Zoë  ·  2 déc. 2026"
    );
    // No bidi isolation marks around the variables: the text goes into PDFs.
    let questions = msg::PdfQuestions {
        contact: "hola@tienda.es".into(),
    };
    assert!(!questions.text(Lang::Es).contains('\u{2068}'));
    let pseudo = msg::pdf_goals(Lang::Pseudo);
    assert!(
        pseudo.chars().count() as f32 >= "Goals".len() as f32 * 1.4,
        "{pseudo}"
    );
    let _ = i18n::format(Lang::It, "pdf-goals", &i18n::FluentArgs::new());
}

/// Writes `fresh` to `path` when asked to, then fails if the file differs from it.
fn generated(path: &Path, fresh: &str) {
    if std::env::var_os("SHOUTOUT_UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, fresh).unwrap();
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        current == fresh,
        "{} is stale: run `SHOUTOUT_UPDATE_BINDINGS=1 cargo test -p shoutout-core --test messages`",
        path.display()
    );
}

#[test]
fn the_pseudo_locale_is_english_stretched() {
    let mut names: Vec<PathBuf> = std::fs::read_dir(locales().join("en"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for file in names {
        let text = std::fs::read_to_string(&file).unwrap();
        let fresh = pseudo(&text);
        generated(
            &locales().join(PSEUDO).join(file.file_name().unwrap()),
            &fresh,
        );
    }
}

/// Every text in `source` with accents and 40 % longer, in brackets to show where it is cut;
/// variables, selectors and the file's structure as they are.
fn pseudo(source: &str) -> String {
    let mut resource = fluent_syntax::parser::parse(source.to_string()).expect("valid");
    for entry in &mut resource.body {
        if let Entry::Message(m) = entry {
            m.comment = None;
            if let Some(p) = &mut m.value {
                stretch(p);
            }
        }
    }
    resource
        .body
        .retain(|e| matches!(e, Entry::Message(_) | Entry::Term(_)));
    format!(
        "# Generated from en by the messages test; do not edit.\n\n{}",
        fluent_syntax::serializer::serialize(&resource)
    )
}

fn stretch(p: &mut Pattern<String>) {
    let length: usize = p
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => value.chars().count(),
            PatternElement::Placeable { .. } => 0,
        })
        .sum();
    for e in &mut p.elements {
        match e {
            PatternElement::TextElement { value } => *value = value.chars().map(accent).collect(),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => variants.iter_mut().for_each(|v| stretch(&mut v.value)),
            PatternElement::Placeable { .. } => {}
        }
    }
    // A pattern with a selector is written on lines of its own, where a leading `[` would read
    // as a variant: its variants carry the brackets instead.
    let select = p.elements.iter().any(|e| {
        matches!(
            e,
            PatternElement::Placeable {
                expression: Expression::Select { .. }
            }
        )
    });
    if !select {
        // A space in long padding, so a long message still wraps where the line ends.
        let pad: String = (0..(length * 2).div_ceil(5).max(1))
            .map(|i| if i > 0 && i % 8 == 0 { " ~" } else { "~" })
            .collect();
        p.elements.insert(0, text("["));
        p.elements.push(text(&format!("{pad}]")));
    }
}

fn text(value: &str) -> PatternElement<String> {
    PatternElement::TextElement {
        value: value.to_string(),
    }
}

fn accent(c: char) -> char {
    const FROM: &str = "aceinosuyzACEINOSUYZ";
    const TO: &str = "åçéîñøšüýžÅÇÉÎÑØŠÜÝŽ";
    FROM.chars()
        .position(|f| f == c)
        .and_then(|i| TO.chars().nth(i))
        .unwrap_or(c)
}

#[test]
fn the_ui_message_types_are_fresh() {
    let mut out = String::from(
        "// Generated from src-tauri/core/locales/en by the core's messages test; do not edit.\n\n\
         /** A value a message is given: text, or a number it may choose a plural form by. */\n\
         export type Arg = string | number;\n\n\
         /** Every message and the variables it takes. */\n\
         export interface Messages {\n",
    );
    for (id, vars) in messages("en") {
        let args = if vars.is_empty() {
            "Record<string, never>".to_string()
        } else {
            let fields: Vec<String> = vars.iter().map(|v| format!("{v}: Arg")).collect();
            format!("{{ {} }}", fields.join("; "))
        };
        let _ = writeln!(out, "  \"{id}\": {args};");
    }
    out.push_str("}\n\nexport type MessageId = keyof Messages;\n");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/messages.ts");
    generated(&path, &out);
}
