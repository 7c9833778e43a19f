//! Databases made by every earlier schema version (fixtures in `tests/fixtures/`, written by
//! those versions' migrations with data in them) open in this version without loss.

use std::path::{Path, PathBuf};

use shoutout_core::i18n::Lang;
use shoutout_core::roster::{self, RosterQuery};
use shoutout_core::settings::{brand, prefs};
use shoutout_core::storage::db::{self, MIGRATIONS};
use shoutout_core::{briefs as brief, deals as deal, home, Db};

fn fixture(version: usize) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/schema-v{version}.db"))
}

/// Opens a copy of the fixture (the fixture itself is never changed).
fn open_copy(version: usize) -> (tempfile::TempDir, Db) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    std::fs::copy(fixture(version), &path).unwrap();
    let db = Db::open(&path).unwrap();
    (dir, db)
}

#[test]
fn an_update_keeps_a_copy_of_the_file_as_it_was() {
    for version in 1..MIGRATIONS.len() {
        let (dir, db) = open_copy(version);
        drop(db);
        let kept =
            shoutout_core::storage::backup::list(&dir.path().join("old.db-backups")).unwrap();
        assert_eq!(kept.len(), 1, "v{version}");
        assert_eq!(
            kept[0].kind,
            shoutout_core::storage::backup::BackupKind::BeforeUpdate
        );
        let conn = rusqlite::Connection::open(&kept[0].path).unwrap();
        assert_eq!(db::schema_version(&conn).unwrap(), version as i64);
        // Opening the updated file again takes no second copy.
        drop(Db::open(&dir.path().join("old.db")).unwrap());
        let again =
            shoutout_core::storage::backup::list(&dir.path().join("old.db-backups")).unwrap();
        assert_eq!(again.len(), 1, "v{version}");
    }
}

#[test]
fn there_is_a_fixture_for_every_earlier_version() {
    for version in 1..MIGRATIONS.len() {
        let conn = rusqlite::Connection::open(fixture(version)).unwrap();
        assert_eq!(db::schema_version(&conn).unwrap(), version as i64);
    }
}

#[test]
fn every_earlier_version_upgrades_without_loss() {
    for version in 1..MIGRATIONS.len() {
        let (_dir, db) = open_copy(version);
        assert_eq!(
            db::schema_version(db.conn()).unwrap(),
            MIGRATIONS.len() as i64
        );
        let all = roster::query(
            db.conn(),
            &RosterQuery {
                limit: 10,
                ..RosterQuery::default()
            },
        )
        .unwrap();
        let names: Vec<&str> = all.rows.iter().map(|c| c.display_name.as_str()).collect();
        assert_eq!(names, ["Liam Núñez", "Zoë Martin"], "v{version}");
        let zoe = &all.rows[1];
        assert_eq!(zoe.handles.len(), 2);
        assert_eq!(zoe.niches, ["coffee", "brunch"]);
        assert_eq!(zoe.rate_minor, Some(12_000));
        assert_eq!(zoe.notes, "Loves oat flat whites.");
        assert!(!zoe.archived);
        // Search still finds them through the index the old version built.
        let found = roster::query(
            db.conn(),
            &RosterQuery {
                search: "nunez".into(),
                limit: 10,
                ..RosterQuery::default()
            },
        )
        .unwrap();
        assert_eq!(found.total, 1, "v{version}");
        // The platform filter reads what the upgrade derived from the old handles.
        let on_tiktok = roster::query(
            db.conn(),
            &RosterQuery {
                platform: Some(roster::Platform::Tiktok),
                limit: 10,
                ..RosterQuery::default()
            },
        )
        .unwrap();
        assert_eq!(on_tiktok.rows.len(), 1, "v{version}");
        assert_eq!(on_tiktok.rows[0].display_name, "Zoë Martin");
        if version >= 2 {
            let b = brand::get(db.conn()).unwrap().brand;
            assert_eq!(
                (
                    b.shop_name.as_str(),
                    b.accent_color.as_str(),
                    b.currency.as_str()
                ),
                ("Café Lumen", "#1A7F5A", "EUR")
            );
            let spring = brief::get(db.conn(), 1).unwrap();
            assert_eq!(spring.content.campaign, "Spring tasting");
            assert_eq!(spring.recipients[0].code, "ZOE");
        }
        // Deals from version 3 keep their history; older files start with none.
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let deals = home::dashboard(db.conn(), today).unwrap().deals;
        if version >= 3 {
            assert_eq!(deals, 1);
            let spring = deal::get(db.conn(), 1).unwrap();
            assert_eq!(spring.discount_code, "ZOE");
            assert_eq!(spring.history.len(), 2);
        } else {
            assert_eq!(deals, 0);
        }
        // A file in use is not asked the first-run questions again.
        assert!(prefs::is_set_up(db.conn()).unwrap(), "v{version}");
        // Before languages, everyone was written to in English and the app followed the system;
        // the version with languages keeps Zoë's French.
        let zoe_language = if version >= 6 { Some(Lang::Fr) } else { None };
        assert_eq!(zoe.language, zoe_language, "v{version}");
        // Sending starts with no mailbox and nothing sent.
        assert_eq!(shoutout_core::mail::mailbox::get(db.conn()).unwrap(), None);
        let listing = shoutout_core::mail::Listing::Creator(zoe.id);
        assert!(shoutout_core::mail::outbox::list(db.conn(), listing)
            .unwrap()
            .is_empty());
        assert_eq!(brand::get(db.conn()).unwrap().brand.language, Lang::En);
        assert_eq!(prefs::appearance(db.conn()).unwrap().language, None);
    }
}
