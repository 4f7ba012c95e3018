import { expect, test } from "@playwright/test";
import { database, DEMO_CATEGORY_SLUG } from "./public-support";

test.describe("Tìm kiếm", () => {
  test("a search without diacritics finds and highlights the words with them", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("search", { name: "Tìm kiếm bài viết" }).getByRole("searchbox").fill("phap luat");
    await page.getByRole("search", { name: "Tìm kiếm bài viết" }).getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=phap\+luat/);
    await expect(page.getByRole("heading", { level: 2, name: /^Tìm thấy \d+ bài viết cho “phap luat”$/ })).toBeVisible();
    const firstTitle = page.locator("#ket-qua ~ ol li h3").first();
    await expect(firstTitle.locator("mark").first()).toHaveText(/^(pháp|Pháp|PHÁP)$/);
    const marks = await page.locator("main mark").allTextContents();
    expect(marks.length).toBeGreaterThan(5);
    for (const mark of marks) expect(mark.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()).toMatch(/^(phap|luat)$/);
  });

  test("đ is found by d, and a quoted phrase must stand together", async ({ page }) => {
    await page.goto("/tim-kiem?q=duong");
    await expect(page.locator("main mark").first()).toHaveText(/^(đường|Đường)$/i);
    await page.goto(`/tim-kiem?q=${encodeURIComponent('"luat dat dai"')}`);
    const phraseCount = Number((await page.getByRole("heading", { level: 2, name: /^Tìm thấy/ }).textContent())!.match(/\d+/)![0]);
    await page.goto(`/tim-kiem?q=${encodeURIComponent("luat dat dai")}`);
    const wordsCount = Number((await page.getByRole("heading", { level: 2, name: /^Tìm thấy/ }).textContent())!.match(/\d+/)![0]);
    expect(phraseCount).toBeGreaterThan(0);
    expect(wordsCount).toBeGreaterThanOrEqual(phraseCount);
    await expect(page.locator("main mark").filter({ hasText: /^đất$/i }).first()).toBeVisible();
  });

  test("filters by category and period, keeps them in the form, and pages through results", async ({ page }) => {
    await page.goto("/tim-kiem?q=phap+luat");
    await expect(page.getByRole("navigation", { name: "Phân trang" })).toBeVisible();
    await page.getByRole("navigation", { name: "Phân trang" }).getByRole("link", { name: "Trang sau ›" }).click();
    await expect(page).toHaveURL(/trang=2/);
    await expect(page.getByText(/^Trang 2\/\d+$/)).toBeVisible();

    await page.getByRole("combobox", { name: "Chuyên mục" }).selectOption({ label: "Tin hoạt động" });
    await page.getByLabel("Từ ngày").fill("2000-01-01");
    await page.getByLabel("Đến ngày").fill("2100-12-31");
    await page.getByRole("search", { name: "Tìm kiếm bài viết" }).getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/chuyen-muc=tin-hoat-dong/);
    await expect(page).not.toHaveURL(/trang=/);
    await expect(page.getByRole("combobox", { name: "Chuyên mục" })).toHaveValue("tin-hoat-dong");
    await expect(page.getByLabel("Từ ngày")).toHaveValue("2000-01-01");
    const metas = await page.locator("#ket-qua ~ ol li article > p.text-xs").allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toContain("Tin hoạt động");

    // A period with nothing published.
    await page.goto("/tim-kiem?q=phap+luat&tu-ngay=2001-01-01&den-ngay=2001-01-02");
    await expect(page.getByRole("heading", { level: 2, name: /^Không tìm thấy bài viết nào/ })).toBeVisible();
  });

  test("no results: a helpful page with suggestions and the categories", async ({ page }) => {
    await page.goto("/tim-kiem?q=qwxzkj");
    await expect(page.getByRole("heading", { level: 2, name: "Không tìm thấy bài viết nào phù hợp với “qwxzkj”" })).toBeVisible();
    await expect(page.getByText("kiểm tra lại chính tả của từ khóa;")).toBeVisible();
    await expect(page.getByText(/dùng ít từ hơn/)).toBeVisible();
    await page.locator("#ket-qua ~ ul").last().getByRole("link", { name: "Tình huống pháp luật" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tình huống pháp luật" })).toBeVisible();
  });

  test("hostile input is only text", async ({ page }) => {
    const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(`<script>window.hacked=1</script>' OR 1=1 --`)}`);
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    await expect(page.getByRole("searchbox", { name: "Từ khóa" })).toHaveValue(`<script>window.hacked=1</script>' OR 1=1 --`);
  });

  test("at 375 px a search's page is the portal's own, and a renamed category shows in the next search", async ({ page, request }) => {
    // A search is made outside the App Router (pages/api/tim-kiem.tsx), inside the shell of /tim-kiem.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/");
    const homeStyles = await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    await page.getByRole("search", { name: "Tìm kiếm nhanh" }).getByRole("searchbox").fill("hoa giai");
    await page.getByRole("search", { name: "Tìm kiếm nhanh" }).getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/\/tim-kiem\?q=hoa\+giai/);
    await expect(page).toHaveTitle(/^Tìm kiếm: hoa giai \| /);
    await expect(page.getByRole("heading", { level: 2, name: /^Tìm thấy \d+ bài viết cho “hoa giai”$/ })).toBeVisible();
    expect(await page.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(homeStyles);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The masthead, the drawer and the footer are the site's, and the drawer's script runs.
    await page.getByRole("button", { name: "Chuyên mục" }).click();
    await expect(page.getByRole("dialog", { name: "Chuyên mục" }).getByRole("link", { name: "Tin hoạt động" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("contentinfo")).toContainText("Liên kết website");

    // The administrator renames a category (here straight in the database, then its tag expired as
    // the Cài đặt action does): a search made after that shows the new name in the menu and the form.
    const expireCategories = () => request.post("/api/noi-bo/lam-moi", { headers: { "x-revalidate-secret": process.env.REVALIDATE_SECRET! }, data: { changes: { categories: true } } });
    const client = database();
    await client.connect();
    const renamed = "Tin hoạt động cơ sở";
    try {
      await client.query(`UPDATE "Category" SET name = $1 WHERE slug = $2`, [renamed, DEMO_CATEGORY_SLUG]);
      expect((await expireCategories()).status()).toBe(200);
      await page.goto("/tim-kiem?q=hoa+giai&trang=2");
      await expect(page.getByRole("combobox", { name: "Chuyên mục" }).locator("option", { hasText: renamed })).toHaveCount(1);
      await page.getByRole("button", { name: "Chuyên mục" }).click();
      await expect(page.getByRole("dialog", { name: "Chuyên mục" }).getByRole("link", { name: renamed })).toBeVisible();
    } finally {
      await client.query(`UPDATE "Category" SET name = $1 WHERE slug = $2`, ["Tin hoạt động", DEMO_CATEGORY_SLUG]);
      await expireCategories();
      await client.end();
    }
  });
});

