import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import BriefEditor from "./BriefEditor.svelte";

describe("BriefEditor", () => {
  it("previews the page the backend renders, and shows why a brief does not fit", async () => {
    const previews: string[] = [];
    globalThis.URL.createObjectURL ??= () => "blob:preview";
    globalThis.URL.revokeObjectURL ??= () => {};
    mockIPC((cmd, args) => {
      if (cmd === "preview_brief") {
        const input = (args as { input: { campaign: string; summary: string } }).input;
        previews.push(input.campaign);
        if (input.summary.length > 20) {
          throw {
            code: "invalid",
            message: "x",
            fields: [{ field: "summary", message: "The brief does not fit on one page." }],
          };
        }
        return "<svg xmlns='http://www.w3.org/2000/svg'></svg>";
      }
    });
    render(BriefEditor, { id: null, onback: () => {} });
    await fireEvent.input(screen.getByTestId("brief-campaign-input"), { target: { value: "Spring" } });
    expect(await screen.findByTestId("preview", {}, { timeout: 2000 })).toBeInTheDocument();
    expect(previews.at(-1)).toBe("Spring");

    await fireEvent.input(screen.getByTestId("brief-summary"), { target: { value: "x".repeat(40) } });
    await waitFor(() => expect(screen.getByTestId("preview-error")).toHaveTextContent("does not fit on one page"), {
      timeout: 2000,
    });
  });

  it("lists take one point per line and the backend's field errors show", async () => {
    let sent: { deliverables: string[] } | null = null;
    mockIPC((cmd, args) => {
      if (cmd === "create_brief") {
        sent = (args as { input: { deliverables: string[] } }).input;
        throw {
          code: "invalid",
          message: "x",
          fields: [{ field: "summary", message: "{firstname} is not a placeholder" }],
        };
      }
      if (cmd === "preview_brief") return "<svg/>";
    });
    render(BriefEditor, { id: null, onback: () => {} });
    await fireEvent.input(screen.getByTestId("brief-campaign-input"), { target: { value: "Spring" } });
    await fireEvent.input(screen.getByTestId("brief-deliverables"), { target: { value: "1 Reel\n2 Stories" } });
    await fireEvent.click(screen.getByTestId("save-brief"));
    expect(await screen.findByTestId("error-summary")).toHaveTextContent("{firstname} is not a placeholder");
    expect(sent!.deliverables).toEqual(["1 Reel", "2 Stories"]);
  });
});
