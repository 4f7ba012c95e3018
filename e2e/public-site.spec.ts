import { expect, test } from "@playwright/test";
import type pg from "pg";
import { DEMO_FORMER_DISTRICT_SLUG, DEMO_UNIT_NAME, DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { database, DEMO_CATEGORY_SLUG, insertPublishedArticle, removeArticle, revalidateArticle, type TemporaryArticle } from "./public-support";

test.describe("the public site", () => {
  test("the home page lists featured and latest articles, a block per category, the units and a search box", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Tin mới" })).toBeVisible();
    const latest = page.locator("section[aria-labelledby=tin-moi] article");
    expect(await latest.count()).toBeGreaterThanOrEqual(10);
    await expect(page.getByRole("heading", { level: 2, name: "Tin nổi bật" })).toBeVisible();
    expect(await page.locator("section[aria-labelledby=tin-noi-bat] article").count()).toBeGreaterThanOrEqual(1);
    // Covers come from the file route with the sizes stored at upload; a phone-wide slot takes a small one.
    const cover = page.locator("section[aria-labelledby=tin-noi-bat] img").first();
    await expect(cover).toHaveAttribute("src", /^\/tep\//);
    await expect(cover).toHaveAttribute("srcset", /^\/tep\/\S+ 480w, \/tep\/\S+ 960w, \/tep\/\S+ 1200w$/);
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    // Next's optimizer fetches nothing from the file route: its copies would outlive a take-down.
    const optimized = await page.request.get(`/_next/image?url=${encodeURIComponent((await cover.getAttribute("src"))!)}&w=640&q=75`);
    expect(optimized.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 2, name: "Tin hoạt động" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Đơn vị" })).toBeVisible();
    await expect(page.locator("section[aria-labelledby=danh-ba-don-vi]").getByRole("link", { name: DEMO_UNIT_NAME })).toBeVisible();
    await expect(page.getByRole("search", { name: "Tìm kiếm bài viết" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bỏ qua, đến nội dung chính" })).toBeAttached();
  });

  test("an article shows its unit, date, sapo, body, byline and attachments", async ({ page, request }) => {
    await page.goto("/");
    // Open the first listed article that carries an attachment, found through its page.
    const links = await page.locator("section[aria-labelledby=tin-moi] article h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    let found = false;
    for (const href of links) {
      await page.goto(href);
      if ((await page.getByRole("heading", { name: "Tệp đính kèm" }).count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found, "a listed demo article has an attachment").toBe(true);
    await expect(page.getByRole("heading", { level: 1 })).not.toBeEmpty();
    await expect(page.locator("time").first()).toHaveText(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await expect(page.locator("time").first()).toHaveAttribute("datetime", /\+07:00$/);
    await expect(page.locator(".article-body p").first()).not.toBeEmpty();

    const attachment = page.locator("section[aria-labelledby=tep-dinh-kem] li").first();
    await expect(attachment).toContainText(/\((PDF|Word|Excel|PowerPoint|OpenDocument|Ảnh \w+), [\d,]+ (B|KB|MB)\)/);
    const href = await attachment.getByRole("link").getAttribute("href");
    const download = await request.get(href!);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename=".+"; filename\*=UTF-8''/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    const bytes = await download.body();
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("an article page: breadcrumb, unit and category links, related articles, sharing, reader tools and print", async ({ page, context }) => {
    await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
    await page.locator("main article h2 a").first().click();
    await expect(page).toHaveURL(/\/bai-viet\//);
    const url = page.url();
    const title = (await page.getByRole("heading", { level: 1 }).textContent())!;

    const breadcrumb = page.getByRole("navigation", { name: "Đường dẫn" });
    await expect(breadcrumb.getByRole("link", { name: "Trang chủ" })).toBeVisible();
    await expect(breadcrumb.getByRole("link", { name: "Tin hoạt động" })).toBeVisible();
    await expect(breadcrumb.locator("[aria-current=page]")).toHaveText(title);
    await expect(page.locator("#bai-viet").getByRole("link", { name: "Tin hoạt động" })).toHaveAttribute("href", `/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
    await expect(page.getByRole("heading", { level: 2, name: "Bài viết liên quan" })).toBeVisible();

    const share = page.getByRole("group", { name: "Chia sẻ bài viết" });
    await expect(share.getByRole("link", { name: /Facebook/ })).toHaveAttribute("href", `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`);
    await expect(share.getByRole("link", { name: /Zalo/ })).toHaveAttribute("href", `https://sp.zalo.me/share_inline?url=${encodeURIComponent(url)}`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await share.getByRole("button", { name: "Sao chép liên kết" }).click();
    await expect(share.getByRole("status")).toHaveText("Đã sao chép liên kết.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    // Larger text, remembered on this device.
    const size = () => page.locator(".article-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
    await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
    expect(await size()).toBeGreaterThan(before);
    await page.reload();
    await expect.poll(size).toBeGreaterThan(before);
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await page.getByRole("button", { name: "Giảm cỡ chữ" }).click();
    await expect.poll(size).toBe(before);

    // Read aloud where the browser can speak; print view without the site's chrome.
    await expect(page.getByRole("button", { name: "Nghe đọc bài" })).toBeVisible();
    await expect(page.getByRole("button", { name: "In bài viết" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("group", { name: "Chia sẻ bài viết" })).toBeHidden();
    await expect(page.getByText(`Địa chỉ bài viết: ${url}`)).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("the read-aloud button is hidden where the browser has no speech synthesis", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, "speechSynthesis", { value: undefined }));
    await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
    await page.locator("main article h2 a").first().click();
    await expect(page.getByRole("button", { name: "In bài viết" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Nghe đọc bài" })).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("an article offers no button that would do nothing", async ({ page }) => {
      await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
      await page.locator("main article h2 a").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("group", { name: "Chia sẻ bài viết" }).getByRole("link", { name: /Facebook/ })).toBeVisible();
      for (const name of ["Tăng cỡ chữ", "Giảm cỡ chữ", "Nghe đọc bài", "In bài viết", "Sao chép liên kết"]) {
        await expect(page.getByRole("button", { name })).toHaveCount(0);
      }
    });
  });

  test("a category page lists its articles with an RSS link", async ({ page }) => {
    const response = await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Tin hoạt động" })).toBeVisible();
    expect(await page.locator("main article").count()).toBeGreaterThanOrEqual(5);
    await expect(page.getByRole("link", { name: "RSS – Tin hoạt động" })).toHaveAttribute("href", `/chuyen-muc/${DEMO_CATEGORY_SLUG}/rss`);
    expect((await page.goto("/chuyen-muc/khong-co-chuyen-muc-nay"))?.status()).toBe(404);
  });

  test("a unit page lists the unit's articles, those of merged communes included, under the unit that wrote them", async ({ page }) => {
    await page.goto("/don-vi/xa-yen-binh");
    await expect(page.getByRole("heading", { level: 1, name: "Xã Yên Bình" })).toBeVisible();
    const metas = await page.locator("main article p.text-xs").allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    // Articles written by Đông Yên or Tây Yên before the merger keep their original unit.
    expect(metas.some((meta) => /Xã (Đông|Tây) Yên/.test(meta))).toBe(true);
  });

  test("a merged unit's old address redirects for good (301) to its successor, its feed and pages too", async ({ page, request }) => {
    const response = await request.get("/don-vi/xa-dong-yen", { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers()["location"]).toMatch(/\/don-vi\/xa-yen-binh$/);
    const feed = await request.get("/don-vi/xa-dong-yen/rss", { maxRedirects: 0 });
    expect(feed.status()).toBe(301);
    expect(feed.headers()["location"]).toMatch(/\/don-vi\/xa-yen-binh\/rss$/);
    // A former district leads to the commune that succeeded it, with the page asked for.
    const district = await request.get(`/don-vi/${DEMO_FORMER_DISTRICT_SLUG}?trang=2`, { maxRedirects: 0 });
    expect(district.status()).toBe(301);
    expect(district.headers()["location"]).toMatch(new RegExp(`/don-vi/${DEMO_UNIT_SLUG}\\?trang=2$`));
    await page.goto("/don-vi/xa-dong-yen");
    await expect(page).toHaveURL(/\/don-vi\/xa-yen-binh$/);
  });

  test("the unit directory shows the units of a two-level province: the Department of Justice, agencies, communes and wards", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Chuyên mục" }).getByRole("link", { name: "Đơn vị" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Danh bạ đơn vị" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Sở Tư pháp" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Sở, ban, ngành" })).toBeVisible();
    // The districts are gone since the reorganisation; their communes were merged.
    await expect(page.getByRole("heading", { level: 2, name: "Huyện, thị xã, thành phố" })).toHaveCount(0);
    const communes = page.getByRole("region", { name: "Xã, phường, thị trấn" });
    await expect(communes.getByRole("link", { name: "Xã Yên Bình" })).toBeVisible();
    await expect(communes.getByRole("link", { name: DEMO_UNIT_NAME })).toBeVisible();
    await expect(page.getByRole("link", { name: "Xã Đông Yên" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Huyện An Lạc" })).toHaveCount(0);
    await communes.getByRole("link", { name: "Xã An Phú" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Xã An Phú" })).toBeVisible();
  });

  test("an unknown article or address answers 404 with a Vietnamese page", async ({ page }) => {
    for (const path of ["/bai-viet/khong-co-bai-nay", "/khong-co-trang-nay", "/chuyen-muc/tin-hoat-dong/trang/999", "/don-vi/khong-co"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    }
  });

  test("a stored file that does not exist answers 404", async ({ request }) => {
    const response = await request.get(`/tep/aa/bb/${"aabb".padEnd(64, "0")}.pdf`);
    expect(response.status()).toBe(404);
    expect((await request.get("/tep/../../etc/passwd")).status()).toBe(404);
  });
});

test.describe("pagination of a listing", () => {
  test.describe.configure({ mode: "serial" });
  let client: pg.Client;
  const extra: TemporaryArticle[] = [];

  test.beforeAll(async () => {
    client = database();
    await client.connect();
  });

  test.afterAll(async ({ request }) => {
    for (const article of extra) await removeArticle(client, request, article);
    await client.end();
  });

  test("?trang=2 shows the next page; page links keep the address readers know", async ({ page, request }) => {
    // Enough articles (old ones, so they do not crowd the home page) for a second page of the demo district.
    const { rows } = await client.query<{ count: string }>(
      `SELECT count(*) FROM "Article" a JOIN "Unit" u ON u.id = a."unitId" WHERE u.slug = $1 AND a.state = 'PUBLISHED' AND a."deletedAt" IS NULL`,
      [DEMO_UNIT_SLUG],
    );
    const missing = Math.max(0, 13 - Number(rows[0].count));
    for (let i = 0; i < missing; i++) extra.push(await insertPublishedArticle(client, `trang${i}`, new Date(Date.UTC(2020, 0, 1 + i))));
    if (extra.length > 0) await revalidateArticle(request, extra[0]);

    await page.goto(`/don-vi/${DEMO_UNIT_SLUG}`);
    const pagination = page.getByRole("navigation", { name: "Phân trang" });
    await expect(pagination.locator("[aria-current=page]")).toHaveText("Trang 1");
    const firstPage = await page.locator("main article h2").allTextContents();
    expect(firstPage).toHaveLength(12);
    await pagination.getByRole("link", { name: "Trang 2" }).click();
    await expect(page).toHaveURL(new RegExp(`/don-vi/${DEMO_UNIT_SLUG}\\?trang=2$`));
    await expect(pagination.locator("[aria-current=page]")).toHaveText("Trang 2");
    const secondPage = await page.locator("main article h2").allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/don-vi/${DEMO_UNIT_SLUG}\\?trang=2$`));
    expect((await request.get(`/don-vi/${DEMO_UNIT_SLUG}?trang=99`)).status()).toBe(404);
  });
});
