//! Settings: the shop's brand profile and what the app remembers about itself.

pub mod brand;
pub mod prefs;
