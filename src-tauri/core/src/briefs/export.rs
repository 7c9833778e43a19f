//! Briefs out of the app: one PDF, a live preview, or a whole campaign into a folder.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

use crate::briefs::handoff::brief_file_name;
use crate::briefs::pdf::{self, BriefPage};
use crate::briefs::{self as brief, BriefInput, Recipient};
use crate::error::{Error, Result};
use crate::roster;
use crate::settings::brand;

/// The recipient as the brief addresses them: from the brief's list if they are on it (with
/// their code), else made up from the roster for a preview.
fn recipient(conn: &Connection, brief_id: Option<i64>, creator_id: i64) -> Result<Recipient> {
    if let Some(r) = brief_id
        .map(|id| brief::recipient(conn, id, creator_id))
        .transpose()?
        .flatten()
    {
        return Ok(r);
    }
    let c = roster::get(conn, creator_id)?;
    Ok(Recipient {
        creator_id,
        handle: c
            .main_handle()
            .map(|h| format!("@{}", h.handle))
            .unwrap_or_default(),
        email: c.email.clone(),
        code: brief::code_from_name(&c.display_name),
        display_name: c.display_name,
        language: c.language,
    })
}

fn render(
    conn: &Connection,
    content: &BriefInput,
    who: Option<&Recipient>,
) -> Result<(String, pdf::Rendered)> {
    let brand = brand::get(conn)?;
    let personal = brief::personalize(content, who, &brand.brand.shop_name);
    let file_name = brief_file_name(&content.campaign, who.map(|r| r.display_name.as_str()));
    let title = file_name.trim_end_matches(".pdf").to_string();
    let page = BriefPage {
        brief: &personal,
        recipient: who,
        brand: &brand,
        today: crate::files::today(),
        lang: who.and_then(|r| r.language).unwrap_or(brand.brand.language),
    };
    Ok((file_name, pdf::render(&page, &title)?))
}

/// The page as SVG for the editor, from what is typed (not yet saved).
pub fn preview_svg(
    conn: &Connection,
    input: &BriefInput,
    brief_id: Option<i64>,
    creator_id: Option<i64>,
) -> Result<String> {
    let content = brief::validate(input)?;
    let who = creator_id
        .map(|id| recipient(conn, brief_id, id))
        .transpose()?;
    Ok(render(conn, &content, who.as_ref())?.1.svg())
}

/// A saved brief for one creator on it (or, without one, with the placeholders shown).
pub fn brief_pdf(
    conn: &Connection,
    brief_id: i64,
    creator_id: Option<i64>,
) -> Result<(String, Vec<u8>)> {
    let brief = brief::get_without_recipients(conn, brief_id)?;
    let who = match creator_id {
        Some(id) => Some(brief::recipient(conn, brief_id, id)?.ok_or_else(|| {
            Error::Conflict(crate::i18n::msg::error_not_on_brief(crate::i18n::owner()))
        })?),
        None => None,
    };
    let (name, rendered) = render(conn, &brief.content, who.as_ref())?;
    Ok((name, rendered.pdf()))
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BatchProblem {
    pub campaign: String,
    pub creator: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BatchSummary {
    pub folder: String,
    pub files: Vec<String>,
    pub problems: Vec<BatchProblem>,
}

/// Every (brief, creator) pair to export: the given briefs, or all that are not archived.
pub fn jobs(conn: &Connection, brief_ids: Option<&[i64]>) -> Result<Vec<(i64, i64)>> {
    let ids: Vec<i64> = match brief_ids {
        Some(ids) => ids.to_vec(),
        None => brief::list(conn, "", false)?
            .into_iter()
            .map(|b| b.id)
            .collect(),
    };
    let mut jobs = Vec::new();
    for id in ids {
        for r in brief::get(conn, id)?.recipients {
            jobs.push((id, r.creator_id));
        }
    }
    Ok(jobs)
}

/// One PDF per job into `folder`; a brief that cannot be made is reported, the rest go on.
pub fn export_batch(
    conn: &Connection,
    jobs: &[(i64, i64)],
    folder: &Path,
    mut progress: impl FnMut(usize, usize),
) -> Result<BatchSummary> {
    std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, e))?;
    let mut summary = BatchSummary {
        folder: folder.display().to_string(),
        files: Vec::new(),
        problems: Vec::new(),
    };
    for (done, (brief_id, creator_id)) in jobs.iter().enumerate() {
        match brief_pdf(conn, *brief_id, Some(*creator_id)) {
            Ok((name, bytes)) => {
                let path = unique_path(folder, &name, &summary.files);
                crate::files::write_file(&path, &bytes)?;
                summary.files.push(
                    path.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
            Err(e) => {
                let campaign = brief::get(conn, *brief_id)
                    .map(|b| b.content.campaign)
                    .unwrap_or_default();
                let creator = roster::get(conn, *creator_id)
                    .map(|c| c.display_name)
                    .unwrap_or_default();
                let reason = match &e {
                    Error::Invalid(fields) => fields
                        .iter()
                        .map(|f| f.message.clone())
                        .collect::<Vec<_>>()
                        .join(" "),
                    other => other.to_string(),
                };
                summary.problems.push(BatchProblem {
                    campaign,
                    creator,
                    reason,
                });
            }
        }
        progress(done + 1, jobs.len());
    }
    Ok(summary)
}

/// Two creators with the same name in one export get `(2)`, `(3)`… rather than overwriting.
fn unique_path(folder: &Path, name: &str, taken: &[String]) -> PathBuf {
    let stem = name.trim_end_matches(".pdf");
    let mut candidate = name.to_string();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{stem} ({n}).pdf");
        n += 1;
    }
    folder.join(candidate)
}
