import { describe, expect, it } from "vitest";
import type { Creator } from "./bindings";
import { emptyInput, formatDate, initials, inputFrom, pickLocale } from "./format";
import { guessDefaults } from "./locale";

describe("format", () => {
  it("falls back to English when the system locale is not a language tag", () => {
    expect(pickLocale("C")).toBe("en");
    expect(pickLocale("fr-FR")).toBe("fr-FR");
    expect(pickLocale(undefined)).toBe("en");
  });

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
