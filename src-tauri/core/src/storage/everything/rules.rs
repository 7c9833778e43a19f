//! One value of an export checked against its column: the right type (whole number, text, a
//! picture only for the logo), in bounds, in the formats the app writes. Every problem is a
//! sentence naming the column; [`super::read`] says the table and row before it.

use base64::Engine;
use chrono::{DateTime, NaiveDate};
use rusqlite::types::Value;
use serde_json::Value as Json;

use super::columns::{money_limit, Column, Kind, Presence};
use crate::check::{has_control, too_long};
use crate::deals::{is_web_url, DealKind};
use crate::i18n::{msg, owner};
use crate::settings::brand::{parse_color, MAX_LOGO_BYTES};
use crate::text::{is_currency, is_email};

/// The most points a brief's list holds, and the longest point (the brief form's limits).
const MAX_POINTS: usize = 12;
const MAX_POINT: usize = 300;
const MAX_STEP_LABEL: usize = 60;

type Checked = std::result::Result<Value, String>;

/// A short description of what was found, for the messages: `“lots”`, `a list`, `12`.
fn shown(value: &Json) -> String {
    let lang = owner();
    match value {
        Json::Null => msg::error_found_null(lang),
        Json::Bool(b) => format!("{b}"),
        Json::Number(n) => n.to_string(),
        Json::String(s) if s.chars().count() > 40 => msg::ErrorFoundLongText {
            count: s.chars().count().into(),
        }
        .text(lang),
        Json::String(s) => msg::ErrorFoundText {
            text: s.as_str().into(),
        }
        .text(lang),
        Json::Array(_) => msg::error_found_list(lang),
        Json::Object(_) => msg::error_found_group(lang),
    }
}

/// The value as SQLite should store it, or what is wrong with it, as a sentence naming the
/// column.
pub(super) fn check(column: &Column, value: &Json) -> Checked {
    let name = column.name;
    if value.is_null() {
        return match column.presence {
            Presence::Nullable => Ok(Value::Null),
            _ => Err(msg::ErrorValueNull {
                column: name.into(),
            }
            .text(owner())),
        };
    }
    match column.kind {
        Kind::Id => int(name, value, 1, i64::MAX),
        Kind::Ref(_) => int(name, value, 1, i64::MAX),
        Kind::Int(min, max) => int(name, value, min, max),
        Kind::Flag => int(name, value, 0, 1),
        Kind::Money(times) => int(name, value, 0, money_limit(times)),
        Kind::Real(min, max) => real(name, value, min, max),
        Kind::Logo => logo(name, value),
        _ => {
            let Json::String(text) = value else {
                return Err(msg::ErrorValueNotText {
                    column: name.into(),
                    found: shown(value).into(),
                }
                .text(owner()));
            };
            self::text(name, column.kind, text)?;
            Ok(Value::Text(text.clone()))
        }
    }
}

fn int(column: &str, value: &Json, min: i64, max: i64) -> Checked {
    let Some(n) = value.as_i64() else {
        return Err(msg::ErrorValueNotWhole {
            column: column.into(),
            found: shown(value).into(),
        }
        .text(owner()));
    };
    if n < min || n > max {
        let exactly = min == max;
        let (column, n, min) = (column.into(), n.into(), min.into());
        return Err(if max == i64::MAX {
            msg::ErrorValueAtLeast { column, n, min }.text(owner())
        } else if exactly {
            msg::ErrorValueExactly { column, n, min }.text(owner())
        } else {
            msg::ErrorValueRange {
                column,
                n,
                min,
                max: max.into(),
            }
            .text(owner())
        });
    }
    Ok(Value::Integer(n))
}

fn real(column: &str, value: &Json, min: f64, max: f64) -> Checked {
    let Some(n) = value.as_f64().filter(|_| value.is_number()) else {
        return Err(msg::ErrorValueNotNumber {
            column: column.into(),
            found: shown(value).into(),
        }
        .text(owner()));
    };
    if !(min..=max).contains(&n) {
        return Err(msg::ErrorValueRange {
            column: column.into(),
            n: n.to_string().into(),
            min: min.to_string().into(),
            max: max.to_string().into(),
        }
        .text(owner()));
    }
    Ok(Value::Real(n))
}

fn logo(column: &str, value: &Json) -> Checked {
    let bytes = value
        .as_object()
        .filter(|o| o.len() == 1)
        .and_then(|o| o.get("base64"))
        .and_then(Json::as_str)
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .ok_or_else(|| {
            msg::ErrorValueNotPicture {
                column: column.into(),
            }
            .text(owner())
        })?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(msg::ErrorValuePictureTooBig {
            column: column.into(),
            size: bytes.len().into(),
            max: MAX_LOGO_BYTES.into(),
        }
        .text(owner()));
    }
    Ok(Value::Blob(bytes))
}

fn longer(column: &str, text: &str, max: usize) -> std::result::Result<(), String> {
    if too_long(text, max) {
        return Err(msg::ErrorValueTooLong {
            column: column.into(),
            length: text.chars().count().into(),
            max: max.into(),
        }
        .text(owner()));
    }
    Ok(())
}

/// Which of the formats the app writes a text column's value missed.
#[derive(Clone, Copy)]
enum Format {
    Date,
    Stamp,
    Currency,
    Email,
    Phone,
    Handle,
    Url,
    DealCode,
    RecipientCode,
    Colour,
}

/// `column is “…”;` and what the value should look like, in the owner's language.
fn bad_format(column: &str, text: &str, format: Format) -> std::result::Result<(), String> {
    let lang = owner();
    let (column, found) = (column.into(), shown(&Json::String(text.to_string())).into());
    Err(match format {
        Format::Date => msg::ErrorValueDate { column, found }.text(lang),
        Format::Stamp => msg::ErrorValueStamp { column, found }.text(lang),
        Format::Currency => msg::ErrorValueCurrency { column, found }.text(lang),
        Format::Email => msg::ErrorValueEmail { column, found }.text(lang),
        Format::Phone => msg::ErrorValuePhone { column, found }.text(lang),
        Format::Handle => msg::ErrorValueHandle { column, found }.text(lang),
        Format::Url => msg::ErrorValueUrl { column, found }.text(lang),
        Format::DealCode => msg::ErrorValueDealCode { column, found }.text(lang),
        Format::RecipientCode => msg::ErrorValueRecipientCode { column, found }.text(lang),
        Format::Colour => msg::ErrorValueColour { column, found }.text(lang),
    })
}

/// Whether a text column's value is one the app could have written.
fn text(column: &str, kind: Kind, text: &str) -> std::result::Result<(), String> {
    let bad = |format| bad_format(column, text, format);
    let found = || shown(&Json::String(text.to_string())).into();
    match kind {
        Kind::Text(max) => longer(column, text, max),
        Kind::Line(max) => {
            longer(column, text, max)?;
            if has_control(text) {
                return Err(msg::ErrorValueControl {
                    column: column.into(),
                }
                .text(owner()));
            }
            Ok(())
        }
        Kind::Name(max) => {
            if text.trim().is_empty() {
                return Err(msg::ErrorValueEmpty {
                    column: column.into(),
                }
                .text(owner()));
            }
            self::text(column, Kind::Line(max), text)
        }
        Kind::Enum(names) => {
            let names = names();
            if names.contains(&text) {
                return Ok(());
            }
            Err(msg::ErrorValueEnum {
                column: column.into(),
                found: found(),
                names: names.join(", ").into(),
            }
            .text(owner()))
        }
        Kind::Kinds => kinds(text).map_err(|_| {
            msg::ErrorValueKinds {
                column: column.into(),
                found: found(),
                names: DealKind::ALL.map(DealKind::as_str).join(", ").into(),
            }
            .text(owner())
        }),
        Kind::Date if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() => Ok(()),
        Kind::Date => bad(Format::Date),
        Kind::Stamp if DateTime::parse_from_rfc3339(text).is_ok() => Ok(()),
        Kind::Stamp => bad(Format::Stamp),
        Kind::Currency if is_currency(text) => Ok(()),
        Kind::Currency => bad(Format::Currency),
        Kind::Email if text.is_empty() || is_email(text) => Ok(()),
        Kind::Email => bad(Format::Email),
        Kind::Phone if text.is_empty() || crate::roster::is_phone(text) => Ok(()),
        Kind::Phone => bad(Format::Phone),
        Kind::Handle => handle(text).or_else(|_| bad(Format::Handle)),
        Kind::Url if text.is_empty() || is_web_url(text) => Ok(()),
        Kind::Url => bad(Format::Url),
        Kind::DealCode => deal_code(text).or_else(|_| bad(Format::DealCode)),
        Kind::RecipientCode => match crate::briefs::normalize_code(text) {
            Ok(code) if code == text => Ok(()),
            _ => bad(Format::RecipientCode),
        },
        Kind::Color if parse_color(text).is_some() && text.trim() == text => Ok(()),
        Kind::Color => bad(Format::Colour),
        Kind::List => list(column, text),
        Kind::Timeline => timeline(column, text),
        Kind::Id | Kind::Ref(_) | Kind::Int(..) | Kind::Flag | Kind::Money(_) => Ok(()),
        Kind::Real(..) | Kind::Logo => Ok(()),
    }
}

fn kinds(text: &str) -> std::result::Result<(), ()> {
    let names: Vec<&str> = text.split(',').collect();
    let known = names
        .iter()
        .all(|n| DealKind::ALL.iter().any(|k| k.as_str() == *n));
    let once = names
        .iter()
        .enumerate()
        .all(|(i, n)| !names[..i].contains(n));
    if known && once {
        Ok(())
    } else {
        Err(())
    }
}

fn handle(text: &str) -> std::result::Result<(), ()> {
    match crate::roster::normalize_handle(text) {
        Ok(n) if n.handle == text && !too_long(text, 200) => Ok(()),
        _ => Err(()),
    }
}

fn deal_code(text: &str) -> std::result::Result<(), ()> {
    let ok = text.len() <= 30
        && text
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(())
    }
}

/// A brief's list: a JSON array of at most twelve points, each a short text.
fn list(column: &str, text: &str) -> std::result::Result<(), String> {
    let points: Vec<String> = serde_json::from_str(text).map_err(|_| {
        msg::ErrorValueListFormat {
            column: column.into(),
        }
        .text(owner())
    })?;
    if points.len() > MAX_POINTS {
        return Err(msg::ErrorValueTooManyPoints {
            column: column.into(),
            count: points.len().into(),
            max: MAX_POINTS.into(),
        }
        .text(owner()));
    }
    if points.iter().any(|p| too_long(p, MAX_POINT)) {
        return Err(msg::ErrorValuePointTooLong {
            column: column.into(),
            max: MAX_POINT.into(),
        }
        .text(owner()));
    }
    Ok(())
}

/// A brief's timeline: at most eight steps, each a short name and a date or week.
fn timeline(column: &str, text: &str) -> std::result::Result<(), String> {
    let steps: Vec<crate::briefs::Milestone> = serde_json::from_str(text).map_err(|_| {
        msg::ErrorValueTimelineFormat {
            column: column.into(),
        }
        .text(owner())
    })?;
    if steps.len() > crate::briefs::MAX_MILESTONES {
        return Err(msg::ErrorValueTooManySteps {
            column: column.into(),
            count: steps.len().into(),
            max: crate::briefs::MAX_MILESTONES.into(),
        }
        .text(owner()));
    }
    for step in &steps {
        if too_long(&step.label, MAX_STEP_LABEL) {
            return Err(msg::ErrorValueStepTooLong {
                column: column.into(),
                max: MAX_STEP_LABEL.into(),
            }
            .text(owner()));
        }
        if crate::briefs::parse_when(&step.when).is_none() {
            return Err(msg::ErrorValueStepWhen {
                column: column.into(),
                when: step.when.as_str().into(),
            }
            .text(owner()));
        }
    }
    Ok(())
}
