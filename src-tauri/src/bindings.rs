//! The UI's TypeScript types, generated from the Rust types. `ui/src/lib/bindings.ts` is
//! checked in; the test below fails when it is stale (run with SHOUTOUT_UPDATE_BINDINGS=1 to
//! rewrite it).

#[cfg(test)]
mod tests {
    use serde_json::json;
    use shoutout_core::briefs::export::*;
    use shoutout_core::briefs::handoff::*;
    use shoutout_core::briefs::*;
    use shoutout_core::deals::*;
    use shoutout_core::home::*;
    use shoutout_core::i18n::Lang;
    use shoutout_core::roster::*;
    use shoutout_core::settings::brand::*;
    use shoutout_core::settings::prefs::{Appearance, FirstRun, Theme};
    use shoutout_core::FieldError;
    use ts_rs::{Config, TS};

    use crate::commands::app::AppInfo;
    use crate::commands::backup::Backups;
    use crate::commands::briefs::{EmailHandoff, ExportedBrief};
    use crate::commands::deals::DealExport;
    use crate::commands::roster::ImportSession;
    use crate::commands::{ExportResult, Progress};
    use crate::error::ErrorPayload;
    use shoutout_core::storage::backup::{BackupFile, BackupKind};

    fn generate() -> String {
        let cfg = Config::new().with_large_int("number");
        let decls = [
            Lang::decl(&cfg),
            Platform::decl(&cfg),
            Status::decl(&cfg),
            Tier::decl(&cfg),
            SortKey::decl(&cfg),
            Handle::decl(&cfg),
            HandleInput::decl(&cfg),
            CreatorInput::decl(&cfg),
            Creator::decl(&cfg),
            RosterQuery::decl(&cfg),
            RosterPage::decl(&cfg),
            Facets::decl(&cfg),
            FieldError::decl(&cfg),
            ErrorPayload::decl(&cfg),
            ImportField::decl(&cfg),
            DuplicatePolicy::decl(&cfg),
            RowProblem::decl(&cfg),
            DuplicateRow::decl(&cfg),
            TopRow::decl(&cfg),
            ImportPreview::decl(&cfg),
            ImportReport::decl(&cfg),
            ImportSession::decl(&cfg),
            Progress::decl(&cfg),
            ExportResult::decl(&cfg),
            AppInfo::decl(&cfg),
            PageSize::decl(&cfg),
            DateStyle::decl(&cfg),
            Brand::decl(&cfg),
            Milestone::decl(&cfg),
            BriefInput::decl(&cfg),
            Recipient::decl(&cfg),
            Brief::decl(&cfg),
            BriefSummary::decl(&cfg),
            RecipientInput::decl(&cfg),
            BatchProblem::decl(&cfg),
            BatchSummary::decl(&cfg),
            EmailDraft::decl(&cfg),
            ExportedBrief::decl(&cfg),
            EmailHandoff::decl(&cfg),
            DealKind::decl(&cfg),
            DealStatus::decl(&cfg),
            ItemInput::decl(&cfg),
            DeliverableInput::decl(&cfg),
            ResultsInput::decl(&cfg),
            DealInput::decl(&cfg),
            Item::decl(&cfg),
            Deliverable::decl(&cfg),
            Results::decl(&cfg),
            Figures::decl(&cfg),
            HistoryEntry::decl(&cfg),
            Deal::decl(&cfg),
            DealSort::decl(&cfg),
            DealQuery::decl(&cfg),
            DealRow::decl(&cfg),
            DealPage::decl(&cfg),
            BoardColumn::decl(&cfg),
            ResultTotals::decl(&cfg),
            Feedback::decl(&cfg),
            CreatorDeals::decl(&cfg),
            Nudge::decl(&cfg),
            DueItem::decl(&cfg),
            StatusCount::decl(&cfg),
            ValueGiven::decl(&cfg),
            MonthValue::decl(&cfg),
            CampaignResult::decl(&cfg),
            CreatorReturn::decl(&cfg),
            Dashboard::decl(&cfg),
            DealExport::decl(&cfg),
            BackupKind::decl(&cfg),
            BackupFile::decl(&cfg),
            Backups::decl(&cfg),
            Theme::decl(&cfg),
            Appearance::decl(&cfg),
            FirstRun::decl(&cfg),
        ];
        let mut out = String::from(
            "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit.\n",
        );
        for decl in decls {
            out.push_str("\nexport ");
            out.push_str(&decl);
            out.push('\n');
        }
        out.push_str(&facts());
        out
    }

    /// The value lists and the deal status flow as the backend has them, so the UI never keeps a
    /// copy (their names are messages: `status-active`).
    fn facts() -> String {
        let deal_statuses = DealStatus::ALL;
        [
            list("PLATFORMS", "Platform", &Platform::ALL, |p| p.as_str()),
            list("STATUSES", "Status", &Status::ALL, |s| s.as_str()),
            list("TIERS", "Tier", &Tier::ALL, |t| t.as_str()),
            list("KINDS", "DealKind", &DealKind::ALL, |k| k.as_str()),
            list("DEAL_STATUSES", "DealStatus", &deal_statuses, |s| {
                s.as_str()
            }),
            table("DEAL_NEXT", "DealStatus", &deal_statuses, |s| {
                (
                    s.as_str(),
                    json!(s.next().iter().map(|n| n.as_str()).collect::<Vec<_>>()),
                )
            }),
            table("DEAL_IS_OPEN", "DealStatus", &deal_statuses, |s| {
                (s.as_str(), json!(s.is_open()))
            }),
        ]
        .concat()
    }

    /// `export const NAME: Ty[] = [...];`
    fn list<T: Copy>(name: &str, ty: &str, all: &[T], key: impl Fn(T) -> &'static str) -> String {
        let keys: Vec<&str> = all.iter().map(|&v| key(v)).collect();
        format!("\nexport const {name}: {ty}[] = {};\n", json!(keys))
    }

    /// `export const NAME: Record<Ty, …> = {...};`, one entry per value in `all`'s order.
    fn table<T: Copy>(
        name: &str,
        ty: &str,
        all: &[T],
        entry: impl Fn(T) -> (&'static str, serde_json::Value),
    ) -> String {
        let entries: Vec<String> = all
            .iter()
            .map(|&v| {
                let (key, value) = entry(v);
                format!("  {key}: {value},")
            })
            .collect();
        let value_ty = match entry(all[0]).1 {
            serde_json::Value::Bool(_) => "boolean".to_string(),
            serde_json::Value::Array(_) => format!("{ty}[]"),
            _ => "string".to_string(),
        };
        format!(
            "\nexport const {name}: Record<{ty}, {value_ty}> = {{\n{}\n}};\n",
            entries.join("\n")
        )
    }

    #[test]
    fn ui_types_match_the_rust_types() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/lib/bindings.ts");
        let fresh = generate();
        if std::env::var_os("SHOUTOUT_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            current == fresh,
            "{} is stale: run `SHOUTOUT_UPDATE_BINDINGS=1 cargo test bindings`",
            path.display()
        );
    }
}
