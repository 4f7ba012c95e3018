import { readFileSync } from "node:fs";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Window, type HTMLButtonElement, type HTMLElement } from "happy-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CategoryDrawer } from "./category-drawer";
import { CopyLinkButton } from "./copy-link-button";
import { ReaderTools } from "./reader-tools";
import { ViewBeacon } from "./view-beacon";

// public/js/site.js run, as a browser runs it, on the markup the server components send: public
// reading pages carry no React in the browser, so this script is all their controls have.

const SCRIPT = readFileSync(new URL("../../public/js/site.js", import.meta.url), "utf8");

const MENU = [
  ["/", "Trang chủ"],
  ["/chuyen-muc/tin-hoat-dong", "Tin hoạt động"],
  ["/chuyen-muc/hoi-dap", "Hỏi đáp"],
  ["/don-vi", "Đơn vị"],
];

const page = renderToStaticMarkup(
  h(
    "div",
    null,
    h(
      "nav",
      { "aria-label": "Chuyên mục" },
      h(CategoryDrawer, null, h("ul", null, ...MENU.map(([href, label]) => h("li", { key: href }, h("a", { href }, label))))),
    ),
    h("nav", { "aria-label": "Đường dẫn" }, h("a", { href: "/chuyen-muc/hoi-dap" }, "Hỏi đáp")),
    h(ViewBeacon, { articleId: 42 }),
    h(
      "article",
      { id: "bai-viet" },
      h("h1", { "data-doc": true }, "Tiêu đề"),
      h(ReaderTools, { articleSelector: "#bai-viet" }),
      h("p", { "data-doc": true }, "Sapo"),
      h("div", { "data-doc-than": true }, h("p", null, "Đoạn một."), h("p", null, "Đoạn  hai.")),
      h(CopyLinkButton, { url: "https://portal.example/bai-viet/a", className: "nut" }),
    ),
  ),
);

const windows: Window[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

/** A page at `path` with the markup above, `prepare` run before the script (as a browser's own API would be there). */
function load(path: string, prepare?: (window: Window) => void): Window {
  const window = new Window({ url: `https://portal.example${path}`, settings: { enableJavaScriptEvaluation: true } });
  windows.push(window);
  window.document.body.innerHTML = page;
  // Each page counts a view: a beacon that goes nowhere, unless the test watches it.
  Object.defineProperty(window.navigator, "sendBeacon", { value: () => true, configurable: true });
  prepare?.(window);
  const script = window.document.createElement("script");
  script.textContent = SCRIPT;
  window.document.body.appendChild(script);
  return window;
}

const key = (window: Window, name: string, shiftKey = false) =>
  window.document.activeElement!.dispatchEvent(new window.KeyboardEvent("keydown", { key: name, shiftKey, bubbles: true, cancelable: true }));

describe("the Chuyên mục drawer", () => {
  it("opens as a dialog with focus inside, keeps Tab inside, and Esc closes it and gives focus back to the button", () => {
    const window = load("/");
    const { document } = window;
    const button = document.querySelector<HTMLElement>("[data-drawer-button]")!;
    // Without the script it is a link to the menu; the script makes it the button that opens the drawer.
    expect(button.getAttribute("href")).toBe("#menu-chuyen-muc");
    expect(button.getAttribute("role")).toBe("button");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.querySelector("[role=dialog]")).toBeNull();

    button.focus();
    button.click();
    const dialog = document.querySelector("[role=dialog]")!;
    expect(dialog.getAttribute("aria-label")).toBe("Chuyên mục");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement?.textContent).toBe("Đóng");
    expect(document.body.style.overflow).toBe("hidden");

    // Shift+Tab from "Đóng" goes round to the last link; Tab from there comes back to "Đóng".
    key(window, "Tab", true);
    expect(document.activeElement?.getAttribute("href")).toBe("/don-vi");
    key(window, "Tab");
    expect(document.activeElement?.textContent).toBe("Đóng");

    key(window, "Escape");
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(document.body.style.overflow).toBe("");
    expect(document.querySelector("#menu-chuyen-muc")!.className).toBe("hidden lg:block");
  });

  it("closes with Đóng, focus back on the button; opens with Space as a button does", () => {
    const window = load("/");
    const { document } = window;
    const button = document.querySelector<HTMLElement>("[data-drawer-button]")!;
    button.focus();
    key(window, " ");
    expect(document.querySelector("[role=dialog]")).not.toBeNull();
    (document.activeElement as HTMLElement).click();
    expect(document.querySelector("[role=dialog]")).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it("marks the page being read, and an article's section from its breadcrumb", () => {
    const current = (window: Window) =>
      [...window.document.querySelectorAll("#menu-chuyen-muc [aria-current]")].map((a) => `${a.getAttribute("href")}=${a.getAttribute("aria-current")}`);
    expect(current(load("/chuyen-muc/tin-hoat-dong"))).toEqual(["/chuyen-muc/tin-hoat-dong=page"]);
    expect(current(load("/chuyen-muc/tin-hoat-dong/trang/2"))).toEqual(["/chuyen-muc/tin-hoat-dong=page"]);
    expect(current(load("/"))).toEqual(["/=page"]);
    expect(current(load("/bai-viet/mot-bai"))).toEqual(["/chuyen-muc/hoi-dap=true"]);
  });
});

describe("the reader tools", () => {
  const scaleOf = (window: Window) => window.document.querySelector<HTMLElement>("#bai-viet")!.style.getPropertyValue("--article-scale");
  const tool = (window: Window, selector: string) => window.document.querySelector<HTMLButtonElement>(`[data-reader-tools] ${selector}`)!;

  it("shows its buttons; A+ enlarges the text, says so and is remembered; the size comes back on the next page", () => {
    const window = load("/bai-viet/mot-bai");
    expect(scaleOf(window)).toBe("1");
    expect(tool(window, '[data-scale="1"]').hidden).toBe(false);
    expect(tool(window, "[data-print]").hidden).toBe(false);
    tool(window, '[data-scale="1"]').click();
    tool(window, '[data-scale="1"]').click();
    expect(scaleOf(window)).toBe("1.3");
    expect(tool(window, "[role=status]").textContent).toBe("Cỡ chữ 130%");
    expect(window.localStorage.getItem("pbgdpl:co-chu")).toBe("3");

    const next = load("/bai-viet/bai-khac", (w) => w.localStorage.setItem("pbgdpl:co-chu", "0"));
    expect(scaleOf(next)).toBe("0.9");
    expect(tool(next, '[data-scale="-1"]').disabled).toBe(true);
  });

  it("keeps the read-aloud button hidden where the browser has no speech synthesis", () => {
    const window = load("/bai-viet/mot-bai", (w) => Object.defineProperty(w, "speechSynthesis", { value: undefined }));
    expect(tool(window, "[data-speak]").hidden).toBe(true);
    expect(tool(window, "[data-print]").hidden).toBe(false);
  });

  it("reads the title, sapo and each paragraph, and says so when there is no Vietnamese voice", () => {
    const spoken: string[] = [];
    const window = load("/bai-viet/mot-bai", (w) => {
      Object.defineProperty(w, "speechSynthesis", {
        value: { cancel: vi.fn(), getVoices: () => [{ lang: "en-US" }], speak: (u: { text: string }) => spoken.push(u.text) },
      });
      Object.defineProperty(w, "SpeechSynthesisUtterance", { value: class { constructor(public text: string) {} } });
    });
    const speak = tool(window, "[data-speak]");
    expect(speak.hidden).toBe(false);
    speak.click();
    expect(spoken).toEqual(["Tiêu đề", "Sapo", "Đoạn một.", "Đoạn hai."]);
    expect(speak.textContent).toBe("Dừng đọc");
    expect(speak.getAttribute("aria-pressed")).toBe("true");
    expect(tool(window, "[role=status]").textContent).toContain("thiết bị không có giọng tiếng Việt");
    speak.click();
    expect(speak.textContent).toBe("Nghe đọc bài");
    expect(tool(window, "[role=status]").textContent).toBe("Đã dừng đọc bài.");
  });
});

it("copies the article's address and says so", async () => {
  const writeText = vi.fn(() => Promise.resolve());
  const window = load("/bai-viet/mot-bai", (w) => Object.defineProperty(w.navigator, "clipboard", { value: { writeText } }));
  const button = window.document.querySelector<HTMLButtonElement>("[data-copy-link]")!;
  expect(button.hidden).toBe(false);
  button.click();
  expect(writeText).toHaveBeenCalledWith("https://portal.example/bai-viet/a");
  await vi.waitFor(() => expect(button.nextElementSibling?.textContent).toBe("Đã sao chép liên kết."));
});

it("counts one view of the article through the beacon", async () => {
  const beacons: [string, string][] = [];
  load("/bai-viet/mot-bai", (w) =>
    Object.defineProperty(w.navigator, "sendBeacon", {
      value: (url: string, blob: Blob) => {
        void blob.text().then((text) => beacons.push([url, text]));
        return true;
      },
    }),
  );
  await vi.waitFor(() => expect(beacons).toEqual([["/api/luot-xem", JSON.stringify({ articleId: 42 })]]));
});
