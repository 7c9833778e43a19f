//! The test SMTP server (`tests/support/smtp_server.py`, Debian's python3-aiosmtpd) started on
//! 127.0.0.1 for one test and stopped when dropped, and what it received.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .find(|p| p.join("tests/support/smtp_server.py").exists())
        .expect("the repository root")
        .to_path_buf()
}

/// The test certificate authority the server's certificate is signed by; a client trusts it
/// through `SSL_CERT_FILE`, as it would a company's own authority.
pub fn test_ca() -> PathBuf {
    repo().join("tests/fixtures/mail/ca.pem")
}

#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `starttls`, `implicit` or `none`.
    pub tls: &'static str,
    pub login: Option<(&'static str, &'static str)>,
    /// Stop listening while accepting this message (counted from 1, across restarts).
    pub stop_after: usize,
    pub refuse: Option<&'static str>,
}

pub struct Server {
    child: Child,
    pub port: u16,
    pub inbox: PathBuf,
}

impl Server {
    /// Starts the server on a free port, saving into `inbox`, and waits until it listens.
    pub fn start(inbox: &Path, options: &Options) -> Server {
        let mut cmd = Command::new("/usr/bin/python3");
        cmd.arg(repo().join("tests/support/smtp_server.py"))
            .arg("--out")
            .arg(inbox)
            .args([
                "--tls",
                if options.tls.is_empty() {
                    "starttls"
                } else {
                    options.tls
                },
            ])
            .args(["--stop-after", &options.stop_after.to_string()]);
        if let Some((user, password)) = options.login {
            cmd.args(["--user", user, "--password", password]);
        }
        if let Some(address) = options.refuse {
            cmd.args(["--refuse", address]);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3-aiosmtpd is installed (scripts/setup.sh --for-tests)");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line
            .strip_prefix("READY ")
            .and_then(|p| p.trim().parse().ok())
            .unwrap_or_else(|| panic!("the test SMTP server did not start: {line:?}"));
        Server {
            child,
            port,
            inbox: inbox.to_path_buf(),
        }
    }

    /// Every message received so far, in order, as the server saved it.
    pub fn messages(&self) -> Vec<Vec<u8>> {
        received(&self.inbox)
    }

    /// The envelope of message `n` (from 1): the sender, then each recipient.
    pub fn envelope(&self, n: usize) -> Vec<String> {
        std::fs::read_to_string(self.inbox.join(format!("{n}.rcpt")))
            .unwrap()
            .lines()
            .map(String::from)
            .collect()
    }
}

pub fn received(inbox: &Path) -> Vec<Vec<u8>> {
    (1..)
        .map(|n| inbox.join(format!("{n}.eml")))
        .take_while(|p| p.exists())
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A received message as Python's MIME parser reads it (`tests/support/read_mail.py`): headers
/// decoded, the text, and each attachment's name, type and bytes.
#[derive(Debug)]
pub struct Read {
    pub from: String,
    pub to: String,
    pub reply_to: String,
    pub subject: String,
    pub message_id: String,
    pub text: String,
    pub files: Vec<(String, String, Vec<u8>)>,
}

pub fn read(message: &[u8]) -> Read {
    let dir = tempfile::tempdir().unwrap();
    let eml = dir.path().join("message.eml");
    std::fs::write(&eml, message).unwrap();
    let out = Command::new("/usr/bin/python3")
        .arg(repo().join("tests/support/read_mail.py"))
        .arg(&eml)
        .arg(dir.path().join("files"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let s = |k: &str| json[k].as_str().unwrap_or_default().to_string();
    Read {
        from: s("from"),
        to: s("to"),
        reply_to: s("reply_to"),
        subject: s("subject"),
        message_id: s("message_id"),
        text: s("text"),
        files: json["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["name"].as_str().unwrap().to_string(),
                    f["type"].as_str().unwrap().to_string(),
                    std::fs::read(f["path"].as_str().unwrap()).unwrap(),
                )
            })
            .collect(),
    }
}
