import { mockIPC } from "@tauri-apps/api/mocks";
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { Creator } from "../lib/bindings";
import CreatorPage from "./CreatorPage.svelte";

const ana: Creator = {
  id: 1,
  display_name: "Ana",
  handles: [
    { platform: "instagram", handle: "ana", followers: 8000 },
    { platform: "tiktok", handle: "ana.tt", followers: 6000 },
  ],
  avg_likes: null,
  avg_comments: null,
  avg_shares: null,
  engagement_typed: 3.7,
  engagement_rate: 3.7,
  total_followers: 14000,
  tier: "nano",
  main_platform: "instagram",
  niches: ["coffee", "brunch"],
  city: "Lyon",
  email: "",
  phone: "",
  rate_minor: null,
  currency: "USD",
  open_to_gifting: false,
  status: "prospect",
  notes: "",
  archived: false,
  created_at: "2026-11-23T10:00:00Z",
  updated_at: "2026-11-23T10:00:00Z",
};

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
