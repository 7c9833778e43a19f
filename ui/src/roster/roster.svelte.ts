// The roster's state and actions: the query and its filters, the rows loaded block by block
// for the visible window, and the creator opened, edited or imported. Roster.svelte draws it.
import { tick } from "svelte";
import { SvelteMap } from "svelte/reactivity";
import { api, ApiError } from "../lib/api";
import type { Creator, Facets, RosterQuery, SortKey } from "../lib/bindings";
import { toastError, undoToast } from "../lib/errors";
import { rosterQuery } from "../lib/format";
import { labels, t } from "../lib/i18n.svelte";
import { nav } from "../lib/nav.svelte";
import { toast } from "../lib/toasts.svelte";

/** Rows fetched in one call. */
export const BLOCK = 100;

/** The sortable columns, in order; each is headed by COLUMN_LABEL[key]. */
export const COLUMNS: { key: SortKey; align?: "end" }[] = [
  { key: "name" },
  { key: "followers", align: "end" },
  { key: "tier" },
  { key: "engagement", align: "end" },
  { key: "city" },
  { key: "status" },
  { key: "gifting" },
];

export const COLUMN_LABEL = labels(
  "roster-column",
  COLUMNS.map((c) => c.key),
);

export class RosterController {
  /** Row height: follows the text size chosen in Settings (56 px at 100 %). */
  readonly row = Math.round((56 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 15)) / 15);

  searchText = $state("");
  query = $state<RosterQuery>(rosterQuery({ limit: BLOCK }));
  minEngagementText = $state("");

  facets = $state<Facets | null>(null);
  total = $state(0);
  loaded = $state(false);
  readonly blocks = new SvelteMap<number, Creator[]>();
  // Blocks being fetched: bookkeeping only, nothing on screen depends on it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly pending = new Set<number>();
  private generation = 0;

  searchBox = $state<HTMLInputElement>();
  scroller = $state<HTMLDivElement>();
  scrollTop = $state(0);
  viewport = $state(600);

  opened = $state<Creator | null>(null);
  editing = $state<Creator | "new" | null>(null);
  importing = $state(false);
  busy = $state(false);

  readonly filtersActive = $derived(
    this.query.search !== "" ||
      this.query.tier !== null ||
      this.query.platform !== null ||
      this.query.niche !== null ||
      this.query.status !== null ||
      this.query.city !== null ||
      this.query.min_engagement !== null ||
      this.query.open_to_gifting !== null ||
      this.query.archived,
  );
  readonly first = $derived(Math.max(0, Math.floor(this.scrollTop / this.row) - 8));
  readonly last = $derived(Math.min(this.total, Math.ceil((this.scrollTop + this.viewport) / this.row) + 8));
  readonly visible = $derived(
    Array.from({ length: Math.max(0, this.last - this.first) }, (_, k) => {
      const index = this.first + k;
      return { index, creator: this.blocks.get(Math.floor(index / BLOCK))?.[index % BLOCK] };
    }),
  );

  /** Call while a component is being set up: the effects live as long as it does. */
  constructor() {
    // Fetch the blocks the viewport needs; never the whole table.
    $effect(() => {
      if (!this.loaded) return;
      const gen = this.generation;
      for (let b = Math.floor(this.first / BLOCK); b <= Math.floor(Math.max(this.first, this.last - 1) / BLOCK); b++) {
        if (!this.blocks.has(b) && b * BLOCK < this.total) void this.loadBlock(b, gen);
      }
    });

    // Search and the minimum engagement apply as you type, a beat after the last key.
    $effect(() => {
      const text = this.searchText;
      const minimum = parseFloat(this.minEngagementText.replace(",", "."));
      const minEngagement = Number.isFinite(minimum) ? minimum : null;
      const timer = setTimeout(() => {
        if (text !== this.query.search || minEngagement !== this.query.min_engagement) {
          this.query.search = text;
          this.query.min_engagement = minEngagement;
          this.reload();
        }
      }, 140);
      return () => clearTimeout(timer);
    });

    $effect(() => {
      const scroller = this.scroller;
      if (!scroller) return;
      const observer = new ResizeObserver(() => (this.viewport = scroller.clientHeight ?? 600));
      observer.observe(scroller);
      return () => observer.disconnect();
    });

    this.reload();

    // Another screen (a deal, the dashboard) asked to show a creator.
    $effect(() => {
      const id = nav.openCreator;
      if (id === null) return;
      nav.openCreator = null;
      api
        .getCreator(id)
        .then((c) => this.open(c))
        .catch(toastError);
    });
  }

  private async loadBlock(block: number, gen: number) {
    if (this.pending.has(block)) return;
    this.pending.add(block);
    try {
      const page = await api.listCreators({ ...this.query, offset: block * BLOCK, limit: BLOCK });
      if (gen !== this.generation) return;
      this.total = page.total;
      this.blocks.set(block, page.rows);
      this.loaded = true;
    } catch (e) {
      if (gen === this.generation) toastError(e);
    } finally {
      this.pending.delete(block);
    }
  }

  /** Starts over after the query or the data changed; keeps the scroll position if asked. */
  reload(keepScroll = false) {
    this.generation += 1;
    this.blocks.clear();
    this.pending.clear();
    if (!keepScroll && this.scroller) this.scroller.scrollTop = 0;
    if (!keepScroll) this.scrollTop = 0;
    const gen = this.generation;
    void this.loadBlock(Math.floor((keepScroll ? this.scrollTop : 0) / this.row / BLOCK), gen);
    api
      .facets()
      .then((f) => (this.facets = f))
      .catch(() => {});
  }

  setFilter<K extends keyof RosterQuery>(key: K, value: RosterQuery[K]) {
    this.query[key] = value;
    this.reload();
  }

  sortBy(key: SortKey) {
    if (this.query.sort === key) this.query.descending = !this.query.descending;
    else {
      this.query.sort = key;
      this.query.descending = key !== "name" && key !== "city";
    }
    this.reload();
  }

  clearFilters() {
    this.searchText = "";
    this.minEngagementText = "";
    // Filters off; the sort and the window stay as they are.
    const { sort, descending, offset, limit } = this.query;
    Object.assign(this.query, rosterQuery({ sort, descending, offset, limit }));
    this.reload();
  }

  async loadSample() {
    this.busy = true;
    try {
      const added = await api.loadSampleRoster();
      toast(t("roster-sample-added", { count: added }));
      this.reload();
    } catch (e) {
      toastError(e);
    } finally {
      this.busy = false;
    }
  }

  async exportView() {
    try {
      const result = await api.exportRoster({ ...this.query, offset: 0, limit: BLOCK });
      if (result) toast(t("roster-exported", { count: result.rows, path: result.path }));
    } catch (e) {
      toastError(e);
    }
  }

  async remove(c: Creator) {
    try {
      await api.deleteCreator(c.id);
      this.opened = null;
      this.reload(true);
      undoToast(t("roster-deleted", { name: c.display_name }), async () => {
        await api.restoreCreator(c.id);
        toast(t("roster-restored", { name: c.display_name }));
        this.reload(true);
      });
    } catch (e) {
      if (e instanceof ApiError && e.code === "has_deals") {
        toast(e.message, {
          tone: "error",
          action: { label: t("roster-archive-instead"), run: () => this.archive(c, true) },
        });
      } else {
        toastError(e);
      }
    }
  }

  async archive(c: Creator, archived: boolean) {
    try {
      const saved = await api.archiveCreator(c.id, archived);
      if (this.opened) this.opened = saved;
      this.reload(true);
      toast(
        archived ? t("roster-archived", { name: c.display_name }) : t("roster-unarchived", { name: c.display_name }),
      );
    } catch (e) {
      toastError(e);
    }
  }

  /** Keyboard focus on a row, scrolled into the window first if it is not drawn; above the
   * first row is the search box. */
  async focusRow(index: number) {
    const scroller = this.scroller;
    if (index < 0) return this.searchBox?.focus();
    if (index >= this.total || !scroller) return;
    const row = () => scroller.querySelector<HTMLElement>(`[aria-rowindex="${index + 1}"] [tabindex]`);
    if (!row()) {
      scroller.scrollTop = this.scrollTop = index * this.row;
      await tick();
    }
    row()?.focus();
  }

  open(c: Creator) {
    this.opened = c;
  }

  /** After the form saved a creator. */
  saved(c: Creator, isNew: boolean) {
    this.editing = null;
    toast(isNew ? t("roster-added", { name: c.display_name }) : t("roster-saved", { name: c.display_name }));
    if (this.opened) this.opened = c;
    this.reload(!isNew);
  }

  imported() {
    this.importing = false;
    this.reload();
  }
}
