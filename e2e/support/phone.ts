import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { signIn } from "./sign-in";

// What the 375 px journeys check on every page they pass through, and how staff start one.

export const PHONE = { width: 375, height: 740 };

/** The page is no wider than the phone's screen. */
export async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${page.url()} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
}

/** axe finds no WCAG 2.1 A/AA violation. */
export async function axeClean(page: Page) {
  // Right after a server action re-rendered the page, axe once found it without its <title> (the
  // contest journey's import): axe reads the page once it has its title, as a reader's browser shows it.
  await expect(page).toHaveTitle(/\S/);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A staff member signed in on a phone of their own (a browser context in Vietnamese, Vietnam time). */
export async function staffPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}
