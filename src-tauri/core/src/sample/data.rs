//! A believable roster of local creators, for the first-run "sample roster" button, demos and
//! benchmarks. Deterministic: the same seed gives the same creators.

use std::collections::HashSet;

use super::plans::Text;
use crate::i18n::{self, msg, Lang};
use crate::roster::{CreatorInput, HandleInput, Platform, Status, Tier};

/// As many first names as the sample roster has creators, so each of them has their own.
const FIRST: &[&str] = &[
    "Zoë", "Liam", "Maya", "Noah", "Aisha", "Lucas", "Sofia", "Mateo", "Ingrid", "Yusuf", "Chloé",
    "Kenji", "Amara", "Felix", "Léa", "Omar", "Hannah", "Rafael", "Priya", "Jonas", "Elif",
    "Tomás", "Nora", "Ali", "Freya", "Diego", "Mei", "Oskar", "Ama", "Bruno", "Ana", "Luca",
    "Inès", "Theo", "Ruby", "Sami",
];
const LAST: &[&str] = &[
    "Martin", "Núñez", "Schmidt", "Okafor", "Rossi", "Dubois", "Kowalski", "Haddad", "Larsen",
    "Silva", "Nakamura", "Evans", "Moreau", "Yilmaz", "Fischer", "García", "Murphy", "Jensen",
    "Costa", "Novak", "Berg", "Ahmed", "Laurent", "Weber",
];
/// Each niche (its message is `sample-niche-<key>`) with the word a creator in it might put in
/// a handle, as in `amara.reads`.
const NICHES: &[(&str, &str)] = &[
    ("coffee", "sips"),
    ("brunch", "brunches"),
    ("vegan", "eats_green"),
    ("baking", "bakes"),
    ("fashion", "wears"),
    ("vintage", "thrifts"),
    ("beauty", "glows"),
    ("fitness", "runs"),
    ("family", "and_kids"),
    ("travel", "wanders"),
    ("books", "reads"),
    ("plants", "grows"),
    ("interiors", "at_home"),
    ("cycling", "rides"),
    ("street-food", "eats"),
    ("wine", "pours"),
    ("photography", "shoots"),
    ("local-events", "goes_out"),
    ("sustainability", "lives_green"),
    ("pets", "and_dog"),
];
const CITIES: &[&str] = &[
    "Lyon", "Leeds", "Utrecht", "Porto", "Gent", "Bologna", "Leipzig", "Bristol", "Aarhus", "Graz",
];
/// Notes the owner keeps, by message; most creators have none.
const NOTE: &[Option<Text>] = &[
    Some(msg::sample_note_market),
    Some(msg::sample_note_openings),
    Some(msg::sample_note_email),
    Some(msg::sample_note_unboxing),
    None,
    None,
];

/// A small linear congruential generator: enough variety, no dependency.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

fn slug(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'ë' | 'é' | 'è' => 'e',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            'á' | 'à' => 'a',
            'í' => 'i',
            'ó' | 'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '_',
        })
        .collect()
}

/// Handles given out so far, per platform. A creator gets the first free one of the forms
/// people choose; only when all are taken (big generated rosters) does their number go on the
/// end, which keeps it unique because no form ends in a digit.
#[derive(Default)]
struct Taken(HashSet<(Platform, String)>);

impl Taken {
    fn claim(&mut self, platform: Platform, forms: &[String], number: usize) -> String {
        for form in forms {
            if self.0.insert((platform, form.clone())) {
                return form.clone();
            }
        }
        format!("{}{number}", forms[0])
    }
}

/// A fee per post in major units, from the tier of the biggest following: tens for nano, a
/// few hundred for micro, rounded to 5.
fn rate_for(followers: i64) -> i64 {
    let rate = match Tier::from_followers(followers) {
        Tier::Starter => 10 + followers / 100,
        Tier::Nano => 15 + followers / 200,
        Tier::Micro => 100 + followers / 125,
        Tier::Macro | Tier::Mega => 1_000 + followers / 100,
    };
    (rate + 2) / 5 * 5
}

/// One creator named `first`, living in `town`, with rates in `currency`, described in `lang`.
fn creator(
    rng: &mut Lcg,
    number: usize,
    (first, town, currency, lang): (&str, &str, &str, Lang),
    taken: &mut Taken,
) -> CreatorInput {
    let last = rng.pick(LAST);
    let (niche, word) = rng.pick(NICHES);
    let (f, l, t) = (slug(first), slug(last), slug(town));
    let mut forms = [
        format!("{f}.{word}"),
        format!("{f}_{word}_{t}"),
        format!("{f}.{l}"),
        format!("{f}_in_{t}"),
    ];
    forms.rotate_left(rng.below(4) as usize);
    // Mostly nano and micro: log-uniform between 800 and 250K.
    let followers = (800.0 * (312.5f64).powf(rng.below(1000) as f64 / 1000.0)) as i64;
    let instagram = taken.claim(Platform::Instagram, &forms, number);
    let mut handles = vec![HandleInput {
        platform: Some(Platform::Instagram),
        handle: instagram.clone(),
        followers: followers.to_string(),
    }];
    let mut top = followers;
    if rng.below(3) == 0 {
        let on_tiktok = followers * (rng.below(150) as i64 + 20) / 100;
        top = top.max(on_tiktok);
        let forms = [format!("{f}_{l}"), format!("{f}.{word}"), format!("{f}{l}")];
        handles.push(HandleInput {
            platform: Some(Platform::Tiktok),
            handle: taken.claim(Platform::Tiktok, &forms, number),
            followers: on_tiktok.to_string(),
        });
    }
    if rng.below(8) == 0 {
        let forms = [format!("{f}{l}"), format!("{f}_{l}_{t}")];
        handles.push(HandleInput {
            platform: Some(Platform::Youtube),
            handle: taken.claim(Platform::Youtube, &forms, number),
            followers: (followers / (rng.below(8) as i64 + 2)).to_string(),
        });
    }
    let likes = followers * (rng.below(70) as i64 + 15) / 1000;
    let mut niches = vec![i18n::label(lang, "sample-niche", niche)];
    let (second, _) = rng.pick(NICHES);
    if second != niche {
        niches.push(i18n::label(lang, "sample-niche", second));
    }
    CreatorInput {
        display_name: format!("{first} {last}"),
        handles,
        avg_likes: likes.to_string(),
        avg_comments: (likes / (rng.below(20) as i64 + 8)).to_string(),
        avg_shares: (likes / (rng.below(30) as i64 + 15)).to_string(),
        niches,
        city: town.to_string(),
        email: format!("{instagram}@example.com"),
        rate: rate_for(top).to_string(),
        currency: currency.into(),
        open_to_gifting: rng.below(4) != 0,
        status: Status::ALL[rng.below(if number.is_multiple_of(7) { 5 } else { 4 }) as usize],
        notes: rng.pick(NOTE).map(|note| note(lang)).unwrap_or_default(),
        ..CreatorInput::default()
    }
}

/// `count` creators in several towns, with rates in euros, in English; handles are unique.
pub fn creators(count: usize, seed: u64) -> Vec<CreatorInput> {
    let mut rng = Lcg(seed ^ 0x9E37_79B9_7F4A_7C15);
    let mut taken = Taken::default();
    (0..count)
        .map(|i| {
            let (first, town) = (rng.pick(FIRST), rng.pick(CITIES));
            creator(&mut rng, i, (first, town, "EUR", Lang::En), &mut taken)
        })
        .collect()
}

/// The sample roster offered on first run: one creator for each first name, all living in
/// `town`, with rates in `currency`, described (niches, notes) in `lang`.
pub fn roster(town: &str, currency: &str, lang: Lang) -> Vec<CreatorInput> {
    let mut rng = Lcg(7 ^ 0x9E37_79B9_7F4A_7C15);
    let mut names = FIRST.to_vec();
    for i in (1..names.len()).rev() {
        names.swap(i, rng.below(i as u64 + 1) as usize);
    }
    let mut taken = Taken::default();
    names
        .into_iter()
        .enumerate()
        .map(|(i, first)| creator(&mut rng, i, (first, town, currency, lang), &mut taken))
        .collect()
}

const CAMPAIGNS: &[&str] = &[
    "Autumn Oat Latte launch",
    "Vintage market weekend",
    "Winter menu",
    "Spring brunch",
    "Loyalty card",
    "Summer terrace",
    "Valentine's box",
    "Back to school",
];
const ITEMS: &[(&str, i64, i64)] = &[
    ("Tasting flight for two", 650, 1800),
    ("Spend allowance", 800, 2500),
    ("Oat latte bag, 250 g", 420, 1290),
    ("Tote bag", 310, 1500),
    ("Knit scarf", 1900, 5900),
    ("Brunch for two", 1400, 4200),
    ("Gift card", 2000, 2000),
];

/// `count` deals spread over `creator_ids` and the past year before `today`, in every status,
/// with results on the posted ones: for benchmarks and load tests.
pub fn deals(
    count: usize,
    seed: u64,
    creator_ids: &[i64],
    today: chrono::NaiveDate,
) -> Vec<(crate::deals::Draft, crate::deals::DealStatus)> {
    use crate::deals::{DealKind, DealStatus, Deliverable, Draft, Item, Results};
    let mut rng = Lcg(seed ^ 0x5DEE_CE66_D1CE_4E5B);
    let days = |n: u64| chrono::Duration::days(n as i64);
    (0..count)
        .map(|_| {
            let start = today - days(rng.below(365));
            let kind = DealKind::ALL[rng.below(5) as usize];
            // Older deals are mostly finished; recent ones are spread over the open steps.
            let status = if (today - start).num_days() > 45 {
                [
                    DealStatus::Completed,
                    DealStatus::Completed,
                    DealStatus::Completed,
                    DealStatus::Completed,
                    DealStatus::Declined,
                    DealStatus::Cancelled,
                    DealStatus::Posted,
                ][rng.below(7) as usize]
            } else {
                DealStatus::ALL[rng.below(5) as usize]
            };
            let (name, cost, retail) = ITEMS[rng.below(ITEMS.len() as u64) as usize];
            let given = status.has_given().then(|| start + days(rng.below(6)));
            let posted = matches!(status, DealStatus::Posted | DealStatus::Completed);
            let due = start + days(7 + rng.below(21));
            let n = |rng: &mut Lcg, max: u64| Some(rng.below(max) as i64);
            let results = if posted {
                Results {
                    reach: n(&mut rng, 20_000),
                    impressions: n(&mut rng, 30_000),
                    likes: n(&mut rng, 1_500),
                    comments: n(&mut rng, 120),
                    shares: n(&mut rng, 80),
                    saves: n(&mut rng, 90),
                    clicks: n(&mut rng, 300),
                    redemptions: n(&mut rng, 30),
                    walk_ins: n(&mut rng, 20),
                    revenue_minor: n(&mut rng, 60_000),
                }
            } else {
                Results::default()
            };
            let draft = Draft {
                creator_id: creator_ids[rng.below(creator_ids.len() as u64) as usize],
                brief_id: None,
                campaign: rng.pick(CAMPAIGNS).to_string(),
                kinds: vec![kind],
                platform: Platform::ALL[rng.below(3) as usize],
                currency: "EUR".into(),
                fee_minor: if kind == DealKind::Paid { 15_000 } else { 0 },
                commission_bp: if kind == DealKind::Affiliate {
                    1_000
                } else {
                    0
                },
                shipping_minor: if kind == DealKind::Gifting { 490 } else { 0 },
                start_date: start,
                handover_date: given,
                visit_at: String::new(),
                discount_code: format!("CODE{}", rng.below(1_000_000)),
                landing_url: String::new(),
                items: vec![Item {
                    name: name.into(),
                    quantity: 1 + rng.below(2) as i64,
                    unit_cost_minor: cost,
                    unit_retail_minor: retail,
                }],
                deliverables: vec![Deliverable {
                    label: "1 Instagram Reel".into(),
                    due_date: Some(due.to_string()),
                    post_url: if posted {
                        "https://www.instagram.com/p/sample/".into()
                    } else {
                        String::new()
                    },
                    posted_date: posted.then(|| due.min(today).to_string()),
                    disclosure_seen: posted,
                }],
                results,
                rating: (status == DealStatus::Completed).then(|| 3 + rng.below(3) as u8),
                work_again: (status == DealStatus::Completed).then_some(true),
                feedback: String::new(),
                notes: String::new(),
            };
            (draft, status)
        })
        .collect()
}
