//! Handing a brief to a creator: a safe file name and an email draft.

use serde::Serialize;
use ts_rs::TS;

use super::model::Recipient;
use crate::i18n::{msg, Lang};
use crate::settings::brand::Brand;

/// A file name safe on Windows, macOS and Linux whatever the names contain:
/// `Brief - Autumn launch - Zoë Martin.pdf`.
pub fn brief_file_name(campaign: &str, creator: Option<&str>) -> String {
    let mut parts = vec!["Brief".to_string(), clean_part(campaign)];
    if let Some(name) = creator {
        parts.push(clean_part(name));
    }
    let stem: String = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" - ");
    // Most file systems allow 255 bytes; keep well under, cutting on a character boundary.
    let mut cut = String::new();
    for c in stem.chars() {
        if cut.len() + c.len_utf8() > 150 {
            break;
        }
        cut.push(c);
    }
    let cut = cut.trim_end_matches([' ', '.', '-']).to_string();
    let upper = cut.to_ascii_uppercase();
    let reserved = ["CON", "PRN", "AUX", "NUL"].contains(&upper.as_str())
        || (upper.len() == 4
            && (upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.ends_with(|c: char| c.is_ascii_digit()));
    format!("{}{cut}.pdf", if reserved { "_" } else { "" })
}

/// One part of a file name: no path or reserved characters, no control characters and no
/// text-direction marks (`Zoë\u{202E}fdp.exe` must not show as `Zoëexe.pdf`).
fn clean_part(text: &str) -> String {
    let replaced: String = crate::text::strip_bidi_controls(text)
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => ' ',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = replaced.split_whitespace().collect();
    words.join(" ").trim_matches(['.', ' ']).to_string()
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct EmailDraft {
    pub to: String,
    pub subject: String,
    pub body: String,
    /// `mailto:` link with everything percent-encoded (RFC 6068).
    pub mailto: String,
}

/// Percent-encodes all but RFC 3986's unreserved characters (spaces, accents, `&`, `=`…).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A `mailto:` link with everything percent-encoded (RFC 6068), lines ending in CRLF.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        percent_encode(to).replace("%40", "@"),
        percent_encode(subject),
        percent_encode(&body.replace('\n', "\r\n"))
    )
}

/// Whether a link may be handed to the system: web pages over https and email drafts only,
/// never `file:`, `javascript:`, custom schemes or plain http.
pub fn is_safe_external(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let ok_scheme = lower
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with(['/', '@']))
        || lower
            .strip_prefix("mailto:")
            .is_some_and(|rest| !rest.is_empty());
    ok_scheme && url.len() <= 4000 && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// The email to send with a brief to one of its creators, in their language, else the
/// shop's (the rule the brief's page follows), signed by the owner, else the shop.
pub fn email_to(
    recipient: &Recipient,
    brand: &Brand,
    campaign: &str,
    file_name: &str,
) -> EmailDraft {
    email_draft(
        campaign,
        &recipient.display_name,
        &recipient.email,
        &recipient.code,
        &brand.shop_name,
        &brand.contact_name,
        file_name,
        recipient.language.unwrap_or(brand.language),
    )
}

/// A short, friendly email to send with the brief, in `lang`: the creator's language, else
/// the shop's (as the brief's page is written).
#[allow(clippy::too_many_arguments)]
pub fn email_draft(
    campaign: &str,
    creator_name: &str,
    email: &str,
    code: &str,
    shop: &str,
    sender: &str,
    file_name: &str,
    lang: Lang,
) -> EmailDraft {
    let subject = if shop.is_empty() {
        msg::BriefsEmailSubjectNoShop {
            campaign: campaign.into(),
        }
        .text(lang)
    } else {
        msg::BriefsEmailSubject {
            campaign: campaign.into(),
            shop: shop.into(),
        }
        .text(lang)
    };
    let signature = match (sender, shop) {
        ("", "") => msg::briefs_email_team(lang),
        ("", shop) => shop.to_string(),
        (sender, _) => sender.to_string(),
    };
    let greeting = msg::BriefsEmailGreeting {
        first: crate::text::first_name(creator_name).into(),
    };
    let thanks = msg::BriefsEmailThanks {
        campaign: campaign.into(),
        file: file_name.into(),
        code: code.into(),
    };
    let body = format!(
        "{}\n\n{}\n\n{}\n\n{}\n{signature}",
        greeting.text(lang),
        thanks.text(lang),
        msg::briefs_email_questions(lang),
        msg::briefs_email_sign_off(lang),
    );
    let mailto = mailto(email, &subject, &body);
    EmailDraft {
        to: email.to_string(),
        subject,
        body,
        mailto,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_and_mailto_links_leave_the_app() {
        for ok in [
            "https://www.instagram.com/p/abc/",
            "mailto:zoe@example.com?subject=Hi",
            "HTTPS://EXAMPLE.COM",
        ] {
            assert!(is_safe_external(ok), "{ok}");
        }
        for bad in [
            "http://example.com",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "https://",
            "https:///etc/passwd",
            "tauri://localhost",
            "https://example.com/a b",
            "https://example.com/\nx",
            "mailto:",
            "ftp://example.com",
            "data:text/html,<script>alert(1)</script>",
        ] {
            assert!(!is_safe_external(bad), "{bad}");
        }
    }

    #[test]
    fn file_names_are_safe_everywhere() {
        assert_eq!(
            brief_file_name("Autumn launch", Some("Zoë Martin")),
            "Brief - Autumn launch - Zoë Martin.pdf"
        );
        assert_eq!(
            brief_file_name("../../etc/passwd", Some("a\\b:c")),
            "Brief - etc passwd - a b c.pdf"
        );
        assert_eq!(
            brief_file_name("Sale: 50%*?<>|\"", None),
            "Brief - Sale 50%.pdf"
        );
        assert_eq!(
            brief_file_name("tab\there\u{0}\u{7}", Some("line\nbreak")),
            "Brief - tab here - line break.pdf"
        );
        let long = brief_file_name(&"é".repeat(300), Some("Zoë"));
        assert!(long.len() <= 160, "{}", long.len());
        assert!(long.ends_with(".pdf") && long.starts_with("Brief - éé"));
        assert_eq!(brief_file_name("...", Some("   ")), "Brief.pdf");
        for name in [brief_file_name("x/../y", Some("..")), long] {
            assert!(!name.contains(['/', '\\', ':', '*', '?', '"', '<', '>', '|']));
            assert!(!name.chars().any(char::is_control));
        }
    }

    #[test]
    fn text_direction_marks_never_reach_a_file_name() {
        let name = brief_file_name(
            "Launch\u{2067}",
            Some("Zo\u{200F}ë\u{202E}fdp.exe\u{202C}\u{2066}\u{061C}\u{200E}"),
        );
        assert_eq!(name, "Brief - Launch - Zoëfdp.exe.pdf");
        assert!(!name.chars().any(crate::text::is_bidi_control));
    }

    #[test]
    fn the_email_draft_is_friendly_and_encoded() {
        let d = email_draft(
            "Autumn & Oat",
            "Zoë Martin",
            "zoe+shop@example.com",
            "ZOE",
            "Café Lumen",
            "Lina",
            "Brief - Autumn & Oat - Zoë Martin.pdf",
            Lang::En,
        );
        assert_eq!(d.subject, "Autumn & Oat: your brief from Café Lumen");
        assert!(d.body.starts_with("Hi Zoë,"));
        assert!(d.body.contains("ZOE") && d.body.ends_with("Lina"));
        assert!(d
            .mailto
            .starts_with("mailto:zoe%2Bshop@example.com?subject=Autumn%20%26%20Oat%3A%20"));
        assert!(d.mailto.contains("Caf%C3%A9") && d.mailto.contains("%0D%0A"));
        assert!(!d.mailto.contains([' ', '\n', '\r']));
        assert_eq!(
            d.mailto.matches('&').count(),
            1,
            "only the separator between subject and body"
        );
    }
}
