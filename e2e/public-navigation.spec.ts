import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_JUSTICE_SLUG } from "../prisma/seed/constants";
import { database, DEMO_CATEGORY_SLUG } from "./public-support";

// Issue 14, part 1: on a phone every section is reachable from the "Chuyên mục" drawer, by keyboard
// and by tap; the drawer keeps focus inside and Esc closes it; no page scrolls sideways at 320 px.

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

async function categories(): Promise<{ name: string; slug: string }[]> {
  const client = database();
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; slug: string }>(
      `SELECT name, slug FROM "Category" WHERE NOT hidden ORDER BY "sortOrder", id`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function firstArticlePath(page: Page): Promise<string> {
  await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  return (await page.locator("main article h2 a").first().getAttribute("href"))!;
}

/**
 * A category's link in a menu, by its name and its address: a citizen service (Hỏi đáp pháp luật,
 * Văn bản pháp luật) may carry a name close to a news category's, and both are in the menu.
 */
const categoryLink = (menu: Locator, category: { name: string; slug: string }) =>
  menu.locator(`a[href="/chuyen-muc/${category.slug}"]`).and(menu.getByRole("link", { name: category.name, exact: true }));
const menuButton = (page: Page) => page.getByRole("button", { name: "Chuyên mục" });
const drawer = (page: Page) => page.getByRole("dialog", { name: "Chuyên mục" });

/** Opens the drawer. A tap or key that lands before the page has hydrated is lost, so it tries again. */
async function openDrawer(page: Page, by: "tap" | "click" | "Enter") {
  await expect(async () => {
    if (by === "Enter") {
      await menuButton(page).focus();
      await page.keyboard.press("Enter");
    } else if (by === "tap") await menuButton(page).tap();
    else await menuButton(page).click();
    await expect(drawer(page)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
}

async function startPages(page: Page) {
  return [
    { name: "trang chủ", path: "/" },
    { name: "bài viết", path: await firstArticlePath(page) },
  ];
}

test("every category is reachable from the drawer by tap, on the home page and an article", async ({ page }) => {
  const list = await categories();
  expect(list.length).toBeGreaterThan(3);
  for (const { path } of await startPages(page)) {
    for (const category of list) {
      await page.goto(path);
      await expect(categoryLink(page.getByRole("navigation", { name: "Chuyên mục" }), category)).toBeHidden();
      await openDrawer(page, "tap");
      const link = categoryLink(drawer(page), category);
      await expect(link).toBeInViewport();
      await link.tap();
      await expect(page).toHaveURL(new RegExp(`/chuyen-muc/${category.slug}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(category.name);
      await expect(drawer(page)).toHaveCount(0);
    }
  }
});

test.describe("by keyboard", () => {
  test.use({ hasTouch: false });

  test("every category is reachable from the drawer on the home page and an article", async ({ page }) => {
    const list = await categories();
    for (const { path } of await startPages(page)) {
      for (const category of list) {
        await page.goto(path);
        await openDrawer(page, "Enter");
        // Tab through the drawer until the category's link has focus.
        for (let step = 0; step < 30; step++) {
          if ((await page.evaluate(() => document.activeElement?.getAttribute("href"))) === `/chuyen-muc/${category.slug}`) break;
          await page.keyboard.press("Tab");
        }
        await expect(categoryLink(drawer(page), category)).toBeFocused();
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(new RegExp(`/chuyen-muc/${category.slug}$`));
      }
    }
  });

  test("the drawer keeps focus inside, Esc closes it and focus returns to the button", async ({ page }) => {
    await page.goto("/");
    await openDrawer(page, "Enter");
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    const dialog = drawer(page);
    await expect(dialog.getByRole("button", { name: "Đóng" })).toBeFocused();
    const count = await dialog.locator("a[href], button").count();
    // Twice round the drawer forwards, then backwards: focus never leaves it.
    for (let step = 0; step < count * 2; step++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    }
    for (let step = 0; step < count + 1; step++) {
      await page.keyboard.press("Shift+Tab");
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    }
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");

    // "Đóng" closes it too, and gives focus back the same way.
    await page.keyboard.press("Enter");
    await drawer(page).getByRole("button", { name: "Đóng" }).press("Enter");
    await expect(drawer(page)).toHaveCount(0);
    await expect(menuButton(page)).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Chuyên mục link shows every section in place", async ({ page }) => {
    const list = await categories();
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Chuyên mục" });
    await expect(categoryLink(nav, list[0])).toBeHidden();
    await nav.getByRole("link", { name: "Chuyên mục" }).tap();
    await expect(page).toHaveURL(/#menu-chuyen-muc$/);
    for (const category of list) await expect(categoryLink(nav, category)).toBeVisible();
  });
});

test("the current section is marked in the menu", async ({ page }) => {
  await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  await openDrawer(page, "click");
  const current = drawer(page).locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute("href", `/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  await page.goto("/");
  await openDrawer(page, "click");
  await expect(drawer(page).locator('[aria-current="page"]')).toHaveAttribute("href", "/");
});

test("axe finds no violation with the drawer open", async ({ page }) => {
  for (const path of ["/", await firstArticlePath(page)]) {
    await page.goto(path);
    await openDrawer(page, "click");
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("no page scrolls sideways at 320 px", async ({ page }) => {
  const paths = [
    "/",
    await firstArticlePath(page),
    `/chuyen-muc/${DEMO_CATEGORY_SLUG}`,
    "/tim-kiem?q=phap+luat",
    "/don-vi",
    `/don-vi/${DEMO_JUSTICE_SLUG}`,
    "/en",
    "/dang-nhap",
  ];
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth) wide.push(`${path}: ${scrollWidth} > ${clientWidth}`);
  }
  expect(wide).toEqual([]);
});

test("on a desktop the whole menu shows, wrapping rather than scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto("/");
  await expect(menuButton(page)).toBeHidden();
  const nav = page.getByRole("navigation", { name: "Chuyên mục" });
  for (const category of await categories()) await expect(categoryLink(nav, category)).toBeInViewport();
  const list = nav.locator("ul");
  expect(await list.evaluate((ul) => ul.scrollWidth <= ul.clientWidth)).toBe(true);
});

test("the directory gives each unit's address, a phone to tap and an email to write to", async ({ page }) => {
  const client = database();
  await client.connect();
  let justice: { name: string; address: string; phone: string; email: string };
  try {
    ({ rows: [justice] } = await client.query(`SELECT name, address, phone, email FROM "Unit" WHERE slug = $1`, [DEMO_JUSTICE_SLUG]));
  } finally {
    await client.end();
  }
  expect(justice.phone).toBeTruthy();
  const dial = `tel:${justice.phone.replace(/\D/g, "")}`;
  await page.goto("/don-vi");
  const entry = page.locator("li", { has: page.getByRole("link", { name: justice.name, exact: true }) }).first();
  await expect(entry.getByText(justice.address)).toBeVisible();
  await expect(entry.getByRole("link", { name: justice.phone })).toHaveAttribute("href", dial);
  await expect(entry.getByRole("link", { name: justice.email })).toHaveAttribute("href", `mailto:${justice.email}`);

  // The unit's own page shows them too.
  await entry.getByRole("link", { name: justice.name, exact: true }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(justice.name);
  await expect(page.getByRole("main").getByRole("link", { name: justice.phone })).toHaveAttribute("href", dial);
  await expect(page.getByRole("main").getByRole("link", { name: justice.email })).toHaveAttribute("href", `mailto:${justice.email}`);
});
