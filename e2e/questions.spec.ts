import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_APPROVER_EMAIL, DEMO_AUTHOR_EMAIL, DEMO_PROVINCIAL_EDITOR_EMAIL, DEMO_UNIT_NAME } from "../prisma/seed/constants";
import { uniqueWord } from "./public-support";
import { axeClean, noSidewaysScroll, PHONE, staffPage } from "./support/phone";

// Hỏi đáp pháp luật at 375 px, end to end: a reader asks without an account and follows the status
// with the tracking code (attaching a PDF only staff may download), the provincial editor routes the question from triage, the unit's author
// answers in the editor, the unit's approver publishes, and the reader finds it by searching without
// diacritics. The demo's overdue question is red in the unit's queue.

/** A one-page PDF, unique to the run (identical bytes would share a stored key). */
const pdfOf = (word: string) =>
  Buffer.from(`%PDF-1.4\n% ${word}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`, "latin1");
test.use({ viewport: PHONE });

test("a reader asks, follows it by code, the Sở routes it, the unit answers and publishes, the reader finds it", async ({ page, browser }) => {
  // Four people in four browser contexts: longer than one page's journey.
  test.setTimeout(180_000);
  const word = uniqueWord();
  const title = `Hỏi về quyền nuôi con sau khi ly hôn ${word}`;

  // 1. Gửi câu hỏi, without an account.
  await page.goto("/hoi-dap/gui-cau-hoi");
  await noSidewaysScroll(page);
  await axeClean(page);
  await page.getByLabel("Họ tên", { exact: true }).fill("Trần Thị Bích");
  await page.getByLabel("Email", { exact: true }).fill(`bich.${word}@example.vn`);
  await page.getByLabel("Xã/phường nơi bạn sinh sống").selectOption({ index: 1 });
  await page.getByLabel("Lĩnh vực").selectOption({ label: "Hôn nhân và gia đình" });
  await page.getByLabel("Tiêu đề").fill(title);
  await page.getByLabel("Nội dung câu hỏi").fill(`Sau khi ly hôn, con 3 tuổi sống với ai? Tôi muốn được nuôi con (${word}).`);
  await page.getByLabel("Tệp đính kèm (không bắt buộc)").setInputFiles({ name: "Quyết định ly hôn.pdf", mimeType: "application/pdf", buffer: pdfOf(word) });
  // Without the consent the form says why and keeps what was typed.
  await page.waitForTimeout(3500); // the minimum fill time of the spam defences
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  await expect(page.getByText("Vui lòng đồng ý với thông báo xử lý dữ liệu cá nhân để gửi câu hỏi.")).toBeVisible();
  await expect(page.getByLabel("Tiêu đề")).toHaveValue(title);
  await page.getByLabel("Tôi đã đọc và đồng ý với thông báo xử lý dữ liệu cá nhân.").check();
  await page.getByRole("button", { name: "Gửi câu hỏi" }).click();
  const code = (await page.locator("[data-ma-tra-cuu]").textContent())!.trim();
  expect(code).toMatch(/^HD-[2-9A-Z]{5}-[2-9A-Z]{5}$/);

  // 2. Tra cứu câu hỏi by the code: its state, never the contact.
  await page.getByRole("link", { name: "Xem tình trạng câu hỏi" }).click();
  await expect(page.locator("[data-tinh-trang]")).toHaveText("Mới");
  await expect(page.getByText(`bich.${word}@example.vn`)).toHaveCount(0);
  await noSidewaysScroll(page);
  await axeClean(page);

  // 3. The provincial editor routes it from triage to the demo unit.
  const editor = await staffPage(browser, DEMO_PROVINCIAL_EDITOR_EMAIL);
  await editor.goto("/quan-ly/hoi-dap?loc=triage");
  await editor.getByRole("link", { name: title }).click();
  await noSidewaysScroll(editor);
  await axeClean(editor);
  await editor.getByLabel("Đơn vị trả lời").selectOption({ label: DEMO_UNIT_NAME });
  await editor.getByLabel("Ghi chú cho đơn vị (không bắt buộc)").fill("Đề nghị xã trả lời.");
  await editor.getByRole("button", { name: "Phân công" }).click();
  await expect(editor.getByText("Đã chuyển câu hỏi đến đơn vị trả lời.")).toBeVisible();
  await editor.context().close();

  await page.reload();
  await expect(page.locator("[data-tinh-trang]")).toHaveText("Đang xử lý");

  // 4. The unit's author answers in the editor and sends it for approval.
  const author = await staffPage(browser, DEMO_AUTHOR_EMAIL);
  await author.goto("/quan-ly/hoi-dap");
  await author.getByRole("link", { name: title }).click();
  await noSidewaysScroll(author);
  await axeClean(author);
  // The asker's attachment: the unit's staff download it; nobody signed out gets it, as if it did not exist.
  const attachment = author.getByRole("link", { name: "Quyết định ly hôn.pdf" });
  await expect(attachment).toBeVisible();
  const fileHref = (await attachment.getAttribute("href"))!;
  const download = await author.request.get(fileHref);
  expect(download.status()).toBe(200);
  expect((await download.body()).toString("latin1")).toContain(word);
  expect((await page.request.get(fileHref)).status()).toBe(404);
  const answer = author.getByRole("textbox", { name: "Câu trả lời" });
  await answer.click();
  await author.keyboard.type(`Theo Điều 81 Luật Hôn nhân và gia đình, con dưới 36 tháng tuổi được giao cho mẹ trực tiếp nuôi (${word}).`);
  // The answer cites the law from the library (saved at once, like an article's citations).
  const citations = author.getByRole("group", { name: "Văn bản được trích dẫn" });
  await citations.getByLabel("Số/ký hiệu văn bản").fill("52/2014/QH13");
  await citations.getByRole("button", { name: "Thêm trích dẫn" }).click();
  await expect(citations.getByRole("status")).toHaveText("Đã thêm văn bản 52/2014/QH13.");
  await author.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(author.getByText("Đã gửi câu trả lời để duyệt.")).toBeVisible();
  await author.context().close();

  // 5. The unit's approver publishes it.
  const approver = await staffPage(browser, DEMO_APPROVER_EMAIL);
  await approver.goto("/quan-ly/hoi-dap?loc=waiting");
  await approver.getByRole("link", { name: title }).click();
  await noSidewaysScroll(approver);
  await axeClean(approver);
  await approver.getByRole("button", { name: "Duyệt và công bố" }).click();
  await expect(approver.getByText("Đã duyệt và công bố câu trả lời.")).toBeVisible();
  await approver.context().close();

  // 6. The reader finds it by searching without diacritics, and reads the answer in the unit's name.
  await page.reload();
  await expect(page.locator("[data-tinh-trang]")).toHaveText("Đã trả lời");
  await page.goto("/hoi-dap");
  await page.getByLabel("Tìm trong hỏi đáp").fill(`quyen nuoi con ${word}`);
  await page.getByRole("button", { name: "Tìm câu hỏi" }).click();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(`${DEMO_UNIT_NAME} trả lời ngày`)).toBeVisible();
  await expect(page.getByText("Người hỏi: T.T.B.")).toBeVisible();
  await expect(page.getByText(`bich.${word}@example.vn`)).toHaveCount(0);
  const cited = page.getByRole("region", { name: "Văn bản được trích dẫn" });
  await expect(cited.getByRole("listitem").filter({ hasText: "Luật 52/2014/QH13" })).toContainText("Còn hiệu lực");
  // Published, the answer is public; the asker's attachment is not.
  await expect(page.getByText("Quyết định ly hôn.pdf")).toHaveCount(0);
  expect((await page.request.get(fileHref)).status()).toBe(404);
  const structured = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(structured.some((text) => text.includes('"FAQPage"') && text.includes(word))).toBe(true);
  // She did not allow her name: neither the page nor its structured data carries it.
  await expect(page.getByText("Trần Thị Bích")).toHaveCount(0);
  expect(structured.some((text) => text.includes("Trần Thị Bích"))).toBe(false);
  await noSidewaysScroll(page);
  await axeClean(page);
});

test("an overdue question is marked red in the unit's queue", async ({ browser }) => {
  const author = await staffPage(browser, DEMO_AUTHOR_EMAIL);
  await author.goto("/quan-ly/hoi-dap");
  const overdue = author.locator("li[data-qua-han]").filter({ hasText: "Chứng thực bản sao từ bản chính ở đâu" });
  await expect(overdue).toBeVisible();
  await expect(overdue.getByText("Quá hạn", { exact: true })).toBeVisible();
  await expect(overdue).toHaveClass(/border-red-600/);
  // Its border is not the one of a question within its deadline.
  const onTime = author.locator("li:not([data-qua-han])").filter({ hasText: "Hợp đồng mua bán nhà viết tay" });
  const colour = (item: typeof overdue) => item.evaluate((el) => getComputedStyle(el).borderLeftColor);
  expect(await colour(overdue)).not.toBe(await colour(onTime));
  await noSidewaysScroll(author);
  await axeClean(author);
  await author.context().close();
});

test("Hỏi đáp pháp luật is in the public menu, its list works at 375 px, and feeds and the sitemap list its answers", async ({ page }) => {
  await page.goto("/hoi-dap");
  await expect(page.getByRole("heading", { level: 1, name: "Hỏi đáp pháp luật" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Đất đai/ })).toBeVisible();
  await noSidewaysScroll(page);
  await axeClean(page);
  const rss = await page.request.get("/hoi-dap/rss");
  expect(rss.status()).toBe(200);
  expect(await rss.text()).toContain("/hoi-dap/cau-hoi/");
  // The sitemap lists the section and each published question.
  const sitemap = await (await page.request.get("/sitemap/trang.xml")).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/hoi-dap<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*\/hoi-dap\/cau-hoi\/[^<]+<\/loc>/);
});

test("the administrator keeps the lĩnh vực askers choose from: a new one is offered, a hidden one no longer", async ({ page, browser }) => {
  const name = `Nghĩa vụ quân sự ${uniqueWord()}`;
  const admin = await staffPage(browser, DEMO_ADMIN_EMAIL);
  await admin.goto("/quan-ly/quan-tri/hoi-dap");
  const fields = admin.getByRole("heading", { name: "Lĩnh vực", exact: true });
  await expect(fields).toBeVisible();
  // A name already in the list, typed without diacritics, is refused with the reason and adds nothing.
  const add = admin.getByRole("form", { name: "Thêm lĩnh vực" });
  await add.getByLabel("Tên lĩnh vực").fill("dat dai");
  await add.getByRole("button", { name: "Thêm lĩnh vực" }).click();
  await expect(add.getByText("Lĩnh vực này đã có trong danh sách (có thể đang ẩn).")).toBeVisible();
  await add.getByLabel("Tên lĩnh vực").fill(name);
  await add.getByRole("button", { name: "Thêm lĩnh vực" }).click();
  const item = admin.locator(`li[data-linh-vuc="${name}"]`);
  await expect(item).toContainText("0 câu hỏi");
  await noSidewaysScroll(admin);
  await axeClean(admin);

  await page.goto("/hoi-dap/gui-cau-hoi");
  await expect(page.getByLabel("Lĩnh vực").locator("option", { hasText: name })).toHaveCount(1);

  await item.getByRole("button", { name: "Ẩn" }).click();
  await expect(item).toContainText("Đang ẩn");
  await page.reload();
  await expect(page.getByLabel("Lĩnh vực").locator("option", { hasText: name })).toHaveCount(0);
  await admin.context().close();
});
