//! Import everything: a file holding anything the app could not have written is refused whole,
//! naming the table, the row and the column, and nothing is stored; amounts that cannot be
//! added up are refused, never wrapped.

mod common;

use common::{sample, today};
use serde_json::{json, Value};
use shoutout_core::deals::{self, DealInput, DealKind, ItemInput};
use shoutout_core::sample::load_sample_roster;
use shoutout_core::storage::everything;
use shoutout_core::{home, Db, Error};

fn rows_in(db: &Db) -> i64 {
    db.conn()
        .query_row(
            "SELECT (SELECT count(*) FROM creators) + (SELECT count(*) FROM creator_handles)
                  + (SELECT count(*) FROM briefs) + (SELECT count(*) FROM deals)
                  + (SELECT count(*) FROM deal_items)",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

/// Imports `doc` into an empty database, expecting a refusal naming `field`; nothing stored.
fn refused(doc: &Value, field: &str) -> Error {
    let mut db = Db::open_in_memory().unwrap();
    let err = everything::import(&mut db, &serde_json::to_vec(doc).unwrap())
        .expect_err("the import must be refused");
    assert_eq!(err.code(), "invalid", "{err}");
    assert!(
        err.fields().iter().any(|f| f.field == field),
        "{field} is not named in {:?}",
        err.fields()
    );
    assert_eq!(rows_in(&db), 0, "a refused import leaves nothing behind");
    err
}

/// The sample export with `value` in `column` of row `row` (from 0) of `table`.
fn with(table: &str, row: usize, column: &str, value: Value) -> Value {
    let mut doc = sample().clone();
    doc["tables"][table][row][column] = value;
    doc
}

/// The message given for `field`.
fn message<'a>(err: &'a Error, field: &str) -> &'a str {
    &err.fields()
        .iter()
        .find(|f| f.field == field)
        .unwrap()
        .message
}

#[test]
fn followers_that_are_not_a_number_are_refused() {
    let err = refused(
        &with("creator_handles", 0, "followers", json!("lots")),
        "creator_handles.1.followers",
    );
    let text = message(&err, "creator_handles.1.followers");
    assert!(text.contains("Row 1 of creator_handles"), "{text}");
    assert!(text.contains("whole number"), "{text}");
    assert!(text.contains("export it again"), "{text}");
}

#[test]
fn negative_followers_are_refused() {
    refused(
        &with("creator_handles", 2, "followers", json!(-5)),
        "creator_handles.3.followers",
    );
}

#[test]
fn notes_that_are_not_text_are_refused() {
    let doc = with("creators", 0, "notes", json!({"a": 1}));
    let err = refused(&doc, "creators.1.notes");
    assert!(message(&err, "creators.1.notes").contains("should be text"));
    refused(&with("creators", 0, "notes", json!(12)), "creators.1.notes");
}

#[test]
fn a_fee_too_large_to_add_up_is_refused() {
    refused(
        &with("deals", 0, "fee_minor", json!(i64::MAX)),
        "deals.1.fee_minor",
    );
    refused(
        &with("deal_items", 0, "unit_cost_minor", json!(i64::MAX)),
        "deal_items.1.unit_cost_minor",
    );
}

#[test]
fn unknown_kinds_and_statuses_are_refused() {
    refused(&with("deals", 0, "kinds", json!("bribe")), "deals.1.kinds");
    refused(&with("deals", 0, "kinds", json!("")), "deals.1.kinds");
    let err = refused(&with("deals", 1, "status", json!("lost")), "deals.2.status");
    assert!(message(&err, "deals.2.status").contains("proposed"));
    refused(
        &with("creators", 0, "status", json!("vip")),
        "creators.1.status",
    );
}

#[test]
fn bad_dates_are_refused() {
    refused(
        &with("deals", 0, "start_date", json!("31/12/2026")),
        "deals.1.start_date",
    );
    refused(
        &with("creators", 0, "created_at", json!("yesterday")),
        "creators.1.created_at",
    );
}

#[test]
fn a_megabyte_of_text_is_refused() {
    let big = json!("x".repeat(1 << 20));
    let err = refused(
        &with("creators", 0, "notes", big.clone()),
        "creators.1.notes",
    );
    assert!(
        message(&err, "creators.1.notes").len() < 300,
        "the message does not repeat the text"
    );
    refused(
        &with("creators", 0, "display_name", big),
        "creators.1.display_name",
    );
}

#[test]
fn an_empty_row_is_refused_in_plain_words() {
    let mut doc = sample().clone();
    let creators = doc["tables"]["creators"].as_array_mut().unwrap();
    creators.push(json!({}));
    let field = format!("creators.{}", creators.len());
    let err = refused(&doc, &field);
    assert!(message(&err, &field).contains("empty"), "{err}");
    assert!(!err.to_string().contains("syntax"), "{err}");
}

#[test]
fn unknown_columns_and_tables_are_refused() {
    refused(&with("creators", 0, "vip", json!(1)), "creators.1.vip");
    let mut doc = sample().clone();
    doc["tables"]["payments"] = json!([{"id": 1}]);
    refused(&doc, "payments");
}

#[test]
fn a_missing_parent_or_a_repeated_row_is_named() {
    refused(
        &with("deals", 0, "creator_id", json!(999_999)),
        "deals.1.creator_id",
    );
    let mut doc = sample().clone();
    let handles = doc["tables"]["creator_handles"].as_array_mut().unwrap();
    handles.push(handles[0].clone());
    let field = format!("creator_handles.{}", handles.len());
    let err = refused(&doc, &field);
    assert!(message(&err, &field).contains("repeats"), "{err}");
}

#[test]
fn a_required_value_left_out_is_named() {
    let mut doc = sample().clone();
    doc["tables"]["deals"][0]
        .as_object_mut()
        .unwrap()
        .remove("start_date");
    refused(&doc, "deals.1.start_date");
}

#[test]
fn the_deal_form_refuses_items_that_add_up_past_the_limit() {
    let input = DealInput {
        creator_id: 1,
        kinds: vec![DealKind::Gifting],
        currency: "EUR".into(),
        start_date: "2026-11-01".into(),
        items: vec![ItemInput {
            name: "Gold".into(),
            quantity: "100000".into(),
            unit_cost: "1000000000".into(),
            unit_retail: "1".into(),
        }],
        ..DealInput::default()
    };
    let err = deals::validate(&input, today()).unwrap_err();
    assert!(err.fields().iter().any(|f| f.field == "items"), "{err}");
    let mut fee = input.clone();
    fee.items.clear();
    fee.fee = "92233720368547758.07".into();
    let err = deals::validate(&fee, today()).unwrap_err();
    assert!(err.fields().iter().any(|f| f.field == "fee"), "{err}");
}

#[test]
fn sums_too_large_to_add_are_a_plain_message_not_a_wrap() {
    let mut db = Db::open_in_memory().unwrap();
    load_sample_roster(&mut db, today()).unwrap();
    // Written past every check, as an older version might have.
    db.conn()
        .execute(
            "UPDATE deals SET items_cost_minor = 9000000000000000000,
                    cost_minor = 9000000000000000000, revenue_minor = 1",
            [],
        )
        .unwrap();
    let err = home::dashboard(db.conn(), today()).unwrap_err();
    assert!(err.to_string().contains("too large to add up"), "{err}");

    let id: i64 = db
        .conn()
        .query_row("SELECT deal_id FROM deal_items LIMIT 1", [], |r| r.get(0))
        .unwrap();
    db.conn()
        .execute(
            "UPDATE deal_items SET unit_cost_minor = 9000000000000000000, quantity = 2
             WHERE deal_id = ?1",
            [id],
        )
        .unwrap();
    let err = deals::get(db.conn(), id).unwrap_err();
    assert!(err.to_string().contains("too large to add up"), "{err}");
}

#[test]
fn a_good_export_still_imports_whole() {
    let mut db = Db::open_in_memory().unwrap();
    let rows = everything::import(&mut db, &serde_json::to_vec(sample()).unwrap()).unwrap();
    assert!(rows > 150, "{rows}");
}
