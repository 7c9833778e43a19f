// How the UI shows a failed call: one error toast, field messages by field, an undo toast.
import { ApiError, messageOf } from "./api";
import { t } from "./i18n.svelte";
import { toast } from "./toasts.svelte";

/** Show what went wrong in a red toast. */
export function toastError(e: unknown) {
  toast(messageOf(e), { tone: "error" });
}

/**
 * The backend's messages by field (`key` may shorten a field name, e.g. to its first part),
 * or null when the error names no field.
 */
export function fieldErrors(e: unknown, key: (field: string) => string = (f) => f): Record<string, string> | null {
  if (!(e instanceof ApiError) || e.fields.length === 0) return null;
  return Object.fromEntries(e.fields.map((f) => [key(f.field), f.message]));
}

/** A toast with an Undo button; a failing undo shows its error. */
export function undoToast(message: string, undo: () => Promise<unknown>) {
  toast(message, {
    action: {
      label: t("app-undo"),
      run: () => void undo().catch(toastError),
    },
  });
}
