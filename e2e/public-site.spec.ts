import { expect, test } from "@playwright/test";

test.describe("the public site", () => {
  test("the home page lists published demo articles", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Tin mới" })).toBeVisible();
    const latest = page.locator("section[aria-labelledby=tin-moi] article");
    expect(await latest.count()).toBeGreaterThanOrEqual(10);
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

  test("an unknown article answers 404 with a Vietnamese page", async ({ page }) => {
    const response = await page.goto("/bai-viet/khong-co-bai-nay");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  });

  test("a stored file that does not exist answers 404", async ({ request }) => {
    const response = await request.get(`/tep/aa/bb/${"aabb".padEnd(64, "0")}.pdf`);
    expect(response.status()).toBe(404);
    expect((await request.get("/tep/../../etc/passwd")).status()).toBe(404);
  });
});
