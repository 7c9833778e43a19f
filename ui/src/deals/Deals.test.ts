import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { BoardColumn, DealQuery, DealRow, DealStatus } from "../lib/bindings";
import Deals from "./Deals.svelte";

function row(id: number, status: DealStatus, campaign = "Winter menu"): DealRow {
  return {
    id,
    creator_id: id,
    creator_name: `Creator ${id}`,
    campaign,
    kinds: ["gifting"],
    status,
    start_date: "2026-11-01",
    next_due: null,
    open_deliverables: 0,
    overdue: false,
    cost_minor: 1000,
    retail_minor: 2000,
    revenue_minor: null,
    currency: "EUR",
    discount_code: "",
  };
}

const BOARD: DealStatus[] = ["proposed", "agreed", "product_sent", "content_due", "posted", "completed"];

/** Six deals on the board's columns and one declined, as a first hour's data might be. */
function backend(rows: DealRow[]) {
  const queries: DealQuery[] = [];
  mockIPC((cmd, args) => {
    const q = (args as { query: DealQuery }).query;
    if (cmd === "get_brand") return { currency: "EUR" };
    if (cmd === "deal_campaigns") return [];
    if (cmd === "list_deals") {
      queries.push(q);
      const matching = rows.filter((r) => !q.status || r.status === q.status);
      return { total: matching.length, offset: 0, rows: matching };
    }
    if (cmd === "deal_board")
      return BOARD.map((status): BoardColumn => {
        const cards = rows.filter((r) => r.status === status);
        return { status, total: cards.length, cards };
      });
    throw new Error(`unexpected command ${cmd}`);
  });
  return queries;
}

const firstHour = () => [...BOARD.map((s, i) => row(i + 1, s)), row(7, "declined")];

describe("Deals", () => {
  it("counts the same deals on the board as in the list and names the ones it leaves off", async () => {
    backend(firstHour());
    render(Deals);
    await waitFor(() => expect(screen.getByTestId("deal-count").textContent).toBe("7 deals"));
    await fireEvent.click(screen.getByTestId("view-board"));
    expect(await screen.findByTestId("board-closed")).toHaveTextContent("1 declined deal not shown.");
    expect(screen.getByTestId("deal-count").textContent).toBe("7 deals");
    expect(screen.queryByRole("region", { name: "Declined" })).toBeNull();

    await fireEvent.click(screen.getByTestId("board-closed-toggle"));
    const declined = screen.getByRole("region", { name: "Declined" });
    expect(declined).toHaveTextContent("Creator 7");
    // Nothing more happens to a declined deal, so its card offers no next step.
    expect(declined.querySelector("button.next")).toBeNull();
    expect(screen.getByTestId("board-closed")).toHaveTextContent("Showing 1 declined deal.");
  });

  it("says nothing about closed deals when there are none", async () => {
    backend(BOARD.map((s, i) => row(i + 1, s)));
    render(Deals);
    await fireEvent.click(await screen.findByTestId("view-board"));
    await waitFor(() => expect(screen.getByTestId("deal-count").textContent).toBe("6 deals"));
    expect(screen.queryByTestId("board-closed")).toBeNull();
  });

  it("gives a long campaign name its whole text in a title and a search hint that fits", async () => {
    const long = "Winter menu launch with the new tasting flight and pastries";
    backend([row(1, "agreed", long)]);
    render(Deals);
    const cell = await screen.findByText(long);
    expect(cell).toHaveAttribute("title", long);
    expect(screen.getByTestId("deal-search")).toHaveAttribute("placeholder", "Creator, campaign or code");
  });

  it("filters by days typed day first", async () => {
    const queries = backend(firstHour());
    render(Deals);
    const from = await screen.findByTestId("filter-from");
    expect(from).toHaveAttribute("placeholder", "dd/mm/yyyy");
    await userEvent.type(from, "1/11/2026{Enter}");
    await waitFor(() => expect(queries.at(-1)?.from).toBe("2026-11-01"));
    expect(from).toHaveValue("01/11/2026");
    // "to" before "from" is refused in the field rather than sent.
    const to = screen.getByTestId("filter-to");
    await userEvent.type(to, "31/10/2026{Enter}");
    expect(to).toHaveAttribute("aria-invalid", "true");
    expect(queries.at(-1)?.to).toBeNull();
    await userEvent.clear(from);
    await fireEvent.blur(from);
    await waitFor(() => expect(queries.at(-1)?.from).toBeNull());
  });
});
