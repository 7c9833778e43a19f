//! Text for people in their language: a roster CSV exported in the owner's language imports
//! back whole, and the email with a brief is in the creator's language.

use shoutout_core::briefs::handoff;
use shoutout_core::briefs::Recipient;
use shoutout_core::i18n::{self, Lang};
use shoutout_core::roster::{self, CreatorInput, DuplicatePolicy, HandleInput, Platform};
use shoutout_core::roster::{RosterQuery, Status};
use shoutout_core::settings::brand::Brand;
use shoutout_core::Db;

fn creators() -> Vec<CreatorInput> {
    let handle = |platform, handle: &str, followers: &str| HandleInput {
        platform: Some(platform),
        handle: handle.into(),
        followers: followers.into(),
    };
    vec![
        CreatorInput {
            display_name: "Zoë Martin".into(),
            handles: vec![
                handle(Platform::Instagram, "zoe.eats", "12500"),
                handle(Platform::Tiktok, "zoe_bakes", "3100"),
                handle(Platform::Youtube, "zoecooks", "800"),
                handle(Platform::Other, "https://zoe.example.com", "40"),
            ],
            avg_likes: "640".into(),
            avg_comments: "31".into(),
            avg_shares: "12".into(),
            engagement_rate: "4.5".into(),
            niches: vec!["coffee".into(), "brunch".into()],
            city: "Lyon".into(),
            email: "zoe@example.com".into(),
            phone: "+33 6 12 34 56 78".into(),
            rate: "150".into(),
            currency: "EUR".into(),
            open_to_gifting: true,
            status: Status::Active,
            notes: "Met at the market; loves oat milk.".into(),
            language: None,
        },
        CreatorInput {
            display_name: "Liam Berg".into(),
            handles: vec![handle(Platform::Instagram, "liam.reads", "48200")],
            city: "Leeds".into(),
            currency: "GBP".into(),
            open_to_gifting: false,
            status: Status::DoNotContact,
            ..CreatorInput::default()
        },
        CreatorInput {
            display_name: "Ana Sousa".into(),
            handles: vec![handle(Platform::Tiktok, "ana.sousa", "910")],
            status: Status::Paused,
            currency: "EUR".into(),
            ..CreatorInput::default()
        },
    ]
}

/// Every creator as the export holds them (ids, dates and language aside; the export writes
/// the engagement rate Shoutout works with, not the one typed, in every language alike).
fn shown(db: &Db) -> Vec<roster::Creator> {
    let query = RosterQuery {
        limit: 100,
        ..RosterQuery::default()
    };
    let mut all = roster::query(db.conn(), &query).unwrap().rows;
    for c in &mut all {
        c.id = 0;
        c.created_at.clear();
        c.updated_at.clear();
        c.language = None;
        c.engagement_typed = None;
    }
    all.sort_by(|a, b| a.display_name.cmp(&b.display_name));
    all
}

/// Exports and imports in each language in turn (one test: the owner's language is shared).
#[test]
fn a_roster_exported_in_french_or_german_imports_back_whole() {
    let mut db = Db::open_in_memory().unwrap();
    for c in creators() {
        roster::create_creator(&mut db, &c).unwrap();
    }
    let before = shown(&db);
    for (lang, name, yes, status) in [
        (Lang::Fr, "Abonnés Instagram", "oui", "Actif"),
        (Lang::De, "Instagram-Follower", "ja", "Aktiv"),
    ] {
        i18n::set_owner(lang);
        let mut out = Vec::new();
        assert_eq!(
            roster::export(&db, &RosterQuery::default(), &mut out).unwrap(),
            3
        );
        let text = String::from_utf8(out.clone()).unwrap();
        let header = text.lines().next().unwrap();
        assert!(header.contains(name), "{lang:?}: {header}");
        let zoe = text.lines().find(|l| l.contains("Zoë")).unwrap();
        assert!(zoe.contains(&format!(",{yes},")), "{lang:?}: {zoe}");
        assert!(zoe.contains(status), "{lang:?}: {zoe}");

        let table = roster::read_table(&out).unwrap();
        let mapping = roster::guess_mapping(&table.headers);
        let derived = mapping.iter().filter(|m| m.is_none()).count();
        assert_eq!(
            derived, 4,
            "{lang:?}: only the computed columns are left: {mapping:?}"
        );
        let mut again = Db::open_in_memory().unwrap();
        let report = roster::commit(
            &mut again,
            &table,
            &mapping,
            DuplicatePolicy::Merge,
            |_, _| {},
        )
        .unwrap();
        assert!(
            report.problems.is_empty(),
            "{lang:?}: {:?}",
            report.problems
        );
        assert_eq!(report.added, 3, "{lang:?}");
        assert_eq!(shown(&again), before, "{lang:?}");
    }
    i18n::set_owner(Lang::En);
}

#[test]
fn the_email_to_a_spanish_creator_is_in_spanish() {
    let brand = Brand {
        shop_name: "Café Lumen".into(),
        contact_name: "Lina".into(),
        language: Lang::En,
        ..Brand::default()
    };
    let creator = |language| Recipient {
        creator_id: 1,
        display_name: "Lucía Gómez".into(),
        handle: "@lucia".into(),
        email: "lucia@example.com".into(),
        code: "LUCIA".into(),
        language,
    };
    let file = "Brief - Otoño - Lucía Gómez.pdf";
    let es = handoff::email_to(&creator(Some(Lang::Es)), &brand, "Otoño", file);
    assert_eq!(es.subject, "Otoño: tu brief de Café Lumen");
    assert!(es.body.starts_with("Hola, Lucía:"), "{}", es.body);
    assert!(es.body.contains(file) && es.body.contains("LUCIA"));
    assert!(es.body.ends_with("\nLina"), "{}", es.body);

    let en = handoff::email_to(&creator(None), &brand, "Otoño", file);
    assert_eq!(en.subject, "Otoño: your brief from Café Lumen");
    assert!(en.body.starts_with("Hi Lucía,"), "{}", en.body);
    assert!(en.body.contains("If anything is unclear"));
}
