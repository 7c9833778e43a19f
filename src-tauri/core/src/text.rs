//! Text the way people type it in forms and spreadsheets: counts, money, percentages, yes/no,
//! and the small checks and keys every area shares. Knows no area. A parser's refusal is a
//! whole sentence in the owner's language, so a form can show it beside its field as it is.

use crate::i18n::{msg, owner, Lang};

/// The largest follower count accepted (ten billion: more than any account has).
pub const MAX_COUNT: i64 = 10_000_000_000;

/// The largest amount accepted, in minor units (1,000,000,000.00): small enough that the sums
/// of every deal a shop could ever have stay far from what a 64-bit integer holds.
pub const MAX_MONEY: i64 = 100_000_000_000;

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’')
}

/// Parses a count such as `12.5K`, `48,200`, `3,1k`, `9 800`, `1.2M` or `1 234 567`.
///
/// With a K/M/B suffix the last `.` or `,` is a decimal mark; without one, a separator followed
/// by exactly three digits groups thousands (`48,200`, `12.345`), and anything else is refused
/// rather than guessed, because a follower count is a whole number.
pub fn parse_count(input: &str) -> Result<i64, String> {
    let text: String = input.trim().chars().filter(|c| !is_space(*c)).collect();
    let lower = text.to_lowercase();
    let lower = lower.strip_suffix("followers").unwrap_or(&lower);
    if lower.is_empty() {
        return Err(msg::error_count_empty(owner()));
    }
    let (number, multiplier) = match lower.char_indices().last() {
        Some((i, 'k')) => (&lower[..i], 1_000_f64),
        Some((i, 'm')) => (&lower[..i], 1_000_000_f64),
        Some((i, 'b')) => (&lower[..i], 1_000_000_000_f64),
        _ => (lower, 1_f64),
    };
    if number.is_empty()
        || !number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(not_a_number(input));
    }
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(not_a_number(input));
    }
    let value = if multiplier > 1.0 {
        // The last separator is the decimal mark; earlier ones group thousands.
        let groups: Vec<&str> = number.split(['.', ',']).collect();
        if groups.len() > 2
            && (groups[0].len() > 3 || groups[1..groups.len() - 1].iter().any(|g| g.len() != 3))
        {
            return Err(not_a_number(input));
        }
        let digits = match number.rfind(['.', ',']) {
            Some(pos) => {
                let (int, frac) = number.split_at(pos);
                let int: String = int.chars().filter(char::is_ascii_digit).collect();
                format!("{int}.{}", &frac[1..])
            }
            None => number.to_string(),
        };
        let parsed: f64 = digits.parse().map_err(|_| not_a_number(input))?;
        (parsed * multiplier).round()
    } else {
        let groups: Vec<&str> = number.split(['.', ',']).collect();
        let grouped_ok = groups.len() == 1
            || (!groups[0].is_empty()
                && groups[0].len() <= 3
                && groups[1..].iter().all(|g| g.len() == 3));
        if !grouped_ok {
            return Err(msg::ErrorNotWholeNumber {
                text: input.trim().into(),
            }
            .text(owner()));
        }
        let digits: String = groups.concat();
        if digits.len() > 12 {
            return Err(msg::error_count_too_large(owner()));
        }
        digits.parse::<f64>().map_err(|_| not_a_number(input))?
    };
    if value > MAX_COUNT as f64 {
        return Err(msg::error_count_too_large(owner()));
    }
    Ok(value as i64)
}

fn not_a_number(input: &str) -> String {
    msg::ErrorNotNumber {
        text: input.trim().into(),
    }
    .text(owner())
}

/// Parses an optional count: blank means unknown.
pub fn parse_optional_count(input: &str) -> Result<Option<i64>, String> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_count(input).map(Some)
    }
}

/// Parses a decimal the way it was typed: `4.5`, `4,5`, `1.234,50`, `1,234.50`.
fn parse_decimal(text: &str) -> Option<f64> {
    let t: String = text.chars().filter(|c| !is_space(*c)).collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let normalized = match (t.rfind('.'), t.rfind(',')) {
        (Some(d), Some(c)) => {
            let decimal = d.max(c);
            let int: String = t[..decimal].chars().filter(char::is_ascii_digit).collect();
            format!("{int}.{}", &t[decimal + 1..])
        }
        (None, Some(c)) if t.matches(',').count() == 1 && t.len() - c - 1 != 3 => {
            t.replace(',', ".")
        }
        (Some(d), None) if t.matches('.').count() == 1 && t.len() - d - 1 != 3 => t,
        _ => {
            // Separators followed by three digits group thousands.
            let groups: Vec<&str> = t.split(['.', ',']).collect();
            if groups.len() > 1 && groups[1..].iter().any(|g| g.len() != 3) {
                return None;
            }
            groups.concat()
        }
    };
    normalized.parse().ok().filter(|v: &f64| v.is_finite())
}

/// Parses an engagement rate in percent: `4.5`, `4,5 %`, `4.5%`. Blank means unknown.
pub fn parse_percent(input: &str) -> Result<Option<f64>, String> {
    let t = input.trim();
    if t.is_empty() {
        return Ok(None);
    }
    let number = t.strip_suffix('%').unwrap_or(t);
    match parse_decimal(number) {
        Some(v) if (0.0..=100.0).contains(&v) => Ok(Some(v)),
        Some(_) => Err(msg::error_percent_range(owner())),
        None => Err(msg::ErrorNotPercent { text: t.into() }.text(owner())),
    }
}

/// A money amount in minor units (cents) and the currency it named, if any:
/// `45`, `€45.50`, `45,50 EUR`, `£1,200`, `USD 80`.
pub fn parse_money(input: &str) -> Result<(Option<i64>, Option<String>), String> {
    let t = input.trim();
    if t.is_empty() {
        return Ok((None, None));
    }
    let mut currency = None;
    let mut rest = String::new();
    let symbols = [
        ('€', "EUR"),
        ('£', "GBP"),
        ('$', "USD"),
        ('¥', "JPY"),
        ('₹', "INR"),
    ];
    for c in t.chars() {
        if let Some((_, code)) = symbols.iter().find(|(s, _)| *s == c) {
            currency = Some(code.to_string());
        } else {
            rest.push(c);
        }
    }
    let letters: String = rest.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if !letters.is_empty() {
        if letters.len() != 3 {
            return Err(msg::ErrorNotAmount { text: t.into() }.text(owner()));
        }
        currency = Some(letters.to_ascii_uppercase());
    }
    let number: String = rest.chars().filter(|c| !c.is_ascii_alphabetic()).collect();
    match parse_decimal(number.trim()) {
        Some(v) if (v * 100.0).round() <= MAX_MONEY as f64 => {
            Ok((Some((v * 100.0).round() as i64), currency))
        }
        Some(_) => Err(msg::ErrorAmountTooLarge {
            max: grouped_minor(MAX_MONEY, owner()).into(),
        }
        .text(owner())),
        None => Err(msg::ErrorNotAmount { text: t.into() }.text(owner())),
    }
}

/// Minor units as a plain decimal for spreadsheets: 1250 → `12.50`, -5 → `-0.05`.
pub fn minor_to_decimal(minor: i64) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// `n` with its digits grouped as `lang` writes them: 1,000,000 · 1.000.000 · 1 000 000.
pub fn grouped(n: u64, lang: Lang) -> String {
    let mark = match lang {
        Lang::En | Lang::Pseudo => ",",
        Lang::Fr => "\u{202f}",
        Lang::Pt => "\u{a0}",
        Lang::De | Lang::Es | Lang::It | Lang::Nl => ".",
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(mark);
        }
        out.push(c);
    }
    out
}

/// Minor units as `lang` writes an amount, grouped: 100000000000 → 1,000,000,000.00.
pub fn grouped_minor(minor: i64, lang: Lang) -> String {
    let abs = minor.unsigned_abs();
    let point = if matches!(lang, Lang::En | Lang::Pseudo) {
        '.'
    } else {
        ','
    };
    let sign = if minor < 0 { "-" } else { "" };
    format!("{sign}{}{point}{:02}", grouped(abs / 100, lang), abs % 100)
}

/// Yes/no the way spreadsheets write it. Blank means no.
pub fn parse_yes_no(input: &str) -> Result<bool, String> {
    match input.trim().to_lowercase().as_str() {
        "" | "no" | "n" | "false" | "0" | "non" | "nein" | "nee" | "não" | "nao" | "-" => {
            Ok(false)
        }
        "yes" | "y" | "true" | "1" | "x" | "✓" | "✔" | "oui" | "ja" | "si" | "sí" | "sì"
        | "sim" => Ok(true),
        other => Err(msg::ErrorNotYesNo { text: other.into() }.text(owner())),
    }
}

/// The currency a new file starts with, until the owner picks theirs.
pub const DEFAULT_CURRENCY: &str = "EUR";

pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
        && text.len() <= 254
}

/// The form names are sorted by: lower case without accents.
pub fn sort_key(text: &str) -> String {
    use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A three-letter ISO 4217 code; which codes exist is left to the user.
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase())
}

/// A LIKE pattern matching `text` anywhere, its `%`, `_` and `\` taken literally (`ESCAPE '\'`).
pub fn like_contains(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// How a creator is greeted in briefs and reminders: the first word of the name.
pub fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// The invisible marks that turn text right to left and back (U+202A–U+202E, U+2066–U+2069,
/// U+200E, U+200F, U+061C): pasted into a name they can make `Zoë\u{202E}fdp.exe` show as
/// `Zoëexe.pdf`.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` without its text-direction marks.
pub fn strip_bidi_controls(text: &str) -> String {
    text.chars().filter(|c| !is_bidi_control(*c)).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_direction_marks_are_stripped_and_nothing_else() {
        let marks = "\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}";
        assert_eq!(
            super::strip_bidi_controls(&format!("Zo{marks}ë שרה")),
            "Zoë שרה"
        );
        assert!(
            !super::is_bidi_control('\u{200D}'),
            "a joiner is part of emoji"
        );
    }

    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_as_people_write_them() {
        for (text, want) in [
            ("12.5K", 12_500),
            ("48,200", 48_200),
            ("3,1k", 3_100),
            ("9 800", 9_800),
            ("1.2M", 1_200_000),
            ("1,234,567", 1_234_567),
            ("1.234.567", 1_234_567),
            ("12.345", 12_345),
            ("950", 950),
            ("  7k ", 7_000),
            ("2.5 K", 2_500),
            ("1,5m", 1_500_000),
            ("1b", 1_000_000_000),
            ("9\u{a0}800", 9_800),
            ("9\u{202f}800", 9_800),
            ("12'500", 12_500),
            ("15k followers", 15_000),
            ("0", 0),
        ] {
            assert_eq!(parse_count(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn counts_that_are_not_counts_are_refused_with_a_reason() {
        for text in [
            "",
            "abc",
            "12.5",
            "1,23",
            "-5",
            "12kk",
            "k",
            "1.2.3k",
            "1e6",
            ",5k",
            "20000000000",
        ] {
            let err = parse_count(text).expect_err(text);
            assert!(!err.is_empty());
        }
        assert!(parse_count("12.5").unwrap_err().contains("whole number"));
        assert!(parse_count("99b").unwrap_err().contains("too large"));
    }

    #[test]
    fn percentages_and_money() {
        assert_eq!(parse_percent("4.5%"), Ok(Some(4.5)));
        assert_eq!(parse_percent("4,5 %"), Ok(Some(4.5)));
        assert_eq!(parse_percent(""), Ok(None));
        assert!(parse_percent("140").is_err());
        assert!(parse_percent("lots").is_err());
        assert_eq!(parse_money("€45.50"), Ok((Some(4550), Some("EUR".into()))));
        assert_eq!(
            parse_money("45,50 eur"),
            Ok((Some(4550), Some("EUR".into())))
        );
        assert_eq!(
            parse_money("£1,200"),
            Ok((Some(120_000), Some("GBP".into())))
        );
        assert_eq!(parse_money("1.200,00"), Ok((Some(120_000), None)));
        assert_eq!(parse_money("80"), Ok((Some(8000), None)));
        assert_eq!(parse_money(""), Ok((None, None)));
        assert!(parse_money("free coffee").is_err());
        assert!(parse_money("-5").is_err());
    }

    #[test]
    fn yes_no() {
        assert_eq!(parse_yes_no("Yes"), Ok(true));
        assert_eq!(parse_yes_no("x"), Ok(true));
        assert_eq!(parse_yes_no(""), Ok(false));
        assert_eq!(parse_yes_no("no"), Ok(false));
        assert!(parse_yes_no("maybe").is_err());
        // The words the roster export writes, in every language.
        for lang in crate::i18n::Lang::OFFERED {
            assert_eq!(
                parse_yes_no(&msg::roster_csv_yes(lang)),
                Ok(true),
                "{lang:?}"
            );
            assert_eq!(
                parse_yes_no(&msg::roster_csv_no(lang)),
                Ok(false),
                "{lang:?}"
            );
        }
    }

    proptest! {
        #[test]
        fn count_parser_never_panics(s in "\\PC{0,40}") {
            let _ = parse_count(&s);
            let _ = parse_percent(&s);
            let _ = parse_money(&s);
        }

        #[test]
        fn grouped_counts_round_trip(n in 0i64..10_000_000_000, sep in prop::sample::select(vec!["", ",", ".", " ", "\u{a0}"])) {
            let digits = n.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push_str(sep);
                }
                grouped.push(c);
            }
            prop_assert_eq!(parse_count(&grouped), Ok(n));
        }

        #[test]
        fn suffixed_counts_scale(whole in 0u32..1000, tenth in 0u32..10, comma in any::<bool>()) {
            let mark = if comma { ',' } else { '.' };
            let text = format!("{whole}{mark}{tenth}K");
            prop_assert_eq!(parse_count(&text), Ok(whole as i64 * 1000 + tenth as i64 * 100));
        }
    }
}
