import { mockIPC } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Creator } from "./bindings";
import { emptyInput, formatDate, formatDateTime, initials, inputFrom } from "./format";
import { guessDefaults } from "./locale";

describe("format", () => {
  it("makes initials from letters only", () => {
    expect(initials("Zoë Martin")).toBe("ZM");
    expect(initials("<img src=x>")).toBe("IS");
    expect(initials("@maya.reads")).toBe("M");
    expect(initials("  ")).toBe("?");
  });

  it("turns a stored creator back into its form", () => {
    const creator: Creator = {
      id: 3,
      display_name: "Zoë",
      handles: [{ platform: "tiktok", handle: "zoe", followers: 12500 }],
      avg_likes: 700,
      avg_comments: null,
      avg_shares: null,
      engagement_typed: null,
      engagement_rate: 5.6,
      total_followers: 12500,
      tier: "micro",
      main_platform: "tiktok",
      niches: ["coffee"],
      city: "Lyon",
      email: "",
      phone: "",
      rate_minor: 12050,
      currency: "EUR",
      open_to_gifting: true,
      status: "active",
      archived: false,
      notes: "",
      language: "fr",
      created_at: "2026-11-23T10:00:00Z",
      updated_at: "2026-11-23T10:00:00Z",
    };
    const form = inputFrom(creator);
    expect(form.handles.map((h) => h.platform)).toEqual(emptyInput().handles.map((h) => h.platform));
    expect(form.handles[1]).toEqual({ platform: "tiktok", handle: "zoe", followers: "12500" });
    expect(form.handles[0]?.handle).toBe("");
    expect(form.avg_likes).toBe("700");
    expect(form.avg_comments).toBe("");
    expect(form.rate).toBe("120.50");
    expect(form.language).toBe("fr");
  });
});

describe("dates and first-run guesses", () => {
  it("writes a day in each chosen style, read as a calendar day", () => {
    expect(formatDate("2026-12-01", "iso")).toBe("2026-12-01");
    expect(formatDate("2026-12-01", "dmy")).toMatch(/^1 Dec\.? 2026$/);
    expect(formatDate("2026-12-01", "mdy")).toMatch(/^Dec\.? 1, 2026$/);
    expect(formatDate("not a date", "dmy")).toBe("not a date");
  });

  it("guesses currency, paper and dates from the region, defaulting to EUR, A4, day first", () => {
    expect(guessDefaults("en-US")).toEqual({ currency: "USD", pageSize: "letter", dateStyle: "mdy" });
    expect(guessDefaults("en-GB")).toEqual({ currency: "GBP", pageSize: "a4", dateStyle: "dmy" });
    expect(guessDefaults("fr-CA")).toEqual({ currency: "CAD", pageSize: "letter", dateStyle: "dmy" });
    expect(guessDefaults("de")).toEqual({ currency: "EUR", pageSize: "a4", dateStyle: "dmy" });
    expect(guessDefaults("C")).toEqual({ currency: "EUR", pageSize: "a4", dateStyle: "dmy" });
  });
});

describe("numbers and dates per language", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  // The locale is read once, when the module loads: load it afresh for each language.
  async function inLanguage(language: string) {
    vi.spyOn(navigator, "language", "get").mockReturnValue(language);
    vi.resetModules();
    mockIPC(() => null);
    const { formatPercent, formatDate } = await import("./format");
    const { HomeController } = await import("../home/home.svelte");
    return { formatPercent, formatDate, wholePercent: new HomeController().wholePercent };
  }

  it("writes German days as ordinals and French ones without", async () => {
    const de = await inLanguage("de-DE");
    expect(de.formatDate("2026-12-02", "dmy")).toBe("2. Dez. 2026");
    const fr = await inLanguage("fr-FR");
    expect(fr.formatDate("2026-12-02", "dmy")).toBe("2 déc. 2026");
    const pt = await inLanguage("pt-PT");
    expect(pt.formatDate("2026-12-02", "dmy")).toBe("2 dez. 2026");
  });

  it("writes the sign the way the language does, rates given in percent", async () => {
    const en = await inLanguage("en-US");
    expect(en.formatPercent(3.7)).toBe("3.7%");
    expect(en.formatPercent(null)).toBe("—");
    expect(en.wholePercent(2000)).toBe("2,000%");
    expect(en.wholePercent(12.4)).toBe("12%");

    // French and German keep a space (a no-break one; which one depends on the ICU data).
    const fr = await inLanguage("fr-FR");
    expect(fr.formatPercent(3.7)).toMatch(/^3,7\s%$/);
    expect(fr.wholePercent(2000)).toMatch(/^2\s000\s%$/);

    const de = await inLanguage("de-DE");
    expect(de.formatPercent(3.7)).toMatch(/^3,7\s%$/);
    expect(de.wholePercent(2000)).toMatch(/^2\.000\s%$/);
  });
});

describe("formatDateTime", () => {
  it("keeps the clock with the date style: 24-hour beside day-first and ISO dates", () => {
    const at = new Date(2026, 11, 2, 16, 5).toISOString();
    expect(formatDateTime(at, "dmy")).toMatch(/16:05$/);
    expect(formatDateTime(at, "iso")).toMatch(/^2026-12-02, 16:05$/);
    expect(formatDateTime(at, "mdy")).toMatch(/4:05\s?PM$/);
  });
});

describe("largestOfSeveral", () => {
  it("is the account with the most followers, even with two on one site", async () => {
    const { largestOfSeveral } = await import("./format");
    const handles = [
      { platform: "instagram", handle: "zoe.old", followers: 900 },
      { platform: "tiktok", handle: "zoe", followers: 5_000 },
      { platform: "instagram", handle: "zoe.bakes", followers: 8_000 },
    ];
    const c = { handles, main_platform: "instagram" } as unknown as Creator;
    expect(largestOfSeveral(c)?.handle).toBe("zoe.bakes");
    expect(largestOfSeveral({ ...c, handles: handles.slice(0, 1) } as Creator)).toBeNull();
  });
});
