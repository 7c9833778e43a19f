// Generated from src-tauri/core/locales/en by the core's messages test; do not edit.

/** A value a message is given: text, or a number it may choose a plural form by. */
export type Arg = string | number;

/** Every message and the variables it takes. */
export interface Messages {
  "creator-language": Record<string, never>;
  "creator-language-shop": { name: Arg };
  "pdf-code": Record<string, never>;
  "pdf-compensation": Record<string, never>;
  "pdf-default-disclosure": Record<string, never>;
  "pdf-deliverables": Record<string, never>;
  "pdf-disclosure": Record<string, never>;
  "pdf-do": Record<string, never>;
  "pdf-dont": Record<string, never>;
  "pdf-dos-donts": Record<string, never>;
  "pdf-for": { date: Arg; name: Arg };
  "pdf-for-handle": { date: Arg; handle: Arg; name: Arg };
  "pdf-goals": Record<string, never>;
  "pdf-kicker": Record<string, never>;
  "pdf-messaging": Record<string, never>;
  "pdf-prepared": { date: Arg };
  "pdf-questions": { contact: Arg };
  "pdf-summary": Record<string, never>;
  "pdf-target-group": Record<string, never>;
  "pdf-timeline": Record<string, never>;
  "pdf-title": { campaign: Arg };
  "pdf-title-for": { campaign: Arg; name: Arg };
  "pdf-week": { monday: Arg; week: Arg };
  "pdf-your-shop": Record<string, never>;
  "settings-language": Record<string, never>;
  "settings-language-system": { name: Arg };
  "settings-writes-in": Record<string, never>;
  "settings-writes-in-hint": Record<string, never>;
}

export type MessageId = keyof Messages;
