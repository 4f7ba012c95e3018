import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  DEMO_ADMIN_EMAIL,
  DEMO_APPROVER_EMAIL,
  DEMO_AUTHOR_EMAIL,
  DEMO_COMMENT_MODERATOR_EMAIL,
  DEMO_PROVINCIAL_EDITOR_EMAIL,
} from "../prisma/seed/constants";
import { signIn } from "./support/sign-in";

// WCAG 2.1 AA in the workspace: for each role, every page its menu offers and the pages one click
// further (an article, a review, a user, a unit), at a 375 px phone and a 1366 px desktop, with no
// axe violation of any impact and no sideways scroll on the phone.

const ROLES = [
  ["quản trị", DEMO_ADMIN_EMAIL],
  ["biên tập cấp tỉnh", DEMO_PROVINCIAL_EDITOR_EMAIL],
  ["người duyệt", DEMO_APPROVER_EMAIL],
  ["người viết", DEMO_AUTHOR_EMAIL],
  ["kiểm duyệt bình luận", DEMO_COMMENT_MODERATOR_EMAIL],
] as const;

const VIEWPORTS = [
  { name: "375 px", width: 375, height: 812 },
  { name: "1366 px", width: 1366, height: 900 },
] as const;

/** The first link under `path` whose address continues with a number: a detail page to visit too. */
async function firstDetail(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator(`main a[href^="${path}/"]`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const detail = hrefs.find((href) => /\/\d+$/.test(href));
  return detail ? [detail] : [];
}

/** The menu's pages, then one detail page behind each list that has them. */
async function pagesFor(page: Page): Promise<string[]> {
  await page.goto("/quan-ly");
  const menu = await page
    .getByRole("navigation", { name: "Bàn làm việc" })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const paths = new Set<string>(["/quan-ly", ...menu, "/quan-ly/thong-bao"]);
  const lists = ["/quan-ly/bai-viet", "/quan-ly/duyet-bai", "/quan-ly/van-ban", "/quan-ly/hoi-dap", "/quan-ly/cuoc-thi", "/quan-ly/quan-tri/nguoi-dung", "/quan-ly/quan-tri/don-vi"];
  for (const list of lists) {
    if (paths.has(list)) for (const detail of await firstDetail(page, list)) paths.add(detail);
  }
  // A writer's two ways to start an article, and the moderator's other tabs (answers shown, per-row buttons).
  if (paths.has("/quan-ly/bai-viet")) for (const start of ["/quan-ly/bai-viet/viet-bai-moi", "/quan-ly/bai-viet/nhap-tu-word"]) paths.add(start);
  if (paths.has("/quan-ly/binh-luan")) paths.add("/quan-ly/binh-luan?trang_thai=da-duyet");
  if (paths.has("/quan-ly/bao-cao")) paths.add("/quan-ly/bao-cao?ky=tuy-chon&tu=01/01/2026&den=31/02/2026");
  if (paths.has("/quan-ly/quan-tri/nhat-ky")) paths.add("/quan-ly/quan-tri/nhat-ky?tu=05/12");
  return [...paths];
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

for (const [role, email] of ROLES) {
  test(`axe finds nothing on the pages of the ${role}, at 375 px and 1366 px`, async ({ browser }) => {
    test.setTimeout(480_000);
    const page = await signedIn(browser, email);
    const paths = await pagesFor(page);
    const problems: string[] = [];
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("main#noi-dung")).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        for (const v of violations) {
          problems.push(`${viewport.name} ${path}: ${v.id} [${v.impact}] ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
        if (viewport.width === 375) {
          const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${viewport.name} ${path}: scrolls sideways by ${overflow} px`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
}
