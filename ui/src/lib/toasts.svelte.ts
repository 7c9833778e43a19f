export interface Toast {
  id: number;
  message: string;
  tone: "info" | "error";
  action?: { label: string; run: () => void };
}

let next = 1;
export const toasts = $state<Toast[]>([]);

export function dismiss(id: number) {
  const i = toasts.findIndex((t) => t.id === id);
  if (i >= 0) toasts.splice(i, 1);
}

export function toast(message: string, options: Partial<Omit<Toast, "id" | "message">> = {}) {
  const id = next++;
  toasts.push({ id, message, tone: options.tone ?? "info", action: options.action });
  // A few at a time: a burst of quick actions should not cover the screen.
  while (toasts.length > 3) toasts.shift();
  setTimeout(() => dismiss(id), options.action ? 8000 : 4000);
  return id;
}
