import type { DateStyle, PageSize } from "./bindings";
import { locale } from "./format";

/** The currencies offered first; Settings takes any ISO code. */
export const CURRENCIES = [
  "EUR",
  "GBP",
  "USD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "RON",
  "CAD",
  "AUD",
  "NZD",
  "JPY",
];

export function currencyName(code: string): string {
  try {
    return new Intl.DisplayNames([locale()], { type: "currency" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const CURRENCY_OF_REGION: Record<string, string> = {
  GB: "GBP",
  US: "USD",
  CH: "CHF",
  SE: "SEK",
  NO: "NOK",
  DK: "DKK",
  PL: "PLN",
  CZ: "CZK",
  HU: "HUF",
  RO: "RON",
  CA: "CAD",
  AU: "AUD",
  NZ: "NZD",
  JP: "JPY",
};
/** Where paper is US Letter rather than A4. */
const LETTER_REGIONS = new Set(["US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "DO", "PR"]);

/** First-run answers guessed from the system's language and region, for the owner to confirm. */
export function guessDefaults(tag: string = locale()): { currency: string; pageSize: PageSize; dateStyle: DateStyle } {
  let region = "";
  try {
    region = new Intl.Locale(tag).maximize().region ?? "";
  } catch {
    region = "";
  }
  const currency = CURRENCY_OF_REGION[region] ?? "EUR";
  return {
    currency: CURRENCIES.includes(currency) ? currency : "EUR",
    pageSize: LETTER_REGIONS.has(region) ? "letter" : "a4",
    dateStyle: region === "US" ? "mdy" : "dmy",
  };
}
