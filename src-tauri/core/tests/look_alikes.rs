//! Issue 13, case 10: handles that look the same are the same creator, and text-direction
//! marks in a name reach neither the roster nor a file name.

use shoutout_core::briefs::{self as brief, export as brief_export, RecipientInput};
use shoutout_core::roster::{self, CreatorInput, HandleInput, Platform, RosterQuery};
use shoutout_core::roster::{self as roster_csv, DuplicatePolicy};
use shoutout_core::{sample, Db};

const LOOK_ALIKES: [(&str, &str); 3] = [
    ("Cyrillic о", "z\u{43e}e.eats"),
    ("Greek ο", "z\u{3bf}e.eats"),
    (
        "fullwidth",
        "\u{ff5a}\u{ff4f}\u{ff45}.\u{ff45}\u{ff41}\u{ff54}\u{ff53}",
    ),
];

fn instagram(name: &str, handle: &str) -> CreatorInput {
    CreatorInput {
        display_name: name.into(),
        handles: vec![HandleInput {
            platform: Some(Platform::Instagram),
            handle: handle.into(),
            followers: "10000".into(),
        }],
        ..CreatorInput::default()
    }
}

fn all(db: &Db) -> Vec<roster::Creator> {
    roster::query(db.conn(), &RosterQuery::default())
        .unwrap()
        .rows
}

fn zoe() -> (Db, i64) {
    let mut db = Db::open_in_memory().unwrap();
    let id = roster::create_creator(&mut db, &instagram("Zoë", "zoe.eats"))
        .unwrap()
        .id;
    (db, id)
}

#[test]
fn a_look_alike_handle_in_a_csv_merges_into_the_creator() {
    for (what, handle) in LOOK_ALIKES {
        let (mut db, id) = zoe();
        let file = format!("Name,Instagram,Instagram followers\nZoe Eats,{handle},12500\n");
        let table = roster_csv::read_table(file.as_bytes()).unwrap();
        let preview = roster_csv::preview(&db, &table, None).unwrap();
        assert_eq!(preview.new_rows, 0, "{what}");
        assert_eq!(preview.duplicates.len(), 1, "{what}");
        assert_eq!(preview.duplicates[0].existing_id, id);
        assert_eq!(preview.duplicates[0].existing_name, "Zoë");
        assert_eq!(preview.duplicates[0].name, "Zoe Eats");
        let mapping = roster_csv::guess_mapping(&table.headers);
        let report =
            roster_csv::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {})
                .unwrap();
        assert_eq!((report.added, report.merged), (0, 1), "{what}");
        let creators = all(&db);
        assert_eq!(creators.len(), 1, "{what}: no second creator");
        assert_eq!(
            creators[0].handles[0].handle, "zoe.eats",
            "the roster's spelling"
        );
        assert_eq!(creators[0].handles[0].followers, 12_500);
    }
}

#[test]
fn look_alike_handles_in_one_csv_are_one_creator() {
    let mut db = Db::open_in_memory().unwrap();
    let mut file = String::from("Name,Instagram\nZoë,zoe.eats\n");
    for (what, handle) in LOOK_ALIKES {
        file.push_str(&format!("{what},{handle}\n"));
    }
    let table = roster_csv::read_table(file.as_bytes()).unwrap();
    let mapping = roster_csv::guess_mapping(&table.headers);
    let report =
        roster_csv::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {}).unwrap();
    assert_eq!(report.added, 1);
    assert_eq!(report.problems.len(), 3, "{:?}", report.problems);
    assert!(report.problems.iter().all(|p| p.reason.contains("line 2")));
}

#[test]
fn the_form_refuses_a_look_alike_handle_and_names_both_creators() {
    for (what, handle) in LOOK_ALIKES {
        let (mut db, _) = zoe();
        let err = roster::create_creator(&mut db, &instagram("Zoe Fake", handle)).expect_err(what);
        assert_eq!(err.code(), "invalid");
        let field = &err.fields()[0];
        assert_eq!(field.field, "handles.0.handle");
        assert!(
            field.message.contains("Zoë") && field.message.contains("Zoe Fake"),
            "{what}: {}",
            field.message
        );
        assert!(
            field.message.contains("looks the same"),
            "{}",
            field.message
        );
        assert_eq!(all(&db).len(), 1, "{what}");

        // Nor may another creator take it on by an edit.
        let other = roster::create_creator(&mut db, &instagram("Liam", "liam.reads"))
            .unwrap()
            .id;
        let err =
            roster::update_creator(&mut db, other, &instagram("Liam", handle)).expect_err(what);
        assert!(err.fields()[0].message.contains("Zoë"));
    }
}

#[test]
fn a_look_alike_pair_saved_earlier_can_still_be_edited() {
    let (mut db, id) = zoe();
    let fake = roster::create_creator(&mut db, &instagram("Zoe Fake", "zoe.fake"))
        .unwrap()
        .id;
    db.conn()
        .execute(
            "UPDATE creator_handles SET handle = ?1 WHERE creator_id = ?2",
            rusqlite::params![LOOK_ALIKES[0].1, fake],
        )
        .unwrap();
    let mut edit = instagram("Zoe Fake", LOOK_ALIKES[0].1);
    edit.city = "Lyon".into();
    let saved = roster::update_creator(&mut db, fake, &edit).unwrap();
    assert_eq!(saved.handles[0].handle, LOOK_ALIKES[0].1, "kept as typed");
    roster::update_creator(&mut db, id, &instagram("Zoë Martin", "zoe.eats")).unwrap();
}

#[test]
fn text_direction_marks_leave_names_typed_in_the_form_or_a_csv() {
    let mut db = Db::open_in_memory().unwrap();
    let typed = roster::create_creator(
        &mut db,
        &instagram("\u{200F}Zoë\u{202E}fdp.exe", "\u{2066}zoe.eats\u{2069}"),
    )
    .unwrap();
    assert_eq!(typed.display_name, "Zoëfdp.exe");
    assert_eq!(typed.handles[0].handle, "zoe.eats");

    let file = "Name,Instagram\n\u{202B}Li\u{202E}gpj.exe,\u{200E}li.reads\n";
    let table = roster_csv::read_table(file.as_bytes()).unwrap();
    let mapping = roster_csv::guess_mapping(&table.headers);
    let report =
        roster_csv::commit(&mut db, &table, &mapping, DuplicatePolicy::Merge, |_, _| {}).unwrap();
    assert_eq!(report.added, 1, "{:?}", report.problems);
    let li = all(&db)
        .into_iter()
        .find(|c| c.handles[0].handle == "li.reads")
        .unwrap();
    assert_eq!(li.display_name, "Ligpj.exe");
}

#[test]
fn a_right_to_left_override_in_a_stored_name_never_reaches_the_pdf_file_name() {
    let mut db = Db::open_in_memory().unwrap();
    let b = brief::create_brief(&mut db, &sample::briefs()[0]).unwrap();
    let zoe = roster::create_creator(&mut db, &instagram("Zoë", "zoe.eats"))
        .unwrap()
        .id;
    brief::set_recipients(
        &mut db,
        b.id,
        &[RecipientInput {
            creator_id: zoe,
            code: String::new(),
        }],
    )
    .unwrap();
    // As an older version, a restored backup or another tool may have stored it.
    db.conn()
        .execute(
            "UPDATE creators SET display_name = 'Zoë' || char(8238) || 'fdp.exe' || char(8206)",
            [],
        )
        .unwrap();
    let (name, _) = brief_export::brief_pdf(db.conn(), b.id, Some(zoe)).unwrap();
    assert!(name.ends_with(" - Zoëfdp.exe.pdf"), "{name}");
    assert!(
        !name.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{061C}')),
        "{name:?}"
    );
}
