import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Creator, RosterQuery } from "../lib/bindings";
import Roster from "./Roster.svelte";
import { testCreator } from "./testCreator";

const creator = (id: number, name: string) => testCreator(id, name);

function backend(rows: Creator[]) {
  const queries: RosterQuery[] = [];
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    if (cmd === "roster_facets") return { creators: rows.length, archived: 0, cities: ["Lyon"], niches: ["coffee"] };
    if (cmd === "creator_deals" || cmd === "get_brand") return null;
    if (cmd === "list_creators") {
      const q = a.query as RosterQuery;
      queries.push(q);
      const matching = rows.filter((r) => r.display_name.toLowerCase().includes(q.search.toLowerCase()));
      return { total: matching.length, offset: q.offset, rows: matching.slice(q.offset, q.offset + q.limit) };
    }
    throw new Error(`unexpected command ${cmd}`);
  });
  return queries;
}

describe("Roster", () => {
  it("invites a new user to add, import or try the sample", async () => {
    backend([]);
    render(Roster);
    expect(await screen.findByTestId("empty-state")).toBeInTheDocument();
    expect(screen.getByText("Try a sample roster")).toBeInTheDocument();
    expect(screen.getByText("Import a spreadsheet (CSV)")).toBeInTheDocument();
  });

  it("shows names as text, never as markup", async () => {
    backend([creator(1, "<img src=x onerror=alert(1)>"), creator(2, "Zoë")]);
    const { container } = render(Roster);
    await screen.findByText("<img src=x onerror=alert(1)>");
    expect(container.querySelector("img[src=x]")).toBeNull();
    expect(screen.getByTestId("roster-count")).toHaveTextContent("2 creators");
  });

  it("asks the backend for one page at a time and searches as you type", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => creator(i + 1, `Creator ${i + 1}`));
    const queries = backend(rows);
    render(Roster);
    await screen.findByText("1,000 creators");
    expect(queries.every((q) => q.limit <= 100)).toBe(true);
    expect(screen.getAllByTestId("creator-row").length).toBeLessThan(60);

    await fireEvent.input(screen.getByTestId("search"), { target: { value: "Creator 99" } });
    await waitFor(() => expect(queries.at(-1)?.search).toBe("Creator 99"));
    await screen.findByText("11 of 1,000 creators");
  });

  it("sorts by a column, then reverses it", async () => {
    const queries = backend([creator(1, "A"), creator(2, "B")]);
    render(Roster);
    await screen.findByText("2 creators");
    await fireEvent.click(screen.getByTestId("sort-followers"));
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: "followers", descending: true }));
    await fireEvent.click(screen.getByTestId("sort-followers"));
    await waitFor(() => expect(queries.at(-1)).toMatchObject({ sort: "followers", descending: false }));
  });

  it("filters by engagement as you type, like the search", async () => {
    const queries = backend([creator(1, "A")]);
    render(Roster);
    await screen.findByText("1 creator");
    await fireEvent.input(screen.getByTestId("filter-engagement"), { target: { value: "4,5" } });
    await waitFor(() => expect(queries.at(-1)?.min_engagement).toBe(4.5));
    await fireEvent.input(screen.getByTestId("filter-engagement"), { target: { value: "" } });
    await waitFor(() => expect(queries.at(-1)?.min_engagement).toBeNull());
  });

  it("goes from the search box into the list with Down, row to row, and opens a row with Enter", async () => {
    backend([creator(1, "Ana"), creator(2, "Bea"), creator(3, "Cleo")]);
    render(Roster);
    await screen.findByText("3 creators");
    const search = screen.getByTestId("search");
    search.focus();
    await fireEvent.keyDown(search, { key: "ArrowDown" });
    const rows = screen.getAllByTestId("creator-row");
    await waitFor(() => expect(rows[0]).toHaveFocus());
    await fireEvent.keyDown(rows[0]!, { key: "ArrowDown" });
    await waitFor(() => expect(rows[1]).toHaveFocus());
    await fireEvent.keyDown(rows[1]!, { key: "ArrowUp" });
    await waitFor(() => expect(rows[0]).toHaveFocus());
    await fireEvent.keyDown(rows[0]!, { key: "ArrowUp" });
    await waitFor(() => expect(search).toHaveFocus());

    await fireEvent.keyDown(rows[1]!, { key: "Enter" });
    expect(await screen.findByTestId("creator-title")).toHaveTextContent("Bea");
  });

  it("gives the focus back to the button that opened the form", async () => {
    backend([creator(1, "A")]);
    render(Roster);
    await screen.findByText("1 creator");
    const add = screen.getByTestId("add-creator");
    add.focus();
    await fireEvent.click(add);
    // At once, not a frame later: a late focus scrolled the form back from a field below.
    expect(await screen.findByTestId("field-name")).toHaveFocus();
    await fireEvent.click(screen.getByText("Cancel"));
    await waitFor(() => expect(screen.queryByTestId("creator-form")).toBeNull());
    expect(add).toHaveFocus();
  });

  it("says the tier comes from the largest account when the followers shown are a total", async () => {
    const several = {
      ...creator(1, "Ana"),
      handles: [
        { platform: "instagram", handle: "ana", followers: 8000 },
        { platform: "tiktok", handle: "ana.tt", followers: 6000 },
      ],
      total_followers: 14000,
      tier: "nano",
    } satisfies Creator;
    backend([several, creator(2, "Bea")]);
    render(Roster);
    await screen.findByText("2 creators");
    const [ana, bea] = screen.getAllByTestId("row-followers");
    expect(ana).toHaveTextContent("14K largest 8K");
    expect(ana).toHaveAttribute("title", expect.stringContaining("the largest account: 8,000 on Instagram"));
    expect(bea).toHaveTextContent(/^12K$/);
    expect(bea).toHaveAttribute("title", "12,000 followers");
  });
});
