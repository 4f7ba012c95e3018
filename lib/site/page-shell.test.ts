import { describe, expect, it } from "vitest";
import { fillPageShell, pageShell } from "./page-shell";

const TITLE = "Tìm kiếm | Cổng thông tin &amp; pháp luật";
const PAGE =
  `<!DOCTYPE html><html lang="vi"><head><title>${TITLE}</title><meta property="og:title" content="${TITLE}"/>` +
  `<meta name="twitter:title" content="${TITLE}"/><meta name="description" content="Tin tức"/></head>` +
  `<body><header><a href="/">${TITLE}</a></header><main id="noi-dung" tabindex="-1"><form>trống</form></main><footer>Sở Tư pháp</footer></body></html>`;

describe("page shells", () => {
  it("put new content into the page's <main> and the new title wherever the head had the old one", () => {
    const shell = pageShell(PAGE)!;
    expect(shell.title).toBe(TITLE);
    const page = fillPageShell(shell, { title: "Tìm kiếm: hòa giải | Cổng thông tin &amp; pháp luật", main: "<ol><li>Kết quả</li></ol>" });
    expect(page).toContain('<main id="noi-dung" tabindex="-1"><ol><li>Kết quả</li></ol></main><footer>Sở Tư pháp</footer></body></html>');
    expect(page).not.toContain("trống");
    expect(page.match(/Tìm kiếm: hòa giải/g)).toHaveLength(3);
    // The body is the shell's: a link that happens to read like the title stays as it was.
    expect(page).toContain(`<header><a href="/">${TITLE}</a></header>`);
    expect(page.startsWith('<!DOCTYPE html><html lang="vi"><head><title>Tìm kiếm: hòa giải')).toBe(true);
  });

  it("are refused for a page without one <main> or without a title", () => {
    expect(pageShell(PAGE.replace(/<\/?main[^>]*>/g, ""))).toBeNull();
    expect(pageShell(PAGE.replace("<footer>", "<main>x</main><footer>"))).toBeNull();
    expect(pageShell(PAGE.replace(/<title>[^<]*<\/title>/, ""))).toBeNull();
  });
});
