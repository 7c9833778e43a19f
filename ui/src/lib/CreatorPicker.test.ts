import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import CreatorPicker from "./CreatorPicker.svelte";

const rows = [
  { id: 1, display_name: "Zoë Martin", handles: [{ handle: "zoe.bakes" }] },
  { id: 2, display_name: "Zora Kim", handles: [{ handle: "zora.eats" }] },
];

function setup(oncreate?: (name: string) => void) {
  mockIPC((cmd) => {
    if (cmd === "list_creators") return { rows, total: rows.length };
  });
  const onpick = vi.fn();
  render(CreatorPicker, { placeholder: "Add a creator", variant: "list", onpick, oncreate, testid: "pick" });
  return { onpick, input: screen.getByTestId("pick") };
}

describe("CreatorPicker", () => {
  it("Enter picks the first suggestion, Down then Enter the next", async () => {
    const { onpick, input } = setup();
    await fireEvent.input(input, { target: { value: "zo" } });
    expect(await screen.findAllByRole("option")).toHaveLength(2);
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onpick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 1 }));

    await fireEvent.input(input, { target: { value: "zo" } });
    await screen.findAllByRole("option");
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(screen.getAllByRole("option")[1]).toHaveAttribute("aria-selected", "true");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(onpick).toHaveBeenLastCalledWith(expect.objectContaining({ id: 2 }));
    expect(input).toHaveValue("");
  });

  it("offers to add what was typed as a new creator", async () => {
    const oncreate = vi.fn();
    const { onpick, input } = setup(oncreate);
    await fireEvent.input(input, { target: { value: "Zoë Kahn" } });
    expect(await screen.findByTestId("picker-create")).toHaveTextContent("Add “Zoë Kahn” as a new creator");
    await fireEvent.keyDown(input, { key: "ArrowUp" });
    await fireEvent.keyDown(input, { key: "Enter" });
    expect(oncreate).toHaveBeenCalledWith("Zoë Kahn");
    expect(onpick).not.toHaveBeenCalled();
  });
});
