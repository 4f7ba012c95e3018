// Issue 12, part 1, as people would try it on a phone: a draft's attachment is reachable by nobody
// outside its unit — not by its address, not by putting its id on one's own article, not as a reader —
// and everyone can download it once the article is published.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_APPROVER_EMAIL, DEMO_AUTHOR_EMAIL, DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { sql, startNewArticle } from "./support/articles";
import { onePagePdf } from "./support/files";
import { signIn } from "./support/sign-in";

test.use({ viewport: { width: 375, height: 740 } });

const TITLE = "Huyện An Lạc ban hành kế hoạch tuyên truyền pháp luật về đất đai cho nhân dân năm 2027";

async function personIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
  await signIn(page, email);
  return page;
}

test("a draft attachment stays inside its unit until the article is published, then downloads for everyone", async ({ browser, page: author }) => {
  await signIn(author, DEMO_AUTHOR_EMAIL);
  const articleId = await startNewArticle(author);
  await author.getByLabel("Tiêu đề", { exact: true }).fill(TITLE);
  await author.getByLabel("Sapo", { exact: true }).fill(
    "Ủy ban nhân dân huyện An Lạc vừa ban hành kế hoạch tuyên truyền, phổ biến Luật Đất đai đến từng thôn, bản, chú trọng những quy định mới về cấp giấy chứng nhận và bồi thường khi Nhà nước thu hồi đất.",
  );
  await author.getByRole("textbox", { name: "Nội dung" }).click();
  await author.keyboard.insertText("Kế hoạch giao cho Phòng Tư pháp chủ trì, phối hợp với các xã tổ chức hội nghị tuyên truyền. ".repeat(12));
  await author.getByLabel("Chuyên mục", { exact: true }).selectOption({ label: "Tin hoạt động" });
  await author.getByLabel("Thêm tệp đính kèm").setInputFiles({ name: "Kế hoạch tuyên truyền (dự thảo).pdf", mimeType: "application/pdf", buffer: onePagePdf("Du thao noi bo") });
  await expect(author.getByRole("list", { name: "Danh sách tệp đính kèm" })).toContainText("Kế hoạch tuyên truyền (dự thảo).pdf");
  await author.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(author.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
  const [file] = await sql<{ id: number; storageKey: string }>(
    `SELECT f.id, f."storageKey" FROM "ArticleAttachment" a JOIN "StoredFile" f ON f.id = a."fileId" WHERE a."articleId" = $1`,
    [articleId],
  );
  expect(file).toBeDefined();
  const address = `/tep/${file.storageKey}`;
  // The writer sees the draft's file.
  expect((await author.request.get(address)).status()).toBe(200);

  // A reader, and an author of another unit, get the same 404 as for a file that does not exist.
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.request.get(address)).status()).toBe(404);
  expect((await reader.request.get(`${address}?tai-ve`)).status()).toBe(404);
  const [outsiderRow] = await sql<{ email: string }>(
    `SELECT u.email FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Unit" un ON un.id = m."unitId"
     WHERE m.role = 'AUTHOR' AND un.slug <> $1 AND un.status = 'ACTIVE' AND u.active AND NOT u."mustChangePassword" AND cardinality(u."portalRoles") = 0
       AND NOT EXISTS (SELECT 1 FROM "Membership" m2 JOIN "Unit" u2 ON u2.id = m2."unitId" WHERE m2."userId" = u.id AND u2.slug = $1)
     ORDER BY u.id LIMIT 1`,
    [DEMO_UNIT_SLUG],
  );
  const outsider = await personIn(browser, outsiderRow.email);
  expect((await outsider.request.get(address)).status()).toBe(404);
  const preview = await outsider.goto(`/quan-ly/bai-viet/${articleId}/xem-truoc`);
  expect(preview?.status()).toBe(404);
  await expect(outsider.getByText("Kế hoạch tuyên truyền (dự thảo).pdf")).toHaveCount(0);

  // Nor can the outsider put the file's id on an article of their own (here through the editor's
  // own save endpoint, as a script would): refused in Vietnamese, nothing attached.
  const ownId = await startNewArticle(outsider);
  const origin = new URL(outsider.url()).origin;
  const attempt = await outsider.request.post(`/api/bai-viet/${ownId}/luu-tu-dong`, {
    headers: { Origin: origin },
    data: {
      baseVersion: 1,
      fields: { title: "Bài thử", sapo: "", body: { type: "doc", content: [] }, categoryId: null, tags: [], coverImageId: null, attachments: [{ fileId: file.id }] },
    },
  });
  expect(attempt.status()).toBe(409);
  expect((await attempt.json()).fieldErrors).toEqual({ attachments: "Có tệp đính kèm không dùng được cho bài viết này. Vui lòng tải tệp lên lại." });
  expect(await sql(`SELECT 1 FROM "ArticleAttachment" WHERE "articleId" = $1`, [ownId])).toHaveLength(0);
  await outsider.reload();
  await expect(outsider.getByText("Kế hoạch tuyên truyền (dự thảo).pdf")).toHaveCount(0);

  // Published: every reader can download it from the article page.
  for (const warning of await author.getByRole("list", { name: "Cảnh báo" }).getByRole("checkbox").all()) await warning.check();
  await author.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(author).toHaveURL(/\/quan-ly\/bai-viet\?da-gui=/);
  const approver = await personIn(browser, DEMO_APPROVER_EMAIL);
  await approver.goto(`/quan-ly/duyet-bai/${articleId}`);
  await approver.getByRole("button", { name: "Duyệt và xuất bản" }).click();
  await expect(approver.getByRole("status")).toContainText("Đã duyệt và xuất bản bài viết.");

  const [{ slug }] = await sql<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [articleId]);
  await reader.goto(`/bai-viet/${slug}`);
  const link = reader.getByRole("link", { name: /Kế hoạch tuyên truyền \(dự thảo\)\.pdf/ });
  await expect(link).toBeVisible();
  const download = await reader.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 5).toString()).toBe("%PDF-");
});
