//! Brief PDF export: one realistic brief (logo and two font faces, warm, in-process) against
//! headless Chromium printing the same brief as an HTML page through WebDriver's print command
//! (what an Electron or web-based tool does), measured side by side; and a batch of 1,000
//! personalized briefs written to a folder. Medians of several runs.
//!
//! `cargo bench -p shoutout-core --bench briefs`; SHOUTOUT_BENCH_SMOKE=1 for a quick check.
//! The reference needs Debian's `chromium` and `chromium-driver`.

mod common;

use std::time::{Duration, Instant};

use common::{ms, percentile, versus};

use shoutout_core::briefs::export as brief_export;
use shoutout_core::briefs::{self as brief, RecipientInput};
use shoutout_core::roster::{self, CreatorInput};
use shoutout_core::settings::brand;
use shoutout_core::{sample, Db};

fn median(mut samples: Vec<Duration>) -> Duration {
    percentile(&mut samples, 0.5)
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The same brief as a web page: what a browser-based tool would print.
fn brief_html(b: &brief::BriefInput, name: &str, shop: &str, logo_png: &[u8]) -> String {
    use base64::Engine;
    let list = |title: &str, items: &[String]| {
        if items.is_empty() {
            return String::new();
        }
        let lis: String = items
            .iter()
            .map(|i| format!("<li>{}</li>", escape(i)))
            .collect();
        format!("<section><h2>{title}</h2><ul>{lis}</ul></section>")
    };
    let timeline: Vec<String> = b
        .timeline
        .iter()
        .map(|m| format!("{} — {}", m.label, m.when))
        .collect();
    format!(
        "<!doctype html><html><head><meta charset=utf-8><style>\
         @page {{ size: A4; margin: 14mm }} body {{ font-family: 'Noto Sans', sans-serif; \
         font-size: 10.5pt; color: #1d1a24 }} header {{ display: flex; gap: 12px; \
         align-items: center; border-bottom: 4px solid #e8554f; padding-bottom: 8px }} \
         header img {{ height: 40px }} h1 {{ font-size: 20pt; margin: 8px 0 }} \
         h2 {{ font-size: 10pt; text-transform: uppercase; color: #e8554f; margin: 10px 0 4px }} \
         .cols {{ columns: 2; column-gap: 18px }} section {{ break-inside: avoid }} \
         ul {{ margin: 0; padding-left: 16px }}</style></head><body>\
         <header><img src='data:image/png;base64,{logo}'><strong>{shop}</strong></header>\
         <h1>{campaign}</h1><p>For {name}</p><p>{summary}</p><div class=cols>{goals}{messaging}\
         <section><h2>Disclosure</h2><p>{disclosure}</p></section>{target}{deliverables}\
         {timeline}<section><h2>Compensation</h2><p>{compensation}</p></section>{dos}{donts}\
         </div></body></html>",
        logo = base64::engine::general_purpose::STANDARD.encode(logo_png),
        shop = escape(shop),
        campaign = escape(&b.campaign),
        name = escape(name),
        summary = escape(&b.summary),
        goals = list("Goals", &b.goals),
        messaging = list("Messaging", &b.messaging),
        disclosure = escape(&b.disclosure),
        target = list("Target audience", &b.target_group),
        deliverables = list("Deliverables", &b.deliverables),
        timeline = list("Timeline", &timeline),
        compensation = escape(&b.compensation),
        dos = list("Do", &b.dos),
        donts = list("Don't", &b.donts),
    )
}

/// Headless Chromium driven by chromedriver, with one page loaded, ready to print.
struct Chromium {
    agent: ureq::Agent,
    base: String,
    session: String,
    driver: std::process::Child,
}

impl Chromium {
    fn start(page: &std::path::Path, profile: &std::path::Path) -> Chromium {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = std::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("chromedriver (apt-get install chromium chromium-driver)");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let caps = serde_json::json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                format!("--user-data-dir={}", profile.display()),
            ]}
        }}});
        let reply: serde_json::Value = agent
            .post(&format!("{base}/session"))
            .send_json(&caps)
            .unwrap()
            .body_mut()
            .read_json()
            .unwrap();
        let session = reply["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no Chromium session: {reply}"))
            .to_string();
        let chromium = Chromium {
            agent,
            base,
            session,
            driver,
        };
        chromium.post(
            "url",
            serde_json::json!({ "url": format!("file://{}", page.display()) }),
        );
        chromium
    }

    fn post(&self, what: &str, body: serde_json::Value) -> serde_json::Value {
        self.agent
            .post(&format!("{}/session/{}/{what}", self.base, self.session))
            .send_json(&body)
            .unwrap()
            .body_mut()
            .read_json()
            .unwrap()
    }

    /// The page printed to PDF, as bytes.
    fn print(&self) -> Vec<u8> {
        use base64::Engine;
        let reply = self.post("print", serde_json::json!({ "shrinkToFit": true }));
        base64::engine::general_purpose::STANDARD
            .decode(reply["value"].as_str().expect("a PDF"))
            .unwrap()
    }
}

impl Drop for Chromium {
    fn drop(&mut self) {
        let _ = self
            .agent
            .delete(&format!("{}/session/{}", self.base, self.session))
            .call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn main() {
    let smoke = std::env::var_os("SHOUTOUT_BENCH_SMOKE").is_some();
    let (runs, batch) = if smoke { (3, 5) } else { (31, 1_000) };
    let dir = tempfile::tempdir().unwrap();
    let mut db = Db::open(&dir.path().join("bench.db")).unwrap();
    brand::save(&mut db, &sample::brand()).unwrap();
    brand::set_logo(&mut db, include_bytes!("../../icons/128x128.png")).unwrap();
    let creators: Vec<i64> = sample::creators(batch, 9)
        .iter()
        .map(|c: &CreatorInput| roster::create_creator(&mut db, c).unwrap().id)
        .collect();
    let b = brief::create_brief(&mut db, &sample::briefs()[0]).unwrap();
    let picks: Vec<RecipientInput> = creators
        .iter()
        .map(|&creator_id| RecipientInput {
            creator_id,
            code: String::new(),
        })
        .collect();
    brief::set_recipients(&mut db, b.id, &picks).unwrap();

    // The same brief for the same creator as a web page, loaded in Chromium once (warm).
    let full = brief::get(db.conn(), b.id).unwrap();
    let zoe = &full.recipients[0];
    let personal = brief::personalize(&full.content, Some(zoe), "Café Lumen");
    let page = dir.path().join("brief.html");
    std::fs::write(
        &page,
        brief_html(
            &personal,
            &zoe.display_name,
            "Café Lumen",
            include_bytes!("../../icons/128x128.png"),
        ),
    )
    .unwrap();
    let chromium = Chromium::start(&page, &dir.path().join("chromium-profile"));
    let printed = chromium.print();
    assert!(printed.starts_with(b"%PDF"));
    // Kept to look at beside ours: the reference must be the same brief, not a blank page.
    let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/pdf-samples");
    std::fs::create_dir_all(&samples).unwrap();
    std::fs::write(samples.join("chromium-reference.pdf"), &printed).unwrap();

    // Warm: fonts parsed, statements prepared. Then ours and Chromium's in turn, each sample a
    // burst of the same export back to back (each side warm in its own caches), per export.
    const BURST: u32 = 5;
    let (_, first) = brief_export::brief_pdf(db.conn(), b.id, Some(zoe.creator_id)).unwrap();
    let (ours, theirs) = versus(
        runs,
        Duration::from_millis(100),
        || {
            for _ in 0..BURST {
                let (_, bytes) =
                    brief_export::brief_pdf(db.conn(), b.id, Some(zoe.creator_id)).unwrap();
                std::hint::black_box(bytes);
            }
        },
        || {
            for _ in 0..BURST {
                std::hint::black_box(chromium.print());
            }
        },
    );
    let per_export = |samples: Vec<Duration>| samples.into_iter().map(|d| d / BURST).collect();
    let (ours, theirs): (Vec<Duration>, Vec<Duration>) = (per_export(ours), per_export(theirs));
    drop(chromium);
    let (one, reference) = (median(ours), median(theirs));
    println!(
        "brief pdf export (one brief, warm, in-process): {:.2} ms median, {} KB ({:.1}x faster than headless Chromium printing it: {:.1} ms, {} KB)",
        ms(one),
        first.len() / 1024,
        reference.as_secs_f64() / one.as_secs_f64(),
        ms(reference),
        printed.len() / 1024
    );

    let jobs = brief_export::jobs(db.conn(), Some(&[b.id])).unwrap();
    let batches: Vec<Duration> = (0..if smoke { 1 } else { 3 })
        .map(|i| {
            let folder = dir.path().join(format!("batch-{i}"));
            let t = Instant::now();
            let summary = brief_export::export_batch(db.conn(), &jobs, &folder, |_, _| {}).unwrap();
            assert_eq!(summary.files.len(), batch);
            t.elapsed()
        })
        .collect();
    let total = median(batches);
    println!(
        "brief pdf batch export ({batch} personalized briefs to a folder): {:.0} ms median ({:.0} PDFs/s; {:.2}x one brief each)",
        ms(total),
        batch as f64 / total.as_secs_f64(),
        total.as_secs_f64() / batch as f64 / one.as_secs_f64()
    );

    language_line(
        &db,
        b.id,
        zoe.creator_id,
        full.recipients[1].creator_id,
        runs,
    );
}

/// A creator who reads German: the page's words come from the German messages, the dates from
/// German month names. Against the same export in English, in turn.
fn language_line(db: &Db, brief_id: i64, english_id: i64, german_id: i64, runs: usize) {
    db.conn()
        .execute(
            "UPDATE creators SET language = 'de' WHERE id = ?1",
            [german_id],
        )
        .unwrap();
    let export = |id: i64| {
        std::hint::black_box(brief_export::brief_pdf(db.conn(), brief_id, Some(id)).unwrap());
    };
    let (english, german) = versus(
        runs,
        Duration::ZERO,
        || export(english_id),
        || export(german_id),
    );
    let (english, german) = (median(english), median(german));
    println!(
        "brief pdf export in the creator's language (German): {:.2} ms median ({:.2}x the same brief in English)",
        ms(german),
        german.as_secs_f64() / english.as_secs_f64()
    );
}
