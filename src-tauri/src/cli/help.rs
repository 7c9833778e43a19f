//! `shoutout --help`, in the owner's language: each command's usage and what it does, the
//! description wrapped beside or under it.

use shoutout_core::i18n::{msg, Lang};

/// Where descriptions start, and how wide the help is.
const COLUMN: usize = 24;
const WIDTH: usize = 92;

type Text = fn(Lang) -> String;

const COMMANDS: [(Text, Text); 15] = [
    (
        msg::cli_help_import_roster_usage,
        msg::cli_help_import_roster,
    ),
    (
        msg::cli_help_export_roster_usage,
        msg::cli_help_export_roster,
    ),
    (msg::cli_help_export_brief_usage, msg::cli_help_export_brief),
    (
        msg::cli_help_export_brief_all_usage,
        msg::cli_help_export_brief_all,
    ),
    (msg::cli_help_export_deals_usage, msg::cli_help_export_deals),
    (msg::cli_help_export_gifts_usage, msg::cli_help_export_gifts),
    (msg::cli_help_backup_usage, msg::cli_help_backup),
    (msg::cli_help_restore_usage, msg::cli_help_restore),
    (msg::cli_help_export_all_usage, msg::cli_help_export_all),
    (msg::cli_help_import_all_usage, msg::cli_help_import_all),
    (msg::cli_help_sample_data_usage, msg::cli_help_sample_data),
    (msg::cli_help_mailbox_usage, msg::cli_help_mailbox),
    (msg::cli_help_send_brief_usage, msg::cli_help_send_brief),
    (
        msg::cli_help_send_brief_all_usage,
        msg::cli_help_send_brief_all,
    ),
    (msg::cli_help_send_outbox_usage, msg::cli_help_send_outbox),
];

/// The help, ending in a newline.
pub fn help(lang: Lang, codes: &str) -> String {
    let mut out = [
        msg::cli_help_intro(lang),
        msg::cli_help_usage(lang),
        msg::cli_help_no_command(lang),
        msg::cli_help_commands(lang),
    ]
    .join("\n\n");
    out.push('\n');
    for (usage, what) in COMMANDS {
        entry(&mut out, &usage(lang), &what(lang));
    }
    out.push('\n');
    out.push_str(&msg::cli_help_options(lang));
    out.push('\n');
    let lang_option = msg::CliHelpLang {
        codes: codes.into(),
    }
    .text(lang);
    entry(
        &mut out,
        &msg::cli_help_db_usage(lang),
        &msg::cli_help_db(lang),
    );
    entry(&mut out, &msg::cli_help_lang_usage(lang), &lang_option);
    entry(
        &mut out,
        &msg::cli_help_help_usage(lang),
        &msg::cli_help_help(lang),
    );
    entry(
        &mut out,
        &msg::cli_help_version_usage(lang),
        &msg::cli_help_version(lang),
    );
    out
}

/// `  usage   what it does…`, the description beside the usage where it fits, else under it.
fn entry(out: &mut String, usage: &str, what: &str) {
    let width = usage.chars().count() + 2;
    let mut line = format!("  {usage}");
    if width < COLUMN {
        line.push_str(&" ".repeat(COLUMN - width));
    } else {
        out.push_str(&line);
        out.push('\n');
        line = " ".repeat(COLUMN);
    }
    let mut filled = false;
    for word in what.split(' ') {
        if filled && line.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push_str(&line);
            out.push('\n');
            line = " ".repeat(COLUMN);
            filled = false;
        }
        if filled {
            line.push(' ');
        }
        line.push_str(word);
        filled = true;
    }
    out.push_str(&line);
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_lines_up_and_fits() {
        for lang in Lang::OFFERED {
            let text = help(lang, "en, fr");
            for line in text.lines().filter(|l| l.starts_with("  ")) {
                assert!(line.chars().count() <= WIDTH, "{lang:?}: {line}");
            }
            for line in text.lines().filter(|l| l.starts_with("   ")) {
                assert!(line.starts_with(&" ".repeat(COLUMN)), "{lang:?}: {line}");
            }
            assert!(
                text.contains("--lang") && text.contains("en, fr"),
                "{lang:?}"
            );
        }
    }
}
