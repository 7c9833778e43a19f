//! Home: the dashboard of what is running and what it brought. Each figure is its own query
//! in `figures`; this file puts them together for the day the owner is in.

mod figures;
mod model;

pub use model::{
    CampaignResult, CreatorReturn, Dashboard, DueItem, MonthValue, StatusCount, ValueGiven,
};

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Connection;

use crate::error::Result;
use figures::month_start;

/// The home screen on `today`, in the shop's currency (deals in other currencies are not added in).
pub fn dashboard(conn: &Connection, today: NaiveDate) -> Result<Dashboard> {
    let currency = crate::settings::brand::get(conn)?.brand.currency;
    let today_text = today.to_string();
    let week_end = (today + Duration::days(7)).to_string();
    let (due_this_week, due_this_week_total) = figures::due_items(
        conn,
        "x.due_date >= ?1 AND x.due_date < ?2",
        &[&today_text, &week_end],
        today,
    )?;
    let (overdue, overdue_total) =
        figures::due_items(conn, "x.due_date < ?1", &[&today_text], today)?;
    let by_status = figures::by_status(conn)?;
    let this_month = month_start(today, 0);
    let next_month = this_month
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(today);
    let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
    let next_year = NaiveDate::from_ymd_opt(today.year() + 1, 1, 1).unwrap_or(today);
    Ok(Dashboard {
        today: today_text,
        deals: by_status.iter().map(|s| s.count).sum(),
        due_this_week,
        due_this_week_total,
        overdue,
        overdue_total,
        by_status,
        gifted_this_month: figures::value_given(conn, &currency, this_month, next_month)?,
        gifted_this_year: figures::value_given(conn, &currency, year_start, next_year)?,
        per_month: figures::per_month(conn, &currency, today, next_month)?,
        per_campaign: figures::per_campaign(conn, &currency)?,
        top_creators: figures::top_creators(conn, &currency)?,
        nudges: crate::deals::nudges(conn, today)?,
        currency,
    })
}
