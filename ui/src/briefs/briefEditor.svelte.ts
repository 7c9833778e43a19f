// One brief being edited: its fields, the creators it goes to, the live page preview and the
// PDF exports. BriefEditor.svelte and its section components draw it.
import { ApiError, api, messageOf } from "../lib/api";
import type { BatchSummary, Brand, Brief, BriefInput, Creator, EmailDraft, Milestone, Progress } from "../lib/bindings";
import { fieldErrors, toastError } from "../lib/errors";
import { emptyInput } from "../lib/format";
import { t } from "../lib/i18n.svelte";
import { go } from "../lib/nav.svelte";
import { toast } from "../lib/toasts.svelte";

export type ListField = "goals" | "messaging" | "target_group" | "deliverables" | "dos" | "donts";
// The label and hint are read when shown, so they follow a change of language.
export const LISTS: { field: ListField; readonly label: string; readonly hint: string }[] = [
  {
    field: "goals",
    get label() {
      return t("briefs-goals");
    },
    get hint() {
      return t("briefs-goals-hint");
    },
  },
  {
    field: "target_group",
    get label() {
      return t("briefs-target-group");
    },
    get hint() {
      return t("briefs-target-group-hint");
    },
  },
  {
    field: "deliverables",
    get label() {
      return t("briefs-deliverables");
    },
    get hint() {
      return t("briefs-deliverables-hint");
    },
  },
  {
    field: "messaging",
    get label() {
      return t("briefs-messaging");
    },
    get hint() {
      return t("briefs-messaging-hint");
    },
  },
  {
    field: "dos",
    get label() {
      return t("briefs-dos");
    },
    hint: "",
  },
  {
    field: "donts",
    get label() {
      return t("briefs-donts");
    },
    hint: "",
  },
];

/** A creator being added from the brief itself, for one not in the roster yet. */
export type NewCreator = { display_name: string; handle: string; followers: string; email: string };

/** The steps most briefs have, offered as one-click rows, named in the UI's language. */
export const usualSteps = (): string[] => [
  t("briefs-step-concepts"),
  t("briefs-step-drafts"),
  t("briefs-step-posting"),
];

export class BriefEditorController {
  brief = $state<Brief | null>(null);
  brand = $state<Brand | null>(null);
  campaign = $state("");
  summary = $state("");
  disclosure = $state("");
  compensation = $state("");
  contact = $state("");
  lists = $state<Record<ListField, string>>({
    goals: "",
    messaging: "",
    target_group: "",
    deliverables: "",
    dos: "",
    donts: "",
  });
  timeline = $state<{ label: string; kind: "date" | "week"; value: string }[]>([]);
  errors = $state<Record<string, string>>({});
  saving = $state(false);

  previewFor = $state<number | null>(null);
  previewUrl = $state<string | null>(null);
  previewError = $state("");

  newCreator = $state<NewCreator | null>(null);
  newCreatorErrors = $state<Record<string, string>>({});
  /** An email that no mail program took: shown to copy by hand, with its PDF. */
  unsent = $state<{ draft: EmailDraft; path: string } | null>(null);

  exported = $state<Record<number, string>>({});
  progress = $state<Progress | null>(null);
  batch = $state<BatchSummary | null>(null);

  readonly input = $derived<BriefInput>({
    campaign: this.campaign,
    summary: this.summary,
    goals: this.lists.goals.split("\n"),
    messaging: this.lists.messaging.split("\n"),
    disclosure: this.disclosure,
    target_group: this.lists.target_group.split("\n"),
    deliverables: this.lists.deliverables.split("\n"),
    // A step without its date or week is not on the page yet: the row says so.
    timeline: this.timeline.filter((t) => t.value.trim()).map((t): Milestone => ({ label: t.label, when: t.value })),
    compensation: this.compensation,
    dos: this.lists.dos.split("\n"),
    donts: this.lists.donts.split("\n"),
    contact: this.contact,
  });

  /**
   * The editor is opened for one brief (null: a new one); a different brief gets a new editor.
   * Call while a component is being set up: the preview effect lives as long as it does.
   */
  constructor(briefId: number | null) {
    api
      .getBrand()
      .then((b) => (this.brand = b))
      .catch(toastError);
    if (briefId !== null)
      api
        .getBrief(briefId)
        .then((b) => this.fill(b))
        .catch(toastError);

    // The preview is the PDF page itself, rendered by the backend a beat after typing stops.
    $effect(() => {
      const snapshot = $state.snapshot(this.input) as BriefInput;
      const who = this.previewFor;
      const id = this.brief?.id ?? null;
      if (!snapshot.campaign.trim()) return;
      const timer = setTimeout(async () => {
        try {
          const svg = await api.previewBrief(snapshot, id, who);
          const next = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
          // Swap only once the new page is decoded, so the preview never flashes empty.
          const img = new Image();
          img.src = next;
          await img.decode?.().catch(() => {});
          if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
          this.previewUrl = next;
          this.previewError = "";
        } catch (e) {
          this.previewError =
            e instanceof ApiError && e.fields.length ? e.fields.map((f) => f.message).join(" ") : messageOf(e);
        }
      }, 350);
      return () => clearTimeout(timer);
    });
  }

  private fill(b: Brief) {
    this.brief = b;
    this.campaign = b.campaign;
    this.summary = b.summary;
    this.disclosure = b.disclosure;
    this.compensation = b.compensation;
    this.contact = b.contact;
    for (const l of LISTS) this.lists[l.field] = b[l.field].join("\n");
    this.timeline = b.timeline.map((m) => ({
      label: m.label,
      kind: m.when.includes("W") ? "week" : "date",
      value: m.when,
    }));
    if (this.previewFor === null && b.recipients[0]) this.previewFor = b.recipients[0].creator_id;
  }

  /** Whether a creator reading the page has a way to answer: this brief's contact or the shop's. */
  readonly reachable = $derived(
    !!this.contact.trim() || !this.brand || !!(this.brand.contact_email.trim() || this.brand.contact_name.trim()),
  );

  /** Saves the brief (creating it the first time); false when it could not be saved. */
  async save(quiet = false): Promise<boolean> {
    this.saving = true;
    this.errors = {};
    try {
      const saved = this.brief ? await api.updateBrief(this.brief.id, this.input) : await api.createBrief(this.input);
      // The form stays as typed (steps without a date too); only the stored brief is new.
      this.brief = saved;
      if (!quiet) toast(t("briefs-saved"));
      return true;
    } catch (e) {
      const found = fieldErrors(e, (f) => f.split(".")[0] ?? f);
      if (found) this.errors = found;
      else toastError(e);
      return false;
    } finally {
      this.saving = false;
    }
  }

  async setRecipients(list: { creator_id: number; code: string }[]): Promise<boolean> {
    if (!this.brief) return false;
    try {
      this.brief = await api.setBriefRecipients(this.brief.id, list);
      this.errors = {};
      return true;
    } catch (e) {
      const found = fieldErrors(e);
      if (found) this.errors = found;
      else toastError(e);
      return false;
    }
  }

  /** The recipients as the backend takes them. */
  current() {
    return this.brief?.recipients.map((r) => ({ creator_id: r.creator_id, code: r.code })) ?? [];
  }

  /** Adding a creator is under way: a second pick waits, so no brief or recipient is doubled. */
  adding = $state(false);

  /** Adds a creator, saving a new brief first so that one step is enough. */
  async add(c: Pick<Creator, "id" | "display_name">): Promise<boolean> {
    if (this.adding) return false;
    this.adding = true;
    try {
      if (!this.brief && !(await this.save(true))) {
        const why = Object.values(this.errors)[0];
        if (why) toast(t("briefs-not-saved-yet", { reason: why }), { tone: "error" });
        return false;
      }
      if (!(await this.setRecipients([...this.current(), { creator_id: c.id, code: "" }]))) return false;
      this.previewFor = c.id;
      const code = this.brief?.recipients.find((r) => r.creator_id === c.id)?.code;
      toast(
        code
          ? t("briefs-added-with-code", { name: c.display_name, code })
          : t("briefs-added", { name: c.display_name }),
      );
      return true;
    } finally {
      this.adding = false;
    }
  }

  /** Starts adding someone not in the roster yet, with the name typed in the search. */
  startNewCreator(name: string) {
    this.newCreatorErrors = {};
    this.newCreator = { display_name: name, handle: "", followers: "", email: "" };
  }

  /** Creates the creator in the roster, then adds them to the brief. */
  async saveNewCreator() {
    const n = this.newCreator;
    if (!n || this.adding) return;
    this.newCreatorErrors = {};
    let created: Creator;
    try {
      created = await api.createCreator({
        ...emptyInput(),
        display_name: n.display_name,
        handles: [{ platform: "instagram", handle: n.handle, followers: n.followers }],
        email: n.email,
        currency: this.brand?.currency ?? "",
        open_to_gifting: true,
        status: "contacted",
      });
    } catch (e) {
      const found = fieldErrors(e, (f) => (f.startsWith("handles.") ? (f.split(".")[2] ?? f) : f));
      if (found) this.newCreatorErrors = found;
      else toastError(e);
      return;
    }
    // In the roster now either way: a second try picks them from the search, never makes them twice.
    this.newCreator = null;
    if (!(await this.add(created))) toast(t("briefs-in-roster-now", { name: created.display_name }));
  }

  async exportOne(creatorId: number) {
    if (!this.brief) return;
    try {
      const done = await api.exportBrief(this.brief.id, creatorId);
      if (done) {
        this.exported = { ...this.exported, [creatorId]: done.path };
        toast(t("briefs-pdf-saved", { file: done.file_name }));
      }
    } catch (e) {
      toastError(e);
    }
  }

  async exportAll() {
    if (!this.brief) return;
    this.batch = null;
    const unlisten = await api.onExportProgress((p) => (this.progress = p));
    try {
      this.batch = await api.exportBriefBatch(this.brief.id);
    } catch (e) {
      toastError(e);
    } finally {
      unlisten();
      this.progress = null;
    }
  }

  async startDeal(creatorId: number) {
    if (!this.brief) return;
    try {
      go("deals", { newDeal: await api.dealFromBrief(this.brief.id, creatorId) });
    } catch (e) {
      toastError(e);
    }
  }

  async email(creatorId: number) {
    if (!this.brief) return;
    const path = this.exported[creatorId];
    if (!path) return;
    try {
      const sent = await api.emailBrief(this.brief.id, creatorId, path);
      if (sent.opened)
        toast(
          sent.draft.to ? t("briefs-email-opened", { address: sent.draft.to }) : t("briefs-email-opened-no-address"),
        );
      else this.unsent = { draft: sent.draft, path };
    } catch (e) {
      toastError(e);
    }
  }
}
