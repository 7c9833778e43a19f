//! Briefs sent for real: through a real SMTP server on 127.0.0.1 (python3-aiosmtpd) over
//! STARTTLS and TLS with a test certificate authority and a login; each message read back with
//! Python's MIME parser, its attachment compared byte for byte with the PDF queued.

mod common;

use chrono::{Duration, Utc};
use common::smtp::{self, Options, Server};
use shoutout_core::briefs as brief;
use shoutout_core::i18n::{self, Lang};
use shoutout_core::mail::{self, brief::Wording, outbox, Failure, Mailbox, Security, State};
use shoutout_core::roster::{self, RosterQuery};
use shoutout_core::sample::load_sample_roster;
use shoutout_core::Db;

const LOGIN: (&str, &str) = ("lina@cafelumen.example", "app-password-1");

/// A sample shop, and its brief with the most creators on it, and two more (four in all).
fn shop() -> (Db, i64) {
    static CA: std::sync::Once = std::sync::Once::new();
    // The system's trust store, as rustls-native-certs reads it, is the test authority here.
    CA.call_once(|| std::env::set_var("SSL_CERT_FILE", smtp::test_ca()));
    i18n::set_owner(Lang::En);
    let mut db = Db::open_in_memory().unwrap();
    load_sample_roster(&mut db, common::today()).unwrap();
    let id = brief::list(db.conn(), "", false)
        .unwrap()
        .into_iter()
        .max_by_key(|b| b.recipients)
        .unwrap()
        .id;
    let on_brief = brief::get(db.conn(), id).unwrap().recipients;
    let mut everyone: Vec<brief::RecipientInput> = on_brief
        .iter()
        .map(|r| brief::RecipientInput {
            creator_id: r.creator_id,
            code: r.code.clone(),
        })
        .collect();
    let page = roster::query(
        db.conn(),
        &RosterQuery {
            limit: 100,
            ..RosterQuery::default()
        },
    )
    .unwrap();
    everyone.extend(
        page.rows
            .iter()
            .filter(|c| !c.email.is_empty() && on_brief.iter().all(|r| r.creator_id != c.id))
            .take(4 - on_brief.len())
            .map(|c| brief::RecipientInput {
                creator_id: c.id,
                code: String::new(),
            }),
    );
    brief::set_recipients(&mut db, id, &everyone).unwrap();
    (db, id)
}

/// The test server over `tls`, wanting the shop's login.
fn with_login(inbox: &std::path::Path, tls: &'static str) -> Server {
    Server::start(
        inbox,
        &Options {
            tls,
            login: Some(LOGIN),
            ..Options::default()
        },
    )
}

fn mailbox(server: &Server, security: Security) -> Mailbox {
    Mailbox {
        preset: "other".into(),
        host: "localhost".into(),
        port: server.port,
        security,
        from_address: LOGIN.0.into(),
        from_name: String::new(),
        user_name: String::new(),
    }
}

/// Queues the brief for `only` (or everyone on it) and returns the ids and the messages.
fn queue(db: &mut Db, brief_id: i64, only: Option<i64>) -> (Vec<i64>, Vec<mail::Queued>) {
    let queued: Vec<mail::Queued> =
        mail::brief::prepare(db.conn(), brief_id, only, &Wording::default())
            .unwrap()
            .into_iter()
            .map(|p| p.message.unwrap())
            .collect();
    let ids = outbox::queue(db, &queued, mail::Via::Smtp, Utc::now()).unwrap();
    (ids, queued)
}

fn deliver(db: &mut Db, sender: &mail::Sender, ids: &[i64]) -> Vec<Result<(), Failure>> {
    outbox::deliver(db, sender, ids, Utc::now, |_| {})
        .unwrap()
        .into_iter()
        .map(|d| d.result)
        .collect()
}

#[test]
fn a_brief_goes_out_over_starttls_with_its_pdf_attached_byte_for_byte() {
    let (mut db, brief_id) = shop();
    let inbox = tempfile::tempdir().unwrap();
    let server = with_login(inbox.path(), "starttls");
    let mb = mail::mailbox::save(&mut db, &mailbox(&server, Security::Starttls), true).unwrap();
    let sender = mail::Sender::new(&mb, Some(LOGIN.1), "Café Lumen").unwrap();
    sender.check().unwrap();
    let mut creator = brief::get(db.conn(), brief_id).unwrap().recipients[0].clone();
    // A name and a subject beyond ASCII, encoded on the way and decoded by the reader.
    creator.display_name = "Zoë Ångström-Núñez".into();
    let (ids, queued) = queue(&mut db, brief_id, Some(creator.creator_id));
    let mut out = queued[0].message.clone();
    out.to_name = creator.display_name.clone();
    out.subject = format!("{} — Café d’automne ☕", out.subject);
    db.conn()
        .execute(
            "UPDATE messages SET to_name = ?2, subject = ?3 WHERE id = ?1",
            rusqlite::params![ids[0], out.to_name, out.subject],
        )
        .unwrap();
    assert_eq!(deliver(&mut db, &sender, &ids), [Ok(())]);

    let received = server.messages();
    assert_eq!(received.len(), 1);
    let head = received[0]
        .split(|b| *b == b'\n')
        .take_while(|l| l.len() > 1);
    assert!(
        head.flatten().all(|b| b.is_ascii()),
        "every header is ASCII on the wire (RFC 2047 encoded)"
    );
    let read = smtp::read(&received[0]);
    assert_eq!(read.subject, out.subject);
    assert_eq!(read.to, format!("{} <{}>", out.to_name, out.to_address));
    assert_eq!(read.from, format!("Café Lumen <{}>", LOGIN.0));
    assert_eq!(read.reply_to, read.from);
    assert!(read.message_id.contains('@'), "{}", read.message_id);
    assert_eq!(
        read.text.replace("\r\n", "\n").trim_end(),
        out.body.trim_end()
    );
    let (name, bytes) = &out.files[0];
    assert_eq!(read.files.len(), 1);
    assert_eq!(&read.files[0].0, name);
    assert_eq!(read.files[0].1, "application/pdf");
    assert!(
        read.files[0].2 == *bytes,
        "the attachment is the PDF queued, byte for byte"
    );
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(
        server.envelope(1),
        [LOGIN.0.to_string(), out.to_address.clone()]
    );

    // The record: sent, with the file's name and size; its bytes are not kept after.
    let record = &outbox::list(db.conn(), mail::Listing::Brief(brief_id)).unwrap()[0];
    assert_eq!(record.state, State::Sent);
    assert_eq!(record.creator_id, Some(creator.creator_id));
    assert_eq!(record.files[0].name, *name);
    assert_eq!(record.files[0].size, bytes.len() as i64);
    assert!(record.sent_at.is_some());
    let kept: Option<Vec<u8>> = db
        .conn()
        .query_row("SELECT content FROM message_files", [], |r| r.get(0))
        .unwrap();
    assert_eq!(kept, None);
    assert_eq!(
        outbox::list(db.conn(), mail::Listing::Creator(creator.creator_id)).unwrap(),
        std::slice::from_ref(record)
    );
}

#[test]
fn implicit_tls_with_a_login_sends_to_everyone_on_the_brief() {
    let (mut db, brief_id) = shop();
    let inbox = tempfile::tempdir().unwrap();
    let server = with_login(inbox.path(), "implicit");
    let mb = mailbox(&server, Security::Implicit);
    let sender = mail::Sender::new(&mb, Some(LOGIN.1), "Café Lumen").unwrap();
    let (ids, queued) = queue(&mut db, brief_id, None);
    assert_eq!(ids.len(), 4);
    assert!(deliver(&mut db, &sender, &ids).iter().all(Result::is_ok));
    let received: Vec<smtp::Read> = server.messages().iter().map(|m| smtp::read(m)).collect();
    assert_eq!(received.len(), ids.len());
    for (read, q) in received.iter().zip(&queued) {
        assert!(read.to.ends_with(&format!("<{}>", q.message.to_address)));
        assert!(
            read.files[0].2 == q.message.files[0].1,
            "each creator gets their own PDF"
        );
    }
    assert!(received[0].files[0].2 != received[1].files[0].2);
}

#[test]
fn a_wrong_password_is_said_plainly_and_not_tried_again() {
    let (mut db, brief_id) = shop();
    let inbox = tempfile::tempdir().unwrap();
    let server = with_login(inbox.path(), "starttls");
    let sender =
        mail::Sender::new(&mailbox(&server, Security::Starttls), Some("wrong"), "").unwrap();
    let checked = sender.check();
    assert!(matches!(checked, Err(Failure::Password(_))), "{checked:?}");
    let (ids, _) = queue(&mut db, brief_id, None);
    let results = deliver(&mut db, &sender, &ids);
    let Err(Failure::Password(text)) = &results[0] else {
        panic!("{results:?}")
    };
    assert!(
        text.starts_with("The mail server refused the user name or password."),
        "{text}"
    );
    assert!(
        results.iter().all(|r| r == &results[0]),
        "the rest are not tried"
    );
    assert!(server.messages().is_empty());
    let records = outbox::list(db.conn(), mail::Listing::Brief(brief_id)).unwrap();
    assert!(records
        .iter()
        .all(|m| m.state == State::Failed && m.last_error == *text));
    assert!(outbox::due(db.conn(), Utc::now() + Duration::days(1))
        .unwrap()
        .is_empty());
    // Sent again once the password is right.
    outbox::retry(&mut db, ids[0], Utc::now()).unwrap();
    let right =
        mail::Sender::new(&mailbox(&server, Security::Starttls), Some(LOGIN.1), "").unwrap();
    let due = outbox::due(db.conn(), Utc::now()).unwrap();
    assert_eq!(due, [ids[0]]);
    assert_eq!(deliver(&mut db, &right, &due), [Ok(())]);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn a_refused_address_fails_that_message_only() {
    let (mut db, brief_id) = shop();
    let first = brief::get(db.conn(), brief_id).unwrap().recipients[0]
        .email
        .clone();
    let inbox = tempfile::tempdir().unwrap();
    let refuse: &'static str = Box::leak(first.into_boxed_str());
    let server = Server::start(
        inbox.path(),
        &Options {
            tls: "starttls",
            refuse: Some(refuse),
            ..Options::default()
        },
    );
    let sender = mail::Sender::new(&mailbox(&server, Security::Starttls), None, "").unwrap();
    let (ids, _) = queue(&mut db, brief_id, None);
    let results = deliver(&mut db, &sender, &ids);
    let Err(Failure::Refused(text)) = &results[0] else {
        panic!("{results:?}")
    };
    assert!(text.contains(refuse) && text.contains("550"), "{text}");
    assert!(results[1..].iter().all(Result::is_ok));
    assert_eq!(server.messages().len(), ids.len() - 1);
}

#[test]
fn the_server_gone_mid_batch_leaves_the_rest_waiting_until_it_is_back() {
    let (mut db, brief_id) = shop();
    let inbox = tempfile::tempdir().unwrap();
    let options = Options {
        tls: "starttls",
        login: Some(LOGIN),
        stop_after: 2,
        ..Options::default()
    };
    let server = Server::start(inbox.path(), &options);
    let mb = mailbox(&server, Security::Starttls);
    let sender = mail::Sender::new(&mb, Some(LOGIN.1), "").unwrap();
    let (ids, queued) = queue(&mut db, brief_id, None);
    let start = Utc::now();
    let results = deliver(&mut db, &sender, &ids);
    assert_eq!(results[..2], [Ok(()), Ok(())]);
    assert!(
        results[2..]
            .iter()
            .all(|r| matches!(r, Err(Failure::Passing(_)))),
        "{results:?}"
    );
    let waiting = outbox::list(db.conn(), mail::Listing::Outbox).unwrap();
    assert_eq!(waiting.iter().map(|m| m.id).collect::<Vec<_>>(), ids[2..]);
    assert!(waiting
        .iter()
        .all(|m| m.attempts == 1 && !m.last_error.is_empty()));
    // Tried again after a minute, not before.
    assert!(outbox::due(db.conn(), start).unwrap().is_empty());
    let later = Utc::now() + Duration::seconds(61);
    assert_eq!(outbox::due(db.conn(), later).unwrap(), ids[2..]);
    // Still away: the wait doubles.
    let results = deliver(&mut db, &sender, &ids[2..3]);
    assert!(matches!(results[0], Err(Failure::Passing(_))));
    assert!(outbox::due(db.conn(), later).unwrap() == ids[3..]);
    drop(server);

    // Back on another free port (asking for the old one could race other tests for it).
    let back = Server::start(
        inbox.path(),
        &Options {
            stop_after: 0,
            ..options
        },
    );
    let sender = mail::Sender::new(&mailbox(&back, Security::Starttls), Some(LOGIN.1), "").unwrap();
    let due = outbox::due(db.conn(), Utc::now() + Duration::hours(2)).unwrap();
    assert_eq!(due, ids[2..]);
    assert!(deliver(&mut db, &sender, &due).iter().all(Result::is_ok));
    assert!(outbox::list(db.conn(), mail::Listing::Outbox)
        .unwrap()
        .is_empty());
    let to: Vec<String> = back.messages().iter().map(|m| smtp::read(m).to).collect();
    assert_eq!(
        to.len(),
        queued.len(),
        "every creator got exactly one message"
    );
    for q in &queued {
        let address = format!("<{}>", q.message.to_address);
        assert_eq!(
            to.iter().filter(|t| t.ends_with(&address)).count(),
            1,
            "{address}"
        );
    }
}

#[test]
fn a_plain_connection_only_to_this_computer_and_cancelling_a_waiting_message() {
    let (mut db, brief_id) = shop();
    let inbox = tempfile::tempdir().unwrap();
    let server = Server::start(
        inbox.path(),
        &Options {
            tls: "none",
            ..Options::default()
        },
    );
    let local = mailbox(&server, Security::None);
    assert!(
        mail::Sender::new(&local, Some("pw"), "").is_err(),
        "never a password in plain"
    );
    let remote = Mailbox {
        host: "smtp.example.com".into(),
        ..local.clone()
    };
    assert!(mail::Sender::new(&remote, None, "").is_err());
    let sender = mail::Sender::new(&local, None, "").unwrap();
    let (ids, _) = queue(&mut db, brief_id, None);
    outbox::cancel(&mut db, ids[0]).unwrap();
    assert!(outbox::cancel(&mut db, ids[0]).is_err());
    assert_eq!(outbox::due(db.conn(), Utc::now()).unwrap(), ids[1..]);
    // Handed the whole batch, the sender skips the cancelled message.
    let results = deliver(&mut db, &sender, &ids);
    assert_eq!(results.len(), ids.len() - 1);
    assert!(results.iter().all(Result::is_ok));
    assert_eq!(server.messages().len(), ids.len() - 1);
    let records = outbox::list(db.conn(), mail::Listing::Brief(brief_id)).unwrap();
    let cancelled = records.iter().find(|m| m.id == ids[0]).unwrap();
    assert_eq!(cancelled.state, State::Cancelled);
}
