//! A believable roster of local creators, for the first-run "sample roster" button, demos and
//! benchmarks. Deterministic: the same seed gives the same creators.

use crate::roster::{CreatorInput, HandleInput, Platform, Status};

const FIRST: &[&str] = &[
    "Zoë", "Liam", "Maya", "Noah", "Aisha", "Lucas", "Sofia", "Mateo", "Ingrid", "Yusuf", "Chloé",
    "Kenji", "Amara", "Felix", "Léa", "Omar", "Hannah", "Rafael", "Priya", "Jonas", "Elif",
    "Tomás", "Nora", "Ali", "Freya", "Diego", "Mei", "Oskar", "Ama", "Bruno", "Ana", "Luca",
];
const LAST: &[&str] = &[
    "Martin", "Núñez", "Schmidt", "Okafor", "Rossi", "Dubois", "Kowalski", "Haddad", "Larsen",
    "Silva", "Nakamura", "Evans", "Moreau", "Yilmaz", "Fischer", "García", "Murphy", "Jensen",
    "Costa", "Novak", "Berg", "Ahmed", "Laurent", "Weber",
];
const NICHES: &[&str] = &[
    "coffee",
    "brunch",
    "vegan",
    "baking",
    "fashion",
    "vintage",
    "beauty",
    "fitness",
    "family",
    "travel",
    "books",
    "plants",
    "interiors",
    "cycling",
    "street food",
    "wine",
    "photography",
    "local events",
    "sustainability",
    "pets",
];
const CITIES: &[&str] = &[
    "Lyon", "Leeds", "Utrecht", "Porto", "Gent", "Bologna", "Leipzig", "Bristol", "Aarhus", "Graz",
];
const NOTE: &[&str] = &[
    "Met at the spring market; loves flat whites.",
    "Posts a weekly round-up of new openings.",
    "Prefers to be contacted by email.",
    "Did a great unboxing for a bakery nearby.",
    "",
    "",
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
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
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

/// `count` creators; the index in each handle keeps handles unique.
pub fn creators(count: usize, seed: u64) -> Vec<CreatorInput> {
    let mut rng = Lcg(seed ^ 0x9E37_79B9_7F4A_7C15);
    (0..count)
        .map(|i| {
            let first = rng.pick(FIRST);
            let last = rng.pick(LAST);
            let niche = rng.pick(NICHES);
            let base = format!("{}.{}", slug(first), slug(niche).replace(' ', "_"));
            // Mostly nano and micro: log-uniform between 800 and 250K.
            let followers = (800.0 * (312.5f64).powf(rng.below(1000) as f64 / 1000.0)) as i64;
            let mut handles = vec![HandleInput {
                platform: Some(Platform::Instagram),
                handle: format!("{base}{i}"),
                followers: followers.to_string(),
            }];
            if rng.below(3) == 0 {
                handles.push(HandleInput {
                    platform: Some(Platform::Tiktok),
                    handle: format!("{}_{}{i}", slug(first), slug(last)),
                    followers: (followers * (rng.below(150) as i64 + 20) / 100).to_string(),
                });
            }
            if rng.below(8) == 0 {
                handles.push(HandleInput {
                    platform: Some(Platform::Youtube),
                    handle: format!("{}{}{i}", slug(first), slug(last)),
                    followers: (followers / (rng.below(8) as i64 + 2)).to_string(),
                });
            }
            let likes = followers * (rng.below(70) as i64 + 15) / 1000;
            let mut niches = vec![niche.to_string()];
            let second = rng.pick(NICHES);
            if second != niche {
                niches.push(second.to_string());
            }
            CreatorInput {
                display_name: format!("{first} {last}"),
                handles,
                avg_likes: likes.to_string(),
                avg_comments: (likes / (rng.below(20) as i64 + 8)).to_string(),
                avg_shares: (likes / (rng.below(30) as i64 + 15)).to_string(),
                niches,
                city: rng.pick(CITIES).to_string(),
                email: format!("{}.{}{i}@example.com", slug(first), slug(last)),
                rate: ((rng.below(30) + 3) * 1000).to_string(),
                currency: "EUR".into(),
                open_to_gifting: rng.below(4) != 0,
                status: Status::ALL[rng.below(if i % 7 == 0 { 5 } else { 4 }) as usize],
                notes: rng.pick(NOTE).to_string(),
                ..CreatorInput::default()
            }
        })
        .collect()
}

/// The sample roster offered on first run: 36 creators, no two with the same name.
pub fn roster() -> Vec<CreatorInput> {
    let mut seen = std::collections::HashSet::new();
    creators(120, 7)
        .into_iter()
        .filter(|c| seen.insert(c.display_name.clone()))
        .take(36)
        .collect()
}

/// Two sample briefs a cafe might send, with placeholders for each creator.
pub fn briefs() -> Vec<crate::briefs::BriefInput> {
    use crate::briefs::{BriefInput, Milestone};
    let list = |items: &[&str]| items.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        BriefInput {
            campaign: "Autumn Oat Latte launch".into(),
            summary: "Our new oat latte with house-made spiced syrup arrives on 1 December. \
                We would love {first_name} to be among the first to try it, at a quiet moment \
                in the cafe, and to tell their followers what makes it worth the walk."
                .into(),
            goals: list(&[
                "Bring new faces from the neighbourhood in during the launch fortnight",
                "Make the spiced oat latte the drink people ask for by name",
                "Grow @{shop}'s local following with honest, warm content",
            ]),
            messaging: list(&[
                "Mention your code {code} for 15% off a drink until 31 December",
                "Tag the cafe and use #OatLatteSeason",
                "Show the latte art and the window seat, not just the cup",
            ]),
            disclosure: String::new(),
            target_group: list(&[
                "Neighbours and students within a 15-minute walk",
                "Plant-based and lactose-free coffee drinkers",
            ]),
            deliverables: list(&[
                "1 Reel, 30–60 s, filmed in the cafe",
                "2 Stories with a link sticker to our map pin",
                "1 feed photo in the carousel after the launch week",
            ]),
            timeline: vec![
                Milestone {
                    label: "Visit and tasting".into(),
                    when: "2026-11-26".into(),
                },
                Milestone {
                    label: "Concepts to us".into(),
                    when: "2026-11-28".into(),
                },
                Milestone {
                    label: "Drafts for a quick look".into(),
                    when: "2026-12-01".into(),
                },
                Milestone {
                    label: "Reel goes live".into(),
                    when: "2026-12-03".into(),
                },
                Milestone {
                    label: "Stories and photo".into(),
                    when: "2026-W50".into(),
                },
            ],
            compensation:
                "Free drinks and pastries during the visit, a €60 gift card, and €90 on posting."
                    .into(),
            dos: list(&[
                "Be yourself: your own words and music",
                "Film in daylight by the window",
            ]),
            donts: list(&[
                "No other coffee brands in frame",
                "No posting before the launch day",
            ]),
            contact: String::new(),
        },
        BriefInput {
            campaign: "Vintage market weekend".into(),
            summary: "Once a season we open the courtyard to local makers. Come by, pick a \
                piece you love from the rails, keep it, and show {first_name}'s way of styling it."
                .into(),
            goals: list(&[
                "Fill the courtyard on Saturday morning",
                "Introduce the makers to new customers",
            ]),
            messaging: list(&[
                "Your code {code} gives 10% off at the till",
                "Use #CourtyardMarket",
            ]),
            disclosure: "#gifted at the start of the caption".into(),
            target_group: list(&[
                "Second-hand and vintage fans",
                "Families looking for a weekend outing",
            ]),
            deliverables: list(&["3 Stories on the day", "1 TikTok try-on, 20–40 s"]),
            timeline: vec![
                Milestone {
                    label: "Pick-up or visit".into(),
                    when: "2026-W50".into(),
                },
                Milestone {
                    label: "Market day posts".into(),
                    when: "2026-12-12".into(),
                },
            ],
            compensation: "One piece of your choice up to €80 retail value.".into(),
            dos: Vec::new(),
            donts: Vec::new(),
            contact: "Ask Lina at the counter, or write to hello@cafelumen.example".into(),
        },
    ]
}

/// The sample shop that fills an empty brand profile.
pub fn brand() -> crate::settings::brand::Brand {
    crate::settings::brand::Brand {
        shop_name: "Café Lumen".into(),
        address: "12 Rue des Tanneurs, 69001 Lyon".into(),
        website: "cafelumen.example".into(),
        instagram: "cafelumen".into(),
        contact_name: "Lina Moreau".into(),
        contact_email: "lina@cafelumen.example".into(),
        accent_color: crate::settings::brand::DEFAULT_ACCENT.into(),
        currency: "EUR".into(),
        ..crate::settings::brand::Brand::default()
    }
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
