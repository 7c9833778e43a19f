//! Builds the Tauri context. Capabilities live under `src-tauri/`, and every app command
//! must be granted by name in a capability file: a command the UI does not use stays unreachable.

// The command list, shared with the app (its test checks the handler list, the capability
// and the UI against it).
include!("src/commands/names.rs");

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=src-tauri/src/commands/names.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/*.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
