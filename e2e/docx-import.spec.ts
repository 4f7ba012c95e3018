// Nhập từ Word on a 375 px phone: the demo author imports a .docx with a table and two captioned photos,
// fixes what the checklist asks by following its links, and sends the draft for approval; a broken
// file is refused with its message and creates nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CAPTIONS, NEWS_SAPO, NEWS_TITLE, newsDocx } from "../lib/articles/import-docx/docx-corpus.fixture";
import { DEMO_AUTHOR_EMAIL } from "../prisma/seed/constants";
import { sql } from "./support/articles";
import { signIn } from "./support/sign-in";

test.use({ viewport: { width: 375, height: 740 } });

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

async function noSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

async function axeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return violations.map((v) => `${v.id} [${v.impact}] ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("an author imports a Word file with a table and two photos, follows the checklist's links and sends it", async ({ page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`the browser's own dialog opened: ${dialog.message()}`);
  });
  await signIn(page, DEMO_AUTHOR_EMAIL);
  await page.goto("/quan-ly/bai-viet");
  await page.getByRole("link", { name: "Nhập từ Word" }).click();
  await expect(page.getByRole("heading", { name: "Nhập từ Word" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await noSidewaysScroll(page);

  await page.getByLabel("Tệp Word (.docx)").setInputFiles({ name: "Tin tập huấn hòa giải.docx", mimeType: DOCX, buffer: await newsDocx() });
  await page.getByRole("button", { name: "Nhập thành bài nháp" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/bai-viet\/\d+\?nhap-tu-word=0$/, { timeout: 30_000 });
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập bài từ tệp Word thành bản nháp." })).toBeVisible();

  // What Word held is in the draft: title, sapo, the table and both photos with their captions.
  await expect(page.getByLabel("Tiêu đề", { exact: true })).toHaveValue(NEWS_TITLE);
  await expect(page.getByLabel("Sapo", { exact: true })).toHaveValue(NEWS_SAPO);
  const body = page.getByRole("textbox", { name: "Nội dung" });
  await expect(body.locator("table")).toContainText("Số hòa giải viên");
  await expect(body.locator("figure img")).toHaveCount(2);
  for (const image of await body.locator("figure img").all()) {
    await expect(image).toHaveAttribute("src", /^\/tep\//);
    // The photo really loads for its writer (the file route knows the draft uses it).
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  }
  await expect(body.locator("figcaption")).toHaveText(CAPTIONS);
  await noSidewaysScroll(page);

  // The bar at the bottom stays in reach and says what the checklist found.
  const bar = page.getByRole("region", { name: "Lưu và gửi bài" });
  await expect(bar.getByRole("button", { name: "Gửi duyệt" })).toBeInViewport();
  await expect(bar.getByRole("button", { name: "Gửi duyệt" })).toBeDisabled();
  await bar.getByRole("button", { name: /^Kiểm tra: 1 lỗi/ }).click();
  await expect(page.getByRole("heading", { name: "Kiểm tra trước khi gửi" })).toBeFocused();

  // Each item leads to its field.
  await page.getByRole("list", { name: "Lỗi cần sửa" }).getByRole("button", { name: "Chưa chọn chuyên mục." }).click();
  await expect(page.getByLabel("Chuyên mục", { exact: true })).toBeFocused();
  await page.getByLabel("Chuyên mục", { exact: true }).selectOption({ label: "Tin hoạt động" });
  await expect(page.getByRole("list", { name: "Lỗi cần sửa" })).toHaveCount(0);

  await expect(bar.getByRole("button", { name: "Kiểm tra: đạt" })).toBeVisible();
  await expect(page.getByText("Bài viết đạt yêu cầu.", { exact: true })).toBeVisible();

  await expect(bar.getByRole("button", { name: "Gửi duyệt" })).toBeEnabled();
  await bar.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/bai-viet\?da-gui=/);
  const [article] = await sql<{ state: string; title: string; sapo: string }>(`SELECT state, title, sapo FROM "Article" WHERE id = $1`, [id]);
  expect(article).toEqual({ state: "SUBMITTED", title: NEWS_TITLE, sapo: NEWS_SAPO });
});

test("a file that is not a Word document is refused with its message and creates nothing", async ({ page }) => {
  await signIn(page, DEMO_AUTHOR_EMAIL);
  const [{ count: before }] = await sql<{ count: string }>(`SELECT count(*) FROM "Article"`);
  await page.goto("/quan-ly/bai-viet/nhap-tu-word");
  await page.getByLabel("Tệp Word (.docx)").setInputFiles({ name: "bao-cao.docx", mimeType: DOCX, buffer: Buffer.from("Không phải tệp Word") });
  await page.getByRole("button", { name: "Nhập thành bài nháp" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText("Tệp không phải tài liệu Word (.docx). Vui lòng chọn tệp .docx.");
  await expect(page).toHaveURL(/\/nhap-tu-word$/);
  const [{ count: after }] = await sql<{ count: string }>(`SELECT count(*) FROM "Article"`);
  expect(after).toBe(before);
});
