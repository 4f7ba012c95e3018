import { expect, type Page } from "@playwright/test";
import pg from "pg";

/** Viết bài mới as the signed-in writer; returns the new draft's id once its editor is open. */
export async function startNewArticle(page: Page): Promise<number> {
  await page.goto("/quan-ly/bai-viet");
  // A click that lands while the page is still hydrating can be lost; clicking again is harmless. On a
  // busy machine the draft takes seconds to create: a second click while the first is under way sends
  // the router a second redirect and can leave the address behind, so each click gets 10 s.
  await expect(async () => {
    await page.getByRole("button", { name: "Viết bài mới" }).click();
    await expect(page).toHaveURL(/\/quan-ly\/bai-viet\/\d+$/, { timeout: 10_000 });
  }).toPass({ timeout: 40_000 });
  await expect(page.getByRole("heading", { name: "Viết bài mới" })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}

/** Writes a complete article as the signed-in writer and sends it for review; returns its id. */
export async function writeAndSubmit(page: Page, title: string, options: { category?: string } = {}): Promise<number> {
  const id = await startNewArticle(page);
  await page.getByLabel("Tiêu đề", { exact: true }).fill(title);
  await page.getByLabel("Sapo", { exact: true }).fill(
    "Thực hiện kế hoạch phổ biến, giáo dục pháp luật năm 2026, đơn vị đã tổ chức nhiều hình thức tuyên truyền phù hợp với từng nhóm đối tượng, góp phần nâng cao ý thức chấp hành pháp luật của người dân.",
  );
  const editor = page.getByRole("textbox", { name: "Nội dung" });
  await editor.click();
  await page.keyboard.insertText("Buổi tuyên truyền thu hút đông đảo cán bộ và nhân dân tham dự, nhiều câu hỏi được giải đáp trực tiếp. ".repeat(12));
  await page.getByLabel("Chuyên mục", { exact: true }).selectOption({ label: options.category ?? "Tin hoạt động" });
  await expect(page.getByRole("list", { name: "Lỗi cần sửa" })).toHaveCount(0);
  for (const warning of await page.getByRole("list", { name: "Cảnh báo" }).getByRole("checkbox").all()) await warning.check();
  await page.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/bai-viet\?da-gui=/);
  await expect(page.getByRole("status").filter({ hasText: "Đã gửi bài viết đi duyệt." })).toBeVisible();
  return id;
}

/** Direct database access for what a journey cannot do through pages (moving the clock forward). */
export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
