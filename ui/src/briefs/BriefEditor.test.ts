import { mockIPC } from "@tauri-apps/api/mocks";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { BriefInput, RecipientInput } from "../lib/bindings";
import { toasts } from "../lib/toasts.svelte";
import BriefEditor from "./BriefEditor.svelte";

const brand = { shop_name: "Café Lumière", contact_email: "", contact_name: "", currency: "GBP" };
const zoe = { id: 7, display_name: "Zoë Martin", handles: [{ handle: "zoe.bakes" }] };

/** A backend that keeps one brief, as the real one does. */
function backend(extra: (cmd: string, args: unknown) => unknown = () => undefined) {
  const calls: string[] = [];
  let brief: Record<string, unknown> | null = null;
  mockIPC((cmd, args) => {
    calls.push(cmd);
    const a = args as { input: BriefInput; recipients: RecipientInput[] };
    const answer = extra(cmd, args);
    if (answer !== undefined) return answer;
    if (cmd === "get_brand") return brand;
    if (cmd === "preview_brief") return "<svg xmlns='http://www.w3.org/2000/svg'></svg>";
    if (cmd === "list_creators") return { rows: [zoe], total: 1 };
    if (cmd === "create_brief") return (brief = { id: 3, ...a.input, recipients: [] });
    if (cmd === "set_brief_recipients")
      return (brief = {
        ...brief,
        recipients: a.recipients.map((r) => ({
          creator_id: r.creator_id,
          display_name: "Zoë Martin",
          handle: "@zoe.bakes",
          email: "zoe@example.com",
          code: "ZOE10",
        })),
      });
  });
  return calls;
}

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

  it("a new brief has no timeline to fill in, and a step without a date stays off the page", async () => {
    const sent: BriefInput[] = [];
    backend((cmd, args) => {
      if (cmd === "preview_brief") sent.push((args as { input: BriefInput }).input);
      return undefined;
    });
    globalThis.URL.createObjectURL ??= () => "blob:preview";
    render(BriefEditor, { id: null, onback: () => {} });
    expect(screen.queryByTestId("step-label-0")).toBeNull();
    await fireEvent.click(screen.getAllByTestId("add-usual-step")[0]!);
    expect(screen.getByTestId("step-label-0")).toHaveValue("Concepts due");
    expect(screen.getByTestId("step-undated-0")).toHaveTextContent("Not on the page until it has a date");
    await fireEvent.input(screen.getByTestId("brief-campaign-input"), { target: { value: "Spring" } });
    await waitFor(() => expect(sent.length).toBeGreaterThan(0), { timeout: 2000 });
    expect(sent.at(-1)!.timeline).toEqual([]);
  });

  it("adding the first creator creates the brief, says so, and warns when no one can be reached", async () => {
    const calls = backend();
    toasts.splice(0);
    render(BriefEditor, { id: null, onback: () => {} });
    expect(await screen.findByTestId("no-contact")).toHaveTextContent("no way to reach you");
    await fireEvent.input(screen.getByTestId("brief-campaign-input"), { target: { value: "Spring" } });
    const search = screen.getByTestId("recipient-search");
    await fireEvent.input(search, { target: { value: "zoe" } });
    await screen.findByTestId("recipient-option");
    await fireEvent.keyDown(search, { key: "Enter" });
    expect(await screen.findByTestId("recipient")).toHaveTextContent("Zoë Martin");
    expect(calls.indexOf("create_brief")).toBeLessThan(calls.indexOf("set_brief_recipients"));
    expect(toasts.map((t) => t.message)).toContain("Added Zoë Martin, with the code ZOE10.");
    await fireEvent.input(screen.getByTestId("brief-contact"), { target: { value: "Ana, 0161 555 0100" } });
    expect(screen.queryByTestId("no-contact")).toBeNull();
  });

  it("adds someone new to the roster and the brief in one go", async () => {
    let created: { display_name: string; email: string; currency: string } | null = null;
    backend((cmd, args) => {
      if (cmd === "list_creators") return { rows: [], total: 0 };
      if (cmd === "create_creator") {
        created = (args as { input: typeof created }).input;
        return { ...zoe, id: 9 };
      }
      return undefined;
    });
    render(BriefEditor, { id: null, onback: () => {} });
    await fireEvent.input(screen.getByTestId("brief-campaign-input"), { target: { value: "Spring" } });
    await fireEvent.input(screen.getByTestId("recipient-search"), { target: { value: "Zoë Martin" } });
    await fireEvent.click(await screen.findByTestId("picker-create"));
    expect(screen.getByTestId("new-creator-name")).toHaveValue("Zoë Martin");
    await fireEvent.input(screen.getByTestId("new-creator-handle"), { target: { value: "@zoe.bakes" } });
    await fireEvent.input(screen.getByTestId("new-creator-email"), { target: { value: "zoe@example.com" } });
    await fireEvent.click(screen.getByTestId("new-creator-add"));
    expect(await screen.findByTestId("recipient")).toHaveTextContent("Zoë Martin");
    expect(created).toMatchObject({ display_name: "Zoë Martin", email: "zoe@example.com", currency: "GBP" });
    expect(screen.queryByTestId("new-creator")).toBeNull();
  });

  it("an email no mail program takes is shown to copy, with its PDF", async () => {
    backend((cmd) => {
      if (cmd === "export_brief")
        return { path: "/home/ana/Spring - Zoë Martin.pdf", file_name: "Spring - Zoë Martin.pdf" };
      if (cmd === "email_brief")
        return {
          opened: false,
          draft: { to: "zoe@example.com", subject: "Spring: your brief", body: "Hi Zoë,", mailto: "mailto:x" },
        };
      return undefined;
    });
    render(BriefEditor, { id: null, onback: () => {} });
    await fireEvent.input(screen.getByTestId("brief-campaign-input"), { target: { value: "Spring" } });
    const search = screen.getByTestId("recipient-search");
    await fireEvent.input(search, { target: { value: "zoe" } });
    await screen.findByTestId("recipient-option");
    await fireEvent.keyDown(search, { key: "Enter" });
    await fireEvent.click(await screen.findByTestId("export-one"));
    await waitFor(() => expect(screen.getByTestId("email-one")).toBeEnabled());
    await fireEvent.click(screen.getByTestId("email-one"));
    expect(await screen.findByTestId("unsent-to")).toHaveValue("zoe@example.com");
    expect(screen.getByTestId("unsent-subject")).toHaveValue("Spring: your brief");
    expect(screen.getByTestId("unsent-body")).toHaveValue("Hi Zoë,");
    expect(screen.getByTestId("unsent-path")).toHaveTextContent("Spring - Zoë Martin.pdf");
  });
});
