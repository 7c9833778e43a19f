//! What the app remembers about itself: whether the first-run questions were answered, the look
//! the owner chose, and where the window was. Kept in the roster file, so a copy of the file
//! (or a test's own file) brings its own.

use rusqlite::{params, Connection};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, Result};
use crate::i18n::{msg, owner, Lang};
use crate::settings::brand::{self as brand, Brand, DateStyle, PageSize};
use crate::storage::db::Db;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Light or dark as the system is.
    #[default]
    System,
    Light,
    Dark,
}

crate::stored_enum!(Theme, fallback: System, { System => "system", Light => "light", Dark => "dark" });

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Appearance {
    pub theme: Theme,
    /// Text size in percent of the normal size: 100, 125 or 150.
    pub text_scale: u16,
    /// The app's language; none means the system's.
    pub language: Option<Lang>,
}

pub const TEXT_SCALES: [u16; 3] = [100, 125, 150];

/// The questions of the first run: only what briefs and money need before anything else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct FirstRun {
    pub shop_name: String,
    /// Where creators answer a brief; may stay empty (the brief editor then warns).
    pub contact_email: String,
    pub currency: String,
    pub page_size: PageSize,
    pub date_style: DateStyle,
    /// What the shop writes to creators in.
    pub language: Lang,
}

/// The window's place and size in logical pixels (the same on a screen scaled 1x or 2x).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowState {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    pub maximized: bool,
}

pub fn is_set_up(conn: &Connection) -> Result<bool> {
    Ok(
        conn.query_row("SELECT set_up FROM preferences WHERE id = 1", [], |r| {
            r.get(0)
        })?,
    )
}

/// Marks the first run as done: the file was filled some other way (sample data, an import).
pub fn mark_set_up(conn: &Connection) -> Result<()> {
    conn.execute("UPDATE preferences SET set_up = 1 WHERE id = 1", [])?;
    Ok(())
}

/// Saves the first-run answers into the brand profile and marks the file set up, together.
pub fn complete_first_run(db: &mut Db, answers: &FirstRun) -> Result<Brand> {
    if answers.shop_name.trim().is_empty() {
        return Err(Error::invalid("shop_name", msg::error_shop_name(owner())));
    }
    db.with_tx(|tx| {
        let current = brand::get(tx)?.brand;
        let saved = brand::write(
            tx,
            &Brand {
                shop_name: answers.shop_name.clone(),
                contact_email: answers.contact_email.clone(),
                currency: answers.currency.clone(),
                page_size: answers.page_size,
                date_style: answers.date_style,
                language: answers.language,
                ..current
            },
        )?;
        mark_set_up(tx)?;
        Ok(saved)
    })
}

pub fn appearance(conn: &Connection) -> Result<Appearance> {
    Ok(conn.query_row(
        "SELECT theme, text_scale, language FROM preferences WHERE id = 1",
        [],
        |r| {
            let language: String = r.get(2)?;
            Ok(Appearance {
                theme: r.get(0)?,
                text_scale: r.get(1)?,
                language: Lang::stored_or_none(&language),
            })
        },
    )?)
}

pub fn save_appearance(db: &mut Db, wanted: &Appearance) -> Result<Appearance> {
    if !TEXT_SCALES.contains(&wanted.text_scale) {
        return Err(Error::invalid("text_scale", msg::error_text_size(owner())));
    }
    db.with_tx(|tx| {
        tx.execute(
            "UPDATE preferences SET theme = ?1, text_scale = ?2, language = ?3 WHERE id = 1",
            params![
                wanted.theme,
                wanted.text_scale,
                wanted.language.map_or("", Lang::as_str)
            ],
        )?;
        appearance(tx)
    })
}

/// A screen's work area (without panels and docks) in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Area {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

/// Room left around a window that does not fill the screen, and for its title bar.
const MARGIN: u32 = 24;
const TITLE_BAR: u32 = 40;

/// Where the window goes on `area`: as `wanted` (its size, and its place when it is known), made
/// smaller to fit the screen with its title bar, and moved on to it when it would hang off it.
pub fn fit(wanted: (u32, u32), place: Option<(i32, i32)>, area: Area) -> (i32, i32, u32, u32) {
    let room = |span: u32, around: u32| span.saturating_sub(around).max(1);
    let (width, height) = (
        wanted.0.min(room(area.width, MARGIN)),
        wanted.1.min(room(area.height, TITLE_BAR)),
    );
    // The farthest right and down the window can start and still be whole on the screen.
    let right = area.x + area.width.saturating_sub(width) as i32;
    let bottom = area.y + area.height.saturating_sub(height + TITLE_BAR) as i32;
    let centred = ((area.x + right) / 2, (area.y + bottom) / 2);
    let (x, y) = place.unwrap_or(centred);
    (
        x.clamp(area.x, right),
        y.clamp(area.y, bottom),
        width,
        height,
    )
}

/// The window as it was last left, if it ever was.
pub fn window(conn: &Connection) -> Result<Option<WindowState>> {
    Ok(conn.query_row(
        "SELECT window_x, window_y, window_width, window_height, window_maximized
           FROM preferences WHERE id = 1",
        [],
        |r| {
            Ok(match (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?) {
                (Some(x), Some(y), Some(width), Some(height)) => Some(WindowState {
                    x,
                    y,
                    width,
                    height,
                    maximized: r.get(4)?,
                }),
                _ => None,
            })
        },
    )?)
}

pub fn save_window(conn: &Connection, state: &WindowState) -> Result<()> {
    if state.width == 0 || state.height == 0 {
        return Err(Error::invalid("window", msg::error_window_size(owner())));
    }
    conn.execute(
        "UPDATE preferences SET window_x = ?1, window_y = ?2, window_width = ?3,
                window_height = ?4, window_maximized = ?5 WHERE id = 1",
        params![state.x, state.y, state.width, state.height, state.maximized],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers() -> FirstRun {
        FirstRun {
            shop_name: "Café Lumière".into(),
            contact_email: "hello@lumiere.example".into(),
            currency: "gbp".into(),
            page_size: PageSize::Letter,
            date_style: DateStyle::Mdy,
            language: Lang::Fr,
        }
    }

    #[test]
    fn a_new_file_asks_the_first_run_questions_once() {
        let mut db = Db::open_in_memory().unwrap();
        assert!(!is_set_up(db.conn()).unwrap());
        let brand = complete_first_run(&mut db, &answers()).unwrap();
        assert_eq!(brand.shop_name, "Café Lumière");
        assert_eq!(brand.contact_email, "hello@lumiere.example");
        assert_eq!(brand.currency, "GBP");
        assert_eq!(brand.page_size, PageSize::Letter);
        assert_eq!(brand.date_style, DateStyle::Mdy);
        assert_eq!(brand.language, Lang::Fr);
        assert!(is_set_up(db.conn()).unwrap());
    }

    #[test]
    fn bad_first_run_answers_are_refused_and_nothing_is_marked() {
        let mut db = Db::open_in_memory().unwrap();
        for (field, bad) in [
            (
                "shop_name",
                FirstRun {
                    shop_name: "   ".into(),
                    ..answers()
                },
            ),
            (
                "currency",
                FirstRun {
                    currency: "euro".into(),
                    ..answers()
                },
            ),
            (
                "contact_email",
                FirstRun {
                    contact_email: "hello at lumiere".into(),
                    ..answers()
                },
            ),
            (
                "shop_name",
                FirstRun {
                    shop_name: "x".repeat(121),
                    ..answers()
                },
            ),
        ] {
            match complete_first_run(&mut db, &bad) {
                Err(Error::Invalid(errors)) => assert_eq!(errors[0].field, field),
                other => panic!("{field}: {other:?}"),
            }
            assert!(!is_set_up(db.conn()).unwrap());
            assert_eq!(brand::get(db.conn()).unwrap().brand.shop_name, "");
        }
    }

    #[test]
    fn the_window_fits_a_small_screen_and_stays_on_it() {
        let small = Area {
            x: 0,
            y: 0,
            width: 1024,
            height: 700,
        };
        // The 1280×800 default on a 1024×700 screen: smaller, whole, title bar included.
        let (x, y, w, h) = fit((1280, 800), None, small);
        assert_eq!((w, h), (1000, 660));
        assert!(x >= 0 && x + w as i32 <= 1024, "{x} {w}");
        assert!(y >= 0 && y + (h + TITLE_BAR) as i32 <= 700, "{y} {h}");
        // A saved place half off a screen is moved on to it; one on it is kept.
        assert_eq!(fit((800, 600), Some((900, -50)), small), (224, 0, 800, 600));
        assert_eq!(fit((800, 600), Some((10, 20)), small), (10, 20, 800, 600));
        // A second screen to the left, at negative coordinates.
        let left = Area {
            x: -1920,
            y: 0,
            width: 1920,
            height: 1080,
        };
        assert_eq!(fit((1280, 800), None, left), (-1600, 120, 1280, 800));
        // A screen that reports no size at all does not stop the app from starting.
        let none = Area {
            x: 0,
            y: 0,
            width: 0,
            height: 0,
        };
        assert_eq!(fit((1280, 800), Some((50, 50)), none), (0, 0, 1, 1));
    }

    #[test]
    fn appearance_and_window_are_remembered() {
        let mut db = Db::open_in_memory().unwrap();
        assert_eq!(
            appearance(db.conn()).unwrap(),
            Appearance {
                theme: Theme::System,
                text_scale: 100,
                language: None,
            }
        );
        let dark = Appearance {
            theme: Theme::Dark,
            text_scale: 150,
            language: Some(Lang::De),
        };
        assert_eq!(save_appearance(&mut db, &dark).unwrap(), dark);
        assert!(save_appearance(
            &mut db,
            &Appearance {
                theme: Theme::Light,
                text_scale: 300,
                language: None,
            }
        )
        .is_err());
        assert_eq!(appearance(db.conn()).unwrap(), dark);

        assert_eq!(window(db.conn()).unwrap(), None);
        let placed = WindowState {
            x: -40,
            y: 30,
            width: 1400,
            height: 900,
            maximized: true,
        };
        save_window(db.conn(), &placed).unwrap();
        assert_eq!(window(db.conn()).unwrap(), Some(placed));
        assert!(save_window(db.conn(), &WindowState { width: 0, ..placed }).is_err());
    }
}
