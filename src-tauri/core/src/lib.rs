//! Shoutout's domain and storage: everything the app does, without any UI framework, so it
//! builds and tests in seconds and can be driven from the GUI, the command line and tests alike.

pub mod brand;
pub mod brief;
pub mod brief_export;
pub mod db;
pub mod error;
pub mod handoff;
pub mod parse;
pub mod pdf;
pub mod roster;
pub mod roster_csv;
pub mod sample;

pub use db::Db;
pub use error::{Error, FieldError, Result};

/// Adds the sample roster and two sample briefs addressed to sample creators, skipping what is
/// already there, and fills an empty brand profile with a sample shop. Returns how many
/// creators were added.
pub fn load_sample_roster(db: &mut Db) -> Result<u32> {
    db.with_tx(|tx| {
        let mut added = Vec::new();
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
                added.push(roster::insert(tx, &draft, None)?);
            }
        }
        Ok(added)
    })
    .and_then(|added| {
        if added.len() >= 4 {
            for (i, input) in sample::briefs().iter().enumerate() {
                let b = brief::create_brief(db, input)?;
                let picks: Vec<brief::RecipientInput> = added[i * 2..i * 2 + 2]
                    .iter()
                    .map(|&creator_id| brief::RecipientInput {
                        creator_id,
                        code: String::new(),
                    })
                    .collect();
                brief::set_recipients(db, b.id, &picks)?;
            }
        }
        let current = brand::get(db.conn())?.brand;
        if current.shop_name.is_empty() {
            brand::save(db, &sample::brand())?;
        }
        Ok(added.len() as u32)
    })
}
