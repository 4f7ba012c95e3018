import { readFileSync } from "node:fs";
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Window, type HTMLButtonElement, type HTMLElement, type HTMLInputElement, type HTMLTextAreaElement } from "happy-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CommentForm } from "./comment-form";

// public/js/binh-luan.js run, as a browser runs it, on the markup CommentForm sends, with the two
// routes it talks to played by a stand-in fetch: the article page carries no React in the browser,
// so this script is all the comment form has.

const SCRIPT = readFileSync(new URL("../../public/js/binh-luan.js", import.meta.url), "utf8");
const ARTICLE_ID = 42;
const page = renderToStaticMarkup(h(CommentForm, { articleId: ARTICLE_ID }));

type Call = { url: string; method: string; body: string };
type Answer = { ok: boolean; [key: string]: unknown };

/** What the routes answer: a fresh token for each GET, `posted` for each POST (a promise to hold it back). */
function routes(posted: Array<Answer | Promise<Answer> | Error>) {
  const calls: Call[] = [];
  let tokens = 0;
  const fetch = vi.fn(async (url: string, init: { method?: string; body?: { toString(): string } } = {}) => {
    const call = { url, method: init.method ?? "GET", body: init.body?.toString() ?? "" };
    calls.push(call);
    if (call.method === "GET") return { ok: true, json: async () => ({ token: `ma-${++tokens}` }) };
    const next = posted.shift();
    if (next instanceof Error) throw next;
    const answer = await next;
    return { ok: Boolean(answer?.ok), json: async () => answer };
  });
  return { calls, fetch };
}

const windows: Window[] = [];
afterEach(async () => {
  for (const window of windows.splice(0)) await window.happyDOM.close();
});

function load(fetch: unknown, prepare?: (window: Window) => void) {
  const window = new Window({ url: "https://portal.example/bai-viet/mot-bai", settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, disableJavaScriptFileLoading: true } });
  windows.push(window);
  window.document.body.innerHTML = page;
  Object.defineProperty(window, "fetch", { value: fetch, configurable: true });
  prepare?.(window);
  const script = window.document.createElement("script");
  script.textContent = SCRIPT;
  window.document.body.appendChild(script);
  const { document } = window;
  const field = <T>(id: string) => document.getElementById(`binh-luan-${id}`) as unknown as T;
  return {
    window,
    document,
    content: field<HTMLTextAreaElement>("content"),
    name: field<HTMLInputElement>("name"),
    email: field<HTMLInputElement>("email"),
    token: document.querySelector('input[name="token"]') as unknown as HTMLInputElement,
    button: document.querySelector('button[type="submit"]') as unknown as HTMLButtonElement,
    alert: document.querySelector('[role="alert"]') as unknown as HTMLElement,
    status: document.querySelector('[role="status"]') as unknown as HTMLElement,
    hint: field<HTMLElement>("content-goi-y"),
    type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
      input.value = value;
      input.dispatchEvent(new window.Event("input", { bubbles: true }));
    },
    send() {
      document.getElementById("binh-luan-form")!.dispatchEvent(new window.Event("submit", { bubbles: true, cancelable: true }));
    },
  };
}

const REFUSED = {
  ok: false,
  error: "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
  fieldErrors: { content: "Ý kiến cần ít nhất 10 ký tự.", email: "Email không hợp lệ. Ví dụ đúng: ten@example.com" },
};

describe("public/js/binh-luan.js", () => {
  it("asks for the form's token when the form is shown, in place of one the browser kept from before", async () => {
    const { calls, fetch } = routes([]);
    const form = load(fetch, (window) => {
      (window.document.querySelector('input[name="token"]') as unknown as HTMLInputElement).value = "ma-cu-da-dung";
    });
    expect(form.token.value).toBe("");
    await vi.waitFor(() => expect(form.token.value).toBe("ma-1"));
    expect(calls).toEqual([{ url: `/api/binh-luan/ma?bai=${ARTICLE_ID}`, method: "GET", body: "" }]);
  });

  it("counts the characters typed, in Vietnamese figures", () => {
    const form = load(routes([]).fetch);
    expect(form.hint.textContent).toBe("Từ 10 đến 2.000 ký tự (0/2.000).");
    form.type(form.content, "x".repeat(1234));
    expect(form.hint.textContent).toBe("Từ 10 đến 2.000 ký tự (1.234/2.000).");
  });

  it("shows a refusal beside each field, keeps what was typed, focuses the first field to fix; busy meanwhile", async () => {
    let answer!: (value: Answer) => void;
    const { calls, fetch } = routes([new Promise<Answer>((resolve) => (answer = resolve))]);
    const form = load(fetch);
    await vi.waitFor(() => expect(form.token.value).toBe("ma-1"));
    form.type(form.content, "Quá ngắn");
    form.type(form.name, "Phạm Thu Hà");
    form.type(form.email, "khong-phai-email");
    form.send();
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    expect(form.button.disabled).toBe(true);
    expect(form.button.getAttribute("aria-busy")).toBe("true");
    expect(calls[1]).toEqual({
      url: "/api/binh-luan",
      method: "POST",
      body: new URLSearchParams({ articleId: "42", token: "ma-1", content: "Quá ngắn", name: "Phạm Thu Hà", email: "khong-phai-email", website: "" }).toString(),
    });

    answer(REFUSED);
    await vi.waitFor(() => expect(form.button.disabled).toBe(false));
    expect(form.button.hasAttribute("aria-busy")).toBe(false);
    expect(form.alert.hidden).toBe(false);
    expect(form.alert.textContent).toBe(REFUSED.error);
    expect(form.status.hidden).toBe(true);
    expect(form.content.getAttribute("aria-invalid")).toBe("true");
    expect(form.content.getAttribute("aria-describedby")).toBe("binh-luan-content-goi-y binh-luan-content-loi");
    expect(form.document.getElementById("binh-luan-content-loi")!.textContent).toBe("Ý kiến cần ít nhất 10 ký tự.");
    expect(form.email.getAttribute("aria-describedby")).toBe("binh-luan-email-goi-y binh-luan-email-loi");
    expect(form.document.getElementById("binh-luan-email-loi")!.textContent).toBe("Email không hợp lệ. Ví dụ đúng: ten@example.com");
    expect(form.name.hasAttribute("aria-invalid")).toBe(false);
    expect(form.document.getElementById("binh-luan-name-loi")!.hasAttribute("hidden")).toBe(true);
    expect([form.content.value, form.name.value, form.email.value]).toEqual(["Quá ngắn", "Phạm Thu Hà", "khong-phai-email"]);
    expect(form.document.activeElement).toBe(form.content);
    // A refused comment leaves its token usable: no new one asked for.
    expect(form.token.value).toBe("ma-1");
  });

  it("after a comment sent: the form empties, says it waits for moderation, and fetches a new token", async () => {
    const { calls, fetch } = routes([REFUSED, { ok: true }]);
    const form = load(fetch);
    await vi.waitFor(() => expect(form.token.value).toBe("ma-1"));
    form.type(form.content, "Quá ngắn");
    form.send();
    await vi.waitFor(() => expect(form.alert.hidden).toBe(false));

    form.type(form.content, "Xin hỏi thủ tục hòa giải ở thôn cần những gì?");
    form.type(form.name, "Phạm Thu Hà");
    form.type(form.email, "ha@example.vn");
    form.send();
    await vi.waitFor(() => expect(form.status.hidden).toBe(false));
    expect(form.status.textContent).toContain("đang chờ kiểm duyệt");
    expect(form.alert.hidden).toBe(true);
    expect([form.content.value, form.name.value, form.email.value]).toEqual(["", "", ""]);
    expect(form.hint.textContent).toBe("Từ 10 đến 2.000 ký tự (0/2.000).");
    expect(form.content.hasAttribute("aria-invalid")).toBe(false);
    expect(form.content.getAttribute("aria-describedby")).toBe("binh-luan-content-goi-y");
    expect(form.document.getElementById("binh-luan-content-loi")!.hasAttribute("hidden")).toBe(true);
    await vi.waitFor(() => expect(form.token.value).toBe("ma-2"));
    expect(calls.map((call) => call.method)).toEqual(["GET", "POST", "POST", "GET"]);
  });

  it("a refusal with no field to fix, or no answer at all, puts the focus on the message", async () => {
    const { fetch } = routes([{ ok: false, error: "Bạn gửi hơi nhanh. Vui lòng đợi vài giây rồi bấm Gửi ý kiến lần nữa." }, new TypeError("Failed to fetch")]);
    const form = load(fetch);
    await vi.waitFor(() => expect(form.token.value).toBe("ma-1"));
    form.type(form.content, "Một ý kiến đủ dài để gửi đi");
    form.send();
    await vi.waitFor(() => expect(form.alert.textContent).toBe("Bạn gửi hơi nhanh. Vui lòng đợi vài giây rồi bấm Gửi ý kiến lần nữa."));
    expect(form.document.activeElement).toBe(form.alert);

    form.send();
    await vi.waitFor(() => expect(form.alert.textContent).toBe("Không gửi được ý kiến. Vui lòng kiểm tra kết nối mạng rồi thử lại."));
    expect(form.content.value).toBe("Một ý kiến đủ dài để gửi đi");
    expect(form.button.disabled).toBe(false);
  });

  it("sent before its token came, the comment waits for the token and goes with it", async () => {
    let giveToken!: () => void;
    const held = new Promise<void>((resolve) => (giveToken = resolve));
    const { calls, fetch } = routes([{ ok: true }]);
    const slowFetch = vi.fn(async (url: string, init?: { method?: string }) => {
      if ((init?.method ?? "GET") === "GET") await held;
      return fetch(url, init);
    });
    const form = load(slowFetch);
    form.type(form.content, "Một ý kiến đủ dài để gửi đi");
    form.send();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(0);
    giveToken();
    await vi.waitFor(() => expect(form.status.hidden).toBe(false));
    expect(new URLSearchParams(calls[1].body).get("token")).toBe("ma-1");
  });
});
