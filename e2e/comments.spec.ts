import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { DEMO_COMMENT_MODERATOR_EMAIL, DEMO_UNIT_NAME, DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { sql } from "./support/articles";
import { signIn } from "./support/sign-in";

// A reader comments on a demo article; the comment waits unseen until the demo comment moderator
// approves it and answers it; then both show under the article, the answer signed with the unit's
// name. The reader's email appears nowhere readers can look: page HTML, its data, the feeds.

/** A published demo article of Xã An Lạc, four days old, so its comments are open. */
const ARTICLE_SLUG = "an-lac-hon-9-tren-10-vu-viec-hoa-giai-o-co-so-thanh-cong";
const EMAIL_DOMAIN = "e2e-binh-luan.example";
/** The form refuses comments sent sooner than this after it was shown (the real rule, not relaxed). */
const MIN_FILL_MS = 3_500;

async function openForm(page: Page) {
  await page.goto(`/bai-viet/${ARTICLE_SLUG}`);
  await expect(page.getByRole("heading", { name: /^Bình luận/ })).toBeVisible();
  // The signed "form shown at" token arrives once the form is live in the browser.
  await expect(page.locator('input[name="token"]')).not.toHaveValue("");
}

test.beforeAll(async () => {
  // Comments from earlier runs on this database would count against this address's rate limit.
  await sql(`DELETE FROM "Comment" WHERE "authorEmail" LIKE $1`, [`%@${EMAIL_DOMAIN}`]);
});

test("a reader's comment waits for moderation, then shows with the official answer; the email never does", async ({ page, browser, request }) => {
  const word = randomBytes(4).toString("hex");
  const email = `ban-doc.${word}@${EMAIL_DOMAIN}`;
  const name = `Phạm Thu Hà ${word}`;
  const content = `Xin hỏi hòa giải viên ở thôn có được hỗ trợ kinh phí khi hòa giải thành không? (${word})`;
  const reply = `Hòa giải viên được hỗ trợ thù lao theo từng vụ việc theo nghị quyết của HĐND tỉnh (${word}).`;

  // A refusal keeps what was typed and says what to fix, beside the field.
  await openForm(page);
  await page.getByLabel("Ý kiến của bạn").fill("Quá ngắn");
  await page.getByLabel("Tên của bạn").fill(name);
  await page.getByLabel("Email của bạn").fill("khong-phai-email");
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByText("Ý kiến cần ít nhất 10 ký tự.")).toBeVisible();
  await expect(page.getByText("Email không hợp lệ. Ví dụ đúng: ten@example.com")).toBeVisible();
  await expect(page.getByLabel("Ý kiến của bạn")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Tên của bạn")).toHaveValue(name);

  // Sent properly, after the minimum fill time: it waits for moderation and is not shown.
  await page.getByLabel("Ý kiến của bạn").fill(content);
  await page.getByLabel("Email của bạn").fill(email);
  await page.waitForTimeout(MIN_FILL_MS);
  const usedToken = await page.locator('input[name="token"]').inputValue();
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByRole("status").filter({ hasText: "đang chờ kiểm duyệt" })).toBeVisible();
  await expect(page.getByLabel("Ý kiến của bạn")).toHaveValue("");
  // A token posts one comment: the form has fetched a new one for the reader's next comment.
  await expect(page.locator('input[name="token"]')).not.toHaveValue(usedToken);
  await expect(page.locator('input[name="token"]')).not.toHaveValue("");
  await page.reload();
  await expect(page.getByText(content)).toHaveCount(0);
  expect(await sql(`SELECT state FROM "Comment" WHERE "authorEmail" = $1`, [email])).toEqual([{ state: "PENDING" }]);

  // The moderator approves it from the queue (where the email is shown), then answers it.
  const staff = await browser.newContext();
  const moderator = await staff.newPage();
  await signIn(moderator, DEMO_COMMENT_MODERATOR_EMAIL);
  await expect(moderator.getByRole("navigation", { name: "Bàn làm việc" }).getByRole("link", { name: /^Bình luận\s*\d+$/ })).toBeVisible();
  await moderator.goto("/quan-ly/binh-luan");
  await moderator.getByLabel("Tìm kiếm").fill(word);
  await moderator.getByRole("button", { name: "Lọc" }).click();
  await expect(moderator).toHaveURL(new RegExp(`q=${word}`));
  await expect(moderator.getByText(email)).toBeVisible();
  await moderator.getByRole("checkbox", { name: `Chọn bình luận của ${name}` }).check();
  await moderator.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "Đã duyệt 1 bình luận." })).toBeVisible();

  await moderator.getByRole("link", { name: /^Đã duyệt \(\d+\)$/ }).click();
  await expect(moderator.getByText(content)).toBeVisible();
  await moderator.getByText("Trả lời", { exact: true }).click();
  await moderator.getByLabel("Nội dung trả lời").fill(reply);
  await moderator.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "Đã lưu trả lời." })).toBeVisible();
  await staff.close();

  // The cached page was expired: the comment and its answer, signed by the unit, are there.
  await page.reload();
  const shown = page.getByRole("list", { name: "Các bình luận đã duyệt" }).getByRole("listitem").filter({ hasText: content });
  await expect(shown).toContainText(name);
  await expect(shown).toContainText(`Trả lời của ${DEMO_UNIT_NAME}`);
  await expect(shown).toContainText(reply);
  const [{ count }] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Comment" c JOIN "Article" a ON a.id = c."articleId" WHERE a.slug = $1 AND c.state = 'APPROVED'`,
    [ARTICLE_SLUG],
  );
  await expect(page.getByRole("heading", { name: `Bình luận (${count})` })).toBeVisible();

  // The email is nowhere public: the rendered page, the HTML and data the server sends, the feeds.
  expect(await page.content()).not.toContain(email);
  const html = await (await request.get(`/bai-viet/${ARTICLE_SLUG}`)).text();
  expect(html).toContain(content.slice(0, 40));
  expect(html).not.toContain(email);
  expect(html).not.toContain(EMAIL_DOMAIN);
  const data = await (await request.get(`/bai-viet/${ARTICLE_SLUG}`, { headers: { RSC: "1" } })).text();
  expect(data).not.toContain(EMAIL_DOMAIN);
  for (const feed of ["/rss", `/don-vi/${DEMO_UNIT_SLUG}/rss`]) {
    const xml = await (await request.get(feed)).text();
    expect(xml, feed).toContain(ARTICLE_SLUG);
    expect(xml, feed).not.toContain(EMAIL_DOMAIN);
  }
  // Nor do demo comments' emails leak onto the page.
  const demoEmails = await sql<{ authorEmail: string }>(
    `SELECT c."authorEmail" FROM "Comment" c JOIN "Article" a ON a.id = c."articleId" WHERE a.slug = $1`,
    [ARTICLE_SLUG],
  );
  for (const { authorEmail } of demoEmails) expect(html).not.toContain(authorEmail);
});

test("a bot that fills in the hidden field, or sends at once, is refused and nothing is stored", async ({ page }) => {
  const word = randomBytes(4).toString("hex");
  await openForm(page);
  await page.getByLabel("Ý kiến của bạn").fill(`Bình luận tự động gửi ngay lập tức ${word}`);
  await page.getByLabel("Tên của bạn").fill("Máy gửi tự động");
  await page.getByLabel("Email của bạn").fill(`may.${word}@${EMAIL_DOMAIN}`);
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Bạn gửi hơi nhanh. Vui lòng đợi vài giây rồi bấm Gửi ý kiến lần nữa." })).toBeVisible();
  await page.waitForTimeout(MIN_FILL_MS);
  await page.locator('input[name="website"]').fill("http://spam.example.com", { force: true });
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không gửi được ý kiến. Vui lòng thử lại." })).toBeVisible();
  expect(await sql(`SELECT id FROM "Comment" WHERE content LIKE $1`, [`%${word}%`])).toEqual([]);
});
