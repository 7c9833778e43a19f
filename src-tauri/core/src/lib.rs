//! Shoutout's domain and storage: everything the app does, without any UI framework, so it
//! builds and tests in seconds and can be driven from the GUI, the command line and tests alike.

pub mod db;
pub mod error;
pub mod parse;
pub mod roster;
pub mod roster_csv;
pub mod sample;

pub use db::Db;
pub use error::{Error, FieldError, Result};

/// Adds the sample roster, skipping any sample creator already present. Returns how many were added.
pub fn load_sample_roster(db: &mut Db) -> Result<u32> {
    db.with_tx(|tx| {
        let mut added = 0;
        for input in sample::roster() {
            let draft = roster::validate(&input)?;
            let taken = draft
                .handles
                .iter()
                .map(|h| roster::owner_of(tx, h.platform, &h.handle))
                .collect::<Result<Vec<_>>>()?
                .into_iter()
                .any(|owner| owner.is_some());
            if !taken {
                roster::insert(tx, &draft, None)?;
                added += 1;
            }
        }
        Ok(added)
    })
}
