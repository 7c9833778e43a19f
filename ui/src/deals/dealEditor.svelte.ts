// One deal being edited: the form, what was last saved, the field errors and the moves along
// its status. DealEditor.svelte and its section components draw it.
import { api, ApiError } from "../lib/api";
import type { BriefSummary, Creator, Deal, DealInput, DealKind, DealStatus, ResultsInput } from "../lib/bindings";
import { fieldErrors, toastError } from "../lib/errors";
import { labels, t } from "../lib/i18n.svelte";
import { toast } from "../lib/toasts.svelte";
import { copyText, DEAL_IS_OPEN, dealToInput } from "./dealFormat";

/** The results counted (the revenue aside, which is an amount). */
const COUNTS = [
  "reach",
  "impressions",
  "likes",
  "comments",
  "shares",
  "saves",
  "clicks",
  "redemptions",
  "walk_ins",
] as const satisfies readonly (keyof ResultsInput)[];
const COUNT_LABEL = labels("deals-result", COUNTS);

/** The results fields, in the order the form shows them. */
export const RESULT_FIELDS: (keyof ResultsInput)[] = [...COUNTS, "revenue"];

/** A result field's label; the revenue's names the currency it is in. */
export const resultLabel = (key: keyof ResultsInput, currency: string): string =>
  key === "revenue" ? t("deals-result-revenue", { currency }) : COUNT_LABEL[key];

export interface DealEditorEvents {
  onsaved: (d: Deal) => void;
  ondeleted: (d: Deal) => void;
}

export class DealEditorController {
  current = $state<Deal | null>(null);
  form: DealInput = $state(null!);
  private saved = $state("");
  readonly dirty = $derived(JSON.stringify(this.form) !== this.saved);
  errors = $state<Record<string, string>>({});
  busy = $state(false);
  note = $state("");

  // The creator: fixed once chosen, searchable while not.
  creatorName = $state("");
  briefs = $state<BriefSummary[]>([]);

  readonly figures = $derived(this.current?.figures ?? null);
  readonly cur = $derived(this.form.currency || "EUR");
  readonly isOpen = $derived(this.current ? DEAL_IS_OPEN[this.current.status] : true);

  /** Call while a component is being set up: the effect lives as long as it does. */
  constructor(
    deal: Deal | null,
    start: DealInput | null,
    private readonly events: DealEditorEvents,
  ) {
    this.current = deal;
    this.form = deal ? dealToInput(deal) : structuredClone($state.snapshot(start)!);
    this.saved = JSON.stringify(this.form);
    this.creatorName = deal?.creator_name ?? "";

    $effect(() => {
      if (this.form.creator_id && !this.creatorName) {
        api
          .getCreator(this.form.creator_id)
          .then((c) => (this.creatorName = c.display_name))
          .catch(() => {});
      }
    });
    api
      .listBriefs("", false)
      .then((b) => (this.briefs = b))
      .catch(() => {});
  }

  err = (field: string) => this.errors[field] ?? "";

  chooseCreator(c: Creator) {
    this.form.creator_id = c.id;
    this.creatorName = c.display_name;
    if (!this.form.platform && c.main_platform) this.form.platform = c.main_platform;
  }

  clearCreator() {
    this.form.creator_id = 0;
    this.creatorName = "";
  }

  toggleKind(k: DealKind) {
    const form = this.form;
    form.kinds = form.kinds.includes(k) ? form.kinds.filter((x) => x !== k) : [...form.kinds, k];
    // A visit comes with a spend allowance: added once, whichever language it was named in.
    const allowance = t("deals-item-allowance");
    if (
      k === "visit" &&
      form.kinds.includes("visit") &&
      !form.items.some((i) => /allowance/i.test(i.name) || i.name === allowance)
    ) {
      form.items.push({ name: allowance, quantity: "1", unit_cost: "", unit_retail: "" });
    }
  }

  async save(): Promise<Deal | null> {
    this.busy = true;
    this.errors = {};
    try {
      const input = $state.snapshot(this.form) as DealInput;
      const result = this.current ? await api.updateDeal(this.current.id, input) : await api.createDeal(input);
      this.current = result;
      this.form = dealToInput(result);
      this.saved = JSON.stringify(this.form);
      this.events.onsaved(result);
      return result;
    } catch (e) {
      const found = fieldErrors(e);
      if (found && e instanceof ApiError) {
        this.errors = found;
        toast(t("deals-toast-check-fields", { message: e.fields[0]?.message ?? e.message }), { tone: "error" });
      } else {
        toastError(e);
      }
      return null;
    } finally {
      this.busy = false;
    }
  }

  async saveAndSay() {
    const wasNew = !this.current;
    if (await this.save()) toast(wasNew ? t("deals-toast-created") : t("deals-toast-saved"));
  }

  async move(to: DealStatus) {
    if (this.dirty && !(await this.save())) return;
    if (!this.current) return;
    this.busy = true;
    try {
      this.current = await api.setDealStatus(this.current.id, to, this.note);
      this.form = dealToInput(this.current);
      this.saved = JSON.stringify(this.form);
      this.note = "";
      this.events.onsaved(this.current);
      toast(t("deals-toast-marked", { status: to }));
    } catch (e) {
      toastError(e);
    } finally {
      this.busy = false;
    }
  }

  async remove() {
    if (!this.current) return;
    try {
      const removed = await api.deleteDeal(this.current.id);
      this.events.ondeleted(removed);
    } catch (e) {
      toastError(e);
    }
  }

  async copyLink() {
    if (!this.current?.tracking_link) return;
    try {
      await copyText(this.current.tracking_link);
      toast(t("deals-toast-link-copied"));
    } catch (e) {
      toastError(e);
    }
  }
}
