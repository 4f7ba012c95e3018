import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_JUSTICE_SLUG } from "../prisma/seed/constants";
import { SITE_SECTIONS } from "../lib/site/sections";
import { DEMO_CATEGORY_SLUG } from "./public-support";

// WCAG 2.1 AA: axe finds no serious or critical violation on the pages readers use most, the
// keyboard reaches the content through the skip link, and a 375 px phone needs no sideways scrolling.

async function firstArticlePath(page: Page): Promise<string> {
  await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  return (await page.locator("main article h2 a").first().getAttribute("href"))!;
}

async function pages(page: Page): Promise<{ name: string; path: string }[]> {
  return [
    { name: "trang-chu", path: "/" },
    { name: "bai-viet", path: await firstArticlePath(page) },
    { name: "chuyen-muc", path: `/chuyen-muc/${DEMO_CATEGORY_SLUG}` },
    { name: "tim-kiem", path: "/tim-kiem?q=phap+luat" },
    { name: "tim-kiem-khong-co", path: "/tim-kiem?q=qwxzkj" },
    { name: "don-vi", path: "/don-vi" },
    { name: "dang-nhap", path: "/dang-nhap" },
  ];
}

test("axe finds no serious or critical WCAG 2.1 AA violation", async ({ page }) => {
  const problems: string[] = [];
  for (const { name, path } of await pages(page)) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      problems.push(`${name} (${path}): ${violation.id} [${violation.impact}] ${violation.help} – ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
  }
  expect(problems).toEqual([]);
});

test("axe finds no violation at all on any public page, at 375 px", async ({ page }) => {
  // A dozen pages, each loaded and analysed: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  const list = [
    ...(await pages(page)),
    { name: "chuyen-muc-trang-2", path: `/chuyen-muc/${DEMO_CATEGORY_SLUG}?trang=2` },
    { name: "don-vi-so-tu-phap", path: `/don-vi/${DEMO_JUSTICE_SLUG}` },
    { name: "en", path: "/en" },
    { name: "khong-tim-thay", path: "/bai-viet/khong-co-bai-nay" },
    { name: "rss", path: "/rss" },
    // The citizen services in the menu (Hỏi đáp, Văn bản, Thi tìm hiểu), as each adds itself.
    ...SITE_SECTIONS.map((section) => ({ name: section.href.slice(1), path: section.href })),
  ];
  await page.setViewportSize({ width: 375, height: 812 });
  const problems: string[] = [];
  for (const { name, path } of list) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of violations) {
      problems.push(`${name} (${path}): ${violation.id} [${violation.impact}] ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }
  }
  expect(problems).toEqual([]);
});

test("the keyboard reaches the content through the skip link, and focus is visible", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#noi-dung$/);
  await expect(page.locator("main#noi-dung")).toBeFocused();
  // The next Tab lands inside the main content, not back in the header.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => Boolean(document.activeElement?.closest("main")))).toBe(true);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
});

test("a 375 px phone needs no sideways scrolling", async ({ page }, testInfo) => {
  const list = await pages(page);
  await page.setViewportSize({ width: 375, height: 812 });
  for (const { name, path } of list) {
    await page.goto(path);
    const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    const screenshot = testInfo.outputPath(`375px-${name}.png`);
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach(`375px-${name}`, { path: screenshot, contentType: "image/png" });
    expect(width, `${path} is ${width}px wide`).toBeLessThanOrEqual(375);
  }
});
