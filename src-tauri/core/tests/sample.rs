//! The sample shop as an owner meets it in the first hour: a first run in pounds, then the
//! sample loaded, must read like one shop in one town.

use std::collections::HashSet;
use std::io::Write;
use std::process::{Command, Stdio};

use shoutout_core::briefs::{self as brief, export, BriefInput};
use shoutout_core::deals::{self as deal, Deal};
use shoutout_core::i18n::Lang;
use shoutout_core::roster::{self, Creator, Tier};
use shoutout_core::sample::{self, load_sample_roster};
use shoutout_core::settings::brand::{self, DateStyle, PageSize};
use shoutout_core::settings::prefs::{self, FirstRun};
use shoutout_core::{Db, NaiveDate};

/// A file whose owner answered the first-run questions: a shop name and pounds, nothing else.
fn first_run_in_pounds() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    prefs::complete_first_run(
        &mut db,
        &FirstRun {
            shop_name: "Bean There".into(),
            language: Lang::En,
            contact_email: String::new(),
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

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn ids(db: &Db, table: &str) -> Vec<i64> {
    let mut stmt = db
        .conn()
        .prepare(&format!("SELECT id FROM {table} ORDER BY id"))
        .unwrap();
    let rows = stmt.query_map([], |r| r.get(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

fn sample_creators(db: &Db) -> Vec<Creator> {
    ids(db, "creators")
        .into_iter()
        .map(|id| roster::get(db.conn(), id).unwrap())
        .collect()
}

fn sample_deals(db: &Db) -> Vec<Deal> {
    ids(db, "deals")
        .into_iter()
        .map(|id| deal::get(db.conn(), id).unwrap())
        .collect()
}

#[test]
fn a_sample_loaded_after_a_first_run_in_pounds_is_all_in_pounds() {
    let mut db = first_run_in_pounds();
    load_sample_roster(&mut db, today()).unwrap();
    let creators = sample_creators(&db);
    assert_eq!(creators.len(), 36);
    for c in &creators {
        assert_eq!(c.currency, "GBP", "{}", c.display_name);
        let rate = c.rate_minor.unwrap() / 100;
        match c.tier {
            Tier::Nano => assert!(rate < 100, "{} at £{rate}", c.display_name),
            Tier::Micro => assert!(
                (100..=1_000).contains(&rate),
                "{} at £{rate}",
                c.display_name
            ),
            _ => {}
        }
    }
    assert!(creators.iter().any(|c| c.tier == Tier::Nano));
    assert!(creators.iter().any(|c| c.tier == Tier::Micro));
    let deals = sample_deals(&db);
    assert_eq!(deals.len(), 7);
    assert!(deals.iter().all(|d| d.currency == "GBP"));
    let shop = brand::get(db.conn()).unwrap().brand;
    assert_eq!(
        (shop.shop_name.as_str(), shop.currency.as_str()),
        ("Bean There", "GBP"),
        "the owner's answers are kept"
    );
    for b in brief::list(db.conn(), "", false).unwrap() {
        let content = brief::get(db.conn(), b.id).unwrap().content;
        let text = format!("{content:?}");
        assert!(!text.contains("cafelumen"), "{text}");
        assert!(!text.contains('€'), "{text}");
    }
    let latte = brief::list(db.conn(), "Oat Latte", false).unwrap()[0].id;
    let compensation = brief::get(db.conn(), latte).unwrap().content.compensation;
    assert!(compensation.contains("£60 gift card"), "{compensation}");
}

#[test]
fn sample_creators_live_in_one_town_under_handles_people_choose() {
    for (first_run, town) in [(false, "Lyon"), (true, "Leeds")] {
        let mut db = if first_run {
            first_run_in_pounds()
        } else {
            Db::open_in_memory().unwrap()
        };
        load_sample_roster(&mut db, today()).unwrap();
        let creators = sample_creators(&db);
        assert!(creators.iter().all(|c| c.city == town), "{town}");
        for c in &creators {
            for h in &c.handles {
                assert!(
                    !h.handle.ends_with(|ch: char| ch.is_ascii_digit()),
                    "{}: {}",
                    c.display_name,
                    h.handle
                );
            }
        }
        // The end-to-end tests find these creators by name.
        for name in ["Aisha", "Liam", "Maya", "Amara", "Zoë"] {
            assert!(
                creators.iter().any(|c| c.display_name.starts_with(name)),
                "{name}"
            );
        }
    }
}

#[test]
fn sample_briefs_fall_on_the_days_of_the_deals_made_from_them() {
    let mut db = Db::open_in_memory().unwrap();
    load_sample_roster(&mut db, today()).unwrap();
    let mut checked = 0;
    for d in sample_deals(&db) {
        let Some(brief_id) = d.brief_id else { continue };
        let content = brief::get(db.conn(), brief_id).unwrap().content;
        assert_eq!(d.campaign, content.campaign);
        let posting = deal::posting_step(&content).unwrap().when.clone();
        for x in &d.deliverables {
            assert_eq!(
                x.due_date.as_deref(),
                Some(posting.as_str()),
                "{}",
                d.campaign
            );
            if let Some(posted) = &x.posted_date {
                assert_eq!(posted, &posting, "{}", d.campaign);
            }
        }
        // The product goes out before the posting day, on or before the brief's first step.
        let first = brief::parse_when(&content.timeline[0].when)
            .unwrap()
            .sort_key();
        let given = d.handover_date.as_deref().unwrap_or_default();
        assert!(
            given <= first.to_string().as_str(),
            "{} {given}",
            d.campaign
        );
        checked += 1;
    }
    assert_eq!(checked, 4);
}

#[test]
fn sample_briefs_read_well_for_a_shop_without_an_instagram() {
    let mut db = first_run_in_pounds();
    load_sample_roster(&mut db, today()).unwrap();
    let shop = brand::get(db.conn()).unwrap().brand;
    assert!(shop.instagram.is_empty());
    for b in brief::list(db.conn(), "", false).unwrap() {
        let full = brief::get(db.conn(), b.id).unwrap();
        let personal =
            brief::personalize(&full.content, Some(&full.recipients[0]), &shop.shop_name);
        let text = format!("{personal:?}");
        assert!(!text.contains("@'") && !text.contains("@ "), "{text}");
        assert!(!text.contains("{shop}"), "{text}");
    }
    let latte = brief::list(db.conn(), "Oat Latte", false).unwrap()[0].id;
    let content = brief::get(db.conn(), latte).unwrap().content;
    let personal = brief::personalize(&content, None, &shop.shop_name);
    assert!(personal
        .goals
        .contains(&"Grow Bean There's local following with honest, warm content".to_string()));
}

#[test]
fn generated_rosters_are_deterministic_with_distinct_handles() {
    let big = sample::creators(20_000, 42);
    assert_eq!(big, sample::creators(20_000, 42));
    let mut keys = HashSet::new();
    for c in &big {
        for h in &c.handles {
            assert!(
                keys.insert((h.platform, roster::handle_key(&h.handle))),
                "{} twice",
                h.handle
            );
        }
    }
}
