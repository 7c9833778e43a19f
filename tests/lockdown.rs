//! The app's lock-down, read from its configuration: fails when the Content-Security-Policy or
//! the window's capabilities are loosened.

use serde_json::Value;

fn read_json(path: &str) -> Value {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    serde_json::from_str(&std::fs::read_to_string(&full).unwrap()).unwrap()
}

#[test]
fn the_content_security_policy_allows_no_remote_content_or_eval() {
    let conf = read_json("tauri.conf.json");
    let security = &conf["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    assert_eq!(conf["app"]["withGlobalTauri"], false);
    assert!(
        conf["build"].get("devUrl").is_none(),
        "the app must never load a dev server"
    );
    let csp = security["csp"].as_object().expect("a CSP is set");
    let directive = |name: &str| {
        csp.get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(directive("script-src"), "'self'");
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("base-uri"), "'none'");
    assert_eq!(directive("form-action"), "'none'");
    assert_eq!(directive("frame-ancestors"), "'none'");
    assert_eq!(directive("connect-src"), "ipc: http://ipc.localhost");
    for (name, value) in csp {
        let value = value.as_str().unwrap_or_default();
        assert!(!value.contains("unsafe-eval"), "{name} allows eval");
        assert!(!value.contains('*'), "{name} allows any origin");
        for source in value.split_whitespace() {
            let remote = source.starts_with("http:")
                || source.starts_with("https:")
                || source.starts_with("ws");
            assert!(
                !remote || source == "http://ipc.localhost",
                "{name} allows remote {source}"
            );
        }
        // Svelte components set inline style attributes; scripts are never inline.
        assert!(
            !value.contains("unsafe-inline") || name == "style-src",
            "{name} allows inline code"
        );
    }
}

#[test]
fn the_window_may_call_only_shoutouts_own_commands() {
    let build = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands/names.rs"),
    )
    .unwrap();
    let commands: Vec<String> = build
        .lines()
        .filter_map(|l| {
            l.trim()
                .strip_prefix('"')?
                .strip_suffix("\",")
                .map(|c| format!("allow-{}", c.replace('_', "-")))
        })
        .collect();
    assert!(
        commands.len() > 10,
        "the command list in commands/names.rs was read"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        files += 1;
        let cap: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(
            cap.get("remote").is_none(),
            "{} lets remote pages call the app",
            path.display()
        );
        assert_eq!(cap["windows"], serde_json::json!(["main"]));
        for permission in cap["permissions"].as_array().unwrap() {
            let p = permission
                .as_str()
                .expect("plain permission names, no scopes");
            let allowed = commands.iter().any(|c| c == p)
                || ["core:event:allow-listen", "core:event:allow-unlisten"].contains(&p);
            assert!(allowed, "{} grants {p}", path.display());
        }
    }
    assert_eq!(files, 1);
}
