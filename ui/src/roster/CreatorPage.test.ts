import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Creator } from "../lib/bindings";
import CreatorPage from "./CreatorPage.svelte";
import { testCreator } from "./testCreator";

const ana = testCreator(1, "Ana", {
  handles: [
    { platform: "instagram", handle: "ana", followers: 8000 },
    { platform: "tiktok", handle: "ana.tt", followers: 6000 },
  ],
  engagement_typed: 3.7,
  engagement_rate: 3.7,
  total_followers: 14000,
  tier: "nano",
  niches: ["coffee", "brunch"],
  currency: "USD",
});

function show(creator: Creator) {
  mockIPC((cmd) => (cmd === "creator_deals" ? null : undefined));
  const noop = () => {};
  render(CreatorPage, { creator, onback: noop, onedit: noop, ondelete: noop, onarchive: noop });
}

describe("CreatorPage", () => {
  it("tells the followers are a total and which account the tier comes from", () => {
    show(ana);
    expect(screen.getByTestId("stat-followers")).toHaveTextContent("14,000");
    expect(screen.getByTestId("stat-largest")).toHaveTextContent(
      "in total · tier from the largest, 8,000 on Instagram",
    );
    expect(screen.getByText("Nano · 1K–10K")).toHaveAttribute(
      "title",
      expect.stringContaining("the largest account: 8,000 on Instagram"),
    );
  });

  it("needs no explanation with a single account", () => {
    show({ ...ana, handles: [ana.handles[0]!], total_followers: 8000 });
    expect(screen.getByTestId("stat-followers")).toHaveTextContent("8,000");
    expect(screen.queryByTestId("stat-largest")).toBeNull();
  });
});
