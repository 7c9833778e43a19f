//! Builds the Tauri context. Capabilities live under `src-tauri/`, and every app command
//! must be granted by name in a capability file: a command the UI does not use stays unreachable.

const COMMANDS: &[&str] = &[
    "app_info",
    "complete_first_run",
    "get_appearance",
    "save_appearance",
    "list_creators",
    "roster_facets",
    "get_creator",
    "create_creator",
    "update_creator",
    "delete_creator",
    "restore_creator",
    "load_sample_roster",
    "pick_import_file",
    "preview_import",
    "commit_import",
    "export_roster",
    "get_brand",
    "save_brand",
    "brand_logo",
    "pick_logo",
    "clear_logo",
    "list_briefs",
    "get_brief",
    "create_brief",
    "update_brief",
    "duplicate_brief",
    "archive_brief",
    "set_brief_recipients",
    "preview_brief",
    "export_brief",
    "export_brief_batch",
    "email_brief",
    "archive_creator",
    "open_link",
    "list_deals",
    "deal_board",
    "deal_campaigns",
    "get_deal",
    "create_deal",
    "update_deal",
    "set_deal_status",
    "delete_deal",
    "restore_deal",
    "deal_from_brief",
    "creator_deals",
    "dashboard",
    "mark_nudged",
    "export_deals",
    "list_backups",
    "backup_now",
    "restore_backup",
    "reveal_data_folder",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("src-tauri/capabilities/*.json")
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build failed");
}
