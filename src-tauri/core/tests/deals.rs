use chrono::NaiveDate;
use shoutout_core::deals::csv as deal_csv;
use shoutout_core::deals::{
    self as deal, DealInput, DealKind, DealQuery, DealStatus, DeliverableInput, ItemInput, Results,
    ResultsInput,
};
use shoutout_core::home;
use shoutout_core::roster::{self, CreatorInput, HandleInput, Platform, RosterQuery};
use shoutout_core::sample::load_sample_roster;
use shoutout_core::settings::brand;
use shoutout_core::Db;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

fn creator(db: &mut Db, name: &str, handle: &str, followers: &str) -> i64 {
    roster::create_creator(
        db,
        &CreatorInput {
            display_name: name.into(),
            handles: vec![HandleInput {
                platform: Some(Platform::Instagram),
                handle: handle.into(),
                followers: followers.into(),
            }],
            ..CreatorInput::default()
        },
    )
    .unwrap()
    .id
}

fn gifting(creator_id: i64, start: &str, due: &str) -> DealInput {
    DealInput {
        creator_id,
        campaign: "Winter menu".into(),
        kinds: vec![DealKind::Gifting],
        platform: Some(Platform::Instagram),
        currency: "EUR".into(),
        start_date: start.into(),
        items: vec![ItemInput {
            name: "Tasting flight".into(),
            quantity: "2".into(),
            unit_cost: "6.50".into(),
            unit_retail: "18".into(),
        }],
        deliverables: vec![DeliverableInput {
            label: "1 Reel".into(),
            due_date: due.into(),
            ..DeliverableInput::default()
        }],
        ..DealInput::default()
    }
}

fn deal_count(db: &Db) -> i64 {
    db.conn()
        .query_row("SELECT count(*) FROM deals", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn figures_match_hand_worked_examples() {
    // Two tasting flights at €6.50 cost / €18 retail, a €50 fee, 10 % commission on €212.40
    // of sales (€21.24), €4.90 shipping: cost = 13.00 + 50 + 21.24 + 4.90 = €89.14.
    let items = [deal::Item {
        name: "Tasting flight".into(),
        quantity: 2,
        unit_cost_minor: 650,
        unit_retail_minor: 1800,
    }];
    let results = Results {
        likes: Some(620),
        comments: Some(48),
        shares: Some(35),
        clicks: Some(96),
        revenue_minor: Some(21_240),
        ..Results::default()
    };
    let f = deal::figures(&items, 5_000, 1_000, 490, &results, 12_000).unwrap();
    assert_eq!(
        (
            f.items_cost_minor,
            f.retail_minor,
            f.commission_minor,
            f.cost_minor
        ),
        (1_300, 3_600, 2_124, 8_914)
    );
    // 620 + 48 + 35 = 703 engagements on 12,000 followers = 5.858 %.
    assert_eq!(f.engagements, Some(703));
    assert!((f.engagement_rate.unwrap() - 5.858_333).abs() < 1e-4);
    // €89.14 / 703 = 12.68 cents per engagement; / 96 clicks = 92.85 cents per click.
    assert!((f.cost_per_engagement_minor.unwrap() - 12.679_943).abs() < 1e-4);
    assert!((f.cost_per_click_minor.unwrap() - 92.854_166).abs() < 1e-4);
    // (212.40 − 89.14) / 89.14 = 138.3 % return on cost.
    assert!((f.return_on_cost.unwrap() - 1.382_769).abs() < 1e-5);

    // Nothing entered yet: nothing to divide, nothing invented.
    let none = deal::figures(&[], 0, 0, 0, &Results::default(), 0).unwrap();
    assert_eq!(
        (
            none.engagements,
            none.engagement_rate,
            none.cost_per_click_minor,
            none.return_on_cost
        ),
        (None, None, None, None)
    );
    // Commission rounds half up to the cent: 12.5 % of €0.99 = 12.375 cents → 12.
    let r = Results {
        revenue_minor: Some(99),
        ..Results::default()
    };
    assert_eq!(
        deal::figures(&[], 0, 1_250, 0, &r, 0)
            .unwrap()
            .commission_minor,
        12
    );
}

#[test]
fn tracking_links_encode_spaces_accents_and_ampersands() {
    assert_eq!(
        deal::tracking_link(
            "https://cafelumen.example/menu?lang=fr#top",
            Platform::Tiktok,
            "Café & Co winter",
            "@zoë.eats"
        ),
        "https://cafelumen.example/menu?lang=fr&utm_source=tiktok&utm_medium=influencer\
         &utm_campaign=Caf%C3%A9%20%26%20Co%20winter&utm_content=zo%C3%AB.eats#top"
    );
    assert_eq!(
        deal::tracking_link("cafelumen.example", Platform::Instagram, "", "maya"),
        "https://cafelumen.example/?utm_source=instagram&utm_medium=influencer&utm_content=maya"
    );
    assert_eq!(
        deal::tracking_link("", Platform::Instagram, "x", "y"),
        "",
        "no website, no link"
    );
}

#[test]
fn status_moves_along_the_flow_and_keeps_a_dated_history() {
    let mut db = Db::open_in_memory().unwrap();
    let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
    let today = date("2026-11-23");
    let d = deal::create_deal(&mut db, &gifting(zoe, "2026-11-20", "2026-12-01"), today).unwrap();
    assert_eq!(d.status, DealStatus::Proposed);
    assert_eq!(d.handover_date, None);

    // Skipping straight to posted is refused with a plain message; nothing changes.
    let refused = deal::set_status(&mut db, d.id, DealStatus::Posted, "", today).unwrap_err();
    assert_eq!(refused.code(), "conflict");
    assert!(refused.to_string().contains("Proposed"), "{refused}");

    deal::set_status(&mut db, d.id, DealStatus::Agreed, "Said yes by DM", today).unwrap();
    let sent = deal::set_status(&mut db, d.id, DealStatus::ProductSent, "", today).unwrap();
    assert_eq!(sent.handover_date.as_deref(), Some("2026-11-23"));
    deal::set_status(&mut db, d.id, DealStatus::Posted, "", today).unwrap();
    let done = deal::set_status(&mut db, d.id, DealStatus::Completed, "", today).unwrap();
    let steps: Vec<(Option<DealStatus>, DealStatus)> =
        done.history.iter().map(|h| (h.from, h.to)).collect();
    use DealStatus::*;
    assert_eq!(
        steps,
        [
            (None, Proposed),
            (Some(Proposed), Agreed),
            (Some(Agreed), ProductSent),
            (Some(ProductSent), Posted),
            (Some(Posted), Completed)
        ]
    );
    assert_eq!(done.history[1].note, "Said yes by DM");
    assert!(done.history.iter().all(|h| h.at.starts_with("20")));
    // Completed is final except for stepping back; declined and cancelled can be reopened.
    assert!(deal::set_status(&mut db, d.id, Cancelled, "", today).is_err());
    for status in DealStatus::ALL {
        assert!(!status.next().contains(&status), "{status:?} loops");
    }
    assert_eq!(Declined.next(), [Proposed]);
}

#[test]
fn bad_input_is_refused_field_by_field_and_nothing_is_saved() {
    let mut db = Db::open_in_memory().unwrap();
    let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
    let today = date("2026-11-23");
    let mut bad = gifting(zoe, "2026-11-20", "2026-11-19");
    bad.items[0].quantity = "-2".into();
    bad.items[0].unit_cost = "abc".into();
    bad.fee = "-50".into();
    bad.commission_percent = "120".into();
    bad.landing_url = "javascript:alert(1)".into();
    bad.deliverables[0].post_url = "ftp://example.com/x".into();
    bad.results.revenue = "-3".into();
    bad.results.clicks = "1.5".into();
    bad.handover_date = "2026-11-01".into();
    bad.discount_code = "ZOE 10".into();
    bad.kinds.clear();
    bad.rating = Some(9);
    bad.notes = "x".repeat(20_001);
    let err = deal::create_deal(&mut db, &bad, today).unwrap_err();
    let mut fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
    fields.sort();
    assert_eq!(
        fields,
        [
            "commission_percent",
            "deliverables.0.due_date",
            "deliverables.0.post_url",
            "discount_code",
            "fee",
            "handover_date",
            "items.0.quantity",
            "items.0.unit_cost",
            "kinds",
            "landing_url",
            "notes",
            "rating",
            "results.clicks",
            "results.revenue",
        ]
    );
    assert!(err
        .fields()
        .iter()
        .any(|f| f.message == "Cannot be negative."));
    assert_eq!(deal_count(&db), 0);

    // A creator that does not exist is named as such, not as a database error.
    let ghost = deal::create_deal(&mut db, &gifting(999, "2026-11-20", ""), today).unwrap_err();
    assert_eq!(ghost.fields()[0].field, "creator_id");
    assert_eq!(deal_count(&db), 0);

    // A link with no posted date is taken as posted today.
    let mut ok = gifting(zoe, "2026-11-20", "2026-11-25");
    ok.deliverables[0].post_url = "https://www.instagram.com/p/abc/".into();
    let saved = deal::create_deal(&mut db, &ok, today).unwrap();
    assert_eq!(
        saved.deliverables[0].posted_date.as_deref(),
        Some("2026-11-23")
    );
}

#[test]
fn overdue_starts_the_day_after_the_due_date() {
    let mut db = Db::open_in_memory().unwrap();
    let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
    let d = deal::create_deal(
        &mut db,
        &gifting(zoe, "2026-11-01", "2026-11-22"),
        date("2026-11-01"),
    )
    .unwrap();
    let row = |db: &Db, today: &str| {
        deal::list(db.conn(), &DealQuery::default(), date(today))
            .unwrap()
            .rows[0]
            .clone()
    };
    assert!(!row(&db, "2026-11-21").overdue);
    assert!(!row(&db, "2026-11-22").overdue, "due today is not late");
    assert!(row(&db, "2026-11-23").overdue);
    let dash = home::dashboard(db.conn(), date("2026-11-23")).unwrap();
    assert_eq!(dash.overdue_total, 1);
    assert_eq!(dash.overdue[0].days_late, 1);
    let on_day = home::dashboard(db.conn(), date("2026-11-22")).unwrap();
    assert_eq!((on_day.overdue_total, on_day.due_this_week_total), (0, 1));
    let week_before = home::dashboard(db.conn(), date("2026-11-15")).unwrap();
    assert_eq!(
        week_before.due_this_week_total, 0,
        "8 days ahead is next week"
    );
    let filtered = deal::list(
        db.conn(),
        &DealQuery {
            overdue_only: true,
            ..DealQuery::default()
        },
        date("2026-11-23"),
    )
    .unwrap();
    assert_eq!(filtered.total, 1);

    // Posting it, or closing the deal, clears the flag.
    let mut input = gifting(zoe, "2026-11-01", "2026-11-22");
    input.deliverables[0].post_url = "https://www.instagram.com/p/abc/".into();
    input.deliverables[0].posted_date = "2026-11-23".into();
    deal::update_deal(&mut db, d.id, &input, date("2026-11-23")).unwrap();
    assert!(!row(&db, "2026-11-30").overdue);
    let late = deal::create_deal(
        &mut db,
        &gifting(zoe, "2026-11-01", "2026-11-05"),
        date("2026-11-01"),
    )
    .unwrap();
    deal::set_status(
        &mut db,
        late.id,
        DealStatus::Cancelled,
        "",
        date("2026-11-02"),
    )
    .unwrap();
    let dash = home::dashboard(db.conn(), date("2026-11-30")).unwrap();
    assert_eq!(dash.overdue_total, 0);
}

#[test]
fn reminders_come_at_seven_ten_and_fourteen_days_once_each() {
    let mut db = Db::open_in_memory().unwrap();
    brand::save(&mut db, &shoutout_core::sample::brand()).unwrap();
    let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
    let mut input = gifting(zoe, "2026-11-01", "2026-11-30");
    input.discount_code = "ZOE10".into();
    let d = deal::create_deal(&mut db, &input, date("2026-11-01")).unwrap();
    deal::set_status(&mut db, d.id, DealStatus::Agreed, "", date("2026-11-01")).unwrap();
    deal::set_status(
        &mut db,
        d.id,
        DealStatus::ProductSent,
        "",
        date("2026-11-02"),
    )
    .unwrap();
    let days = |db: &Db, today: &str| -> Vec<i64> {
        deal::nudges(db.conn(), date(today))
            .unwrap()
            .iter()
            .map(|n| n.day)
            .collect()
    };
    assert_eq!(
        days(&db, "2026-11-08"),
        Vec::<i64>::new(),
        "6 days: too soon"
    );
    assert_eq!(days(&db, "2026-11-09"), [7]);
    let n = &deal::nudges(db.conn(), date("2026-11-09")).unwrap()[0];
    assert!(n.message.starts_with("Hi Zoë!"), "{}", n.message);
    assert!(n.message.contains("Café Lumen") && n.message.contains("ZOE10"));
    deal::mark_nudged(&mut db, d.id, 7).unwrap();
    assert_eq!(days(&db, "2026-11-11"), Vec::<i64>::new(), "day 7 sent");
    assert_eq!(days(&db, "2026-11-12"), [10]);
    assert_eq!(days(&db, "2026-11-20"), [14], "only the latest one due");
    assert!(deal::get(db.conn(), d.id)
        .unwrap()
        .history
        .iter()
        .any(|h| h.note == "Reminder sent (day 7)"));
    // Once posted, no more reminders.
    input.deliverables[0].post_url = "https://www.tiktok.com/@zoe/video/1".into();
    deal::update_deal(&mut db, d.id, &input, date("2026-11-12")).unwrap();
    assert_eq!(days(&db, "2026-11-20"), Vec::<i64>::new());
}

#[test]
fn a_creator_with_deals_is_archived_not_deleted() {
    let mut db = Db::open_in_memory().unwrap();
    let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
    creator(&mut db, "Maya Berg", "maya", "4K");
    deal::create_deal(&mut db, &gifting(zoe, "2026-11-01", ""), date("2026-11-01")).unwrap();
    let err = roster::delete_creator(&mut db, zoe).unwrap_err();
    assert_eq!(err.code(), "has_deals");
    assert!(err.to_string().contains("Archive Zoë Martin"), "{err}");
    roster::set_archived(&mut db, zoe, true).unwrap();
    let listed = |archived: bool| {
        roster::query(
            db.conn(),
            &RosterQuery {
                archived,
                limit: 50,
                ..RosterQuery::default()
            },
        )
        .unwrap()
        .rows
        .into_iter()
        .map(|c| c.display_name)
        .collect::<Vec<_>>()
    };
    assert_eq!(listed(false), ["Maya Berg"]);
    assert_eq!(listed(true), ["Zoë Martin"]);
    assert_eq!(deal_count(&db), 1);
    let orphans: i64 = db
        .conn()
        .query_row(
            "SELECT count(*) FROM deals WHERE creator_id NOT IN (SELECT id FROM creators)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn a_deleted_deal_comes_back_whole() {
    let mut db = Db::open_in_memory().unwrap();
    let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
    let d = deal::create_deal(
        &mut db,
        &gifting(zoe, "2026-11-01", "2026-11-10"),
        date("2026-11-01"),
    )
    .unwrap();
    let d = deal::set_status(&mut db, d.id, DealStatus::Agreed, "ok", date("2026-11-02")).unwrap();
    let removed = deal::delete_deal(&mut db, d.id).unwrap();
    assert_eq!(deal_count(&db), 0);
    let back = deal::restore_deal(&mut db, &removed).unwrap();
    assert_eq!(back, d);
}

#[test]
fn a_deal_from_a_brief_takes_its_campaign_deliverables_code_and_posting_date() {
    let mut db = Db::open_in_memory().unwrap();
    let today = date("2026-09-01");
    load_sample_roster(&mut db, today).unwrap();
    let brief = &shoutout_core::briefs::list(db.conn(), "Oat Latte", false).unwrap()[0];
    let brief = shoutout_core::briefs::get(db.conn(), brief.id).unwrap();
    let who = &brief.recipients[0];
    // The sample's launch was nine days before it was loaded: drafted a fortnight earlier.
    let drafted = date("2026-08-09");
    let input = deal::draft_from_brief(db.conn(), brief.id, who.creator_id, drafted).unwrap();
    assert_eq!(input.campaign, brief.content.campaign);
    assert_eq!(input.discount_code, who.code);
    assert_eq!(input.deliverables.len(), brief.content.deliverables.len());
    assert_eq!(input.kinds, [DealKind::Gifting]);
    assert_eq!(input.currency, "EUR");
    assert_eq!(
        deal::posting_step(&brief.content).unwrap().label,
        "Reel goes live"
    );
    assert!(input
        .deliverables
        .iter()
        .all(|d| d.due_date == "2026-08-23"));
    let saved = deal::create_deal(&mut db, &input, drafted).unwrap();
    assert_eq!(saved.brief_id, Some(brief.id));
    assert!(saved.tracking_link.contains("utm_medium=influencer"));
}

#[test]
fn sample_data_has_deals_in_several_states_and_a_full_dashboard() {
    let mut db = Db::open_in_memory().unwrap();
    let today = date("2026-11-23");
    load_sample_roster(&mut db, today).unwrap();
    let dash = home::dashboard(db.conn(), today).unwrap();
    let with_deals: Vec<DealStatus> = dash
        .by_status
        .iter()
        .filter(|s| s.count > 0)
        .map(|s| s.status)
        .collect();
    assert!(with_deals.len() >= 6, "{with_deals:?}");
    // The barter deal's two deliverables (from its brief) are both two days late.
    assert_eq!(dash.overdue_total, 2);
    assert!(dash.overdue.iter().all(|d| d.days_late == 2));
    assert!(dash.due_this_week_total >= 2);
    // The barter product went out 19 days ago, the scarf 11 days ago; neither is posted.
    let nudges: Vec<i64> = dash.nudges.iter().map(|n| n.day).collect();
    assert_eq!(nudges, [14, 10]);
    assert!(dash.gifted_this_month.retail_minor > 0);
    assert_eq!(dash.per_month.len(), 12);
    assert_eq!(dash.per_month[11].month, "2026-11");
    assert!(!dash.per_campaign.is_empty());
    assert!(dash.top_creators[0].return_on_cost > 0.0);

    // The creator page adds up that creator's deals: the completed gifting deal gave
    // €4.20 + €6.50 at cost, €12.90 + €18.00 at retail.
    let first = deal::list(
        db.conn(),
        &DealQuery {
            status: Some(DealStatus::Completed),
            ..DealQuery::default()
        },
        today,
    )
    .unwrap()
    .rows[0]
        .clone();
    let summary = deal::creator_deals(db.conn(), first.creator_id, today).unwrap();
    assert_eq!(
        (summary.given_cost_minor, summary.given_retail_minor),
        (1_070, 3_090)
    );
    assert_eq!(summary.results.revenue_minor, 21_240);
    assert_eq!(summary.feedback[0].rating, Some(5));
}

#[test]
fn deals_and_gifts_export_for_the_bookkeeper() {
    let mut db = Db::open_in_memory().unwrap();
    let zoe = creator(&mut db, "=Zoë Martin", "zoe.eats", "12K");
    let today = date("2026-11-23");
    let mut input = gifting(zoe, "2026-11-01", "2026-11-10");
    input.discount_code = "ZOE10".into();
    input.results = ResultsInput {
        revenue: "120".into(),
        reach: "5000".into(),
        ..ResultsInput::default()
    };
    let d = deal::create_deal(&mut db, &input, today).unwrap();
    deal::set_status(&mut db, d.id, DealStatus::Agreed, "", today).unwrap();
    deal::set_status(
        &mut db,
        d.id,
        DealStatus::ProductSent,
        "",
        date("2026-11-03"),
    )
    .unwrap();
    let mut out = Vec::new();
    let rows = deal_csv::export_deals(&db, &DealQuery::default(), today, &mut out).unwrap();
    assert_eq!(rows, 1);
    let text = String::from_utf8(out).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let record = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| &record[headers.iter().position(|h| h == name).unwrap()];
    assert_eq!(cell("Creator"), "'=Zoë Martin", "formula guard");
    assert_eq!(cell("Status"), "Product sent");
    assert_eq!(cell("Hand-over date"), "2026-11-03");
    assert_eq!(cell("Total cost"), "13.00");
    assert_eq!(cell("Revenue"), "120.00");
    assert_eq!(cell("Return on cost %"), "823.1");
    assert_eq!(cell("Discount code"), "ZOE10");
    assert!(cell("Tracking link").is_empty(), "no website set");

    let mut out = Vec::new();
    let rows = deal_csv::export_gifts(&db, &DealQuery::default(), today, &mut out).unwrap();
    assert_eq!(rows, 1);
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.contains(
            "2026-11-03,'=Zoë Martin,Winter menu,Tasting flight,2,6.50,18.00,13.00,36.00,EUR"
        ),
        "{text}"
    );
}

#[test]
fn the_list_filters_by_campaign_creator_kind_and_date() {
    let mut db = Db::open_in_memory().unwrap();
    let today = date("2026-11-23");
    let creators: Vec<i64> = (0..20)
        .map(|i| creator(&mut db, &format!("Creator {i}"), &format!("c{i}"), "5K"))
        .collect();
    db.with_tx(|tx| {
        for (draft, status) in shoutout_core::sample::deals(300, 7, &creators, today) {
            deal::insert_draft(tx, &draft, status)?;
        }
        Ok(())
    })
    .unwrap();
    let count = |q: DealQuery| deal::list(db.conn(), &q, today).unwrap().total;
    let all = count(DealQuery::default());
    assert_eq!(all, 300);
    let by_kind = count(DealQuery {
        kind: Some(DealKind::Visit),
        ..DealQuery::default()
    });
    let by_campaign = count(DealQuery {
        campaign: Some("Winter menu".into()),
        ..DealQuery::default()
    });
    let by_creator = count(DealQuery {
        creator_id: Some(creators[3]),
        ..DealQuery::default()
    });
    let recent = count(DealQuery {
        from: Some("2026-10-24".into()),
        to: Some("2026-11-23".into()),
        ..DealQuery::default()
    });
    for n in [by_kind, by_campaign, by_creator, recent] {
        assert!(n > 0 && n < all, "{n} of {all}");
    }
    let searched = deal::list(
        db.conn(),
        &DealQuery {
            search: "creator 3".into(),
            limit: 500,
            ..DealQuery::default()
        },
        today,
    )
    .unwrap();
    assert!(searched
        .rows
        .iter()
        .all(|r| r.creator_name.starts_with("Creator 3")));
    let board = deal::board(db.conn(), &DealQuery::default(), 10, today).unwrap();
    assert_eq!(board.len(), 6);
    assert!(board
        .iter()
        .all(|c| c.cards.len() as u32 == c.total.min(10)));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any text in any field: the deal is saved whole, or refused with its fields named and
    /// nothing written.
    #[test]
    fn any_deal_input_saves_or_says_why(
        money in proptest::collection::vec("[-0-9.,€$ a-zA-Z]{0,12}", 4),
        counts in proptest::collection::vec("[-0-9.,kKmM ]{0,10}", 3),
        dates in proptest::collection::vec("(2026-1[0-2]-[0-3][0-9])|([0-9-]{0,10})", 4),
        url in "(https?://)?[a-z./:%&?=]{0,30}",
        code in "[A-Za-z0-9 _-]{0,34}",
        label in "\\PC{0,310}",
    ) {
        let mut db = Db::open_in_memory().unwrap();
        let zoe = creator(&mut db, "Zoë Martin", "zoe.eats", "12K");
        let input = DealInput {
            fee: money[0].clone(),
            shipping: money[1].clone(),
            commission_percent: money[2].clone(),
            start_date: dates[0].clone(),
            handover_date: dates[1].clone(),
            landing_url: url.clone(),
            discount_code: code,
            items: vec![ItemInput {
                name: label.clone(),
                quantity: counts[0].clone(),
                unit_cost: money[3].clone(),
                unit_retail: money[0].clone(),
            }],
            deliverables: vec![DeliverableInput {
                label,
                due_date: dates[2].clone(),
                post_url: url,
                posted_date: dates[3].clone(),
                disclosure_seen: true,
            }],
            results: ResultsInput {
                reach: counts[1].clone(),
                clicks: counts[2].clone(),
                revenue: money[1].clone(),
                ..ResultsInput::default()
            },
            ..gifting(zoe, "2026-11-01", "")
        };
        match deal::create_deal(&mut db, &input, date("2026-11-23")) {
            Ok(saved) => {
                proptest::prop_assert!(saved.figures.cost_minor >= 0);
                proptest::prop_assert_eq!(deal_count(&db), 1);
            }
            Err(e) => {
                proptest::prop_assert_eq!(e.code(), "invalid");
                proptest::prop_assert!(e.fields().iter().all(|f| !f.message.is_empty()));
                proptest::prop_assert_eq!(deal_count(&db), 0);
            }
        }
    }
}
