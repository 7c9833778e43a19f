// A test reads as one story from setup to the last check; the line limit is for the app's code.
#![allow(clippy::too_many_lines)]

use shoutout_core::roster::{
    self, CreatorInput, HandleInput, Platform, RosterQuery, SortKey, Status, Tier,
};
use shoutout_core::sample::load_sample_roster;
use shoutout_core::Db;

fn handle(platform: Platform, handle: &str, followers: &str) -> HandleInput {
    HandleInput {
        platform: Some(platform),
        handle: handle.into(),
        followers: followers.into(),
    }
}

fn zoe() -> CreatorInput {
    CreatorInput {
        display_name: "Zoë Martin".into(),
        handles: vec![
            handle(Platform::Instagram, "@Zoe.Eats", "12.5K"),
            handle(
                Platform::Tiktok,
                "https://www.tiktok.com/@zoe_bakes",
                "3,1k",
            ),
        ],
        avg_likes: "700".into(),
        avg_comments: "80".into(),
        avg_shares: "20".into(),
        niches: vec!["Coffee, brunch".into(), "#vegan".into()],
        city: "Lyon".into(),
        email: "zoe@example.com".into(),
        phone: "+33 6 12 34 56 78".into(),
        rate: "€120".into(),
        open_to_gifting: true,
        notes: "Loves oat flat whites.".into(),
        ..CreatorInput::default()
    }
}

#[test]
fn tiers_follow_the_largest_following() {
    for (followers, tier) in [
        (0, Tier::Starter),
        (999, Tier::Starter),
        (1_000, Tier::Nano),
        (9_999, Tier::Nano),
        (10_000, Tier::Micro),
        (99_999, Tier::Micro),
        (100_000, Tier::Macro),
        (999_999, Tier::Macro),
        (1_000_000, Tier::Mega),
    ] {
        assert_eq!(Tier::from_followers(followers), tier, "{followers}");
    }
}

#[test]
fn engagement_rate_is_derived_from_averages() {
    assert_eq!(
        roster::engagement_rate(Some(400), Some(80), Some(20), 10_000),
        Some(5.0)
    );
    assert_eq!(roster::engagement_rate(None, None, None, 10_000), None);
    assert_eq!(roster::engagement_rate(Some(10), None, None, 0), None);
}

#[test]
fn a_creator_is_stored_normalized_with_derived_figures() {
    let mut db = Db::open_in_memory().unwrap();
    let c = roster::create_creator(&mut db, &zoe()).unwrap();
    assert_eq!(c.display_name, "Zoë Martin");
    assert_eq!(
        c.handles
            .iter()
            .map(|h| (h.platform, h.handle.as_str(), h.followers))
            .collect::<Vec<_>>(),
        vec![
            (Platform::Instagram, "zoe.eats", 12_500),
            (Platform::Tiktok, "zoe_bakes", 3_100)
        ]
    );
    assert_eq!(c.total_followers, 15_600);
    assert_eq!(c.tier, Tier::Micro);
    let expected = 800.0 * 100.0 / 15_600.0;
    assert!((c.engagement_rate.unwrap() - expected).abs() < 1e-9);
    assert_eq!(c.niches, vec!["Coffee", "brunch", "vegan"]);
    assert_eq!(c.rate_minor, Some(12_000));
    assert_eq!(c.currency, "EUR");
    assert_eq!(c.status, Status::Prospect);
    assert_eq!(roster::get(db.conn(), c.id).unwrap(), c);
}

#[test]
fn a_typed_engagement_rate_is_used_when_no_averages_are_known() {
    let mut db = Db::open_in_memory().unwrap();
    let c = roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "Liam".into(),
            handles: vec![handle(Platform::Instagram, "liam", "4000")],
            engagement_rate: "6,5 %".into(),
            ..CreatorInput::default()
        },
    )
    .unwrap();
    assert_eq!(c.engagement_rate, Some(6.5));
    assert_eq!(c.tier, Tier::Nano);
}

#[test]
fn bad_input_is_refused_field_by_field_and_nothing_is_written() {
    let mut db = Db::open_in_memory().unwrap();
    let input = CreatorInput {
        display_name: " ".into(),
        handles: vec![
            handle(Platform::Instagram, "zoe eats", "10"),
            handle(Platform::Tiktok, "zoe", "lots"),
            handle(Platform::Instagram, "https://www.tiktok.com/@x", ""),
        ],
        engagement_rate: "140".into(),
        email: "zoe-at-example".into(),
        rate: "free coffee".into(),
        notes: "x".repeat(20_001),
        ..CreatorInput::default()
    };
    let err = roster::create_creator(&mut db, &input).unwrap_err();
    assert_eq!(err.code(), "invalid");
    let fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
    for field in [
        "display_name",
        "handles.0.handle",
        "handles.1.followers",
        "handles.2.handle",
        "engagement_rate",
        "email",
        "rate",
        "notes",
    ] {
        assert!(fields.contains(&field), "{field} missing from {fields:?}");
    }
    assert_eq!(roster::facets(db.conn()).unwrap().creators, 0);
}

#[test]
fn a_handle_belongs_to_one_creator() {
    let mut db = Db::open_in_memory().unwrap();
    roster::create_creator(&mut db, &zoe()).unwrap();
    let copy = CreatorInput {
        display_name: "Someone else".into(),
        handles: vec![handle(
            Platform::Instagram,
            "https://instagram.com/zoe.eats/",
            "1",
        )],
        ..CreatorInput::default()
    };
    let err = roster::create_creator(&mut db, &copy).unwrap_err();
    assert_eq!(err.fields()[0].field, "handles.0.handle");
    assert!(err.fields()[0]
        .message
        .contains("already belongs to Zoë Martin"));
}

#[test]
fn edit_delete_and_undo() {
    let mut db = Db::open_in_memory().unwrap();
    let c = roster::create_creator(&mut db, &zoe()).unwrap();
    let mut edited = zoe();
    edited.display_name = "Zoë M.".into();
    edited.status = Status::Active;
    edited.handles.truncate(1);
    let updated = roster::update_creator(&mut db, c.id, &edited).unwrap();
    assert_eq!(updated.display_name, "Zoë M.");
    assert_eq!(updated.status, Status::Active);
    assert_eq!(updated.total_followers, 12_500);
    assert_eq!(updated.created_at, c.created_at);

    let removed = roster::delete_creator(&mut db, c.id).unwrap();
    assert_eq!(
        roster::get(db.conn(), c.id).unwrap_err().code(),
        "not_found"
    );
    let search = RosterQuery {
        search: "zoe".into(),
        limit: 10,
        ..RosterQuery::default()
    };
    assert_eq!(roster::query(db.conn(), &search).unwrap().total, 0);
    let back = roster::restore_creator(&mut db, &removed).unwrap();
    assert_eq!(back, removed);
    assert_eq!(roster::query(db.conn(), &search).unwrap().total, 1);
    assert_eq!(
        roster::restore_creator(&mut db, &removed)
            .unwrap_err()
            .code(),
        "conflict"
    );
    assert_eq!(
        roster::update_creator(&mut db, 999, &zoe())
            .unwrap_err()
            .code(),
        "not_found"
    );
}

fn names(db: &Db, q: &RosterQuery) -> Vec<String> {
    roster::query(db.conn(), q)
        .unwrap()
        .rows
        .into_iter()
        .map(|c| c.display_name)
        .collect()
}

#[test]
fn search_filters_and_sorts() {
    let mut db = Db::open_in_memory().unwrap();
    roster::create_creator(&mut db, &zoe()).unwrap();
    roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "Ángel Núñez".into(),
            handles: vec![handle(
                Platform::Youtube,
                "youtube.com/@angelcycles",
                "250k",
            )],
            niches: vec!["cycling".into()],
            city: "Porto".into(),
            engagement_rate: "2".into(),
            status: Status::Active,
            notes: "Rides to every café in town.".into(),
            ..CreatorInput::default()
        },
    )
    .unwrap();
    roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "Maya Berg".into(),
            handles: vec![handle(Platform::Instagram, "maya.reads", "900")],
            niches: vec!["books".into()],
            city: "lyon".into(),
            ..CreatorInput::default()
        },
    )
    .unwrap();

    let q = |f: fn(&mut RosterQuery)| {
        let mut q = RosterQuery {
            limit: 50,
            ..RosterQuery::default()
        };
        f(&mut q);
        q
    };
    assert_eq!(
        names(&db, &q(|_| {})),
        ["Ángel Núñez", "Maya Berg", "Zoë Martin"]
    );
    // Accents are ignored, prefixes match, handles and notes are searched.
    assert_eq!(
        names(&db, &q(|q| q.search = "nunez".into())),
        ["Ángel Núñez"]
    );
    assert_eq!(names(&db, &q(|q| q.search = "zo".into())), ["Zoë Martin"]);
    assert_eq!(
        names(&db, &q(|q| q.search = "@maya.re".into())),
        ["Maya Berg"]
    );
    assert_eq!(
        names(&db, &q(|q| q.search = "cafe".into())),
        ["Ángel Núñez"]
    );
    assert_eq!(
        names(&db, &q(|q| q.search = "\"unbalanced AND OR (".into())),
        Vec::<String>::new()
    );
    assert_eq!(names(&db, &q(|q| q.search = "lyon".into())).len(), 2);

    assert_eq!(
        names(&db, &q(|q| q.tier = Some(Tier::Macro))),
        ["Ángel Núñez"]
    );
    assert_eq!(
        names(&db, &q(|q| q.platform = Some(Platform::Tiktok))),
        ["Zoë Martin"]
    );
    assert_eq!(
        names(&db, &q(|q| q.niche = Some("BOOKS".into()))),
        ["Maya Berg"]
    );
    assert_eq!(
        names(&db, &q(|q| q.status = Some(Status::Active))),
        ["Ángel Núñez"]
    );
    assert_eq!(
        names(&db, &q(|q| q.city = Some("Lyon".into()))),
        ["Maya Berg", "Zoë Martin"]
    );
    // The city is matched folded, as its index holds it.
    assert_eq!(
        names(&db, &q(|q| q.city = Some(" LYÒN ".into()))),
        ["Maya Berg", "Zoë Martin"]
    );
    assert_eq!(
        names(&db, &q(|q| q.min_engagement = Some(5.0))),
        ["Zoë Martin"]
    );
    assert_eq!(
        names(&db, &q(|q| q.open_to_gifting = Some(true))),
        ["Zoë Martin"]
    );

    assert_eq!(
        names(
            &db,
            &q(|q| {
                q.sort = SortKey::Followers;
                q.descending = true
            })
        ),
        ["Ángel Núñez", "Zoë Martin", "Maya Berg"]
    );
    // Unknown engagement sorts last either way.
    assert_eq!(
        names(
            &db,
            &q(|q| {
                q.sort = SortKey::Engagement;
                q.descending = true
            })
        ),
        ["Zoë Martin", "Ángel Núñez", "Maya Berg"]
    );
    assert_eq!(
        names(&db, &q(|q| q.sort = SortKey::Engagement)),
        ["Ángel Núñez", "Zoë Martin", "Maya Berg"]
    );

    let page = roster::query(
        db.conn(),
        &RosterQuery {
            offset: 1,
            limit: 1,
            ..RosterQuery::default()
        },
    )
    .unwrap();
    assert_eq!((page.total, page.offset, page.rows.len()), (3, 1, 1));
    assert_eq!(page.rows[0].display_name, "Maya Berg");

    let facets = roster::facets(db.conn()).unwrap();
    assert_eq!(facets.creators, 3);
    assert_eq!(facets.cities[0].to_lowercase(), "lyon");
    assert!(facets.niches.contains(&"cycling".to_string()));
}

#[test]
fn the_sample_roster_loads_once() {
    let mut db = Db::open_in_memory().unwrap();
    let added = load_sample_roster(
        &mut db,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
    .unwrap();
    assert!(added >= 30, "{added}");
    assert_eq!(
        load_sample_roster(
            &mut db,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
        )
        .unwrap(),
        0
    );
    let all = roster::query(
        db.conn(),
        &RosterQuery {
            limit: 500,
            ..RosterQuery::default()
        },
    )
    .unwrap();
    assert_eq!(all.total, added);
    assert!(all.rows.iter().any(|c| c.tier == Tier::Nano));
    assert!(all.rows.iter().any(|c| c.tier == Tier::Micro));
    assert!(all.rows.iter().all(|c| c.engagement_rate.is_some()));
}

/// However a page is planned (few matches sorted, many matches found by walking the sort
/// index, a search's count taken from the search index), it is the first rows of the plain
/// query, and the total is its length.
#[test]
fn every_plan_gives_the_plain_querys_rows() {
    let mut db = Db::open_in_memory().unwrap();
    shoutout_core::sample::load_generated_roster(&mut db, 3_000).unwrap();
    for id in (50..=3_000).step_by(50) {
        roster::set_archived(&mut db, id, true).unwrap();
    }
    let facets = roster::facets(db.conn()).unwrap();
    let (city, niche) = (facets.cities[0].clone(), facets.niches[0].clone());
    let searches = ["", "z", "zo", "coffee", "a", &city, "zoe mar"];
    let mut checked = 0;
    for search in searches {
        for (sort, descending) in [(SortKey::Name, false), (SortKey::Followers, true)] {
            for filters in 0..3 {
                for archived in [false, true] {
                    let query = RosterQuery {
                        search: search.to_string(),
                        niche: (filters >= 1).then(|| niche.clone()),
                        city: (filters >= 2).then(|| city.clone()),
                        open_to_gifting: (filters >= 2).then_some(true),
                        archived,
                        sort,
                        descending,
                        offset: 5,
                        limit: 40,
                        ..RosterQuery::default()
                    };
                    let mut plain = Vec::new();
                    roster::for_each(db.conn(), &query, |c| {
                        plain.push(c.id);
                        Ok(())
                    })
                    .unwrap();
                    let page = roster::query(db.conn(), &query).unwrap();
                    let ids: Vec<i64> = page.rows.iter().map(|c| c.id).collect();
                    let expected: Vec<i64> = plain.iter().copied().skip(5).take(40).collect();
                    assert_eq!(page.total as usize, plain.len(), "{query:?}");
                    assert_eq!(ids, expected, "{query:?}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, searches.len() * 12);
}
