import { expect, test } from "@playwright/test";
import { DEMO_AUTHOR_EMAIL } from "../prisma/seed/constants";
import { jpegPhoto, onePagePdf } from "./support/files";
import { startNewArticle } from "./support/articles";
import { signIn } from "./support/sign-in";

const body = () => "Hội nghị có sự tham dự của đại diện các tổ hòa giải, cán bộ tư pháp và đông đảo bà con nhân dân. ".repeat(12);

test("the author writes an article with a cover, an inline figure, a table and a PDF, saves, reloads and finds everything", async ({ page }) => {
  await signIn(page, DEMO_AUTHOR_EMAIL);
  await startNewArticle(page);

  // The checklist starts with its blocking errors, and Gửi duyệt waits for them.
  const errors = page.getByRole("list", { name: "Lỗi cần sửa" });
  await expect(errors).toContainText("Chưa có tiêu đề.");
  await expect(page.getByRole("button", { name: "Gửi duyệt" })).toBeDisabled();

  await page.getByLabel("Tiêu đề", { exact: true }).fill("Huyện An Lạc tập huấn kỹ năng hòa giải ở cơ sở cho gần 200 hòa giải viên");
  await page.getByLabel("Sapo", { exact: true }).fill(
    "Ngày 26/11, Phòng Tư pháp huyện An Lạc phối hợp với Hội Luật gia tổ chức lớp tập huấn kỹ năng hòa giải ở cơ sở cho gần 200 hòa giải viên của các xã, thị trấn trên địa bàn huyện.",
  );
  const editor = page.getByRole("textbox", { name: "Nội dung" });
  await editor.click();
  await editor.pressSequentially("Tại lớp tập huấn, các báo cáo viên đã truyền đạt những nội dung cơ bản của Luật Hòa giải ở cơ sở. ");
  await page.keyboard.insertText(body());
  await page.getByRole("button", { name: "Chèn bảng" }).click();
  await page.keyboard.type("Xã");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Số hòa giải viên");

  // An inline image with its caption, as a figure.
  await page.getByText("Chèn ảnh vào nội dung").click();
  await page.getByLabel("Mô tả ảnh", { exact: true }).fill("Hòa giải viên thảo luận nhóm");
  await page.getByLabel("Chú thích ảnh trong bài").fill("Các hòa giải viên thảo luận tình huống mẫu.");
  await page.getByLabel("Chọn ảnh để chèn").setInputFiles({ name: "thảo luận nhóm.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(1000, 700, 60) });
  await expect(editor.locator("figure img")).toHaveAttribute("src", /^\/tep\//);
  await expect(editor.locator("figcaption")).toHaveText("Các hòa giải viên thảo luận tình huống mẫu.");

  await page.getByLabel("Tải ảnh đại diện").setInputFiles({ name: "ảnh bìa tập huấn.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto() });
  await expect(page.getByRole("group", { name: "Ảnh đại diện" }).locator("img")).toBeVisible();
  await expect(errors).toContainText("Ảnh đại diện chưa có chú thích ảnh.");
  await page.getByLabel("Chú thích ảnh", { exact: true }).fill("Quang cảnh lớp tập huấn.");
  await page.getByLabel("Mô tả ảnh (cho người khiếm thị)").fill("Hội trường với gần 200 học viên");

  await page.getByLabel("Tác giả", { exact: true }).fill("Trần Minh Đức");
  await page.getByLabel("Chuyên mục", { exact: true }).selectOption({ label: "Hòa giải ở cơ sở" });
  await page.getByLabel("Từ khóa", { exact: true }).fill("hòa giải cơ sở");
  await page.getByLabel("Từ khóa", { exact: true }).press("Enter");
  await page.getByLabel("Thêm tệp đính kèm").setInputFiles({ name: "Tài liệu tập huấn hòa giải.pdf", mimeType: "application/pdf", buffer: onePagePdf() });
  await expect(page.getByRole("list", { name: "Danh sách tệp đính kèm" })).toContainText("Tài liệu tập huấn hòa giải.pdf");
  await expect(page.getByRole("list", { name: "Danh sách tệp đính kèm" })).toContainText("(PDF,");

  await expect(page.getByText("Bài viết đạt yêu cầu.", { exact: true }).or(page.getByRole("list", { name: "Cảnh báo" }))).toBeVisible();
  await expect(errors).toHaveCount(0);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue("Huyện An Lạc tập huấn kỹ năng hòa giải ở cơ sở cho gần 200 hòa giải viên");
  await expect(page.getByLabel("Sapo", { exact: true })).toHaveValue(/^Ngày 26\/11, Phòng Tư pháp huyện An Lạc/);
  const reloaded = page.getByRole("textbox", { name: "Nội dung" });
  await expect(reloaded).toContainText("những nội dung cơ bản của Luật Hòa giải ở cơ sở");
  await expect(reloaded.locator("table")).toContainText("Số hòa giải viên");
  await expect(reloaded.locator("figcaption")).toHaveText("Các hòa giải viên thảo luận tình huống mẫu.");
  await expect(page.getByLabel("Chú thích ảnh", { exact: true })).toHaveValue("Quang cảnh lớp tập huấn.");
  await expect(page.getByRole("group", { name: "Ảnh đại diện" }).locator("img")).toBeVisible();
  await expect(page.getByLabel("Tác giả", { exact: true })).toHaveValue("Trần Minh Đức");
  await expect(page.getByLabel("Chuyên mục", { exact: true }).locator("option:checked")).toHaveText("Hòa giải ở cơ sở");
  await expect(page.getByRole("list", { name: "Từ khóa đã chọn" })).toContainText("hòa giải cơ sở");
  await expect(page.getByRole("list", { name: "Danh sách tệp đính kèm" })).toContainText("Tài liệu tập huấn hòa giải.pdf");
  await expect(page.getByRole("region", { name: "Lịch sử phiên bản" }).getByText("Lưu nháp")).toBeVisible();
});

test("two people editing one article: the later save is refused by name and time, and no text is lost", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signIn(a, DEMO_AUTHOR_EMAIL);
  const id = await startNewArticle(a);
  await a.getByLabel("Tiêu đề", { exact: true }).fill("Bản nháp chung của tổ biên tập huyện");
  await a.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();

  // The same writer on a second device opens the article at the same version.
  await signIn(b, DEMO_AUTHOR_EMAIL);
  await b.goto(`/quan-ly/bai-viet/${id}`);
  await expect(b.getByLabel("Tiêu đề", { exact: true })).toHaveValue("Bản nháp chung của tổ biên tập huyện");

  await a.getByLabel("Sapo", { exact: true }).fill("Sapo do máy thứ nhất viết và lưu trước.");
  await a.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(a.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();

  const mine = "Sapo do máy thứ hai viết song song, không được mất.";
  await b.getByLabel("Sapo", { exact: true }).fill(mine);
  await b.getByRole("button", { name: "Lưu nháp" }).click();
  const alert = b.getByRole("alert").filter({ hasText: "Chưa lưu được" });
  await expect(alert).toContainText(/Chưa lưu được: bài viết đã được .+ lưu lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\./);
  await expect(b.getByLabel("Sapo", { exact: true })).toHaveValue(mine);

  // The writer keeps their own text on top of the newer save.
  await b.getByRole("button", { name: "Ghi đè bằng bản của tôi" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
  await a.reload();
  await expect(a.getByLabel("Sapo", { exact: true })).toHaveValue(mine);
  // The refused text was kept in the history as well, so nothing typed on either device is lost.
  await expect(a.getByRole("region", { name: "Lịch sử phiên bản" }).getByText("Bản chưa lưu được (trùng phiên bản)")).toBeVisible();
  await first.close();
  await second.close();
});

test("a draft goes to the bin and comes back", async ({ page }) => {
  await signIn(page, DEMO_AUTHOR_EMAIL);
  const id = await startNewArticle(page);
  const title = `Bản nháp để thử thùng rác ${Date.now().toString(36)}`;
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
  await page.getByRole("button", { name: "Xóa bài (chuyển vào thùng rác)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã chuyển bài viết vào thùng rác." })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect((await page.goto(`/quan-ly/bai-viet/${id}`))?.status()).toBe(404);

  await page.goto("/quan-ly/bai-viet?thung-rac");
  await page.getByRole("row", { name: new RegExp(title) }).getByRole("button", { name: "Khôi phục" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã khôi phục bài viết." })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});
