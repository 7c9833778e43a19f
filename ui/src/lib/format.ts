import type { Creator, CreatorInput, DateStyle, Handle, ImportField, Platform, RosterQuery, Theme } from "./bindings";
import { DEAL_STATUSES, KINDS, PLATFORMS, STATUSES, TIERS } from "./bindings";
import { labels, locale, t } from "./i18n.svelte";

export { locale };

/** One formatter per locale and options, made when first asked for (the locale can change). */
const formatters = new Map<string, Intl.NumberFormat>();
function numbers(options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale()} ${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.NumberFormat(locale(), options)));
  return found;
}

export const formatCount = (n: number) => numbers().format(n);
export const formatCompact = (n: number) => numbers({ notation: "compact", maximumFractionDigits: 1 }).format(n);
/** A rate given in percent (3.7 for 3.7 %), as the app stores them; the locale places the sign. */
export const formatPercent = (n: number | null) =>
  n === null ? "—" : numbers({ style: "percent", maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(n / 100);
/** The same without decimals, for a chart's axis. */
export const formatWholePercent = (n: number) =>
  numbers({ style: "percent", maximumFractionDigits: 0 }).format(n / 100);

export function formatMoney(minor: number | null, currency: string): string {
  if (minor === null) return "—";
  try {
    return numbers({ style: "currency", currency }).format(minor / 100);
  } catch {
    return `${(minor / 100).toFixed(2)} ${currency}`;
  }
}

let dateStyle: DateStyle = "dmy";

/** Dates follow the style chosen in Settings (also used by briefs); month names the language. */
export function setDateStyle(style: DateStyle) {
  dateStyle = style;
}

export const getDateStyle = (): DateStyle => dateStyle;

/** A calendar day (`2026-11-23`) or a timestamp, in the chosen style: 23 Nov 2026, Nov 23, 2026 or 2026-11-23. */
export function formatDate(iso: string, style: DateStyle = dateStyle): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const d = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  if (style === "iso") {
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }
  const parts = new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short", year: "numeric" }).formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  // Portuguese writes a short day-month-year's month as a number: then its name on its own.
  const named = part("month");
  const month = Number.isNaN(Number(named)) ? named : d.toLocaleDateString(locale(), { month: "short" });
  // German writes the day as an ordinal, "2. Dez.": keep the locale's full stop after the day.
  const afterDay = parts[parts.findIndex((p) => p.type === "day") + 1];
  const dot = afterDay?.type === "literal" && afterDay.value.startsWith(".") ? "." : "";
  return style === "mdy" ? `${month} ${part("day")}, ${part("year")}` : `${part("day")}${dot} ${month} ${part("year")}`;
}

/**
 * A moment: the date as above and the time on the clock that goes with it: 12-hour beside
 * month-first dates, 24-hour beside day-first and ISO ones (a "4:05 PM" next to "2 Dec 2026"
 * reads as two countries' habits at once).
 */
export function formatDateTime(iso: string, style: DateStyle = dateStyle): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = d.toLocaleTimeString(locale(), { hour: "numeric", minute: "2-digit", hour12: style === "mdy" });
  return `${formatDate(iso, style)}, ${time}`;
}

/** Light, dark, or (`system`) as the desktop is: the stylesheet reads `html[data-theme]`. */
export function setTheme(theme: Theme) {
  document.documentElement.dataset.theme = theme;
}

/** Text size in percent: every size in the UI is in rem, so this one number scales them all. */
export function setTextScale(percent: number) {
  document.documentElement.style.fontSize = `${(15 * percent) / 100}px`;
}

export { PLATFORMS, STATUSES, TIERS };

// The value lists come from Rust through the generated bindings; their names are messages.
export const PLATFORM_LABEL = labels("platform", PLATFORMS);
export const STATUS_LABEL = labels("status", STATUSES);
export const TIER_LABEL = labels("tier", TIERS);
export const TIER_RANGE = labels("tier-range", TIERS);
export const KIND_LABEL = labels("deal-kind", KINDS);
export const DEAL_STATUS_LABEL = labels("deal-status", DEAL_STATUSES);

export const PLATFORM_SHORT: Record<Platform, string> = {
  instagram: "IG",
  tiktok: "TT",
  youtube: "YT",
  other: "•",
};

/** The fields a spreadsheet column can fill, in the order the import offers them. */
export const FIELD_LABEL: Readonly<Record<ImportField, string>> = labels<ImportField>("roster-field", [
  "name",
  "instagram",
  "instagram_followers",
  "tiktok",
  "tiktok_followers",
  "youtube",
  "youtube_followers",
  "other_handle",
  "other_followers",
  "handle",
  "platform",
  "followers",
  "avg_likes",
  "avg_comments",
  "avg_shares",
  "engagement_rate",
  "niches",
  "city",
  "email",
  "phone",
  "rate",
  "currency",
  "open_to_gifting",
  "status",
  "notes",
]);

/** A roster query with no filters, sorted by name: what a creator picker asks for. */
export function rosterQuery(over: Partial<RosterQuery> = {}): RosterQuery {
  return {
    search: "",
    tier: null,
    platform: null,
    niche: null,
    status: null,
    city: null,
    min_engagement: null,
    open_to_gifting: null,
    archived: false,
    sort: "name",
    descending: false,
    offset: 0,
    limit: 100,
    ...over,
  };
}

/** The account the tier is counted from (the largest), when the creator has others too: the
 * followers shown are the total, so the tier needs this to make sense. */
export function largestOfSeveral(c: Creator): Handle | null {
  if (c.handles.length < 2) return null;
  return c.handles.reduce((best, h) => ((h.followers ?? 0) > (best.followers ?? 0) ? h : best));
}

/** The followers spelled out: the total and, with several accounts, the one the tier comes from. */
export function followersNote(c: Creator): string {
  const largest = largestOfSeveral(c);
  return largest
    ? t("roster-followers-note-largest", {
        total: c.total_followers,
        largest: largest.followers,
        platform: PLATFORM_LABEL[largest.platform],
      })
    : t("roster-followers-note", { count: c.total_followers });
}

export function initials(name: string): string {
  const letters = name
    .replace(/^@/, "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map(
      (w) =>
        Array.from(w)
          .find((ch) => /[\p{L}\p{N}]/u.test(ch))
          ?.toUpperCase() ?? "",
    );
  return letters.join("") || "?";
}

/** A stable pastel hue per name, so avatars are told apart at a glance. */
export function hue(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return h;
}

export function emptyInput(): CreatorInput {
  return {
    display_name: "",
    handles: PLATFORMS.map((platform) => ({ platform, handle: "", followers: "" })),
    avg_likes: "",
    avg_comments: "",
    avg_shares: "",
    engagement_rate: "",
    niches: [],
    city: "",
    email: "",
    phone: "",
    rate: "",
    currency: "",
    open_to_gifting: false,
    status: "prospect",
    notes: "",
    language: null,
  };
}

const text = (n: number | null) => (n === null ? "" : String(n));

/** The edit form for a stored creator: one row per platform, numbers as plain text. */
export function inputFrom(c: Creator): CreatorInput {
  return {
    display_name: c.display_name,
    handles: PLATFORMS.map((platform) => {
      const h = c.handles.find((x) => x.platform === platform);
      return { platform, handle: h?.handle ?? "", followers: h ? String(h.followers) : "" };
    }),
    avg_likes: text(c.avg_likes),
    avg_comments: text(c.avg_comments),
    avg_shares: text(c.avg_shares),
    engagement_rate: c.engagement_typed === null ? "" : String(c.engagement_typed),
    niches: c.niches,
    city: c.city,
    email: c.email,
    phone: c.phone,
    rate: c.rate_minor === null ? "" : (c.rate_minor / 100).toFixed(2),
    currency: c.currency,
    open_to_gifting: c.open_to_gifting,
    status: c.status,
    notes: c.notes,
    language: c.language,
  };
}
