import { expect, test } from "@playwright/test";

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
});
