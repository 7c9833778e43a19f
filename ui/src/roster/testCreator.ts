import type { Creator } from "../lib/bindings";

/** A roster row for component tests: a micro creator in Lyon, with `over` changed. */
export function testCreator(id: number, name: string, over: Partial<Creator> = {}): Creator {
  return {
    id,
    display_name: name,
    handles: [{ platform: "instagram", handle: `c${id}`, followers: 12000 }],
    avg_likes: null,
    avg_comments: null,
    avg_shares: null,
    engagement_typed: 6,
    engagement_rate: 6,
    total_followers: 12000,
    tier: "micro",
    main_platform: "instagram",
    niches: ["coffee"],
    city: "Lyon",
    email: "",
    phone: "",
    rate_minor: null,
    currency: "EUR",
    open_to_gifting: false,
    status: "prospect",
    notes: "",
    language: null,
    archived: false,
    created_at: "2026-11-23T10:00:00Z",
    updated_at: "2026-11-23T10:00:00Z",
    ...over,
  };
}
