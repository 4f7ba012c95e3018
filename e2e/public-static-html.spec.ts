import { expect, test, type Page } from "@playwright/test";
import { PHONE } from "./support/phone";
import { database, insertPublishedArticle, removeArticle, revalidateArticle, type TemporaryArticle } from "./public-support";

// Reading pages on a phone come as server HTML without Next's client runtime
// (scripts/lib/static-html.mjs): no React, no router, no flight data to download and run — yet
// styled as before. A page with a form that must hydrate (Gửi câu hỏi) keeps the runtime, and its
// form still does what only its client code does.

test.use({ viewport: PHONE });

type Loaded = { html: string; scripts: string[]; errors: string[] };

/**
 * Opens a page, noting every script it loads, and every error it throws or logs and every script or
 * stylesheet that failed (a missing picture is another journey's business).
 */
async function open(page: Page, path: string): Promise<Loaded> {
  const scripts: string[] = [];
  const errors: string[] = [];
  page.removeAllListeners("request");
  page.removeAllListeners("response");
  page.removeAllListeners("pageerror");
  page.removeAllListeners("console");
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
  });
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if ((type === "script" || type === "stylesheet") && response.status() >= 400) errors.push(`${type} ${response.url()}: ${response.status()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) errors.push(`console: ${message.text()}`);
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("load");
  return { html: await response!.text(), scripts, errors };
}

/** The masthead has its brand colours: the stylesheet applied although Next's scripts are gone. */
async function expectStyledMasthead(page: Page) {
  const masthead = page.getByRole("banner");
  await expect(masthead).toBeVisible();
  const { background, colour } = await masthead.evaluate((element) => {
    const style = getComputedStyle(element);
    return { background: style.backgroundColor, colour: style.color };
  });
  expect(background, "the masthead's background").not.toBe("rgba(0, 0, 0, 0)");
  expect(colour, "the masthead's text").toBe("rgb(255, 255, 255)");
}

test.describe("reading pages without Next's client runtime", () => {
  const client = database();
  let article: TemporaryArticle;

  test.beforeAll(async ({ request }) => {
    await client.connect();
    article = await insertPublishedArticle(client, "trang-tinh");
    await revalidateArticle(request, article);
  });

  test.afterAll(async ({ request }) => {
    await removeArticle(client, request, article);
    await client.end();
  });

  test("the home page, an article and a search load none of Next's scripts and are styled", async ({ page }) => {
    for (const path of ["/", `/bai-viet/${article.slug}`, `/tim-kiem?q=${encodeURIComponent(article.word)}`]) {
      const loaded = await open(page, path);
      expect(loaded.scripts.filter((script) => script.startsWith("/_next/static/chunks/")), path).toEqual([]);
      expect(loaded.html, path).not.toContain("self.__next_f");
      expect(loaded.html, path).not.toMatch(/<script[^>]*src="[^"]*\/_next\/static\//);
      expect(await page.evaluate(() => "__next_f" in window), path).toBe(false);
      await expectStyledMasthead(page);
      expect(loaded.errors, path).toEqual([]);
    }
    // The article and the search result are there, as server HTML.
    await page.goto(`/bai-viet/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
    await page.goto(`/tim-kiem?q=${encodeURIComponent(article.word)}`);
    await expect(page.getByRole("link", { name: article.title })).toBeVisible();
  });
});

test("Gửi câu hỏi keeps Next's runtime, and its form's own code runs", async ({ page }) => {
  const loaded = await open(page, "/hoi-dap/gui-cau-hoi");
  expect(loaded.scripts.filter((script) => script.startsWith("/_next/static/chunks/")).length).toBeGreaterThan(0);
  expect(loaded.html).toContain("self.__next_f");
  await expectStyledMasthead(page);
  // Only the hydrated form asks the server for its one-question token (useEffect) and fills it in.
  await expect(page.locator('form[data-hydrate] input[name="token"]')).not.toHaveValue("");
  expect(loaded.errors).toEqual([]);
});
