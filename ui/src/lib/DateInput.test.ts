import { fireEvent, render, screen } from "@testing-library/svelte";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import type { DateStyle } from "./bindings";
import DateInput from "./DateInput.svelte";
import { parseDay } from "./dates";
import { setDateStyle } from "./format";

/** The field with its bound value kept in `props.value`, as a parent's `bind:value` would. */
function field(value: string, style?: DateStyle, extra: Record<string, unknown> = {}) {
  const props = { value };
  const view = render(DateInput, {
    props: {
      get value() {
        return props.value;
      },
      set value(v: string) {
        props.value = v;
      },
      label: "Due",
      testid: "due",
      style,
      ...extra,
    },
  });
  return { props, rerender: view.rerender, input: screen.getByTestId("due") as HTMLInputElement };
}

describe("parseDay", () => {
  it("reads the day in the chosen style, ISO in any, short days, months and years", () => {
    expect(parseDay("11/12/2026", "dmy")).toBe("2026-12-11");
    expect(parseDay("11/12/2026", "mdy")).toBe("2026-11-12");
    expect(parseDay("2026-12-11", "dmy")).toBe("2026-12-11");
    expect(parseDay("2026-12-11", "mdy")).toBe("2026-12-11");
    expect(parseDay("1.2.26", "dmy")).toBe("2026-02-01");
    expect(parseDay(" ", "iso")).toBe("");
    expect(parseDay("31/02/2026", "dmy")).toBeNull();
    expect(parseDay("29/02/2028", "dmy")).toBe("2028-02-29");
    expect(parseDay("13/13/2026", "dmy")).toBeNull();
    expect(parseDay("soon", "dmy")).toBeNull();
  });
});

describe("DateInput", () => {
  afterEach(() => setDateStyle("dmy"));

  it("follows the style chosen in Settings", () => {
    setDateStyle("iso");
    render(DateInput, { value: "2026-12-11", label: "Due", testid: "iso" });
    expect(screen.getByTestId("iso")).toHaveValue("2026-12-11");
    expect(screen.getByTestId("iso")).toHaveAttribute("placeholder", "yyyy-mm-dd");
    setDateStyle("mdy");
    render(DateInput, { value: "2026-12-11", label: "Due", testid: "mdy" });
    expect(screen.getByTestId("mdy")).toHaveValue("12/11/2026");
  });

  it("shows the day day-first with a format hint, and binds ISO", async () => {
    const { props, input } = field("2026-12-11", "dmy");
    expect(input.value).toBe("11/12/2026");
    expect(input.placeholder).toBe("dd/mm/yyyy");
    await userEvent.clear(input);
    await userEvent.type(input, "3/4/26{Enter}");
    expect(props.value).toBe("2026-04-03");
    expect(input.value).toBe("03/04/2026");
  });

  it("shows month first and ISO in those styles", () => {
    field("2026-12-11", "mdy");
    expect(screen.getByTestId("due")).toHaveValue("12/11/2026");
    expect(screen.getByTestId("due")).toHaveAttribute("placeholder", "mm/dd/yyyy");
  });

  it("empties to no day, with the hint rather than a date in grey", async () => {
    const { props, input } = field("2026-12-11", "iso");
    expect(input.value).toBe("2026-12-11");
    await userEvent.clear(input);
    await fireEvent.blur(input);
    expect(props.value).toBe("");
    expect(input.placeholder).toBe("yyyy-mm-dd");
  });

  it("keeps an impossible day as typed and says so", async () => {
    const { props, input } = field("2026-12-11", "dmy");
    // Typed over the old day: the value keeps the last possible day until the text is one.
    await userEvent.type(input, "31/02/2026", { initialSelectionStart: 0, initialSelectionEnd: 10 });
    await fireEvent.blur(input);
    expect(input.value).toBe("31/02/2026");
    expect(props.value).toBe("2026-12-11");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("No such date: type it as dd/mm/yyyy.");
    await userEvent.clear(input);
    await userEvent.type(input, "28/02/2026{Enter}");
    expect(props.value).toBe("2026-02-28");
    expect(input).toHaveAttribute("aria-invalid", "false");
  });

  it("does not take a half-typed year for a two-digit one", async () => {
    const { props, input } = field("2026-12-11", "dmy");
    await userEvent.type(input, "15/03/202", { initialSelectionStart: 0, initialSelectionEnd: 10 });
    expect(props.value).toBe("2026-12-11");
    await userEvent.type(input, "6");
    expect(props.value).toBe("2026-03-15");
    // Leaving the field reads a short year as this century's.
    await userEvent.clear(input);
    await userEvent.type(input, "1/4/27");
    expect(props.value).toBe("2026-03-15");
    await fireEvent.blur(input);
    expect(props.value).toBe("2027-04-01");
  });

  it("takes ISO set from outside, as the end-to-end run does", async () => {
    const { props, rerender, input } = field("", "dmy");
    await fireEvent.input(input, { target: { value: "2026-11-16" } });
    await fireEvent.change(input);
    expect(props.value).toBe("2026-11-16");
    expect(input.value).toBe("16/11/2026");
    await rerender({ value: "2027-01-05" });
    expect(input.value).toBe("05/01/2027");
  });

  it("refuses a day before min", async () => {
    const { props, input } = field("", "dmy", { min: "2026-12-01" });
    await userEvent.type(input, "30/11/2026{Enter}");
    expect(props.value).toBe("");
    expect(input).toHaveAttribute("aria-invalid", "true");
  });

  it("picks a day from the calendar with the keyboard and closes on Escape", async () => {
    const { props } = field("2026-12-11", "dmy");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /calendar/ }));
    const grid = screen.getByRole("grid");
    expect(screen.getByTestId("calendar-month").textContent).toMatch(/December 2026/);
    expect(document.activeElement).toHaveAttribute("data-day", "2026-12-11");
    // Monday first: 11 December 2026 is a Friday.
    expect(grid.querySelectorAll("th")[0]?.getAttribute("abbr")).toBe("Monday");
    await user.keyboard("{ArrowRight}{ArrowDown}");
    expect(document.activeElement).toHaveAttribute("data-day", "2026-12-19");
    await user.keyboard("{PageDown}");
    expect(screen.getByTestId("calendar-month").textContent).toMatch(/January 2027/);
    await user.keyboard("{Enter}");
    expect(props.value).toBe("2027-01-19");
    expect(screen.getByTestId("due")).toHaveValue("19/01/2027");
    expect(screen.queryByRole("dialog")).toBeNull();

    await user.click(screen.getByRole("button", { name: /calendar/ }));
    let escapedToPage = false;
    window.addEventListener("keydown", () => (escapedToPage = true), { once: true });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(escapedToPage).toBe(false);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /calendar/ }));

    // Back in the text with the calendar open, Escape still closes only the calendar.
    await user.click(screen.getByRole("button", { name: /calendar/ }));
    await user.click(screen.getByTestId("due"));
    expect(screen.getByRole("dialog")).toBeInTheDocument();
    window.addEventListener("keydown", () => (escapedToPage = true), { once: true });
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(escapedToPage).toBe(false);
  });
});
