//! The shop's brand profile, which fills the header and footer of every brief.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::check::{too_long, Check};
use crate::error::{Error, Missing, Result};
use crate::i18n::{msg, owner, Lang};
use crate::storage::db::Db;
use crate::text;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PageSize {
    #[default]
    A4,
    Letter,
}

impl PageSize {
    /// Width and height in millimetres.
    pub fn mm(self) -> (f32, f32) {
        match self {
            PageSize::A4 => (210.0, 297.0),
            PageSize::Letter => (215.9, 279.4),
        }
    }
}

crate::stored_enum!(PageSize, fallback: A4, { A4 => "a4", Letter => "letter" });

/// How dates are written in briefs: 1 Dec 2026, Dec 1, 2026 or 2026-12-01.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    #[default]
    Dmy,
    Mdy,
    Iso,
}

crate::stored_enum!(DateStyle, fallback: Dmy, { Dmy => "dmy", Mdy => "mdy", Iso => "iso" });

impl DateStyle {
    /// The whole date: 3 Dec 2026, Dec 3, 2026 or 2026-12-03, with `lang`'s month names.
    pub fn format(self, date: chrono::NaiveDate, lang: Lang) -> String {
        self.write(date, lang, Form::Full)
    }

    /// A short form with the weekday and without the year, for timelines.
    pub fn format_short(self, date: chrono::NaiveDate, lang: Lang) -> String {
        self.write(date, lang, Form::Short)
    }

    /// The day and month alone, for the Monday of a timeline's week.
    pub fn format_day_month(self, date: chrono::NaiveDate, lang: Lang) -> String {
        self.write(date, lang, Form::DayMonth)
    }

    fn write(self, date: chrono::NaiveDate, lang: Lang, form: Form) -> String {
        // German puts a full stop after the day: 7. Dez.
        let german = lang == Lang::De;
        let pattern = match (self, form) {
            (DateStyle::Iso, Form::Full | Form::Short) => "%Y-%m-%d",
            (DateStyle::Iso, Form::DayMonth) => "%m-%d",
            (DateStyle::Mdy, Form::Full) => "%b %-d, %Y",
            (DateStyle::Mdy, Form::Short) => "%a, %b %-d",
            (DateStyle::Mdy, Form::DayMonth) => "%b %-d",
            (DateStyle::Dmy, Form::Full) if german => "%-d. %b %Y",
            (DateStyle::Dmy, Form::Full) => "%-d %b %Y",
            (DateStyle::Dmy, Form::Short) if german => "%a, %-d. %b",
            (DateStyle::Dmy, Form::Short) => "%a %-d %b",
            (DateStyle::Dmy, Form::DayMonth) if german => "%-d. %b",
            (DateStyle::Dmy, Form::DayMonth) => "%-d %b",
        };
        date.format_localized(pattern, locale(lang)).to_string()
    }
}

/// Which of a date's forms to write.
#[derive(Clone, Copy)]
enum Form {
    Full,
    Short,
    DayMonth,
}

/// The month and day names of `lang` (as spoken where most of its speakers live in Europe).
fn locale(lang: Lang) -> chrono::Locale {
    match lang {
        Lang::En | Lang::Pseudo => chrono::Locale::en_GB,
        Lang::Fr => chrono::Locale::fr_FR,
        Lang::De => chrono::Locale::de_DE,
        Lang::Es => chrono::Locale::es_ES,
        Lang::It => chrono::Locale::it_IT,
        Lang::Nl => chrono::Locale::nl_NL,
        Lang::Pt => chrono::Locale::pt_PT,
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, TS)]
pub struct Brand {
    pub shop_name: String,
    pub address: String,
    pub website: String,
    pub instagram: String,
    pub contact_name: String,
    pub contact_email: String,
    /// `#RRGGBB`
    pub accent_color: String,
    pub page_size: PageSize,
    pub date_style: DateStyle,
    /// ISO 4217 code deals and the dashboard count in, e.g. `EUR`.
    pub currency: String,
    /// What the shop writes to creators in: briefs and messages to a creator without a
    /// language of their own.
    pub language: Lang,
    pub has_logo: bool,
}

/// The brand with its logo bytes, for rendering.
#[derive(Debug, Clone, Default)]
pub struct BrandAssets {
    pub brand: Brand,
    pub logo: Option<Vec<u8>>,
}

pub const DEFAULT_ACCENT: &str = "#E8554F";
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// Parses `#RRGGBB` into 0–1 components.
pub fn parse_color(text: &str) -> Option<(f32, f32, f32)> {
    let hex = text.trim().strip_prefix('#')?;
    if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |i: usize| {
        u8::from_str_radix(&hex[i..i + 2], 16)
            .ok()
            .map(|v| v as f32 / 255.0)
    };
    Some((channel(0)?, channel(2)?, channel(4)?))
}

pub fn get(conn: &Connection) -> Result<BrandAssets> {
    conn.query_row(
        "SELECT shop_name, address, website, instagram, contact_name, contact_email, accent_color,
                page_size, date_style, logo, currency, language FROM brand WHERE id = 1",
        [],
        |r| {
            let logo: Option<Vec<u8>> = r.get(9)?;
            Ok(BrandAssets {
                brand: Brand {
                    shop_name: r.get(0)?,
                    address: r.get(1)?,
                    website: r.get(2)?,
                    instagram: r.get(3)?,
                    contact_name: r.get(4)?,
                    contact_email: r.get(5)?,
                    accent_color: r.get(6)?,
                    page_size: r.get(7)?,
                    date_style: r.get(8)?,
                    currency: r.get(10)?,
                    language: r.get(11)?,
                    has_logo: logo.is_some(),
                },
                logo,
            })
        },
    )
    .optional()?
    .ok_or(Error::NotFound(Missing::Brand))
}

/// Saves the profile (not the logo, which has its own calls).
pub fn save(db: &mut Db, brand: &Brand) -> Result<Brand> {
    db.with_tx(|tx| write(tx, brand))
}

/// Checks the profile and writes it in the caller's transaction.
pub(crate) fn write(tx: &Connection, brand: &Brand) -> Result<Brand> {
    let valid = validate(brand)?;
    tx.execute(
        "UPDATE brand SET shop_name = ?1, address = ?2, website = ?3, instagram = ?4,
                contact_name = ?5, contact_email = ?6, accent_color = ?7, page_size = ?8,
                date_style = ?9, currency = ?10, language = ?11 WHERE id = 1",
        params![
            brand.shop_name.trim(),
            brand.address.trim(),
            brand.website.trim(),
            valid.instagram,
            brand.contact_name.trim(),
            brand.contact_email.trim(),
            brand.accent_color.trim().to_ascii_uppercase(),
            brand.page_size,
            brand.date_style,
            valid.currency,
            brand.language,
        ],
    )?;
    Ok(get(tx)?.brand)
}

/// What checking the profile works out: the currency code and the shop's own handle.
struct Valid {
    currency: String,
    instagram: String,
}

/// Every field's rule in order; the handle is read only once the rest is right.
fn validate(brand: &Brand) -> Result<Valid> {
    let mut check = Check::new();
    for (field, value, max) in [
        ("shop_name", &brand.shop_name, 120),
        ("address", &brand.address, 300),
        ("website", &brand.website, 200),
        ("instagram", &brand.instagram, 100),
        ("contact_name", &brand.contact_name, 120),
        ("contact_email", &brand.contact_email, 254),
    ] {
        let bad = too_long(value, max) || value.chars().any(|c| c.is_control() && c != '\n');
        check.flag(bad, field, || {
            msg::ErrorKeepUnder { max: max.into() }.text(owner())
        });
    }
    check.flag(
        parse_color(&brand.accent_color).is_none(),
        "accent_color",
        || msg::error_colour(owner()),
    );
    let email = brand.contact_email.trim();
    check.flag(
        !email.is_empty() && !text::is_email(email),
        "contact_email",
        || msg::error_email(owner()),
    );
    let website = brand.website.trim();
    check.flag(
        !website.is_empty() && (website.contains(char::is_whitespace) || !website.contains('.')),
        "website",
        || msg::error_website(owner()),
    );
    // Blank keeps the default, so a profile saved before currencies existed stays valid.
    let currency = match brand.currency.trim() {
        "" => text::DEFAULT_CURRENCY.to_string(),
        code => code.to_ascii_uppercase(),
    };
    check.flag(!text::is_currency(&currency), "currency", || {
        msg::error_brand_currency(owner())
    });
    check.finish(())?;
    let instagram = brand.instagram.trim();
    let instagram = if instagram.is_empty() {
        String::new()
    } else {
        crate::roster::normalize_handle(instagram)
            .map(|h| h.handle)
            .map_err(|reason| Error::invalid("instagram", reason))?
    };
    Ok(Valid {
        currency,
        instagram,
    })
}

/// Sets the logo from PNG or JPEG bytes, checked by their header's size, then by decoding them.
pub fn set_logo(db: &mut Db, bytes: &[u8]) -> Result<Brand> {
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(Error::invalid("logo", msg::error_logo_too_big(owner())));
    }
    // The size comes from the header first: a small file may unpack to gigabytes.
    crate::images::check(bytes, "logo")?;
    let mut warnings = Vec::new();
    if printpdf::RawImage::decode_from_bytes(bytes, &mut warnings).is_err() {
        return Err(Error::invalid("logo", msg::error_logo_format(owner())));
    }
    db.with_tx(|tx| {
        tx.execute("UPDATE brand SET logo = ?1 WHERE id = 1", [bytes])?;
        Ok(get(tx)?.brand)
    })
}

pub fn clear_logo(db: &mut Db) -> Result<Brand> {
    db.with_tx(|tx| {
        tx.execute("UPDATE brand SET logo = NULL WHERE id = 1", [])?;
        Ok(get(tx)?.brand)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_in_each_language() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let dmy = |lang| DateStyle::Dmy.format(d, lang);
        assert_eq!(dmy(Lang::En), "3 Dec 2026");
        assert_eq!(dmy(Lang::Fr), "3 déc. 2026");
        assert_eq!(dmy(Lang::De), "3. Dez 2026");
        assert_eq!(DateStyle::Mdy.format(d, Lang::En), "Dec 3, 2026");
        assert_eq!(DateStyle::Iso.format(d, Lang::Nl), "2026-12-03");
        assert_eq!(DateStyle::Dmy.format_short(d, Lang::De), "Do, 3. Dez");
        assert_eq!(DateStyle::Dmy.format_short(d, Lang::Es), "jue 3 dic");
        assert_eq!(DateStyle::Dmy.format_day_month(d, Lang::It), "3 dic");
        for lang in Lang::OFFERED {
            assert!(!dmy(lang).contains("Dec") || lang == Lang::En, "{lang:?}");
        }
    }
}
