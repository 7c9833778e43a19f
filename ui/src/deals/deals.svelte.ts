// The Deals area's state and actions: the query behind the list and the board, what they show,
// and the deal open in the editor. Deals.svelte and its section components draw it.
import { api } from "../lib/api";
import type { BoardColumn, Deal, DealInput, DealQuery, DealRow, DealStatus } from "../lib/bindings";
import { toastError, undoToast } from "../lib/errors";
import { t } from "../lib/i18n.svelte";
import { nav } from "../lib/nav.svelte";
import { toast } from "../lib/toasts.svelte";
import { emptyDeal } from "./dealFormat";

/** Rows fetched in one call. */
export const PAGE = 100;

/** Off the board unless asked for, since nothing more happens to them; still counted and named. */
const CLOSED: DealStatus[] = ["declined", "cancelled"];
/** Cards per closed column, as many as the backend gives the board's own columns. */
const BOARD_CARDS = 40;

export class DealsController {
  view = $state<"list" | "board">("list");
  searchText = $state("");
  query = $state<DealQuery>({
    search: "",
    status: null,
    kind: null,
    campaign: null,
    creator_id: null,
    from: null,
    to: null,
    overdue_only: false,
    sort: "newest",
    offset: 0,
    limit: PAGE,
  });
  rows = $state<DealRow[]>([]);
  total = $state(0);
  columns = $state<BoardColumn[]>([]);
  /** Declined and cancelled deals matching the query, only the statuses that have any. */
  closedColumns = $state<BoardColumn[]>([]);
  showClosed = $state(false);
  readonly closedTotal = $derived(this.closedColumns.reduce((n, c) => n + c.total, 0));
  campaigns = $state<string[]>([]);
  loaded = $state(false);
  currency = $state("EUR");

  editing = $state<{ deal: Deal | null; start: DealInput | null } | null>(null);

  readonly filtered = $derived(
    !!(
      this.query.search ||
      this.query.status ||
      this.query.kind ||
      this.query.campaign ||
      this.query.from ||
      this.query.to ||
      this.query.overdue_only
    ),
  );

  private generation = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** Call while a component is being set up: the effects live as long as it does. */
  constructor() {
    api
      .getBrand()
      .then((b) => (this.currency = b.currency))
      .catch(() => {});
    this.refreshCampaigns().catch(() => {});

    $effect(() => {
      JSON.stringify(this.query);
      void this.view;
      this.reload();
    });

    // Another screen asked for a deal: open it, or start a new one from what it sent.
    $effect(() => {
      if (nav.openDeal !== null) {
        const id = nav.openDeal;
        nav.openDeal = null;
        this.open(id);
      } else if (nav.newDeal) {
        this.editing = { deal: null, start: nav.newDeal };
        nav.newDeal = null;
      }
    });
  }

  refreshCampaigns() {
    return api.dealCampaigns().then((c) => (this.campaigns = c));
  }

  async reload() {
    const mine = ++this.generation;
    const q = { ...$state.snapshot(this.query), offset: 0, limit: PAGE } as DealQuery;
    try {
      if (this.view === "list") {
        const page = await api.listDeals(q);
        if (mine !== this.generation) return;
        this.rows = page.rows;
        this.total = page.total;
      } else {
        const [board, closed] = await Promise.all([
          api.dealBoard(q),
          Promise.all(CLOSED.map((status) => api.listDeals({ ...q, status, sort: "newest", limit: BOARD_CARDS }))),
        ]);
        if (mine !== this.generation) return;
        this.columns = board;
        this.closedColumns = closed
          .map((page, i) => ({ status: CLOSED[i] as DealStatus, total: page.total, cards: page.rows }))
          .filter((c) => c.total > 0);
        // The same count as the list: the header says it whichever way the deals are shown.
        this.total = [...board, ...this.closedColumns].reduce((n, c) => n + c.total, 0);
      }
      this.loaded = true;
    } catch (e) {
      toastError(e);
    }
  }

  async more() {
    const page = await api.listDeals({
      ...($state.snapshot(this.query) as DealQuery),
      offset: this.rows.length,
      limit: PAGE,
    });
    this.rows = [...this.rows, ...page.rows];
  }

  onSearch() {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.query.search = this.searchText), 200);
  }

  async open(id: number) {
    try {
      this.editing = { deal: await api.getDeal(id), start: null };
    } catch (e) {
      toastError(e);
    }
  }

  newDeal() {
    this.editing = { deal: null, start: emptyDeal(this.currency) };
  }

  closeEditor() {
    this.editing = null;
    this.reload();
  }

  async advance(card: DealRow, to: DealStatus) {
    try {
      await api.setDealStatus(card.id, to, "");
      toast(t("deals-toast-moved", { name: card.creator_name, status: to }));
      this.reload();
    } catch (e) {
      toastError(e);
    }
  }

  deleted(d: Deal) {
    this.editing = null;
    this.reload();
    undoToast(t("deals-toast-deleted", { name: d.creator_name }), async () => {
      await api.restoreDeal(d.id);
      this.reload();
    });
  }

  async exportCsv(what: "deals" | "gifts") {
    try {
      const done = await api.exportDeals($state.snapshot(this.query) as DealQuery, what);
      if (done) {
        const args = { count: done.rows, path: done.path };
        toast(what === "deals" ? t("deals-toast-exported-deals", args) : t("deals-toast-exported-gifts", args));
      }
    } catch (e) {
      toastError(e);
    }
  }

  clearFilters() {
    this.searchText = "";
    Object.assign(this.query, {
      search: "",
      status: null,
      kind: null,
      campaign: null,
      from: null,
      to: null,
      overdue_only: false,
    });
  }
}
