import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { FirstRun } from "../lib/bindings";
import { formatDate, setDateStyle } from "../lib/format";
import Welcome from "./Welcome.svelte";

describe("Welcome", () => {
  it("sends the shop's contact and applies the date style at once", async () => {
    setDateStyle("dmy");
    let sent: FirstRun | null = null;
    mockIPC((cmd, args) => {
      if (cmd === "complete_first_run") {
        sent = (args as { answers: FirstRun }).answers;
        return { ...sent, date_style: sent.date_style };
      }
    });
    const ondone = vi.fn();
    render(Welcome, { ondone });
    await fireEvent.input(screen.getByTestId("welcome-shop"), { target: { value: "Café Lumière" } });
    await fireEvent.input(screen.getByTestId("welcome-email"), { target: { value: "hello@lumiere.example" } });
    await fireEvent.click(screen.getByTestId("welcome-date-iso"));
    await fireEvent.click(screen.getByTestId("welcome-start"));
    await waitFor(() => expect(ondone).toHaveBeenCalled());
    expect(sent).toMatchObject({
      shop_name: "Café Lumière",
      contact_email: "hello@lumiere.example",
      date_style: "iso",
    });
    expect(formatDate("2026-12-01")).toBe("2026-12-01");
  });
});
