// Calendar days as typed and shown in a date field: ISO `YYYY-MM-DD` inside, the chosen style outside.
import type { DateStyle } from "./bindings";
import { labels } from "./i18n.svelte";

/** How to type a day in each style, in the letters of the UI's language: dd/mm/yyyy, jj/mm/aaaa… */
export const DATE_HINT = labels<DateStyle>("app-date-hint", ["dmy", "mdy", "iso"]);

const pad = (n: number) => String(n).padStart(2, "0");

export const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** `2026-12-11` as the field shows it: 11/12/2026, 12/11/2026 or 2026-12-11; anything else as it is. */
export function showDay(iso: string, style: DateStyle): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return style === "iso" ? iso : style === "dmy" ? `${d}/${mo}/${y}` : `${mo}/${d}/${y}`;
}

/**
 * What was typed, as an ISO day: "" for nothing, null for no such day. A four-digit first part
 * is read year first in any style (so ISO always works); days and months may have one digit,
 * two-digit years are this century.
 */
export function parseDay(text: string, style: DateStyle): string | null {
  const t = text.trim();
  if (!t) return "";
  const parts = t.split(/\s*[/.\-\s]\s*/);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const [a = "", b = "", c = ""] = parts;
  const [ys, ms, ds] = a.length === 4 || style === "iso" ? [a, b, c] : style === "dmy" ? [c, b, a] : [c, a, b];
  if (ms.length > 2 || ds.length > 2 || (ys.length !== 2 && ys.length !== 4)) return null;
  const y = ys.length === 2 ? 2000 + Number(ys) : Number(ys);
  const m = Number(ms);
  const d = Number(ds);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return isoDay(y, m, d);
}

/** The ISO day `days` after (or before) `iso`, counted on the calendar, not in hours. */
export function addDays(iso: string, days: number): string {
  const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Whole days from `from` to `to` (both ISO days): positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  const ms = (iso: string) => {
    const [y = 1970, m = 1, d = 1] = iso.split("-").map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** Today on the user's calendar (not in UTC). */
export function todayIso(): string {
  const now = new Date();
  return isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
