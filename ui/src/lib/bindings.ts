// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit.

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

export type CreatorInput = { display_name: string, handles: Array<HandleInput>, avg_likes: string, avg_comments: string, avg_shares: string, engagement_rate: string, niches: Array<string>, city: string, email: string, phone: string, rate: string, currency: string, open_to_gifting: boolean, status: Status, notes: string, };

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
tier: Tier, niches: Array<string>, city: string, email: string, phone: string, 
/**
 * Rate per post in minor units (cents).
 */
rate_minor: number | null, currency: string, open_to_gifting: boolean, status: Status, notes: string, created_at: string, updated_at: string, };

export type RosterQuery = { search: string, tier: Tier | null, platform: Platform | null, niche: string | null, status: Status | null, city: string | null, 
/**
 * Engagement rate at or above this many percent.
 */
min_engagement: number | null, open_to_gifting: boolean | null, sort: SortKey, descending: boolean, offset: number, limit: number, };

export type RosterPage = { 
/**
 * How many creators match, over all pages.
 */
total: number, offset: number, rows: Array<Creator>, };

export type Facets = { creators: number, cities: Array<string>, niches: Array<string>, };

export type FieldError = { field: string, message: string, };

export type ErrorPayload = { code: string, message: string, fields: Array<FieldError>, };

export type ImportField = "name" | "instagram" | "instagram_followers" | "tiktok" | "tiktok_followers" | "youtube" | "youtube_followers" | "other_handle" | "other_followers" | "handle" | "platform" | "followers" | "avg_likes" | "avg_comments" | "avg_shares" | "engagement_rate" | "niches" | "city" | "email" | "phone" | "rate" | "currency" | "open_to_gifting" | "status" | "notes";

export type DuplicatePolicy = "merge" | "skip";

export type RowProblem = { line: number, reason: string, };

export type DuplicateRow = { line: number, name: string, handle: string, existing_id: number, existing_name: string, };

export type ImportPreview = { delimiter: string, headers: Array<string>, mapping: Array<ImportField | null>, 
/**
 * The first rows, as in the file, to check the mapping against.
 */
sample: Array<Array<string>>, total_rows: number, new_rows: number, duplicates: Array<DuplicateRow>, problems: Array<RowProblem>, };

export type ImportReport = { added: number, merged: number, skipped: number, problems: Array<RowProblem>, };

export type ImportSession = { token: number, file_name: string, preview: ImportPreview, };

export type Progress = { done: number, total: number, };

export type ExportResult = { path: string, rows: number, };

export type AppInfo = { version: string, db_path: string, 
/**
 * Set when the database could not be opened; the UI explains it instead of the roster.
 */
startup_error: ErrorPayload | null, };

export type PageSize = "a4" | "letter";

export type DateStyle = "dmy" | "mdy" | "iso";

export type Brand = { shop_name: string, address: string, website: string, instagram: string, contact_name: string, contact_email: string, 
/**
 * `#RRGGBB`
 */
accent_color: string, page_size: PageSize, date_style: DateStyle, has_logo: boolean, };

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
handle: string, email: string, code: string, };

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
