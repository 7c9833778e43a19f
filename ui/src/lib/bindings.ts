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
