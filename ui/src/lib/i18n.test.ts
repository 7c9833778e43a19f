import { afterEach, describe, expect, it } from "vitest";
import { formatCount, formatMoney, formatPercent } from "./format";
import { localeFor, setLanguage, t, tIn, toLang } from "./i18n.svelte";

describe("i18n", () => {
  afterEach(() => setLanguage("en"));

  it("reads system locales as the app's languages", () => {
    expect(toLang("fr-CH")).toBe("fr");
    expect(toLang("de_AT.UTF-8")).toBe("de");
    expect(toLang("C")).toBeNull();
    expect(toLang("ja-JP")).toBeNull();
    expect(toLang(undefined)).toBeNull();
  });

  it("keeps the system's region where it speaks the chosen language", () => {
    expect(localeFor("en", "en-US")).toBe("en-US");
    expect(localeFor("fr", "en-US")).toBe("fr-FR");
    expect(localeFor("de", "de-CH")).toBe("de-CH");
    expect(localeFor("nl", "C")).toBe("nl-NL");
  });

  it("speaks the language chosen, from the same files as the PDFs", () => {
    expect(t("pdf-goals")).toBe("Goals");
    setLanguage("de");
    expect(t("pdf-goals")).toBe("Ziele");
    expect(t("pdf-questions", { contact: "anna@laden.de" })).toBe("Fragen? anna@laden.de");
    expect(tIn("es", "pdf-for", { name: "Zoë", date: "3 dic 2026" })).toBe("Para Zoë  ·  3 dic 2026");
  });

  it("writes numbers and money the way the chosen language does", () => {
    setLanguage("de");
    expect(formatCount(12500)).toBe("12.500");
    expect(formatMoney(123450, "EUR")).toBe("1.234,50\u00a0€");
    expect(formatPercent(3.7)).toBe("3,7\u00a0%");
    setLanguage("fr");
    // French groups with a narrow no-break space.
    expect(formatMoney(123450, "EUR")).toBe("1\u202f234,50\u00a0€");
    setLanguage("en");
    expect(formatPercent(3.7)).toBe("3.7%");
  });
});
