// Which section is shown, and what another section asked it to open: the dashboard opens a
// deal, a brief starts a deal for one of its creators, a deal opens its creator, an empty roster
// starts a brief.
import type { DealInput } from "./bindings";

export type Section = "home" | "roster" | "deals" | "briefs" | "settings";

export const nav = $state<{
  section: Section;
  openDeal: number | null;
  newDeal: DealInput | null;
  openCreator: number | null;
  newBrief: boolean;
}>({ section: "home", openDeal: null, newDeal: null, openCreator: null, newBrief: false });

export function go(section: Section, open: Partial<Omit<typeof nav, "section">> = {}) {
  nav.openDeal = open.openDeal ?? null;
  nav.newDeal = open.newDeal ?? null;
  nav.openCreator = open.openCreator ?? null;
  nav.newBrief = open.newBrief ?? false;
  nav.section = section;
}
