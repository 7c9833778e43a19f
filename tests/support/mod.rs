//! A small W3C WebDriver client and the harness that runs the real app under Xvfb through
//! `tauri-driver` and `WebKitWebDriver`, each test with its own database file.

// Each end-to-end test binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};

const WAIT: Duration = Duration::from_secs(20);

/// A local port free now and not handed out before in this process: parallel tests each need
/// two, and the kernel may offer a port again as soon as its probe socket is closed.
fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<Vec<u16>> = std::sync::Mutex::new(Vec::new());
    let mut given = GIVEN.lock().unwrap();
    loop {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("no free local port");
        if !given.contains(&port) {
            given.push(port);
            return port;
        }
    }
}

fn require(tool: &str) {
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| dir.join(tool).is_file()))
        .unwrap_or(false);
    assert!(
        found,
        "{tool} is not installed. The end-to-end tests need Xvfb, tauri-driver, WebKitWebDriver \
         and xdotool: run `scripts/test.sh`, which installs them."
    );
}

/// A child started in its own process group by `spawn_group`, killed with everything it
/// started: tauri-driver's WebKitWebDriver would otherwise outlive the test.
struct Killed(Child);

impl Killed {
    fn spawn_group(command: &mut Command) -> std::io::Result<Killed> {
        command.process_group(0).spawn().map(Killed)
    }
}

impl Drop for Killed {
    fn drop(&mut self) {
        // SAFETY: kill(2) with a negative pid signals the group the child leads; no memory is
        // involved.
        unsafe { libc::kill(-(self.0.id() as libc::pid_t), libc::SIGKILL) };
        let _ = self.0.wait();
    }
}

/// The running app, driven over WebDriver.
pub struct App {
    agent: ureq::Agent,
    base: String,
    session: String,
    pub display: String,
    /// The D-Bus session bus the app runs in (its own, as a desktop gives each session one):
    /// a second launch meant to find the first must be started on it.
    pub bus: String,
    shots: PathBuf,
    _driver: Killed,
    _xvfb: Killed,
}

#[derive(Clone, Debug)]
pub struct El(String);

/// Whether X display `n` is free: no lock file, or one left by an Xvfb that is gone (a killed
/// Xvfb cannot remove its lock; Xvfb itself takes over such a stale lock).
fn display_free(n: u32) -> bool {
    match std::fs::read_to_string(format!("/tmp/.X{n}-lock")) {
        Err(_) => true,
        Ok(pid) => !Path::new(&format!("/proc/{}", pid.trim())).exists(),
    }
}

/// A database in `dir` filled by `shoutout sample-data`: sample creators, briefs and deals.
pub fn sample_db(dir: &Path) -> PathBuf {
    sample_db_in(dir, "C.UTF-8")
}

/// As `sample_db`, with the sample written in the language of the POSIX locale `lang`.
pub fn sample_db_in(dir: &Path, lang: &str) -> PathBuf {
    let db = dir.join("shop.db");
    let out = Command::new(env!("CARGO_BIN_EXE_shoutout"))
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .arg("--db")
        .arg(&db)
        .arg("sample-data")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db
}

impl App {
    /// Starts Xvfb, tauri-driver and the debug build of the app on `db`.
    pub fn start(db: &Path, name: &str) -> App {
        App::start_with(db, name, &[])
    }

    /// As `start`, with extra environment for the app (e.g. the desktop's GTK theme).
    pub fn start_with(db: &Path, name: &str, env: &[(&str, &str)]) -> App {
        // As large as a 4K screen, so windows up to that size can be laid out and shot.
        App::start_on_screen(db, name, env, "3840x2160")
    }

    /// As `start_with`, on a screen of the given size (`1024x700`).
    pub fn start_on_screen(db: &Path, name: &str, env: &[(&str, &str)], screen: &str) -> App {
        for tool in [
            "Xvfb",
            "tauri-driver",
            "WebKitWebDriver",
            "xdotool",
            "dbus-run-session",
        ] {
            require(tool);
        }
        // Tests of one binary start at different numbers, so parallel starts do not collide.
        static STARTS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let offset = std::process::id() + 13 * STARTS.fetch_add(1, Ordering::SeqCst);
        let number = (0..50)
            .map(|i| 90 + (offset + i) % 50)
            .find(|n| display_free(*n))
            .expect("no free X display number");
        let display = format!(":{number}");
        // Clear what a killed Xvfb left, so the socket below is the new server's.
        let _ = std::fs::remove_file(format!("/tmp/.X{number}-lock"));
        let _ = std::fs::remove_file(format!("/tmp/.X11-unix/X{number}"));
        let xvfb = Killed::spawn_group(
            Command::new("Xvfb")
                .args([
                    &display,
                    "-screen",
                    "0",
                    &format!("{screen}x24"),
                    "-nolisten",
                    "tcp",
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::null()),
        )
        .expect("Xvfb did not start");
        let socket = format!("/tmp/.X11-unix/X{number}");
        let start = Instant::now();
        while !Path::new(&socket).exists() {
            assert!(start.elapsed() < WAIT, "Xvfb did not open {display}");
            std::thread::sleep(Duration::from_millis(50));
        }

        let port = free_port();
        let native = free_port();
        // What the driver prints, to explain a launch that fails (WebKitWebDriver keeps the
        // app's own output to itself).
        let logs = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-logs");
        std::fs::create_dir_all(&logs).unwrap();
        let log_path = logs.join(format!("{name}-{port}.log"));
        let log = std::fs::File::create(&log_path).unwrap();
        // The driver, and so the app, run inside their own session bus, as on a desktop; the
        // shell writes its address down for the test, then becomes the driver with the test's
        // environment (which may override the bus, to take it away).
        let bus_file = logs.join(format!("{name}-{port}.bus"));
        let _ = std::fs::remove_file(&bus_file);
        let port_arg = port.to_string();
        let native_arg = native.to_string();
        let assignments: Vec<String> = env.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let driver = Killed::spawn_group(
            Command::new("dbus-run-session")
                .args([
                    "--",
                    "sh",
                    "-c",
                    r#"printf '%s' "$DBUS_SESSION_BUS_ADDRESS" > "$1.part" && mv "$1.part" "$1"; shift; exec env "$@""#,
                    "sh",
                ])
                .arg(&bus_file)
                .args(&assignments)
                .args(["tauri-driver", "--port", &port_arg, "--native-port", &native_arg])
                .env("DISPLAY", &display)
                .env("NO_AT_BRIDGE", "1")
                .env("GDK_BACKEND", "x11")
                .stdout(Stdio::from(log.try_clone().unwrap()))
                .stderr(Stdio::from(log)),
        )
        .expect("dbus-run-session did not start");
        let start = Instant::now();
        let bus = loop {
            match std::fs::read_to_string(&bus_file) {
                Ok(address) if !address.is_empty() => break address,
                _ => {
                    assert!(start.elapsed() < WAIT, "no session bus for the driver");
                    std::thread::sleep(Duration::from_millis(20));
                }
            }
        };

        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(90)))
            .build()
            .into();
        let base = format!("http://127.0.0.1:{port}");
        let start = Instant::now();
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(start.elapsed() < WAIT, "tauri-driver did not answer");
            std::thread::sleep(Duration::from_millis(100));
        }
        let caps = json!({"capabilities": {"alwaysMatch": {"tauri:options": {
            "application": env!("CARGO_BIN_EXE_shoutout"),
            "args": ["--db", db.to_str().unwrap()],
        }}}});
        let mut response = agent
            .post(&format!("{base}/session"))
            .send_json(&caps)
            .unwrap_or_else(|e| {
                let printed = std::fs::read_to_string(&log_path).unwrap_or_default();
                panic!("no session: {e}; the driver printed:\n{printed}")
            });
        let body: Value = response.body_mut().read_json().expect("session reply");
        let session = body["value"]["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session: {body}"))
            .to_string();
        let shots = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("target/e2e-screenshots")
            .join(name);
        std::fs::create_dir_all(&shots).unwrap();
        App {
            agent,
            base,
            session,
            display,
            bus,
            shots,
            _driver: driver,
            _xvfb: xvfb,
        }
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let url = format!("{}/session/{}{path}", self.base, self.session);
        let response = match (method, body) {
            ("GET", _) => self.agent.get(&url).call(),
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, body) => self.agent.post(&url).send_json(body.unwrap_or(json!({}))),
        };
        let mut response = response.map_err(|e| e.to_string())?;
        let ok = response.status().is_success();
        let body: Value = response.body_mut().read_json().map_err(|e| e.to_string())?;
        if ok {
            Ok(body["value"].clone())
        } else {
            // The error code says what a bare message may not ("element click intercepted").
            let error = &body["value"];
            Err(format!(
                "{} {}",
                error["error"].as_str().unwrap_or("error"),
                error["message"].as_str().unwrap_or_default()
            ))
        }
    }

    fn must(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        self.call(method, path, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    pub fn find_all(&self, css: &str) -> Vec<El> {
        self.call(
            "POST",
            "/elements",
            Some(json!({"using": "css selector", "value": css})),
        )
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|e| {
            e.as_object()?
                .values()
                .next()?
                .as_str()
                .map(|s| El(s.into()))
        })
        .collect()
    }

    /// Waits for an element to be there, as a person waits for the screen to settle.
    pub fn find(&self, css: &str) -> El {
        self.wait_for(&format!("{css} to appear"), || {
            self.find_all(css).into_iter().next()
        })
    }

    pub fn wait_for<T>(&self, what: &str, mut probe: impl FnMut() -> Option<T>) -> T {
        let start = Instant::now();
        loop {
            if let Some(found) = probe() {
                return found;
            }
            if start.elapsed() > WAIT {
                self.screenshot("timeout");
                panic!("timed out waiting for {what}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn click(&self, css: &str) {
        let el = self.find(css);
        self.click_el(&el);
    }

    /// Clicks once the element has stopped moving, as a person would: a card that arrives late
    /// can push it away between finding it and clicking it. Right after a choice in a list,
    /// WebKit once answered "not interactable" for the next button: that is waited out too.
    pub fn click_el(&self, el: &El) {
        let rect = format!("/element/{}/rect", el.0);
        let mut last = None;
        self.wait_for("the element to stop moving", || {
            std::thread::sleep(Duration::from_millis(100));
            let now = self.call("GET", &rect, None).ok();
            let before = std::mem::replace(&mut last, now.clone());
            (now.is_some() && before == now).then_some(())
        });
        self.must("POST", &format!("/element/{}/click", el.0), Some(json!({})));
    }

    pub fn type_into(&self, css: &str, text: &str) {
        let el = self.find(css);
        // As a person would, brought into view first (a longer language pushes fields down).
        self.script(&format!(
            "document.querySelector('{css}').scrollIntoView({{block: 'center'}})"
        ));
        self.must("POST", &format!("/element/{}/clear", el.0), Some(json!({})));
        // Clearing fires no input event; to leave a field empty, type a space and delete it.
        let keys = if text.is_empty() { " \u{e003}" } else { text };
        self.must(
            "POST",
            &format!("/element/{}/value", el.0),
            Some(json!({"text": keys})),
        );
    }

    /// The text as rendered (innerText). WebKitWebDriver's own text command reports the rows of
    /// the virtual list as not displayed (absolutely placed in a scroller), so it is not used.
    pub fn text_of(&self, el: &El) -> String {
        let element = json!({ "element-6066-11e4-a52e-4f735466cecf": el.0 });
        self.call(
            "POST",
            "/execute/sync",
            Some(json!({"script": "return arguments[0].innerText", "args": [element]})),
        )
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
    }

    pub fn text(&self, css: &str) -> String {
        let el = self.find(css);
        self.text_of(&el)
    }

    pub fn texts(&self, css: &str) -> Vec<String> {
        self.find_all(css).iter().map(|e| self.text_of(e)).collect()
    }

    /// Waits until the elements matching `css` show exactly `expected`, in order.
    pub fn wait_texts(&self, css: &str, expected: &[&str]) {
        let mut last = Vec::new();
        let start = Instant::now();
        while start.elapsed() < WAIT {
            last = self.texts(css);
            if last == expected {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        self.screenshot("timeout");
        panic!("{css} shows {last:?}, expected {expected:?}");
    }

    /// Waits until the first element matching `css` shows exactly `expected`.
    pub fn wait_text(&self, css: &str, expected: &str) {
        self.wait_for(&format!("{css} to show {expected:?}"), || {
            let shown = self.find_all(css).first().map(|e| self.text_of(e));
            (shown.as_deref() == Some(expected)).then_some(())
        });
    }

    /// Chooses an option of a `<select>` by value, as a click on the option would.
    pub fn select(&self, css: &str, value: &str) {
        let option = self.find(&format!("{css} option[value=\"{value}\"]"));
        // An option has no box of its own until its list is in view: a person scrolls to it.
        self.script(&format!(
            "document.querySelector('{css}').scrollIntoView({{block: 'center'}})"
        ));
        self.click_el(&option);
    }

    /// Closes the notifications, which sit over the bottom of the window.
    pub fn dismiss_toasts(&self) {
        for close in self.find_all("[data-testid=toast] button.close") {
            let _ = self.call(
                "POST",
                &format!("/element/{}/click", close.0),
                Some(json!({})),
            );
        }
    }

    /// Sets an input's value as typing would (date inputs differ between engines), firing
    /// the events the page listens to.
    pub fn set_value(&self, css: &str, value: &str) {
        self.find(css);
        self.must(
            "POST",
            "/execute/sync",
            Some(json!({
                "script": "const el = document.querySelector(arguments[0]); el.value = arguments[1]; \
                           el.dispatchEvent(new Event('input', {bubbles: true})); \
                           el.dispatchEvent(new Event('change', {bubbles: true}));",
                "args": [css, value]
            })),
        );
    }

    /// Presses a key chord in the page, as WebDriver key actions (e.g. `["\u{e009}", "k"]`
    /// for Ctrl+K): keys go down in order and come up in reverse.
    pub fn chord(&self, keys: &[&str]) {
        let mut actions: Vec<Value> = keys
            .iter()
            .map(|k| json!({"type": "keyDown", "value": k}))
            .collect();
        actions.extend(
            keys.iter()
                .rev()
                .map(|k| json!({"type": "keyUp", "value": k})),
        );
        self.must(
            "POST",
            "/actions",
            Some(json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})),
        );
    }

    /// What has the keyboard focus: its `data-testid`, or its tag name.
    pub fn focused(&self) -> String {
        self.script(
            "const el = document.activeElement; return el ? (el.dataset.testid || el.tagName) : ''",
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    pub fn script(&self, js: &str) -> Value {
        self.must(
            "POST",
            "/execute/sync",
            Some(json!({"script": js, "args": []})),
        )
    }

    /// Moves and sizes the window (logical pixels), as the user dragging it would.
    pub fn set_window_rect(&self, x: i64, y: i64, width: i64, height: i64) {
        self.must(
            "POST",
            "/window/rect",
            Some(json!({"x": x, "y": y, "width": width, "height": height})),
        );
    }

    /// The window's `(x, y, width, height)`.
    pub fn window_rect(&self) -> (i64, i64, i64, i64) {
        let r = self.must("GET", "/window/rect", None);
        let n = |k: &str| r[k].as_f64().unwrap_or(-1.0).round() as i64;
        (n("x"), n("y"), n("width"), n("height"))
    }

    pub fn screenshot(&self, name: &str) -> PathBuf {
        let path = self.shots.join(format!("{name}.png"));
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).unwrap();
        }
        // After two frames, so the picture shows the page as it is now, not a frame behind (at
        // most a second: a hidden window draws no frames).
        let after_two_frames = "const done = arguments[arguments.length - 1];\
            setTimeout(done, 1000);\
            requestAnimationFrame(() => requestAnimationFrame(done));";
        let _ = self.call(
            "POST",
            "/execute/async",
            Some(json!({"script": after_two_frames, "args": []})),
        );
        if let Ok(data) = self.call("GET", "/screenshot", None) {
            let png = base64::engine::general_purpose::STANDARD
                .decode(data.as_str().unwrap_or_default())
                .unwrap_or_default();
            std::fs::write(&path, png).unwrap();
        }
        path
    }

    /// Types a path into a native (GTK) file dialog, which WebDriver cannot reach: in an
    /// open dialog the location bar (Ctrl+L), in a save dialog the name field. Returns once
    /// `done` holds; if the dialog is still open a few seconds after Enter (GTK was not ready
    /// for the keys), the keys are typed again.
    pub fn answer_file_dialog(&self, title: &str, path: &Path, done: impl Fn() -> bool) {
        self.answer_dialog(title, path, "ctrl+l", done);
    }

    pub fn answer_save_dialog(&self, title: &str, path: &Path, done: impl Fn() -> bool) {
        self.answer_dialog(title, path, "ctrl+a", done);
    }

    fn xdotool(&self, args: &[&str]) -> String {
        let out = Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display)
            .output()
            .expect("xdotool failed");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn dialog_window(&self, title: &str) -> Option<String> {
        self.xdotool(&["search", "--onlyvisible", "--name", title])
            .lines()
            .next()
            .map(str::to_string)
    }

    fn answer_dialog(&self, title: &str, path: &Path, first_key: &str, done: impl Fn() -> bool) {
        for _attempt in 0..4 {
            let window = self.wait_for(&format!("the dialog \u{201c}{title}\u{201d}"), || {
                if done() {
                    return Some(None);
                }
                self.dialog_window(title).map(Some)
            });
            let Some(window) = window else { return };
            self.xdotool(&["windowfocus", "--sync", &window]);
            std::thread::sleep(Duration::from_millis(500));
            // Keys go to the focused window through XTEST; GTK ignores synthetic (--window) events.
            self.xdotool(&["key", first_key]);
            std::thread::sleep(Duration::from_millis(200));
            self.xdotool(&["type", "--delay", "5", path.to_str().unwrap()]);
            std::thread::sleep(Duration::from_millis(300));
            self.xdotool(&["key", "Return"]);
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(4) {
                if done() {
                    return;
                }
                if self.dialog_window(title).is_none() {
                    // The dialog took the path; the app is still at work.
                    self.wait_for("the app to use the chosen file", || done().then_some(()));
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        self.screenshot("dialog");
        panic!("the dialog \u{201c}{title}\u{201d} did not take the path");
    }
}

/// Waits until no app has `db` open any more, so the next launch on it is a new window rather
/// than a nudge to the old one.
pub fn wait_until_closed(db: &Path) {
    let start = Instant::now();
    while Command::new("pgrep")
        .args(["-f", db.to_str().unwrap()])
        .output()
        .is_ok_and(|o| o.status.success())
    {
        assert!(start.elapsed() < WAIT, "the app on {db:?} did not exit");
        std::thread::sleep(Duration::from_millis(100));
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.call("DELETE", "", None);
    }
}
