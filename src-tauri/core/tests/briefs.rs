use shoutout_core::briefs::{self as brief, BriefInput, Milestone, RecipientInput};
use shoutout_core::roster::{self, CreatorInput};
use shoutout_core::settings::brand::{self, Brand, PageSize};
use shoutout_core::{sample, Db};

fn creator(db: &mut Db, name: &str) -> i64 {
    roster::create_creator(
        db,
        &CreatorInput {
            display_name: name.into(),
            ..CreatorInput::default()
        },
    )
    .unwrap()
    .id
}

#[test]
fn briefs_are_saved_listed_searched_duplicated_and_archived() {
    let mut db = Db::open_in_memory().unwrap();
    let [autumn, market] = sample::briefs().try_into().unwrap();
    let a = brief::create_brief(&mut db, &autumn).unwrap();
    let m = brief::create_brief(&mut db, &market).unwrap();
    // Left blank, the disclosure stays blank: the page prints the usual one in the creator's
    // language (see brief_pdf).
    assert_eq!(a.content.disclosure, "");
    assert_eq!(m.content.disclosure, "#gifted at the start of the caption");
    assert_eq!(brief::get(db.conn(), a.id).unwrap(), a);

    let all = brief::list(db.conn(), "", false).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(
        brief::list(db.conn(), "oat latte", false).unwrap()[0].id,
        a.id
    );
    assert_eq!(brief::list(db.conn(), "50%_\\", false).unwrap().len(), 0);

    let copy = brief::duplicate_brief(&mut db, a.id).unwrap();
    assert_eq!(copy.content.campaign, "Copy of Autumn Oat Latte launch");
    assert_eq!(copy.content.goals, a.content.goals);
    assert!(copy.recipients.is_empty());

    brief::set_archived(&mut db, m.id, true).unwrap();
    assert_eq!(brief::list(db.conn(), "", false).unwrap().len(), 2);
    assert_eq!(brief::list(db.conn(), "", true).unwrap()[0].id, m.id);

    let mut edited = autumn.clone();
    edited.campaign = "Winter Oat Latte".into();
    let updated = brief::update_brief(&mut db, a.id, &edited).unwrap();
    assert_eq!(updated.content.campaign, "Winter Oat Latte");
    assert_eq!(
        brief::update_brief(&mut db, 999, &edited)
            .unwrap_err()
            .code(),
        "not_found"
    );
}

#[test]
fn the_timeline_is_checked_and_kept_in_date_order() {
    let input = BriefInput {
        campaign: "Dates".into(),
        timeline: vec![
            Milestone {
                label: "Post".into(),
                when: "2026-12-10".into(),
            },
            Milestone {
                label: "Draft".into(),
                when: "2026-W49".into(),
            },
            Milestone {
                label: String::new(),
                when: String::new(),
            },
            Milestone {
                label: "Concept".into(),
                when: "2026-11-27".into(),
            },
        ],
        ..BriefInput::default()
    };
    let checked = brief::validate(&input).unwrap();
    let labels: Vec<&str> = checked.timeline.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Concept", "Draft", "Post"],
        "week 49 stands for Monday 30 Nov"
    );
    let bad = BriefInput {
        campaign: String::new(),
        timeline: vec![
            Milestone {
                label: "Post".into(),
                when: "2026-13-45".into(),
            },
            Milestone {
                label: "".into(),
                when: "2026-W60".into(),
            },
        ],
        ..BriefInput::default()
    };
    let fields: Vec<String> = brief::validate(&bad)
        .unwrap_err()
        .fields()
        .iter()
        .map(|f| f.field.clone())
        .collect();
    assert_eq!(
        fields,
        [
            "campaign",
            "timeline.0.when",
            "timeline.1.label",
            "timeline.1.when"
        ]
    );
}

#[test]
fn recipients_get_unique_codes_from_their_first_names() {
    let mut db = Db::open_in_memory().unwrap();
    let b = brief::create_brief(&mut db, &sample::briefs()[0]).unwrap();
    let zoe = creator(&mut db, "Zoë Martin");
    let zoe2 = creator(&mut db, "Zoe Berg");
    let li = creator(&mut db, "Li");
    let with = brief::set_recipients(
        &mut db,
        b.id,
        &[
            RecipientInput {
                creator_id: zoe,
                code: String::new(),
            },
            RecipientInput {
                creator_id: zoe2,
                code: String::new(),
            },
            RecipientInput {
                creator_id: li,
                code: "li-vip".into(),
            },
        ],
    )
    .unwrap();
    let codes: Vec<&str> = with.recipients.iter().map(|r| r.code.as_str()).collect();
    assert_eq!(codes, ["ZOE", "ZOE2", "LI-VIP"]);
    assert_eq!(with.recipients[0].display_name, "Zoë Martin");

    let clash = brief::set_recipients(
        &mut db,
        b.id,
        &[
            RecipientInput {
                creator_id: zoe,
                code: "SAME".into(),
            },
            RecipientInput {
                creator_id: li,
                code: "same".into(),
            },
        ],
    )
    .unwrap_err();
    assert_eq!(clash.fields()[0].field, "recipients.1.code");
    let bad = brief::set_recipients(
        &mut db,
        b.id,
        &[RecipientInput {
            creator_id: zoe,
            code: "a b".into(),
        }],
    )
    .unwrap_err();
    assert_eq!(bad.fields()[0].field, "recipients.0.code");
    assert_eq!(
        brief::get(db.conn(), b.id).unwrap().recipients.len(),
        3,
        "a refused change keeps what was there"
    );
    assert_eq!(
        brief::set_recipients(
            &mut db,
            b.id,
            &[RecipientInput {
                creator_id: 999,
                code: String::new()
            }]
        )
        .unwrap_err()
        .code(),
        "not_found"
    );
    assert_eq!(brief::code_from_name("Ángel Núñez"), "ANGEL");
    assert_eq!(brief::code_from_name("<b>"), "BCODE");
}

#[test]
fn the_brand_profile_is_checked_and_kept() {
    let mut db = Db::open_in_memory().unwrap();
    let saved = brand::save(
        &mut db,
        &Brand {
            shop_name: "Café Lumen".into(),
            instagram: "https://instagram.com/CafeLumen/".into(),
            accent_color: "#1a7f5a".into(),
            page_size: PageSize::Letter,
            ..Brand::default()
        },
    )
    .unwrap();
    assert_eq!(
        (
            saved.instagram.as_str(),
            saved.accent_color.as_str(),
            saved.page_size
        ),
        ("cafelumen", "#1A7F5A", PageSize::Letter)
    );
    let err = brand::save(
        &mut db,
        &Brand {
            accent_color: "red".into(),
            contact_email: "nope".into(),
            ..Brand::default()
        },
    )
    .unwrap_err();
    let fields: Vec<&str> = err.fields().iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, ["accent_color", "contact_email"]);
    assert_eq!(
        brand::set_logo(&mut db, b"GIF89a not a png")
            .unwrap_err()
            .fields()[0]
            .field,
        "logo"
    );
    assert!(
        brand::set_logo(&mut db, include_bytes!("../../icons/32x32.png"))
            .unwrap()
            .has_logo
    );
    assert!(!brand::clear_logo(&mut db).unwrap().has_logo);
}
