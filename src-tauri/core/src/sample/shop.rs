//! The sample shop: the brand that fills an empty profile, the town its creators live in and
//! amounts written the way the shop's currency is.

use crate::settings::brand::{Brand, DEFAULT_ACCENT};

/// The sample shop that fills an empty brand profile.
pub fn brand() -> Brand {
    Brand {
        shop_name: "Café Lumen".into(),
        address: "12 Rue des Tanneurs, 69001 Lyon".into(),
        website: "cafelumen.example".into(),
        instagram: "cafelumen".into(),
        contact_name: "Lina Moreau".into(),
        contact_email: "lina@cafelumen.example".into(),
        accent_color: DEFAULT_ACCENT.into(),
        currency: "EUR".into(),
        ..Brand::default()
    }
}

/// One town for all sample creators: the sample shop's own for euros, else a town where the
/// owner's currency is spent (the owner's address is free text, not a town to rely on).
pub(super) fn town(currency: &str) -> &'static str {
    match currency {
        "GBP" => "Leeds",
        "USD" => "Portland",
        "CAD" => "Halifax",
        "AUD" => "Hobart",
        "CHF" => "Bern",
        "SEK" => "Uppsala",
        "DKK" => "Aarhus",
        "NOK" => "Bergen",
        _ => "Lyon",
    }
}

/// A whole amount as a shop writes it: `€60`, `£60`, `$60`, else `60 CHF`.
pub(super) fn money(amount: u32, currency: &str) -> String {
    match currency {
        "EUR" => format!("€{amount}"),
        "GBP" => format!("£{amount}"),
        "USD" => format!("${amount}"),
        code => format!("{amount} {code}"),
    }
}
