//! Messages in the owner's and each creator's language, from the Fluent files in `locales/`
//! that the UI reads too. Project Fluent was chosen because one file serves both layers (with
//! `fluent-bundle` here and `@fluent/bundle` in the UI), plurals and grammatical cases are
//! written by the translator in the file rather than in code, and a message's variables are
//! named, so the build can check every call (see `build.rs`).

use std::sync::{OnceLock, RwLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
pub use fluent_bundle::{FluentArgs, FluentValue};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language Shoutout speaks. `Pseudo` is English stretched by 40 % with accents, to find
/// text that is cut or overflows; it is never offered to choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, TS)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "fr")]
    Fr,
    #[serde(rename = "de")]
    De,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "it")]
    It,
    #[serde(rename = "nl")]
    Nl,
    #[serde(rename = "pt")]
    Pt,
    #[serde(rename = "en-XA")]
    Pseudo,
}

crate::stored_enum!(Lang, fallback: En, {
    En => "en", Fr => "fr", De => "de", Es => "es", It => "it", Nl => "nl", Pt => "pt",
    Pseudo => "en-XA",
});

impl Lang {
    /// The languages offered to choose, in the order shown.
    pub const OFFERED: [Lang; 7] = [
        Lang::En,
        Lang::Fr,
        Lang::De,
        Lang::Es,
        Lang::It,
        Lang::Nl,
        Lang::Pt,
    ];

    /// Reads a language tag or a POSIX locale ("fr", "fr-CH", "de_AT.UTF-8"); `None` for a
    /// language Shoutout does not speak.
    pub fn parse(tag: &str) -> Option<Lang> {
        // The pseudo-locale as a tag or as a POSIX locale (LANG=en_XA.UTF-8 in the tests).
        let bare = tag.split(['.', '@']).next().unwrap_or(tag);
        if bare.eq_ignore_ascii_case("en-XA") || bare.eq_ignore_ascii_case("en_XA") {
            return Some(Lang::Pseudo);
        }
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Lang::OFFERED.into_iter().find(|l| l.as_str() == primary)
    }

    /// The language of a POSIX environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
    /// `setlocale` reads them (the first one set decides; "C" and "POSIX" mean English).
    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| get(k).filter(|v| !v.is_empty()))
            .next()
            .and_then(|v| Lang::parse(&v))
            .unwrap_or(Lang::En)
    }

    /// A stored language that may be left empty (a creator's, the app's): empty is none.
    pub fn stored_or_none(text: &str) -> Option<Lang> {
        (!text.is_empty()).then(|| Lang::from_db(text))
    }

    /// The system's language, from the process environment.
    pub fn system() -> Lang {
        Lang::from_env(|k| std::env::var(k).ok())
    }
}

/// The language the owner reads: the app's (set from Settings) or the command line's. Error
/// messages, exports and other text for the owner are written in it.
static OWNER: RwLock<Lang> = RwLock::new(Lang::En);

/// Speaks `lang` to the owner from now on.
pub fn set_owner(lang: Lang) {
    *OWNER.write().unwrap_or_else(|e| e.into_inner()) = lang;
}

/// The language the owner reads, as [`set_owner`] last chose.
pub fn owner() -> Lang {
    *OWNER.read().unwrap_or_else(|e| e.into_inner())
}

/// The name of a value as the message `prefix-value` gives it: `label("status", "active")`.
pub fn label(lang: Lang, prefix: &str, value: &str) -> String {
    format(lang, &std::format!("{prefix}-{value}"), &FluentArgs::new())
}

/// A language's messages, read from its files when first asked for (most runs need one or two
/// of the eight languages).
fn bundle(lang: Lang) -> Option<&'static FluentBundle<FluentResource>> {
    static BUNDLES: [OnceLock<Option<FluentBundle<FluentResource>>>; 8] =
        [const { OnceLock::new() }; 8];
    let index = SOURCES
        .iter()
        .position(|(code, _)| *code == lang.as_str())?;
    BUNDLES[index]
        .get_or_init(|| {
            let (code, files) = SOURCES[index];
            let id = code.parse().expect("a language folder is a language tag");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No bidi isolation marks: the text goes into PDFs, emails and CSV files too.
            bundle.set_use_isolating(false);
            for text in files {
                let resource = FluentResource::try_new(text.to_string())
                    .unwrap_or_else(|_| panic!("{code}: checked by the build"));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|e| panic!("{code}: {e:?}"));
            }
            Some(bundle)
        })
        .as_ref()
}

/// The message `id` in `lang`, English where that language lacks it (the `messages` test
/// keeps every language complete, so this only happens while a translation is being written).
pub fn format(lang: Lang, id: &str, args: &FluentArgs) -> String {
    let pick = |l: Lang| bundle(l).and_then(|b| Some((b, b.get_message(id)?.value()?)));
    let Some((bundle, pattern)) = pick(lang).or_else(|| pick(Lang::En)) else {
        debug_assert!(false, "no message {id}");
        return id.to_string();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    debug_assert!(errors.is_empty(), "{id} in {lang:?}: {errors:?}");
    text.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_tags_and_locales() {
        assert_eq!(Lang::parse("fr"), Some(Lang::Fr));
        assert_eq!(Lang::parse("de_AT.UTF-8"), Some(Lang::De));
        assert_eq!(Lang::parse("pt-BR"), Some(Lang::Pt));
        assert_eq!(Lang::parse("en-XA"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("en_XA.UTF-8"), Some(Lang::Pseudo));
        assert_eq!(Lang::parse("ja"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(Lang::from_env(env(&[("LANG", "nl_NL.UTF-8")])), Lang::Nl);
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", "it_IT.UTF-8"), ("LANG", "de_DE.UTF-8")])),
            Lang::It
        );
        assert_eq!(
            Lang::from_env(env(&[("LC_ALL", ""), ("LANG", "es_ES")])),
            Lang::Es
        );
        assert_eq!(Lang::from_env(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_env(env(&[])), Lang::En);
    }
}
