import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import type { CreatorInput } from "../lib/bindings";
import CreatorForm from "./CreatorForm.svelte";

describe("CreatorForm", () => {
  it("shows the backend's message next to the field and keeps what was typed", async () => {
    mockIPC((cmd) => {
      if (cmd === "create_creator") {
        throw {
          code: "invalid",
          message: "Please check",
          fields: [{ field: "email", message: "This does not look like an email address." }],
        };
      }
    });
    const onsaved = vi.fn();
    render(CreatorForm, { creator: null, onclose: () => {}, onsaved });
    await fireEvent.input(screen.getByTestId("field-name"), { target: { value: "Zoë" } });
    await fireEvent.input(screen.getByTestId("field-email"), { target: { value: "nope" } });
    await fireEvent.click(screen.getByTestId("save-creator"));
    expect(await screen.findByTestId("error-email")).toHaveTextContent("This does not look like an email address.");
    expect(screen.getByTestId("field-email")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByTestId("field-name")).toHaveValue("Zoë");
    expect(onsaved).not.toHaveBeenCalled();
  });

  it("sends what was typed, niches split, and reports the saved creator", async () => {
    let sent: CreatorInput | null = null;
    mockIPC((cmd, args) => {
      if (cmd === "create_creator") {
        sent = (args as { input: CreatorInput }).input;
        return { id: 1, display_name: sent.display_name };
      }
    });
    const onsaved = vi.fn();
    render(CreatorForm, { creator: null, onclose: () => {}, onsaved });
    await fireEvent.input(screen.getByTestId("field-name"), { target: { value: "Zoë" } });
    await fireEvent.input(screen.getByTestId("field-handle-instagram"), { target: { value: "@zoe" } });
    await fireEvent.input(screen.getByTestId("field-followers-instagram"), { target: { value: "12.5K" } });
    await fireEvent.input(screen.getByTestId("field-niches"), { target: { value: "coffee, brunch" } });
    await fireEvent.click(screen.getByTestId("save-creator"));
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(sent).toMatchObject({ display_name: "Zoë", niches: ["coffee", " brunch"] });
    expect(sent!.handles[0]).toEqual({ platform: "instagram", handle: "@zoe", followers: "12.5K" });
  });

  it("counts a new creator's rate in the shop's currency unless the rate names another", async () => {
    const sent: CreatorInput[] = [];
    mockIPC((cmd, args) => {
      if (cmd === "get_brand") return { currency: "USD", language: "en" };
      if (cmd === "create_creator") {
        sent.push((args as { input: CreatorInput }).input);
        return { id: 1, display_name: "Zoë" };
      }
    });
    render(CreatorForm, { creator: null, onclose: () => {}, onsaved: () => {} });
    expect(await screen.findByPlaceholderText("USD")).toBe(screen.getByTestId("field-currency"));
    await fireEvent.input(screen.getByTestId("field-name"), { target: { value: "Zoë" } });
    await fireEvent.input(screen.getByTestId("field-rate"), { target: { value: "150" } });
    await fireEvent.click(screen.getByTestId("save-creator"));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ rate: "150", currency: "USD" });

    await fireEvent.input(screen.getByTestId("field-rate"), { target: { value: "£150" } });
    await fireEvent.click(screen.getByTestId("save-creator"));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ rate: "£150", currency: "" });

    await fireEvent.input(screen.getByTestId("field-currency"), { target: { value: "cad" } });
    await fireEvent.click(screen.getByTestId("save-creator"));
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]).toMatchObject({ currency: "cad" });
  });
});
