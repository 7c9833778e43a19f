import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Deal } from "../lib/bindings";
import { addDays, todayIso } from "../lib/dates";
import DealEditor from "./DealEditor.svelte";
import { dealToInput, emptyDeal } from "./dealFormat";

function deal(): Deal {
  return {
    id: 7,
    creator_id: 1,
    creator_name: "<b>Zoë</b>",
    creator_handle: "zoe.eats",
    creator_email: "",
    brief_id: null,
    campaign: "Winter menu",
    kinds: ["gifting", "affiliate"],
    status: "product_sent",
    platform: "instagram",
    currency: "EUR",
    fee_minor: 5000,
    commission_bp: 1250,
    shipping_minor: 490,
    start_date: "2026-11-01",
    handover_date: "2026-11-03",
    visit_at: "",
    discount_code: "ZOE10",
    landing_url: "",
    tracking_link: "https://cafe.example/?utm_source=instagram",
    items: [{ name: "Tasting flight", quantity: 2, unit_cost_minor: 650, unit_retail_minor: 1800 }],
    deliverables: [
      { label: "1 Reel", due_date: "2026-11-20", post_url: "", posted_date: null, disclosure_seen: false },
    ],
    results: {
      reach: 5000,
      impressions: null,
      likes: 300,
      comments: null,
      shares: null,
      saves: null,
      clicks: null,
      redemptions: 4,
      walk_ins: null,
      revenue_minor: 12050,
    },
    rating: null,
    work_again: null,
    feedback: "",
    notes: "",
    nudged_day: 0,
    figures: {
      items_cost_minor: 1300,
      retail_minor: 3600,
      commission_minor: 1506,
      cost_minor: 8296,
      engagements: 300,
      engagement_rate: 2.5,
      cost_per_engagement_minor: 27.65,
      cost_per_click_minor: null,
      return_on_cost: 0.4525,
    },
    history: [],
    created_at: "2026-11-01T10:00:00Z",
    updated_at: "2026-11-03T10:00:00Z",
  };
}

describe("DealEditor", () => {
  it("turns a stored deal into the form the backend reads back", () => {
    const input = dealToInput(deal());
    expect(input.fee).toBe("50.00");
    expect(input.commission_percent).toBe("12.5");
    expect(input.items[0]).toEqual({ name: "Tasting flight", quantity: "2", unit_cost: "6.50", unit_retail: "18.00" });
    expect(input.results.revenue).toBe("120.50");
    expect(input.results.comments).toBe("");
    expect(input.deliverables[0]?.posted_date).toBe("");
  });

  it("shows the backend's message next to the field and keeps what was typed", async () => {
    mockIPC((cmd) => {
      if (cmd === "list_briefs") return [];
      if (cmd === "get_creator") return { id: 1, display_name: "Zoë", handles: [] };
      if (cmd === "create_deal")
        throw {
          code: "invalid",
          message: "Please check fee",
          fields: [{ field: "fee", message: "Cannot be negative." }],
        };
      throw new Error(`unexpected command ${cmd}`);
    });
    render(DealEditor, {
      props: { start: emptyDeal("EUR", 1), onclose: () => {}, onsaved: () => {}, ondeleted: () => {} },
    });
    const fee = screen.getByTestId("deal-fee") as HTMLInputElement;
    await fireEvent.input(fee, { target: { value: "-50" } });
    await fireEvent.click(screen.getByTestId("save-deal"));
    expect(await screen.findByText("Cannot be negative.")).toBeInTheDocument();
    expect(fee).toHaveAttribute("aria-invalid", "true");
    expect(fee.value).toBe("-50");
  });

  it("shows the creator's name as text and the figures the backend derived", async () => {
    mockIPC((cmd) => {
      if (cmd === "list_briefs") return [];
      throw new Error(`unexpected command ${cmd}`);
    });
    const { container } = render(DealEditor, {
      props: { deal: deal(), onclose: () => {}, onsaved: () => {}, ondeleted: () => {} },
    });
    expect(screen.getByTestId("deal-title").textContent).toBe("<b>Zoë</b>");
    expect(container.querySelector("h1 b")).toBeNull();
    expect(screen.getByTestId("figure-cost").textContent).toContain("82.96");
    // Only the moves the backend allows from "product sent" are offered.
    expect(screen.getByTestId("move-content_due")).toBeInTheDocument();
    expect(screen.queryByTestId("move-completed")).toBeNull();
  });

  it("shows and takes its dates in the chosen style, and saves them as days", async () => {
    const saved: unknown[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "list_briefs") return [];
      if (cmd === "update_deal") {
        saved.push((args as { input: unknown }).input);
        return deal();
      }
      throw new Error(`unexpected command ${cmd}`);
    });
    render(DealEditor, { props: { deal: deal(), onclose: () => {}, onsaved: () => {}, ondeleted: () => {} } });
    const start = screen.getByTestId("deal-start") as HTMLInputElement;
    expect(start.value).toBe("01/11/2026");
    expect(screen.getByTestId("deal-handover")).toHaveValue("03/11/2026");
    expect(screen.getByTestId("deliverable-due-0")).toHaveValue("20/11/2026");
    const posted = screen.getByTestId("deliverable-posted-0");
    expect(posted).toHaveValue("");
    expect(posted).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await userEvent.clear(start);
    await userEvent.type(start, "11/12/2026");
    await fireEvent.click(screen.getByTestId("save-deal"));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ start_date: "2026-12-11", handover_date: "2026-11-03" });
  });

  it("shows a late post as a status by its due date, not as a field in error", () => {
    mockIPC((cmd) => {
      if (cmd === "list_briefs") return [];
      throw new Error(`unexpected command ${cmd}`);
    });
    const late = deal();
    late.deliverables = [
      { label: "1 Reel", due_date: addDays(todayIso(), -3), post_url: "", posted_date: null, disclosure_seen: false },
      { label: "1 Story", due_date: addDays(todayIso(), -1), post_url: "", posted_date: null, disclosure_seen: false },
      { label: "1 Post", due_date: addDays(todayIso(), 2), post_url: "", posted_date: null, disclosure_seen: false },
    ];
    render(DealEditor, { props: { deal: late, onclose: () => {}, onsaved: () => {}, ondeleted: () => {} } });
    expect(screen.getByTestId("deliverable-overdue-0").textContent).toBe("Overdue by 3 days");
    expect(screen.getByTestId("deliverable-overdue-1").textContent).toBe("Overdue by 1 day");
    expect(screen.queryByTestId("deliverable-overdue-2")).toBeNull();
    expect(screen.getByTestId("deliverable-due-0")).toHaveAttribute("aria-invalid", "false");
    expect(screen.getByTestId("deliverable-due-0").closest(".late")).toBeNull();
  });
});
