// The UI's words, from the same Fluent files the Rust core compiles in (src-tauri/core/locales),
// and the locale numbers, money and dates follow. `t` reads the current language, so a template
// that calls it shows the new language as soon as it is chosen.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { Lang } from "./bindings";
import type { Arg, MessageId, Messages } from "./messages";

const files = import.meta.glob("../../../src-tauri/core/locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The languages offered, each named in itself (as a menu of languages always is). */
export const LANGUAGES: { code: Lang; name: string }[] = [
  { code: "en", name: "English" },
  { code: "fr", name: "Français" },
  { code: "de", name: "Deutsch" },
  { code: "es", name: "Español" },
  { code: "it", name: "Italiano" },
  { code: "nl", name: "Nederlands" },
  { code: "pt", name: "Português" },
];

/** A language's name in itself: "Deutsch" for `de`. */
export const languageName = (code: Lang): string => LANGUAGES.find((l) => l.code === code)?.name ?? code;

/** Where a language's numbers and dates come from when the system's region is another's. */
const HOME: Record<Lang, string> = {
  en: "en-GB",
  fr: "fr-FR",
  de: "de-DE",
  es: "es-ES",
  it: "it-IT",
  nl: "nl-NL",
  pt: "pt-PT",
  "en-XA": "en-GB",
};

// Made once per language; a cache, not state (the language itself is the state).
const bundles: Partial<Record<Lang, FluentBundle>> = {};

function bundle(lang: Lang): FluentBundle {
  let found = bundles[lang];
  if (!found) {
    // Numbers in messages in the locale of the rest of the screen. No bidi marks around
    // variables: the same text is copied into emails and files.
    found = new FluentBundle(localeFor(lang, systemTag), { useIsolating: false });
    for (const [path, text] of Object.entries(files)) {
      if (path.split("/").at(-2) === lang) found.addResource(new FluentResource(text));
    }
    bundles[lang] = found;
  }
  return found;
}

/** A language tag or system locale ("fr-CH", "de_AT.UTF-8") as one of the app's languages. */
export function toLang(tag: string | undefined): Lang | null {
  if (!tag) return null;
  if (tag.toLowerCase() === "en-xa") return "en-XA";
  const primary = tag.split(/[-_.@]/)[0]?.toLowerCase();
  return LANGUAGES.find((l) => l.code === primary)?.code ?? null;
}

/** The locale for `lang`: the system's own where it speaks that language (en-US keeps its dates). */
export function localeFor(lang: Lang, system: string | undefined): string {
  try {
    const tag = Intl.getCanonicalLocales(system ?? "")[0];
    if (tag && lang !== "en-XA" && toLang(tag) === lang) return tag;
  } catch {
    // Not a locale (LANG=C gives "C"): the language's own.
  }
  return HOME[lang];
}

const systemTag = typeof navigator !== "undefined" ? navigator.language : undefined;
const current = $state({ lang: toLang(systemTag) ?? ("en" as Lang) });

/** Shows the UI in `lang` from now on. */
export function setLanguage(lang: Lang) {
  current.lang = lang;
  if (typeof document !== "undefined") document.documentElement.lang = HOME[lang].split("-")[0] ?? "en";
}

export const language = (): Lang => current.lang;

// Worked out once per language: every number and date on screen asks for it.
const locales: Partial<Record<Lang, string>> = {};

/** The locale numbers, money and dates are written in. */
export const locale = (): string => (locales[current.lang] ??= localeFor(current.lang, systemTag));

type Args<K extends MessageId> = Messages[K] extends Record<string, never> ? [] : [Messages[K]];

function text(lang: Lang, id: string, args?: Record<string, Arg>): string {
  const b = bundle(lang);
  const message = b.getMessage(id) ?? bundle("en").getMessage(id);
  if (!message?.value) return id;
  const errors: Error[] = [];
  const out = b.formatPattern(message.value, args, errors);
  if (errors.length && import.meta.env.DEV) console.error(id, errors);
  return out;
}

/** The message `id` in `lang`, English where that language lacks it. */
export function tIn<K extends MessageId>(lang: Lang, id: K, ...args: Args<K>): string {
  return text(lang, id, args[0] as Record<string, Arg> | undefined);
}

/** The message `id` in the UI's language. */
export function t<K extends MessageId>(id: K, ...args: Args<K>): string {
  return tIn(current.lang, id, ...args);
}

/** Names for a list of values, each the message `prefix-value`, read in the language of the
 * moment: `labels("status", STATUSES).active` is "Active", or "Actif" once French is chosen. */
export function labels<V extends string>(prefix: string, values: readonly V[]): Readonly<Record<V, string>> {
  const names = {} as Record<V, string>;
  for (const value of values) {
    Object.defineProperty(names, value, { enumerable: true, get: () => text(current.lang, `${prefix}-${value}`) });
  }
  return names;
}
