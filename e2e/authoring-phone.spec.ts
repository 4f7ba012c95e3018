// The editor on a 375 px phone (issue 15): a Mẫu tin with hints that are never saved, a title that
// grows, a toolbar in reach while scrolling (table tools only in a table), our own link dialog, and
// the save bar at the bottom; axe finds nothing on the editor at 375 px and at 1366 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_AUTHOR_EMAIL } from "../prisma/seed/constants";
import { sql } from "./support/articles";
import { signIn } from "./support/sign-in";

test.use({ viewport: { width: 375, height: 740 } });

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => `${v.id} [${v.impact}] ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function startFromTemplate(page: Page, name: string): Promise<number> {
  await page.goto("/quan-ly/bai-viet");
  await page.getByRole("link", { name: "Mẫu tin" }).click();
  await expect(page.getByRole("heading", { name: "Viết bài mới" })).toBeVisible();
  await page.getByRole("radio", { name: new RegExp(`^${name}`) }).check();
  await page.getByRole("button", { name: "Bắt đầu viết" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/bai-viet\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

test.beforeEach(async ({ page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`the browser's own dialog opened: ${dialog.message()}`);
  });
  await signIn(page, DEMO_AUTHOR_EMAIL);
});

test("a Mẫu tin starts with its structure; its hints show in empty sections, go when typed and are never saved", async ({ page }) => {
  const id = await startFromTemplate(page, "Tin hội nghị, tập huấn");
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await expect(body.getByRole("heading", { name: "Thành phần tham dự" })).toBeVisible();
  const hint = body.locator("p[data-goi-y]").first();
  await expect(hint).toHaveAttribute("data-goi-y", "Người chủ trì, báo cáo viên, đại biểu và số người tham dự.");
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveAttribute("placeholder", /^Ví dụ:/);
  // Sending is blocked while a section of the template is empty, and the item leads there.
  await page.getByRole("list", { name: "Lỗi cần sửa" }).getByRole("button", { name: /^Mục “Thành phần tham dự” của mẫu tin chưa có nội dung/ }).click();
  await expect(body).toBeFocused();
  await page.keyboard.insertText("Đồng chí Chủ tịch UBND xã chủ trì; 120 hòa giải viên tham dự.");
  await expect(body.locator("p[data-goi-y]")).toHaveCount(3);
  await expect(body.getByText("Đồng chí Chủ tịch UBND xã chủ trì")).toBeVisible();

  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
  const [{ body: saved }] = await sql<{ body: unknown }>(`SELECT body FROM "Article" WHERE id = $1`, [id]);
  const json = JSON.stringify(saved);
  expect(json).toContain("Đồng chí Chủ tịch UBND xã chủ trì");
  expect(json).not.toContain("báo cáo viên, đại biểu");
  expect(json).not.toContain("goi-y");
});

test("the title grows, the toolbar stays in reach, table tools appear in a table, links use our dialog, and the save bar is at hand", async ({ page }) => {
  await startFromTemplate(page, "Bài trống");
  const title = page.getByLabel("Tiêu đề", { exact: true });
  const long = "Ủy ban nhân dân xã An Lạc tổ chức hội nghị triển khai kế hoạch phổ biến, giáo dục pháp luật năm 2027 và tập huấn kỹ năng hòa giải ở cơ sở cho đội ngũ hòa giải viên của mười hai thôn";
  await title.fill(long);
  await title.press("Enter");
  await expect(title).toHaveValue(long);
  // The whole title is shown: nothing scrolls inside the box.
  expect(await title.evaluate((el: HTMLTextAreaElement) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  // A warning leads back to its field too.
  await page.getByRole("list", { name: "Cảnh báo" }).getByRole("button", { name: /^Sửa: Tiêu đề có \d+ từ/ }).click();
  await expect(title).toBeFocused();

  const body = page.getByRole("textbox", { name: "Nội dung" });
  await body.click();
  await page.keyboard.insertText("Hội nghị đã thống nhất kế hoạch năm. ");
  const toolbar = page.getByRole("toolbar", { name: "Định dạng nội dung" });
  for (const name of ["In đậm", "In nghiêng", "Liên kết", "Chèn bảng", "Hoàn tác"]) {
    await expect(toolbar.getByRole("button", { name })).toHaveAttribute("title", name);
  }
  await expect(toolbar.getByRole("button", { name: "Thêm hàng" })).toHaveCount(0);

  // Links: our dialog, which explains a refused address.
  await page.keyboard.insertText("Xem Bộ Tư pháp");
  await page.keyboard.down("Shift");
  for (let i = 0; i < "Bộ Tư pháp".length; i++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");
  await toolbar.getByRole("button", { name: "Liên kết" }).click();
  const dialog = page.getByRole("dialog", { name: "Chèn liên kết" });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByLabel("Địa chỉ liên kết").fill("javascript:alert(1)");
  await dialog.getByRole("button", { name: "Áp dụng" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Địa chỉ liên kết không hợp lệ");
  await dialog.getByLabel("Địa chỉ liên kết").fill("https://moj.gov.vn");
  await dialog.getByRole("button", { name: "Áp dụng" }).click();
  await expect(dialog).toBeHidden();
  await expect(body.locator('a[href="https://moj.gov.vn"]')).toHaveText("Bộ Tư pháp");

  // Table tools only inside a table.
  await page.keyboard.press("End");
  await toolbar.getByRole("button", { name: "Chèn bảng" }).click();
  await expect(toolbar.getByRole("button", { name: "Thêm hàng" })).toBeVisible();
  await toolbar.getByRole("button", { name: "Thêm hàng" }).click();
  await expect(body.locator("table tr")).toHaveCount(4);
  expect(await axeViolations(page)).toEqual([]);
  await body.locator("p").first().click();
  await expect(toolbar.getByRole("button", { name: "Thêm hàng" })).toHaveCount(0);

  // A long body: scrolled to its middle, the toolbar is still on screen, and so is the save bar.
  await body.locator("p").last().click();
  await page.keyboard.press("ControlOrMeta+End");
  for (let i = 0; i < 30; i++) await page.keyboard.insertText("Đoạn tiếp theo của bài viết.\n");
  await page.mouse.wheel(0, -400);
  await expect(toolbar).toBeInViewport();
  expect((await toolbar.boundingBox())!.y).toBeLessThanOrEqual(1);
  const bar = page.getByRole("region", { name: "Lưu và gửi bài" });
  await expect(bar.getByRole("button", { name: "Lưu nháp" })).toBeInViewport();
  await expect(bar.getByRole("button", { name: /^Kiểm tra:/ })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  expect(await axeViolations(page)).toEqual([]);
});

test("axe finds nothing on the editor, Viết bài mới and Nhập từ Word at 1366 px", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await startFromTemplate(page, "Bài tuyên truyền văn bản mới");
  expect(await axeViolations(page)).toEqual([]);
  for (const path of ["/quan-ly/bai-viet/viet-bai-moi", "/quan-ly/bai-viet/nhap-tu-word"]) {
    await page.goto(path);
    expect(await axeViolations(page), path).toEqual([]);
  }
});
