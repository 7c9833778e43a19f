// Home's state and actions: the dashboard, how its money and months are written, and the
// friendly reminders. Home.svelte and its section components draw it.
import { api, messageOf } from "../lib/api";
import type { Dashboard, Nudge } from "../lib/bindings";
import { toastError } from "../lib/errors";
import { locale, t } from "../lib/i18n.svelte";
import { formatMoney, formatWholePercent } from "../lib/format";
import { go } from "../lib/nav.svelte";
import { toast } from "../lib/toasts.svelte";
import { copyText } from "../deals/dealFormat";

export class HomeController {
  dash = $state<Dashboard | null>(null);
  failed = $state<string | null>(null);

  readonly cur = $derived(this.dash?.currency ?? "EUR");

  constructor() {
    this.load();
  }

  async load() {
    try {
      this.dash = await api.dashboard();
    } catch (e) {
      this.failed = messageOf(e);
    }
  }

  money = (minor: number) => formatMoney(Math.round(minor), this.cur);
  wholeMoney = (minor: number) => formatMoney(Math.round(minor / 100) * 100, this.cur).replace(/[.,]00(?=\D*$)/, "");
  wholePercent = formatWholePercent;
  monthLabel = (m: string) => {
    const [y = 1970, mo = 1] = m.split("-").map(Number);
    // A one-off value to format, not state.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Date(y, mo - 1, 1).toLocaleDateString(locale(), { month: "short" });
  };

  open = (dealId: number) => go("deals", { openDeal: dealId });

  async copyNudge(n: Nudge) {
    try {
      await copyText(n.message);
      toast(t("home-nudge-copied"));
    } catch (e) {
      toastError(e);
    }
  }

  async emailNudge(n: Nudge) {
    try {
      await api.openLink(n.mailto);
    } catch (e) {
      toastError(e);
    }
  }

  async markSent(n: Nudge) {
    try {
      await api.markNudged(n.deal_id, n.day);
      toast(t("home-nudge-noted", { name: n.creator_name }));
      this.load();
    } catch (e) {
      toastError(e);
    }
  }
}
