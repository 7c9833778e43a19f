//! The sample shop as an owner meets it in the first hour: a first run in pounds, then the
//! sample loaded, must read like one shop in one town.

use std::io::Write;
use std::process::{Command, Stdio};

use shoutout_core::briefs::{self as brief, export, BriefInput};
use shoutout_core::settings::brand::{DateStyle, PageSize};
use shoutout_core::settings::prefs::{self, FirstRun};
use shoutout_core::Db;

/// A file whose owner answered the first-run questions: a shop name and pounds, nothing else.
fn first_run_in_pounds() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    prefs::complete_first_run(
        &mut db,
        &FirstRun {
            shop_name: "Bean There".into(),
            currency: "GBP".into(),
            page_size: PageSize::A4,
            date_style: DateStyle::Dmy,
        },
    )
    .unwrap();
    db
}

fn pdf_text(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext runs (install poppler-utils)");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn shop_in_a_brief_is_the_shops_name_even_without_an_instagram() {
    let mut db = first_run_in_pounds();
    let b = brief::create_brief(
        &mut db,
        &BriefInput {
            campaign: "Free coffee".into(),
            summary: "Come by {shop}, try it on us".into(),
            ..BriefInput::default()
        },
    )
    .unwrap();
    let (_, pdf) = export::brief_pdf(db.conn(), b.id, None).unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("Come by Bean There, try it on us"), "{text}");
}
