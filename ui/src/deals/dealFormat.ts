import type { Deal, DealInput, DealKind, DealStatus } from "../lib/bindings";
import { DEAL_STATUSES, KINDS } from "../lib/bindings";
import { todayIso } from "../lib/dates";
import { DEAL_STATUS_LABEL, formatDate, KIND_LABEL } from "../lib/format";
import { labels, t } from "../lib/i18n.svelte";

export { todayIso };

// The status flow comes from Rust through the generated bindings.
export { DEAL_IS_OPEN, DEAL_NEXT as NEXT, DEAL_STATUSES, KINDS } from "../lib/bindings";
export { DEAL_STATUS_LABEL, KIND_LABEL };

/** "Gifting + Affiliate" */
export const kindsLabel = (kinds: DealKind[]) => kinds.map((k) => KIND_LABEL[k]).join(" + ");

/** What each kind of deal means, as the tooltip on its choice. */
export const KIND_HINT: Readonly<Record<DealKind, string>> = labels("deals-kind-hint", KINDS);

/** Whether moving there goes forward along the flow (or stops it), rather than back a step. */
export function isForward(from: DealStatus, to: DealStatus): boolean {
  return (
    to === "declined" ||
    to === "cancelled" ||
    DEAL_STATUSES.indexOf(to) > DEAL_STATUSES.indexOf(from) ||
    from === "declined" ||
    from === "cancelled"
  );
}

/** A day (`2026-11-23`) in the user's format, read as a calendar day, not a UTC instant. */
export function formatDay(iso: string | null): string {
  return iso ? formatDate(iso) : "—";
}

const money = (minor: number) => (minor / 100).toFixed(2);
const count = (n: number | null) => (n === null ? "" : String(n));

/** A blank deal form for a creator (or none yet). */
export function emptyDeal(currency: string, creatorId = 0): DealInput {
  return {
    creator_id: creatorId,
    brief_id: null,
    campaign: "",
    kinds: ["gifting"],
    platform: null,
    currency,
    fee: "",
    commission_percent: "",
    shipping: "",
    start_date: todayIso(),
    handover_date: "",
    visit_at: "",
    discount_code: "",
    landing_url: "",
    items: [],
    deliverables: [],
    results: {
      reach: "",
      impressions: "",
      likes: "",
      comments: "",
      shares: "",
      saves: "",
      clicks: "",
      redemptions: "",
      walk_ins: "",
      revenue: "",
    },
    rating: null,
    work_again: null,
    feedback: "",
    notes: "",
  };
}

/** The edit form for a stored deal: amounts as plain decimals, counts as plain numbers. */
export function dealToInput(d: Deal): DealInput {
  const r = d.results;
  return {
    creator_id: d.creator_id,
    brief_id: d.brief_id,
    campaign: d.campaign,
    kinds: [...d.kinds],
    platform: d.platform,
    currency: d.currency,
    fee: d.fee_minor ? money(d.fee_minor) : "",
    commission_percent: d.commission_bp ? String(d.commission_bp / 100) : "",
    shipping: d.shipping_minor ? money(d.shipping_minor) : "",
    start_date: d.start_date,
    handover_date: d.handover_date ?? "",
    visit_at: d.visit_at,
    discount_code: d.discount_code,
    landing_url: d.landing_url,
    items: d.items.map((i) => ({
      name: i.name,
      quantity: String(i.quantity),
      unit_cost: money(i.unit_cost_minor),
      unit_retail: money(i.unit_retail_minor),
    })),
    deliverables: d.deliverables.map((x) => ({
      label: x.label,
      due_date: x.due_date ?? "",
      post_url: x.post_url,
      posted_date: x.posted_date ?? "",
      disclosure_seen: x.disclosure_seen,
    })),
    results: {
      reach: count(r.reach),
      impressions: count(r.impressions),
      likes: count(r.likes),
      comments: count(r.comments),
      shares: count(r.shares),
      saves: count(r.saves),
      clicks: count(r.clicks),
      redemptions: count(r.redemptions),
      walk_ins: count(r.walk_ins),
      revenue: r.revenue_minor === null ? "" : money(r.revenue_minor),
    },
    rating: d.rating,
    work_again: d.work_again,
    feedback: d.feedback,
    notes: d.notes,
  };
}

/** Copies text, with a fallback for webviews without the async clipboard. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    if (!ok) throw new Error(t("deals-clipboard-unavailable"));
  }
}
