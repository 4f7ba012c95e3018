import { afterEach, describe, expect, it, vi } from "vitest";
import { loadSearchShell } from "./search-shell";

// /tim-kiem as Next sends it when its runtime is not cut in front (`next dev`, STATIC_PUBLIC_HTML=0):
// scripts and flight data that would hydrate the empty form over a search's results.
const FORM_PAGE =
  '<!DOCTYPE html><html lang="vi"><head><link rel="stylesheet" href="/_next/static/chunks/site.css"/>' +
  '<link rel="preload" as="script" href="/_next/static/chunks/main.js"/><script src="/_next/static/chunks/main.js" async=""></script>' +
  "<title>Tìm kiếm | Cổng thông tin</title></head><body><header>Sở Tư pháp</header>" +
  '<main id="noi-dung"><form role="search"></form></main><footer>Liên kết website</footer><script src="/js/site.js" defer=""></script>' +
  '<script>self.__next_f.push([1,"0:{\\"b\\":\\"form\\"}"])</script></body></html>';

afterEach(() => vi.unstubAllGlobals());

describe("the search page's shell", () => {
  it("is the empty form page around its <main>, without Next's runtime, with the policy it was sent with", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(FORM_PAGE, { headers: { "content-type": "text/html", "content-security-policy": "script-src 'self'" } }));
    vi.stubGlobal("fetch", fetch);
    const shell = await loadSearchShell();
    expect(String(fetch.mock.calls[0][0])).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/tim-kiem$/);
    const page = shell.start + shell.end;
    expect(page).not.toContain("__next_f");
    expect(page).not.toContain("/_next/static/chunks/main.js");
    expect(shell.start).toContain('<link rel="stylesheet" href="/_next/static/chunks/site.css"/>');
    expect(shell.start.endsWith('<main id="noi-dung">')).toBe(true);
    expect(shell.end).toContain('<script src="/js/site.js" defer=""></script>');
    expect(shell.title).toBe("Tìm kiếm | Cổng thông tin");
    expect(shell.contentSecurityPolicy).toBe("script-src 'self'");
  });

  it("is refused when the form page does not answer", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => new Response("Dịch vụ tạm gián đoạn", { status: 503 })));
    await expect(loadSearchShell()).rejects.toThrow(/answered 503/);
  });
});
