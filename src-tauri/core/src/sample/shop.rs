//! The sample shop: the brand that fills an empty profile, the town its creators live in and
//! amounts written the way the shop's currency is.

use crate::i18n::Lang;
use crate::settings::brand::{Brand, DEFAULT_ACCENT};

/// The sample shop that fills an empty brand profile, writing to creators in English.
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

/// One town for all sample creators: for euros the sample shop's own, or one where the shop's
/// language is spoken; else a town where the owner's currency is spent (the owner's address is
/// free text, not a town to rely on).
pub(super) fn town(currency: &str, lang: Lang) -> &'static str {
    match currency {
        "EUR" => match lang {
            Lang::De => "Graz",
            Lang::Es => "Valencia",
            Lang::It => "Bologna",
            Lang::Nl => "Utrecht",
            Lang::Pt => "Porto",
            Lang::En | Lang::Fr | Lang::Pseudo => "Lyon",
        },
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

/// A whole amount as a shop writes it: `€60`, `£60`, `$60`, else `60 CHF`; in English. Other
/// languages put the euro after the amount (`60 €`; Dutch before it, `€ 60`).
pub(super) fn money(amount: u32, currency: &str, lang: Lang) -> String {
    match (currency, lang) {
        ("EUR", Lang::En | Lang::Pseudo) => format!("€{amount}"),
        ("EUR", Lang::Nl) => format!("€\u{a0}{amount}"),
        ("EUR", _) => format!("{amount}\u{a0}€"),
        ("GBP", _) => format!("£{amount}"),
        ("USD", _) => format!("${amount}"),
        (code, _) => format!("{amount}\u{a0}{code}"),
    }
}
