import { render, screen } from "@testing-library/svelte";
import { createRawSnippet } from "svelte";
import { describe, expect, it } from "vitest";
import Modal from "./Modal.svelte";

const body = createRawSnippet(() => ({ render: () => `<p><input aria-label="Inside" /></p>` }));

describe("Modal", () => {
  it("gives the focus back to what opened it when it closes", () => {
    const opener = document.createElement("button");
    document.body.append(opener);
    opener.focus();
    const { unmount } = render(Modal, { title: "A dialog", onclose: () => {}, children: body });
    screen.getByLabelText("Inside").focus();
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });
});
