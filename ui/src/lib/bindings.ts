// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit.

export type Lang = "en" | "fr" | "de" | "es" | "it" | "nl" | "pt" | "en-XA";

export type Platform = "instagram" | "tiktok" | "youtube" | "other";

export type Status = "prospect" | "contacted" | "active" | "paused" | "do_not_contact";

export type Tier = "starter" | "nano" | "micro" | "macro" | "mega";

export type SortKey = "name" | "followers" | "tier" | "engagement" | "city" | "status" | "gifting" | "updated" | "created";

export type Handle = { platform: Platform, 
/**
 * Normalized: lower case, without `@`.
 */
handle: string, followers: number, };

export type HandleInput = { platform: Platform | null, handle: string, followers: string, };

export type CreatorInput = { display_name: string, handles: Array<HandleInput>, avg_likes: string, avg_comments: string, avg_shares: string, engagement_rate: string, niches: Array<string>, city: string, email: string, phone: string, rate: string, currency: string, open_to_gifting: boolean, status: Status, notes: string, 
/**
 * What briefs and messages to them are written in; none means the shop's language.
 */
language: Lang | null, };

export type Creator = { id: number, display_name: string, handles: Array<Handle>, avg_likes: number | null, avg_comments: number | null, avg_shares: number | null, 
/**
 * The rate typed by the user, used when no averages are known.
 */
engagement_typed: number | null, 
/**
 * Derived: the engagement rate in percent.
 */
engagement_rate: number | null, 
/**
 * Derived: followers over all platforms.
 */
total_followers: number, 
/**
 * Derived from the largest single following.
 */
tier: Tier, 
/**
 * Derived: the platform of [`Creator::main_handle`], so the UI never works it out again.
 */
main_platform: Platform | null, niches: Array<string>, city: string, email: string, phone: string, 
/**
 * Rate per post in minor units (cents).
 */
rate_minor: number | null, currency: string, open_to_gifting: boolean, status: Status, notes: string, 
/**
 * What briefs and messages to them are written in; none means the shop's language.
 */
language: Lang | null, 
/**
 * Archived creators keep their deals but leave the roster list.
 */
archived: boolean, created_at: string, updated_at: string, };

export type RosterQuery = { search: string, tier: Tier | null, platform: Platform | null, niche: string | null, status: Status | null, city: string | null, 
/**
 * Engagement rate at or above this many percent.
 */
min_engagement: number | null, open_to_gifting: boolean | null, 
/**
 * Shows the archived creators instead of the others.
 */
archived: boolean, sort: SortKey, descending: boolean, offset: number, limit: number, };

export type RosterPage = { 
/**
 * How many creators match, over all pages.
 */
total: number, offset: number, rows: Array<Creator>, };

export type Facets = { creators: number, archived: number, cities: Array<string>, niches: Array<string>, };

export type FieldError = { field: string, message: string, };

export type ErrorPayload = { code: string, message: string, fields: Array<FieldError>, };

export type ImportField = "name" | "instagram" | "instagram_followers" | "tiktok" | "tiktok_followers" | "youtube" | "youtube_followers" | "other_handle" | "other_followers" | "handle" | "platform" | "followers" | "avg_likes" | "avg_comments" | "avg_shares" | "engagement_rate" | "niches" | "city" | "email" | "phone" | "rate" | "currency" | "open_to_gifting" | "status" | "notes";

export type DuplicatePolicy = "merge" | "skip";

export type RowProblem = { line: number, reason: string, };

export type DuplicateRow = { line: number, name: string, handle: string, existing_id: number, existing_name: string, };

export type TopRow = { line: number, cells: Array<string>, };

export type ImportPreview = { 
/**
 * `comma`, `semicolon` or `tab` for a CSV file; none for a workbook.
 */
delimiter: string | null, 
/**
 * A workbook's sheets, and the one read; empty and none for a CSV file.
 */
sheets: Array<string>, sheet: string | null, 
/**
 * The line the header was taken from, and the first rows to take it from instead.
 */
header_line: number, top_rows: Array<TopRow>, headers: Array<string>, mapping: Array<ImportField | null>, 
/**
 * The first rows, as in the file, to check the mapping against.
 */
sample: Array<Array<string>>, total_rows: number, new_rows: number, duplicates: Array<DuplicateRow>, 
/**
 * Rows imported with a cell left empty, its text kept in the notes.
 */
warnings: Array<RowProblem>, 
/**
 * Rows that are not creators (a total, no name and no handle).
 */
ignored: Array<RowProblem>, problems: Array<RowProblem>, };

export type ImportReport = { added: number, merged: number, skipped: number, warnings: Array<RowProblem>, ignored: Array<RowProblem>, problems: Array<RowProblem>, };

export type ImportSession = { token: number, file_name: string, preview: ImportPreview, };

export type Progress = { done: number, total: number, };

export type ExportResult = { path: string, rows: number, };

export type AppInfo = { version: string, db_path: string, 
/**
 * Set when the database could not be opened; the UI explains it instead of the roster.
 */
startup_error: ErrorPayload | null, 
/**
 * False until the first-run questions are answered.
 */
set_up: boolean, 
/**
 * The system's language (the UI's own until the owner picks one).
 */
system_language: Lang, };

export type PageSize = "a4" | "letter";

export type DateStyle = "dmy" | "mdy" | "iso";

export type Brand = { shop_name: string, address: string, website: string, instagram: string, contact_name: string, contact_email: string, 
/**
 * `#RRGGBB`
 */
accent_color: string, page_size: PageSize, date_style: DateStyle, 
/**
 * ISO 4217 code deals and the dashboard count in, e.g. `EUR`.
 */
currency: string, 
/**
 * What the shop writes to creators in: briefs and messages to a creator without a
 * language of their own.
 */
language: Lang, has_logo: boolean, };

export type Milestone = { label: string, 
/**
 * An ISO date (`2026-12-01`) or ISO week (`2026-W49`).
 */
when: string, };

export type BriefInput = { campaign: string, summary: string, goals: Array<string>, 
/**
 * Discount code, tags, hashtags, the brand's handle…
 */
messaging: Array<string>, disclosure: string, target_group: Array<string>, deliverables: Array<string>, timeline: Array<Milestone>, compensation: string, dos: Array<string>, donts: Array<string>, contact: string, };

export type Recipient = { creator_id: number, display_name: string, 
/**
 * The creator's main handle with its `@`, or empty.
 */
handle: string, email: string, code: string, 
/**
 * The creator's own language, if not the shop's.
 */
language: Lang | null, };

export type Brief = { id: number, archived: boolean, recipients: Array<Recipient>, created_at: string, updated_at: string, campaign: string, summary: string, goals: Array<string>, 
/**
 * Discount code, tags, hashtags, the brand's handle…
 */
messaging: Array<string>, disclosure: string, target_group: Array<string>, deliverables: Array<string>, timeline: Array<Milestone>, compensation: string, dos: Array<string>, donts: Array<string>, contact: string, };

export type BriefSummary = { id: number, campaign: string, summary: string, recipients: number, archived: boolean, updated_at: string, };

export type RecipientInput = { creator_id: number, 
/**
 * Blank: one is made from the creator's first name.
 */
code: string, };

export type BatchProblem = { campaign: string, creator: string, reason: string, };

export type BatchSummary = { folder: string, files: Array<string>, problems: Array<BatchProblem>, };

export type EmailDraft = { to: string, subject: string, body: string, 
/**
 * `mailto:` link with everything percent-encoded (RFC 6068).
 */
mailto: string, };

export type ExportedBrief = { path: string, file_name: string, };

export type EmailHandoff = { draft: EmailDraft, 
/**
 * False where no mail program answers the `mailto:` link: the UI then shows the draft to
 * copy by hand.
 */
opened: boolean, };

export type DealKind = "gifting" | "visit" | "barter" | "affiliate" | "paid";

export type DealStatus = "proposed" | "agreed" | "product_sent" | "content_due" | "posted" | "completed" | "declined" | "cancelled";

export type ItemInput = { name: string, quantity: string, 
/**
 * What one costs the shop.
 */
unit_cost: string, 
/**
 * What one sells for.
 */
unit_retail: string, };

export type DeliverableInput = { label: string, due_date: string, post_url: string, posted_date: string, disclosure_seen: boolean, };

export type ResultsInput = { reach: string, impressions: string, likes: string, comments: string, shares: string, saves: string, clicks: string, 
/**
 * Discount code uses at the till or online.
 */
redemptions: string, 
/**
 * People who came in and mentioned the post.
 */
walk_ins: string, revenue: string, };

export type DealInput = { creator_id: number, brief_id: number | null, campaign: string, kinds: Array<DealKind>, platform: Platform | null, currency: string, fee: string, commission_percent: string, shipping: string, start_date: string, 
/**
 * When the product was shipped or handed over, or the visit took place.
 */
handover_date: string, 
/**
 * The booked visit slot, e.g. `2026-12-04 15:00`.
 */
visit_at: string, discount_code: string, 
/**
 * Where the tracking link points; blank uses the shop's website.
 */
landing_url: string, items: Array<ItemInput>, deliverables: Array<DeliverableInput>, results: ResultsInput, rating: number | null, work_again: boolean | null, feedback: string, notes: string, };

export type Item = { name: string, quantity: number, unit_cost_minor: number, unit_retail_minor: number, };

export type Deliverable = { label: string, due_date: string | null, post_url: string, posted_date: string | null, disclosure_seen: boolean, };

export type Results = { reach: number | null, impressions: number | null, likes: number | null, comments: number | null, shares: number | null, saves: number | null, clicks: number | null, redemptions: number | null, walk_ins: number | null, revenue_minor: number | null, };

export type Figures = { items_cost_minor: number, 
/**
 * Value given at retail prices.
 */
retail_minor: number, 
/**
 * Commission owed on the revenue entered.
 */
commission_minor: number, 
/**
 * Items at cost + fee + commission + shipping.
 */
cost_minor: number, 
/**
 * Likes + comments + shares.
 */
engagements: number | null, engagement_rate: number | null, cost_per_engagement_minor: number | null, cost_per_click_minor: number | null, 
/**
 * (revenue − cost) / cost, as a fraction (0.5 = 50 %).
 */
return_on_cost: number | null, };

export type HistoryEntry = { at: string, from: DealStatus | null, to: DealStatus, note: string, };

export type Deal = { id: number, creator_id: number, creator_name: string, 
/**
 * The creator's handle on the deal's platform, without `@`; empty if they have none there.
 */
creator_handle: string, creator_email: string, brief_id: number | null, campaign: string, kinds: Array<DealKind>, status: DealStatus, platform: Platform, currency: string, fee_minor: number, commission_bp: number, shipping_minor: number, start_date: string, handover_date: string | null, visit_at: string, discount_code: string, landing_url: string, 
/**
 * The shop's URL (or the landing URL) with the UTM parameters for this creator.
 */
tracking_link: string, items: Array<Item>, deliverables: Array<Deliverable>, results: Results, rating: number | null, work_again: boolean | null, feedback: string, notes: string, nudged_day: number, figures: Figures, history: Array<HistoryEntry>, created_at: string, updated_at: string, };

export type DealSort = "newest" | "due" | "creator" | "cost";

export type DealQuery = { 
/**
 * Matches the creator's name, the campaign and the discount code.
 */
search: string, status: DealStatus | null, kind: DealKind | null, campaign: string | null, creator_id: number | null, 
/**
 * Deals starting on or after this ISO date.
 */
from: string | null, 
/**
 * Deals starting on or before this ISO date.
 */
to: string | null, overdue_only: boolean, sort: DealSort, offset: number, limit: number, };

export type DealRow = { id: number, creator_id: number, creator_name: string, campaign: string, kinds: Array<DealKind>, status: DealStatus, start_date: string, 
/**
 * The earliest due date among deliverables not yet posted.
 */
next_due: string | null, open_deliverables: number, 
/**
 * A deliverable is past its due date and not posted, and the deal is still open.
 */
overdue: boolean, cost_minor: number, retail_minor: number, revenue_minor: number | null, currency: string, discount_code: string, };

export type DealPage = { total: number, offset: number, rows: Array<DealRow>, };

export type BoardColumn = { status: DealStatus, total: number, cards: Array<DealRow>, };

export type ResultTotals = { reach: number, clicks: number, redemptions: number, walk_ins: number, revenue_minor: number, };

export type Feedback = { deal_id: number, campaign: string, start_date: string, rating: number | null, work_again: boolean | null, feedback: string, };

export type CreatorDeals = { deals: Array<DealRow>, currency: string, 
/**
 * Barter balance: what the creator has received (at cost and at retail)…
 */
given_cost_minor: number, given_retail_minor: number, 
/**
 * …against the deliverables not yet posted on open deals.
 */
deliverables_owed: number, overdue: number, results: ResultTotals, feedback: Array<Feedback>, };

export type Nudge = { deal_id: number, creator_id: number, creator_name: string, email: string, campaign: string, handover_date: string, days_since: number, 
/**
 * 7, 10 or 14: the reminder this is.
 */
day: number, message: string, 
/**
 * An email draft of the message, when the creator has an address.
 */
mailto: string, };

export type DueItem = { deal_id: number, creator_id: number, creator_name: string, campaign: string, label: string, due_date: string, 
/**
 * Days past due (0 when due today or later).
 */
days_late: number, };

export type StatusCount = { status: DealStatus, count: number, };

export type ValueGiven = { deals: number, cost_minor: number, retail_minor: number, };

export type MonthValue = { 
/**
 * `2026-11`
 */
month: string, cost_minor: number, retail_minor: number, };

export type CampaignResult = { campaign: string, deals: number, reach: number, clicks: number, redemptions: number, walk_ins: number, revenue_minor: number, cost_minor: number, };

export type CreatorReturn = { creator_id: number, creator_name: string, cost_minor: number, revenue_minor: number, return_on_cost: number, };

export type Dashboard = { today: string, currency: string, deals: number, due_this_week: Array<DueItem>, due_this_week_total: number, overdue: Array<DueItem>, overdue_total: number, by_status: Array<StatusCount>, gifted_this_month: ValueGiven, gifted_this_year: ValueGiven, 
/**
 * The last twelve months, oldest first, months with nothing included.
 */
per_month: Array<MonthValue>, per_campaign: Array<CampaignResult>, top_creators: Array<CreatorReturn>, nudges: Array<Nudge>, };

export type DealExport = "deals" | "gifts";

export type BackupKind = "daily" | "before_restore" | "before_update";

export type BackupFile = { file_name: string, path: string, 
/**
 * Local time the backup was taken, `2026-11-23T14:05:12`.
 */
taken_at: string, bytes: number, kind: BackupKind, };

export type Backups = { folder: string, 
/**
 * Newest first.
 */
files: Array<BackupFile>, };

export type Theme = "system" | "light" | "dark";

export type Appearance = { theme: Theme, 
/**
 * Text size in percent of the normal size: 100, 125 or 150.
 */
text_scale: number, 
/**
 * The app's language; none means the system's.
 */
language: Lang | null, };

export type FirstRun = { shop_name: string, 
/**
 * Where creators answer a brief; may stay empty (the brief editor then warns).
 */
contact_email: string, currency: string, page_size: PageSize, date_style: DateStyle, 
/**
 * What the shop writes to creators in.
 */
language: Lang, };

export const PLATFORMS: Platform[] = ["instagram","tiktok","youtube","other"];

export const STATUSES: Status[] = ["prospect","contacted","active","paused","do_not_contact"];

export const TIERS: Tier[] = ["starter","nano","micro","macro","mega"];

export const KINDS: DealKind[] = ["gifting","visit","barter","affiliate","paid"];

export const DEAL_STATUSES: DealStatus[] = ["proposed","agreed","product_sent","content_due","posted","completed","declined","cancelled"];

export const DEAL_NEXT: Record<DealStatus, DealStatus[]> = {
  proposed: ["agreed","declined","cancelled"],
  agreed: ["product_sent","content_due","proposed","cancelled"],
  product_sent: ["content_due","posted","agreed","cancelled"],
  content_due: ["posted","product_sent","cancelled"],
  posted: ["completed","content_due","cancelled"],
  completed: ["posted"],
  declined: ["proposed"],
  cancelled: ["proposed"],
};

export const DEAL_IS_OPEN: Record<DealStatus, boolean> = {
  proposed: true,
  agreed: true,
  product_sent: true,
  content_due: true,
  posted: true,
  completed: false,
  declined: false,
  cancelled: false,
};
