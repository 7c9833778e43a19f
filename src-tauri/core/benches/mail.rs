//! Sending personalized briefs: 100 creators each get their own message with their own PDF
//! through a real SMTP server on 127.0.0.1 (python3-aiosmtpd, STARTTLS, a login), queued in
//! the outbox and delivered as the app does; against sending the same messages without
//! attachments through the same server in the same run. Medians of several runs.
//!
//! `cargo bench -p shoutout-core --bench mail`; SHOUTOUT_BENCH_SMOKE=1 for a quick check.

mod common;
#[path = "../tests/common/smtp.rs"]
#[allow(dead_code)]
mod smtp;

use std::time::Duration;

use chrono::Utc;
use common::{ms, percentile, versus};
use shoutout_core::briefs::{self as brief, RecipientInput};
use shoutout_core::mail::{self, brief::Wording, outbox, Mailbox, Security};
use shoutout_core::roster::{self, CreatorInput};
use shoutout_core::settings::brand;
use shoutout_core::{sample, Db};

const LOGIN: (&str, &str) = ("lina@cafelumen.example", "bench-password");

fn main() {
    let smoke = std::env::var_os("SHOUTOUT_BENCH_SMOKE").is_some();
    let (runs, count) = if smoke { (1, 5) } else { (5, 100) };
    std::env::set_var("SSL_CERT_FILE", smtp::test_ca());
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("bench.db")).unwrap();
    brand::save(&mut db, &sample::brand()).unwrap();
    let picks: Vec<RecipientInput> = sample::creators(count, 5)
        .iter()
        .enumerate()
        .map(|(i, c): (usize, &CreatorInput)| {
            let mut c = c.clone();
            c.email = format!("creator{i}@example.com");
            RecipientInput {
                creator_id: roster::create_creator(&mut db, &c).unwrap().id,
                code: String::new(),
            }
        })
        .collect();
    let b = brief::create_brief(&mut db, &sample::briefs()[0]).unwrap();
    brief::set_recipients(&mut db, b.id, &picks).unwrap();

    let server = smtp::Server::start(
        &dir.path().join("inbox"),
        &smtp::Options {
            tls: "starttls",
            login: Some(LOGIN),
            ..smtp::Options::default()
        },
    );
    let mailbox = Mailbox {
        preset: "other".into(),
        host: "localhost".into(),
        port: server.port,
        security: Security::Starttls,
        from_address: LOGIN.0.into(),
        from_name: String::new(),
        user_name: String::new(),
    };
    let sender = mail::Sender::new(&mailbox, Some(LOGIN.1), "Café Lumen").unwrap();
    // Ours: each creator's PDF made, the messages queued and delivered. The reference: the same
    // messages, text only, straight to the same server.
    let plain: Vec<mail::Outgoing> =
        mail::brief::prepare(db.conn(), b.id, None, &Wording::default())
            .unwrap()
            .into_iter()
            .map(|p| mail::Outgoing {
                files: Vec::new(),
                ..p.message.unwrap().message
            })
            .collect();
    let (ours, bare) = versus(
        runs,
        Duration::from_millis(200),
        || {
            let queued: Vec<mail::Queued> =
                mail::brief::prepare(db.conn(), b.id, None, &Wording::default())
                    .unwrap()
                    .into_iter()
                    .map(|p| p.message.unwrap())
                    .collect();
            let ids = outbox::queue(&mut db, &queued, mail::Via::Smtp, Utc::now()).unwrap();
            let done = outbox::deliver(&mut db, &sender, &ids, Utc::now, |_| {}).unwrap();
            assert!(done.iter().all(|d| d.result.is_ok()));
        },
        || {
            for m in &plain {
                sender.send(m).unwrap();
            }
        },
    );
    let received = server.messages();
    assert_eq!(received.len(), 2 * runs * count);
    let size: usize = received.iter().take(count).map(Vec::len).sum();
    let (ours, bare) = (
        percentile(&mut ours.clone(), 0.5),
        percentile(&mut bare.clone(), 0.5),
    );
    let rate = |d: Duration| count as f64 / d.as_secs_f64();
    println!(
        "send briefs ({count} personalized PDFs attached, STARTTLS to a local server): {:.0} ms median, {:.1} messages/s, {} KB each ({:.2}x the same messages without attachments: {:.1} messages/s)",
        ms(ours),
        rate(ours),
        size / count / 1024,
        ours.as_secs_f64() / bare.as_secs_f64(),
        rate(bare)
    );
}
