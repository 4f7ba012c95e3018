import { expect, test } from "@playwright/test";
import { DEMO_APPROVER_EMAIL, DEMO_AUTHOR_EMAIL } from "../prisma/seed/constants";
import { uniqueWord } from "./public-support";
import { sql, startNewArticle } from "./support/articles";
import { onePagePdf } from "./support/files";
import { axeClean, noSidewaysScroll, PHONE, staffPage } from "./support/phone";

// Văn bản pháp luật at 375 px, end to end (issue 19): the unit's author enters Nghị định 42/2022/NĐ-CP
// with its PDF and sends it; the unit's approver publishes it; a reader finds it by "nghi dinh 42" and
// sees the PDF in the page; an article cites it; the approver marks it Hết hiệu lực and the article is
// listed in Bài cần rà soát.

test.use({ viewport: PHONE });

test.beforeAll(async () => {
  // The journey enters this decree; a run before this one on the same database may have left it.
  await sql(`DELETE FROM "LegalDocument" WHERE "numberKey" = '42/2022/nd-cp'`);
});

test("a unit enters a decree with its PDF, it is approved, a reader finds it and reads it, an article cites it, its expiry lists the article for review", async ({ page, browser }) => {
  // Three people, five pages checked with axe: three minutes when the 2 vCPU are shared (load 10–20).
  test.setTimeout(240_000);
  const word = uniqueWord();
  const author = await staffPage(browser, DEMO_AUTHOR_EMAIL);

  // 1. The author enters the decree with its PDF and sends it for approval.
  await author.goto("/quan-ly/van-ban");
  await noSidewaysScroll(author);
  await author.getByRole("link", { name: "Thêm văn bản" }).click();
  await expect(author.getByRole("heading", { name: "Thêm văn bản" })).toBeVisible();
  await author.getByLabel("Số/ký hiệu", { exact: true }).fill("42/2022/NĐ-CP");
  await author.getByLabel("Loại văn bản").selectOption({ label: "Nghị định" });
  await author.getByLabel("Cơ quan ban hành").fill("Chính phủ");
  await author.getByLabel("Người ký").fill("Lê Minh Khái");
  // Days are typed day first, whatever the browser's language, and read back in words.
  await author.getByLabel("Ngày ban hành").fill("24/6/2022");
  await author.getByLabel("Ngày có hiệu lực").fill("15/08/2022");
  await expect(author.getByLabel("Ngày ban hành")).toHaveValue("24/06/2022");
  await expect(author.getByText("Thứ Sáu, 24/06/2022")).toBeVisible();
  await author.getByLabel("Trích yếu").fill(`Về việc cung cấp thông tin và dịch vụ công trực tuyến trên môi trường mạng của cơ quan nhà nước ${word}`);
  await author.getByLabel("Thêm tệp").setInputFiles({ name: "Nghị định 42-2022-NĐ-CP.pdf", mimeType: "application/pdf", buffer: onePagePdf("Nghi dinh 42/2022/ND-CP") });
  await expect(author.getByRole("list", { name: "Tệp của văn bản" })).toContainText("Nghị định 42-2022-NĐ-CP.pdf");
  await noSidewaysScroll(author);
  await axeClean(author);
  await author.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(author.getByRole("status").filter({ hasText: "Đã gửi văn bản đi duyệt." })).toBeVisible();
  const documentUrl = author.url().split("?")[0];

  // 2. The unit's approver publishes it.
  const approver = await staffPage(browser, DEMO_APPROVER_EMAIL);
  await approver.goto(documentUrl);
  await approver.getByRole("button", { name: "Duyệt và xuất bản" }).click();
  await expect(approver.getByRole("status").filter({ hasText: "Đã duyệt và xuất bản văn bản." })).toBeVisible();

  // 3. A reader finds it without diacritics and reads the PDF in the page.
  await page.goto("/van-ban");
  await noSidewaysScroll(page);
  await page.getByLabel("Tìm theo số/ký hiệu hoặc trích yếu").fill("nghi dinh 42");
  await page.getByLabel("Tìm theo số/ký hiệu hoặc trích yếu").press("Enter");
  await expect(page).toHaveURL(/q=nghi\+dinh\+42/);
  await noSidewaysScroll(page);
  await axeClean(page);
  await page.getByRole("link", { name: "Nghị định 42/2022/NĐ-CP" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nghị định 42/2022/NĐ-CP" })).toBeVisible();
  await expect(page.getByText("Còn hiệu lực").first()).toBeVisible();
  const viewer = page.locator('iframe[title="Nội dung Nghị định 42/2022/NĐ-CP"]');
  await expect(viewer).toBeVisible();
  const pdfResponse = await page.request.get((await viewer.getAttribute("src"))!);
  expect(pdfResponse.status()).toBe(200);
  expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
  expect(pdfResponse.headers()["content-disposition"]).toMatch(/^inline/);
  await expect(page.getByRole("link", { name: "Nghị định 42-2022-NĐ-CP.pdf" })).toBeVisible();
  const structured = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null")));
  const legislation = structured.find((data) => data?.["@type"] === "Legislation");
  expect(legislation).toMatchObject({
    "@type": "Legislation", legislationIdentifier: "42/2022/NĐ-CP", legislationPassedBy: { name: "Chính phủ" }, legislationLegalForce: "https://schema.org/InForce",
    encoding: [{ encodingFormat: "application/pdf", contentUrl: expect.stringMatching(/^https?:\/\/.+\/tep\//) }],
  });
  await noSidewaysScroll(page);
  await axeClean(page);

  // 4. The author's article cites it.
  const articleId = await startNewArticle(author);
  const title = `Triển khai Nghị định 42 về cổng thông tin ${word}`;
  await author.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await author.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(async () => expect((await sql(`SELECT title FROM "Article" WHERE id = $1`, [articleId]))[0]?.title).toBe(title)).toPass();
  const citations = author.getByRole("group", { name: "Văn bản được trích dẫn" });
  await citations.getByLabel("Số/ký hiệu văn bản").fill("nghi dinh 42");
  await citations.getByRole("button", { name: /Nghị định 42\/2022\/NĐ-CP/ }).click();
  await expect(citations.getByRole("status")).toHaveText("Đã thêm văn bản 42/2022/NĐ-CP.");
  await expect(citations.getByRole("list", { name: "Văn bản đã trích dẫn" })).toContainText("Còn hiệu lực");
  await noSidewaysScroll(author);

  // 5. The approver marks the decree Hết hiệu lực: the article is listed for its unit to review.
  await approver.goto(documentUrl);
  // A day that does not exist is refused, saying why, and changes nothing.
  const effectForm = approver.getByRole("region", { name: "Cập nhật tình trạng hiệu lực" });
  await effectForm.getByLabel("Tình trạng hiệu lực mới").selectOption({ label: "Hết hiệu lực" });
  await effectForm.getByLabel("Ngày hết hiệu lực").fill("31/02/2030");
  await effectForm.getByRole("button", { name: "Cập nhật hiệu lực" }).click();
  await expect(approver.getByRole("alert").filter({ hasText: "Ngày hết hiệu lực:" })).toHaveText("Ngày hết hiệu lực: Ngày 31/02/2030 không có: tháng 2 năm 2030 chỉ có 28 ngày.");
  await expect(effectForm.getByLabel("Ngày hết hiệu lực")).toHaveValue("");
  await expect(effectForm.getByLabel("Tình trạng hiệu lực mới")).toHaveValue("");
  await effectForm.getByLabel("Tình trạng hiệu lực mới").selectOption({ label: "Hết hiệu lực" });
  await effectForm.getByRole("button", { name: "Cập nhật hiệu lực" }).click();
  await expect(approver.getByRole("status").filter({ hasText: "1 bài viết trích dẫn văn bản đã được đưa vào Bài cần rà soát" })).toBeVisible();
  await approver.getByRole("link", { name: "Bài cần rà soát" }).first().click();
  await expect(approver.getByRole("heading", { name: "Bài cần rà soát" })).toBeVisible();
  await expect(approver.getByRole("list", { name: "Bài cần rà soát" })).toContainText(title);
  await noSidewaysScroll(approver);
  await axeClean(approver);
  // The article's writer is told, and the notification leads to the list.
  await author.goto("/quan-ly/thong-bao");
  await author.getByRole("link", { name: `Bài cần rà soát: “${title}” trích dẫn văn bản 42/2022/NĐ-CP nay đã hết hiệu lực.` }).click();
  await expect(author).toHaveURL(/\/quan-ly\/van-ban\/ra-soat$/);
  await expect(author.getByRole("list", { name: "Bài cần rà soát" })).toContainText(title);

  // The reader now sees it is no longer in force, and so do machines reading the page.
  await page.reload();
  await expect(page.getByText("Hết hiệu lực").first()).toBeVisible();
  const after = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "null")));
  expect(after.find((data) => data?.["@type"] === "Legislation")).toMatchObject({ legislationLegalForce: "https://schema.org/NotInForce" });
});

test("a published article shows the documents it cites with their effect", async ({ page }) => {
  const [article] = await sql<{ slug: string }>(
    `SELECT a.slug FROM "Article" a JOIN "ArticleCitation" c ON c."articleId" = a.id JOIN "LegalDocument" d ON d.id = c."documentId"
     WHERE a.state = 'PUBLISHED' AND a."deletedAt" IS NULL AND d.number = '45/2013/QH13' LIMIT 1`,
  );
  await page.goto(`/bai-viet/${article.slug}`);
  const cited = page.getByRole("region", { name: "Văn bản được trích dẫn" });
  await expect(cited.getByRole("listitem").filter({ hasText: "Luật 45/2013/QH13" })).toContainText("Hết hiệu lực");
  await expect(cited.getByRole("listitem").filter({ hasText: "Luật 31/2024/QH15" })).toContainText("Còn hiệu lực");
  await cited.getByRole("link", { name: "Luật 45/2013/QH13" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Luật 45/2013/QH13" })).toBeVisible();
  // Relations read both ways: the old law names what replaced it and what guided it, the new one what it replaced.
  const related = page.getByRole("region", { name: "Văn bản liên quan" });
  await expect(related.getByRole("listitem").filter({ hasText: "Bị thay thế bởi:" })).toContainText("Luật 31/2024/QH15");
  await expect(related.getByRole("listitem").filter({ hasText: "Được hướng dẫn bởi:" }).first()).toBeVisible();
  await noSidewaysScroll(page);
  await related.getByRole("link", { name: "Luật 31/2024/QH15" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Luật 31/2024/QH15" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Văn bản liên quan" }).getByRole("listitem").filter({ hasText: "Thay thế:" })).toContainText("Luật 45/2013/QH13");
});

test("the demo library holds documents of several types with their PDFs, some no longer in force, and the demo articles citing those wait in Bài cần rà soát", async ({ page, browser }) => {
  await page.goto("/van-ban");
  expect(Number((await page.getByRole("heading", { name: /^\d+ văn bản$/ }).textContent())!.split(" ")[0])).toBeGreaterThanOrEqual(30);
  const facets = page.getByRole("complementary", { name: "Lọc văn bản" });
  const types = facets.locator("details").filter({ hasText: "Loại văn bản" });
  for (const label of ["Luật", "Nghị định", "Thông tư", "Quyết định", "Kế hoạch"]) await expect(types.getByRole("link", { name: new RegExp(`^${label} \\d+$`) })).toHaveCount(1);
  await facets.getByRole("link", { name: /^Hết hiệu lực \d+$/ }).click();
  await expect(page).toHaveURL(/hieu-luc=het-hieu-luc/);
  const expired = page.getByRole("region", { name: /văn bản$/ }).getByRole("listitem");
  expect(await expired.count()).toBeGreaterThanOrEqual(3);
  await expired.filter({ hasText: "45/KH-UBND" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: /45\/KH-UBND$/ })).toBeVisible();
  await expect(page.getByText("Hết hiệu lực").first()).toBeVisible();
  await expect(page.locator('iframe[title^="Nội dung"]')).toBeVisible();
  await expect(page.getByRole("region", { name: "Tải về" }).getByRole("link", { name: /\.pdf$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Bài viết trích dẫn văn bản này" })).toContainText("An Lạc: hơn 9 trên 10 vụ việc hòa giải ở cơ sở thành công");

  const approver = await staffPage(browser, DEMO_APPROVER_EMAIL);
  await approver.goto("/quan-ly/van-ban/ra-soat");
  await expect(approver.getByRole("list", { name: "Bài cần rà soát" }).getByRole("listitem").filter({ hasText: "An Lạc: hơn 9 trên 10 vụ việc hòa giải ở cơ sở thành công" })).toContainText("45/KH-UBND");
  await noSidewaysScroll(approver);
});

test("the library's facets narrow the list and its RSS lists new documents", async ({ page }) => {
  await page.goto("/van-ban");
  const facets = page.getByRole("complementary", { name: "Lọc văn bản" });
  await facets.getByRole("link", { name: /^Luật \d+$/ }).click();
  await expect(page).toHaveURL(/loai=luat/);
  const items = page.getByRole("region", { name: /văn bản$/ }).getByRole("listitem");
  for (const text of await items.allTextContents()) expect(text.startsWith("Luật ")).toBe(true);
  await facets.getByRole("link", { name: /^Hết hiệu lực \d+$/ }).click();
  await expect(page).toHaveURL(/hieu-luc=het-hieu-luc/);
  await expect(items.first()).toContainText("Hết hiệu lực");
  await noSidewaysScroll(page);
  const rss = await page.request.get("/van-ban/rss");
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  expect(await rss.text()).toContain("<title>Văn bản pháp luật mới</title>");
});
