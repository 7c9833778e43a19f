use proptest::prelude::*;
use shoutout_core::roster::{self, CreatorInput, HandleInput, Platform, RosterQuery, Status, Tier};
use shoutout_core::roster::{self as roster_csv, DuplicatePolicy, ImportField};
use shoutout_core::spreadsheet::Source;
use shoutout_core::Db;

fn count(db: &Db) -> i64 {
    roster::facets(db.conn()).unwrap().creators
}

fn import(db: &mut Db, bytes: &[u8], policy: DuplicatePolicy) -> roster_csv::ImportReport {
    let table = roster_csv::read_table(bytes).unwrap();
    let mapping = roster_csv::guess_mapping(&table.headers);
    roster_csv::commit(db, &table, &mapping, policy, |_, _| {}).unwrap()
}

fn all(db: &Db) -> Vec<roster::Creator> {
    roster::query(
        db.conn(),
        &RosterQuery {
            limit: 500,
            ..RosterQuery::default()
        },
    )
    .unwrap()
    .rows
}

#[test]
fn a_spreadsheet_export_with_bom_semicolons_and_quoted_newlines() {
    let file = "\u{feff}Name;Instagram;IG followers;TikTok;TikTok followers;Niche;City;E-mail;Gifting;Notes\r\n\
        Zoë Martin;@Zoe.Eats;12,5K;https://www.tiktok.com/@zoe_bakes;3,1k;Coffee, brunch;Lyon;zoe@example.com;yes;\"Met at the market.\r\nLoves oat milk.\"\r\n\
        Liam Berg;liam.reads;48.200;;;books;Leeds;;no;\r\n\
        Núñez Café;https://instagram.com/nunez.cafe/;9 800;;;;Porto;;x;\r\n";
    let mut db = Db::open_in_memory().unwrap();
    let table = roster_csv::read_table(file.as_bytes()).unwrap();
    assert_eq!(table.source, Source::Csv { delimiter: b';' });
    assert_eq!(table.headers[0], "Name");
    let preview = roster_csv::preview(&db, &table, None).unwrap();
    assert_eq!(
        preview.mapping,
        vec![
            Some(ImportField::Name),
            Some(ImportField::Instagram),
            Some(ImportField::InstagramFollowers),
            Some(ImportField::Tiktok),
            Some(ImportField::TiktokFollowers),
            Some(ImportField::Niches),
            Some(ImportField::City),
            Some(ImportField::Email),
            Some(ImportField::OpenToGifting),
            Some(ImportField::Notes),
        ]
    );
    assert_eq!((preview.total_rows, preview.new_rows), (3, 3));
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    assert_eq!(count(&db), 0, "a preview writes nothing");

    let report = import(&mut db, file.as_bytes(), DuplicatePolicy::Merge);
    assert_eq!((report.added, report.merged, report.skipped), (3, 0, 0));
    let creators = all(&db);
    let zoe = creators
        .iter()
        .find(|c| c.display_name == "Zoë Martin")
        .unwrap();
    assert_eq!(zoe.total_followers, 15_600);
    assert_eq!(zoe.handles[0].handle, "zoe.eats");
    assert_eq!(zoe.handles[1].handle, "zoe_bakes");
    // Line breaks inside a cell are kept as the app writes them, `\n`.
    assert_eq!(zoe.notes, "Met at the market.\nLoves oat milk.");
    assert_eq!(zoe.niches, vec!["Coffee", "brunch"]);
    assert!(zoe.open_to_gifting);
    let liam = creators
        .iter()
        .find(|c| c.display_name == "Liam Berg")
        .unwrap();
    assert_eq!((liam.total_followers, liam.tier), (48_200, Tier::Micro));
    let nunez = creators
        .iter()
        .find(|c| c.display_name == "Núñez Café")
        .unwrap();
    assert_eq!(
        (nunez.handles[0].handle.as_str(), nunez.total_followers),
        ("nunez.cafe", 9_800)
    );
}

#[test]
fn comma_files_without_bom_and_a_generic_handle_column() {
    let file = "creator,platform,handle,followers,engagement rate,status\n\
        Maya,TikTok,@maya.moves,1.2M,\"4,5%\",active\n\
        Omar,IG,omar.eats,950,,\n\
        Ana,,https://www.youtube.com/@ana.cooks,25k,,paused\n";
    let mut db = Db::open_in_memory().unwrap();
    let report = import(&mut db, file.as_bytes(), DuplicatePolicy::Merge);
    assert_eq!(report.added, 3, "{:?}", report.problems);
    let creators = all(&db);
    let maya = creators.iter().find(|c| c.display_name == "Maya").unwrap();
    assert_eq!(maya.handles[0].platform, Platform::Tiktok);
    assert_eq!((maya.total_followers, maya.tier), (1_200_000, Tier::Mega));
    assert_eq!(maya.engagement_rate, Some(4.5));
    assert_eq!(maya.status, Status::Active);
    let ana = creators.iter().find(|c| c.display_name == "Ana").unwrap();
    assert_eq!(
        ana.handles[0].platform,
        Platform::Youtube,
        "the link names the platform"
    );
    assert_eq!(
        creators
            .iter()
            .find(|c| c.display_name == "Omar")
            .unwrap()
            .tier,
        Tier::Starter
    );
}

#[test]
fn bad_rows_and_cells_are_listed_with_line_and_reason_and_the_rest_imports() {
    let file = "Name,Instagram,Instagram followers,Email\n\
        Good One,good.one,1200,\n\
        ,,,\n\
        Bad Count,bad.count,lots,\n\
        \"Two\nLines\",two.lines,12.5,\n\
        Bad Mail,bad.mail,100,not-an-email\n\
        Repeat,good.one,10,\n\
        ,,,\n\
        Good Two,@good.two,2k,\n";
    let mut db = Db::open_in_memory().unwrap();
    let report = import(&mut db, file.as_bytes(), DuplicatePolicy::Merge);
    // A cell that cannot be read keeps its creator: left empty, said, kept in the notes.
    // A name on two lines cannot be a creator's; a handle seen twice is refused.
    assert_eq!(report.added, 4);
    let lines: Vec<u64> = report.warnings.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![4, 7]);
    assert!(
        report.warnings[0].reason.contains("lots"),
        "{}",
        report.warnings[0].reason
    );
    assert!(report.warnings[1].reason.contains("not-an-email"));
    let lines: Vec<u64> = report.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines, vec![5, 8]);
    assert!(report.problems[1].reason.contains("line 2"));
}

#[test]
fn duplicates_by_handle_merge_or_skip() {
    let mut db = Db::open_in_memory().unwrap();
    roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "Zoë".into(),
            handles: vec![HandleInput {
                platform: Some(Platform::Instagram),
                handle: "zoe.eats".into(),
                followers: "10000".into(),
            }],
            niches: vec!["coffee".into()],
            email: "zoe@example.com".into(),
            notes: "First met in May.".into(),
            status: Status::Active,
            ..CreatorInput::default()
        },
    )
    .unwrap();
    let file = "Name,Instagram,Instagram followers,TikTok,Niches,Email,Notes\n\
        Zoë Martin,https://instagram.com/Zoe.Eats,12500,zoe_bakes,brunch,,Prefers DMs.\n\
        New Person,new.person,5000,,,,\n";
    let table = roster_csv::read_table(file.as_bytes()).unwrap();
    let preview = roster_csv::preview(&db, &table, None).unwrap();
    assert_eq!(preview.new_rows, 1);
    assert_eq!(preview.duplicates.len(), 1);
    assert_eq!(preview.duplicates[0].line, 2);
    assert_eq!(preview.duplicates[0].existing_name, "Zoë");
    assert_eq!(preview.duplicates[0].handle, "@zoe.eats");

    let mut skip_db = Db::open_in_memory().unwrap();
    roster::create_creator(
        &mut skip_db,
        &CreatorInput {
            display_name: "Zoë".into(),
            handles: vec![HandleInput {
                platform: Some(Platform::Instagram),
                handle: "zoe.eats".into(),
                followers: "10000".into(),
            }],
            ..CreatorInput::default()
        },
    )
    .unwrap();
    let skipped = import(&mut skip_db, file.as_bytes(), DuplicatePolicy::Skip);
    assert_eq!((skipped.added, skipped.merged, skipped.skipped), (1, 0, 1));
    assert_eq!(
        all(&skip_db)
            .iter()
            .find(|c| c.display_name == "Zoë")
            .unwrap()
            .total_followers,
        10_000
    );

    let merged = import(&mut db, file.as_bytes(), DuplicatePolicy::Merge);
    assert_eq!((merged.added, merged.merged, merged.skipped), (1, 1, 0));
    let zoe = all(&db)
        .into_iter()
        .find(|c| c.email == "zoe@example.com")
        .unwrap();
    assert_eq!(zoe.display_name, "Zoë Martin");
    assert_eq!(zoe.total_followers, 12_500);
    assert_eq!(zoe.handles.len(), 2);
    assert_eq!(zoe.niches, vec!["coffee", "brunch"]);
    assert_eq!(zoe.notes, "First met in May.\n\nPrefers DMs.");
    assert_eq!(
        zoe.status,
        Status::Active,
        "a blank status keeps the known one"
    );
    assert_eq!(count(&db), 2);
}

#[test]
fn an_import_is_one_transaction() {
    let mut db = Db::open_in_memory().unwrap();
    let file = "Name,Instagram\nA,a.one\nB,b.two\n";
    let table = roster_csv::read_table(file.as_bytes()).unwrap();
    let mapping = roster_csv::guess_mapping(&table.headers);
    // A failure half-way (here: a write refused by the database) rolls back the rows before it.
    db.conn()
        .execute_batch(
            "CREATE TRIGGER refuse_b BEFORE INSERT ON creators WHEN NEW.display_name = 'B'
             BEGIN SELECT RAISE(ABORT, 'refused'); END;",
        )
        .unwrap();
    assert!(
        roster_csv::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {}).is_err()
    );
    assert_eq!(count(&db), 0);
}

#[test]
fn windows_1252_and_utf16_files_keep_their_accents() {
    let mut latin1 = b"Name,Instagram\n".to_vec();
    latin1.extend_from_slice(&[b'Z', b'o', 0xEB, b',', b'z', b'o', b'e', b'\n']);
    let table = roster_csv::read_table(&latin1).unwrap();
    assert_eq!(table.records().next().unwrap().1[0], "Zoë");

    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "Name\tInstagram\nŁódź\tlodz\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let table = roster_csv::read_table(&utf16).unwrap();
    assert_eq!(table.source, Source::Csv { delimiter: b'\t' });
    assert_eq!(table.records().next().unwrap().1[0], "Łódź");
}

#[test]
fn unmapped_files_and_empty_files_are_explained() {
    let db = Db::open_in_memory().unwrap();
    assert_eq!(roster_csv::read_table(b"").unwrap_err().code(), "csv");
    let table = roster_csv::read_table(b"foo,bar\n1,2\n").unwrap();
    let preview = roster_csv::preview(&db, &table, None).unwrap();
    assert_eq!(preview.mapping, vec![None, None]);
    assert!(preview.problems[0].reason.contains("Name"));
    let wrong = roster_csv::preview(&db, &table, Some(vec![None])).unwrap_err();
    assert_eq!(wrong.code(), "invalid");
}

#[test]
fn export_writes_the_filtered_view_and_imports_back_identically() {
    let mut db = Db::open_in_memory().unwrap();
    shoutout_core::sample::load_sample_roster(
        &mut db,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
    )
    .unwrap();
    roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "=HYPERLINK(\"evil\")".into(),
            handles: vec![HandleInput {
                platform: Some(Platform::Other),
                handle: "twitch.tv/evil".into(),
                followers: "5".into(),
            }],
            notes: "-2+3, \"quoted\"\nsecond line".into(),
            city: "Lyon".into(),
            ..CreatorInput::default()
        },
    )
    .unwrap();

    let lyon = RosterQuery {
        city: Some("Lyon".into()),
        ..RosterQuery::default()
    };
    let mut out = Vec::new();
    let rows = roster_csv::export(&db, &lyon, &mut out).unwrap();
    let expected = roster::query(
        db.conn(),
        &RosterQuery {
            limit: 500,
            ..lyon.clone()
        },
    )
    .unwrap();
    assert_eq!(rows, expected.total);
    assert!(out.starts_with(b"\xEF\xBB\xBF"));
    let text = String::from_utf8(out.clone()).unwrap();
    assert!(text.contains("'=HYPERLINK"), "formulas are defused");
    assert!(!text.contains(",=HYPERLINK") && !text.contains("\n=HYPERLINK"));

    let mut copy = Db::open_in_memory().unwrap();
    let report = import(&mut copy, &out, DuplicatePolicy::Merge);
    assert_eq!(report.added, rows, "{:?}", report.problems);
    // Ids and dates are the new file's own; the exported rate is read back as typed.
    let strip = |c: roster::Creator| roster::Creator {
        id: 0,
        created_at: String::new(),
        updated_at: String::new(),
        engagement_typed: None,
        ..c
    };
    let original: Vec<_> = expected.rows.into_iter().map(strip).collect();
    let back: Vec<_> = roster::query(
        copy.conn(),
        &RosterQuery {
            limit: 500,
            ..RosterQuery::default()
        },
    )
    .unwrap()
    .rows
    .into_iter()
    .map(strip)
    .collect();
    assert_eq!(original, back);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_importer_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let mut db = Db::open_in_memory().unwrap();
        if let Ok(table) = roster_csv::read_table(&bytes) {
            let mapping = roster_csv::guess_mapping(&table.headers);
            let preview = roster_csv::preview(&db, &table, Some(mapping.clone())).unwrap();
            let report = roster_csv::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {});
            if let Ok(report) = report {
                // Every row is either imported or reported with its reason.
                prop_assert_eq!(report.added + report.merged + report.skipped + report.problems.len() as u32, preview.total_rows);
            }
        }
    }

    #[test]
    fn every_generated_row_either_imports_or_says_why(
        rows in prop::collection::vec(("[ -~]{0,12}", "[@a-z._ /]{0,14}", "[0-9 .,kKmM]{0,8}", "[a-z@.]{0,12}"), 1..20)
    ) {
        let mut file = String::from("Name,Instagram,Followers,Email\n");
        for (name, handle, followers, email) in &rows {
            let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            file.push_str(&format!("{},{},{},{}\n", quote(name), quote(handle), quote(followers), quote(email)));
        }
        let mut db = Db::open_in_memory().unwrap();
        let table = roster_csv::read_table(file.as_bytes()).unwrap();
        let mapping = roster_csv::guess_mapping(&table.headers);
        let report = roster_csv::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {}).unwrap();
        prop_assert_eq!(report.added as usize + report.merged as usize + report.problems.len() + report.ignored.len(), table.len());
        prop_assert!(report.problems.iter().all(|p| !p.reason.is_empty() && p.line >= 2));
    }
}

/// The search index of an import is filled after the last row: each new creator is found by
/// name, handle, niche, city and notes, a merged one by what the file added, and the index holds
/// exactly what rebuilding it from the stored creators gives.
#[test]
fn imported_and_merged_creators_are_found_by_search() {
    let mut db = Db::open_in_memory().unwrap();
    roster::create_creator(
        &mut db,
        &CreatorInput {
            display_name: "Ana Lopes".into(),
            handles: vec![HandleInput {
                platform: Some(Platform::Instagram),
                handle: "ana.eats".into(),
                followers: "5000".into(),
            }],
            ..CreatorInput::default()
        },
    )
    .unwrap();
    let file = "Name,Instagram,TikTok,Niche,City,Notes\n\
        Ana Lopes,ana.eats,ana.tok,pastry,Braga,\n\
        Zoë Martin,zoe.eats,,coffee,Lyon,met at the flea market\n\
        Liam Berg,,liam.reads,books,Leeds,\n";
    let report = import(&mut db, file.as_bytes(), DuplicatePolicy::Merge);
    assert_eq!((report.added, report.merged), (2, 1));
    let found = |search: &str| -> Vec<String> {
        roster::query(
            db.conn(),
            &RosterQuery {
                search: search.into(),
                limit: 10,
                ..RosterQuery::default()
            },
        )
        .unwrap()
        .rows
        .into_iter()
        .map(|c| c.display_name)
        .collect()
    };
    for (search, who) in [
        ("zoe", "Zoë Martin"),
        ("zoe.eats", "Zoë Martin"),
        ("coffee", "Zoë Martin"),
        ("lyon", "Zoë Martin"),
        ("flea", "Zoë Martin"),
        ("liam.reads", "Liam Berg"),
        ("books", "Liam Berg"),
        ("ana.tok", "Ana Lopes"),
        ("braga", "Ana Lopes"),
    ] {
        assert_eq!(found(search), [who], "search {search:?}");
    }
    let index = |db: &Db| -> Vec<(i64, String, String, String, String, String)> {
        db.conn()
            .prepare(
                "SELECT rowid, name, handles, niches, city, notes FROM creators_fts ORDER BY rowid",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let imported = index(&db);
    roster::reindex_search(db.conn()).unwrap();
    assert_eq!(index(&db), imported);
}
