//! One value of an export checked against its column: the right type (whole number, text, a
//! picture only for the logo), in bounds, in the formats the app writes. Every problem is a
//! short phrase; [`super::messages`] words the refusal around it.

use base64::Engine;
use chrono::{DateTime, NaiveDate};
use rusqlite::types::Value;
use serde_json::Value as Json;

use super::columns::{money_limit, Column, Kind, Presence};
use crate::check::{has_control, too_long};
use crate::deals::{is_web_url, DealKind};
use crate::settings::brand::{parse_color, MAX_LOGO_BYTES};
use crate::text::{is_currency, is_email};

/// The most points a brief's list holds, and the longest point (the brief form's limits).
const MAX_POINTS: usize = 12;
const MAX_POINT: usize = 300;
const MAX_STEP_LABEL: usize = 60;

type Checked = std::result::Result<Value, String>;

/// A short description of what was found, for the messages: `"lots"`, `a list`, `12`.
fn shown(value: &Json) -> String {
    match value {
        Json::Null => "nothing (null)".into(),
        Json::Bool(b) => format!("{b}"),
        Json::Number(n) => n.to_string(),
        Json::String(s) if s.chars().count() > 40 => {
            format!("a text of {} characters", s.chars().count())
        }
        Json::String(s) => format!("\u{201c}{s}\u{201d}"),
        Json::Array(_) => "a list".into(),
        Json::Object(_) => "a group of values".into(),
    }
}

/// The value as SQLite should store it, or what is wrong with it.
pub(super) fn check(column: &Column, value: &Json) -> Checked {
    if value.is_null() {
        return match column.presence {
            Presence::Nullable => Ok(Value::Null),
            _ => Err("is empty (null) but must have a value".into()),
        };
    }
    match column.kind {
        Kind::Id => int(value, 1, i64::MAX),
        Kind::Ref(_) => int(value, 1, i64::MAX),
        Kind::Int(min, max) => int(value, min, max),
        Kind::Flag => int(value, 0, 1),
        Kind::Money(times) => int(value, 0, money_limit(times)),
        Kind::Real(min, max) => real(value, min, max),
        Kind::Logo => logo(value),
        _ => {
            let Json::String(text) = value else {
                return Err(format!("should be text, not {}", shown(value)));
            };
            self::text(column.kind, text)?;
            Ok(Value::Text(text.clone()))
        }
    }
}

fn int(value: &Json, min: i64, max: i64) -> Checked {
    let Some(n) = value.as_i64() else {
        return Err(format!("should be a whole number, not {}", shown(value)));
    };
    if n < min || n > max {
        return Err(if max == i64::MAX {
            format!("is {n}; it must be at least {min}")
        } else if min == max {
            format!("is {n}; it must be {min}")
        } else {
            format!("is {n}; it must be from {min} to {max}")
        });
    }
    Ok(Value::Integer(n))
}

fn real(value: &Json, min: f64, max: f64) -> Checked {
    let Some(n) = value.as_f64().filter(|_| value.is_number()) else {
        return Err(format!("should be a number, not {}", shown(value)));
    };
    if !(min..=max).contains(&n) {
        return Err(format!("is {n}; it must be from {min} to {max}"));
    }
    Ok(Value::Real(n))
}

fn logo(value: &Json) -> Checked {
    let bytes = value
        .as_object()
        .filter(|o| o.len() == 1)
        .and_then(|o| o.get("base64"))
        .and_then(Json::as_str)
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .ok_or_else(|| "is not a picture in the export's format".to_string())?;
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(format!(
            "is a picture of {} bytes; the logo can be at most {MAX_LOGO_BYTES}",
            bytes.len()
        ));
    }
    Ok(Value::Blob(bytes))
}

fn longer(text: &str, max: usize) -> std::result::Result<(), String> {
    if too_long(text, max) {
        return Err(format!(
            "is {} characters long; keep it under {max}",
            text.chars().count()
        ));
    }
    Ok(())
}

/// Whether a text column's value is one the app could have written.
fn text(kind: Kind, text: &str) -> std::result::Result<(), String> {
    let shown = || shown(&Json::String(text.to_string()));
    let bad = |what: &str| Err(format!("is {}; {what}", shown()));
    match kind {
        Kind::Text(max) => longer(text, max),
        Kind::Line(max) => {
            longer(text, max)?;
            if has_control(text) {
                return Err("holds a line break or a control character".into());
            }
            Ok(())
        }
        Kind::Name(max) => {
            if text.trim().is_empty() {
                return Err("is empty but must have a value".into());
            }
            self::text(Kind::Line(max), text)
        }
        Kind::Enum(names) => {
            let names = names();
            if names.contains(&text) {
                Ok(())
            } else {
                bad(&format!("use one of {}", names.join(", ")))
            }
        }
        Kind::Kinds => kinds(text).or_else(|_| {
            bad(&format!(
                "use one or more of {}, separated by commas",
                DealKind::ALL.map(DealKind::as_str).join(", ")
            ))
        }),
        Kind::Date if NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok() => Ok(()),
        Kind::Date => bad("use a date such as 2026-12-01"),
        Kind::Stamp if DateTime::parse_from_rfc3339(text).is_ok() => Ok(()),
        Kind::Stamp => bad("use a moment such as 2026-12-01T09:30:00.000Z"),
        Kind::Currency if is_currency(text) => Ok(()),
        Kind::Currency => bad("use a three-letter currency code such as EUR"),
        Kind::Email if text.is_empty() || is_email(text) => Ok(()),
        Kind::Email => bad("it does not look like an email address"),
        Kind::Phone if text.is_empty() || crate::roster::is_phone(text) => Ok(()),
        Kind::Phone => bad("use digits, spaces, + - ( ) only"),
        Kind::Handle => handle(text).or_else(|_| bad("it is not a handle as Shoutout keeps one")),
        Kind::Url if text.is_empty() || is_web_url(text) => Ok(()),
        Kind::Url => bad("use a web address starting with https://"),
        Kind::DealCode => {
            deal_code(text).or_else(|_| bad("use up to 30 capital letters, digits, - or _"))
        }
        Kind::RecipientCode => match crate::briefs::normalize_code(text) {
            Ok(code) if code == text => Ok(()),
            _ => bad("use 3 to 20 capital letters, digits, - or _"),
        },
        Kind::Color if parse_color(text).is_some() && text.trim() == text => Ok(()),
        Kind::Color => bad("use a colour such as #E8554F"),
        Kind::List => list(text),
        Kind::Timeline => timeline(text),
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
fn list(text: &str) -> std::result::Result<(), String> {
    let points: Vec<String> = serde_json::from_str(text)
        .map_err(|_| "should be a list of points written as [\"…\", \"…\"]".to_string())?;
    if points.len() > MAX_POINTS {
        return Err(format!(
            "has {} points; use at most {MAX_POINTS}",
            points.len()
        ));
    }
    if points.iter().any(|p| too_long(p, MAX_POINT)) {
        return Err(format!("has a point over {MAX_POINT} characters"));
    }
    Ok(())
}

/// A brief's timeline: at most eight steps, each a short name and a date or week.
fn timeline(text: &str) -> std::result::Result<(), String> {
    let steps: Vec<crate::briefs::Milestone> = serde_json::from_str(text).map_err(|_| {
        "should be a list of steps written as [{\"label\": \"…\", \"when\": \"2026-12-01\"}]"
            .to_string()
    })?;
    if steps.len() > crate::briefs::MAX_MILESTONES {
        return Err(format!(
            "has {} steps; use at most {}",
            steps.len(),
            crate::briefs::MAX_MILESTONES
        ));
    }
    for step in &steps {
        if too_long(&step.label, MAX_STEP_LABEL) {
            return Err(format!("has a step name over {MAX_STEP_LABEL} characters"));
        }
        if crate::briefs::parse_when(&step.when).is_none() {
            return Err(format!(
                "has a step on \u{201c}{}\u{201d}, which is not a date or a week",
                step.when
            ));
        }
    }
    Ok(())
}
