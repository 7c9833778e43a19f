import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Dashboard, DealStatus } from "../lib/bindings";
import HomeStatuses from "./HomeStatuses.svelte";

const counts: [DealStatus, number][] = [
  ["proposed", 1],
  ["agreed", 1],
  ["product_sent", 1],
  ["content_due", 1],
  ["posted", 1],
  ["completed", 1],
  ["declined", 1],
  ["cancelled", 0],
];

describe("HomeStatuses", () => {
  it("draws each status as its share of all deals, in its own colour", () => {
    const dash = { by_status: counts.map(([status, count]) => ({ status, count })) } as Dashboard;
    render(HomeStatuses, { props: { dash } });
    const bars = [...screen.getByTestId("by-status").querySelectorAll<HTMLElement>(".bar > span")];
    // One deal of seven is a seventh of the bar, not all of it.
    expect(bars[0]?.style.width).toBe(`${(1 / 7) * 100}%`);
    expect(bars[7]?.style.width).toBe("0%");
    expect(bars.map((b) => b.className.split(" ").find((c) => c.startsWith("deal-")))).toEqual(
      counts.map(([s]) => `deal-${s}`),
    );
  });
});
