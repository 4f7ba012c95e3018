import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_APPROVER_EMAIL, DEMO_COMMENT_MODERATOR_EMAIL } from "../prisma/seed/constants";
import { sql } from "./support/articles";
import { signIn } from "./support/sign-in";

// The workspace on a 375 px phone (issue 15): lists as cards, one dd/mm/yyyy date field, a publish
// notice that leads to the public page, and a comment moderated with its own button.

const PHONE = { width: 375, height: 812 };

async function onPhone(browser: Browser, email: string, options: { locale?: string; timezoneId?: string } = {}): Promise<Page> {
  const page = await (await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, ...options })).newPage();
  await signIn(page, email);
  return page;
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** A card of the review queue: the first waiting article this approver may decide on. */
async function openFirstWaiting(page: Page): Promise<string> {
  await page.goto("/quan-ly/duyet-bai");
  const queue = page.getByRole("table", { name: "Bài viết chờ duyệt" });
  await expect(queue).toBeVisible();
  // Cards, not a squeezed table: the column headings are left to screen readers on a phone.
  expect((await queue.locator("thead").boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  await noSidewaysScroll(page);
  const link = queue.getByRole("link").first();
  const title = (await link.textContent())!.trim();
  await link.click();
  await expect(page.getByRole("heading", { name: "Duyệt bài viết" })).toBeVisible();
  return title;
}

test("an approver publishes from a phone and follows the notice to the public page", async ({ browser }) => {
  const page = await onPhone(browser, DEMO_APPROVER_EMAIL);
  const title = await openFirstWaiting(page);
  await noSidewaysScroll(page);
  await page.getByRole("button", { name: "Duyệt và xuất bản" }).tap();

  const notice = page.getByRole("status").filter({ hasText: "Đã duyệt và xuất bản bài viết." });
  await expect(notice).toBeVisible();
  await notice.getByRole("link", { name: /^Xem bài trên cổng thông tin/ }).tap();
  await expect(page).toHaveURL(/\/bai-viet\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("Hẹn giờ xuất bản on a phone: typed dd/mm and 24-hour time, echoed in words, refused when impossible", async ({ browser }) => {
  // An English phone in New York: the boxes, the words and the instant stored are still Vietnam's.
  const page = await onPhone(browser, DEMO_APPROVER_EMAIL, { locale: "en-US", timezoneId: "America/New_York" });
  expect(await page.evaluate(() => [navigator.language, Intl.DateTimeFormat().resolvedOptions().timeZone])).toEqual(["en-US", "America/New_York"]);
  await openFirstWaiting(page);
  const articleId = Number(new URL(page.url()).pathname.split("/").pop());
  const when = page.getByRole("group", { name: "Thời điểm xuất bản (giờ Việt Nam)" });
  const day = when.getByRole("textbox", { name: "Ngày" });
  const time = when.getByRole("textbox", { name: "Giờ" });
  // The browser's own date pickers would follow its language; these are plain boxes.
  await expect(day).toHaveAttribute("type", "text");

  await day.fill("31/02/2099");
  await time.fill("8:30");
  await time.blur();
  await expect(when.getByText("Ngày 31/02/2099 không có: tháng 2 năm 2099 chỉ có 28 ngày.")).toBeVisible();
  await page.getByRole("button", { name: "Hẹn giờ xuất bản" }).tap();
  await expect(when.getByText("Ngày 31/02/2099 không có: tháng 2 năm 2099 chỉ có 28 ngày.").first()).toBeVisible();
  expect((await sql<{ state: string }>(`SELECT state::text FROM "Article" WHERE id = $1`, [articleId]))[0].state).not.toBe("SCHEDULED");

  await day.fill("7/12/2099");
  await day.blur();
  await expect(day).toHaveValue("07/12/2099");
  await expect(time).toHaveValue("08:30");
  await expect(when.getByText("Thứ Hai, 07/12/2099 lúc 08:30 (giờ Việt Nam)")).toBeVisible();
  await page.getByRole("button", { name: "Hẹn giờ xuất bản" }).tap();
  await expect(page.getByRole("status").filter({ hasText: "Đã hẹn giờ xuất bản." })).toBeVisible();
  const [row] = await sql<{ state: string; at: string }>(`SELECT state::text, "scheduledAt" AS at FROM "Article" WHERE id = $1`, [articleId]);
  expect(row.state).toBe("SCHEDULED");
  expect(new Date(row.at).toISOString()).toBe("2099-12-07T01:30:00.000Z");
});

test("a moderator decides on one comment at a time with its own buttons on a phone, and answers one", async ({ browser }) => {
  const page = await onPhone(browser, DEMO_COMMENT_MODERATOR_EMAIL);
  await page.goto("/quan-ly/binh-luan");
  await noSidewaysScroll(page);
  const pending = page.getByRole("list", { name: "Bình luận chờ duyệt" });
  const counts = async () =>
    Object.fromEntries(
      (await sql<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM "Comment" GROUP BY state`)).map((r) => [r.state, r.n]),
    ) as Record<string, number>;
  const before = await counts();

  /** The first waiting comment, decided with its own button: nothing ticked, no bulk bar. */
  async function decideFirst(label: string, notice: string, state: string) {
    const first = pending.getByRole("listitem").first();
    const button = first.getByRole("button", { name: new RegExp(`^${label} bình luận của `) });
    const name = ((await button.getAttribute("aria-label")) ?? "").replace(`${label} bình luận của `, "");
    const checkbox = first.getByRole("checkbox");
    const id = Number(await checkbox.getAttribute("value"));
    await expect(checkbox).not.toBeChecked();
    await button.tap();
    await expect(page.getByRole("status")).toHaveText(notice);
    const [row] = await sql<{ state: string }>(`SELECT state::text FROM "Comment" WHERE id = $1`, [id]);
    expect(row.state).toBe(state);
    await expect(pending.getByRole("checkbox", { name: `Chọn bình luận của ${name}` }).and(page.locator(`[value="${id}"]`))).toHaveCount(0);
    await noSidewaysScroll(page);
  }

  await decideFirst("Duyệt", "Đã duyệt 1 bình luận.", "APPROVED");
  await decideFirst("Từ chối", "Đã từ chối 1 bình luận.", "REJECTED");
  await decideFirst("Spam", "Đã đánh dấu spam 1 bình luận.", "SPAM");
  // Its neighbours were left waiting: one button, one comment.
  const after = await counts();
  expect(after).toEqual({
    ...before,
    PENDING: before.PENDING - 3,
    APPROVED: before.APPROVED + 1,
    REJECTED: (before.REJECTED ?? 0) + 1,
    SPAM: (before.SPAM ?? 0) + 1,
  });

  // Trả lời under one waiting comment: the answer is stored, the comment still waits.
  const first = pending.getByRole("listitem").first();
  const id = Number(await first.getByRole("checkbox").getAttribute("value"));
  await first.getByText("Trả lời", { exact: true }).tap();
  await first.getByLabel("Nội dung trả lời").fill("Cảm ơn bạn, đơn vị sẽ trả lời cụ thể trong tuần.");
  await first.getByRole("button", { name: "Gửi trả lời" }).tap();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu trả lời." })).toBeVisible();
  const [row] = await sql<{ state: string; reply: string }>(`SELECT state::text, reply FROM "Comment" WHERE id = $1`, [id]);
  expect(row).toEqual({ state: "PENDING", reply: "Cảm ơn bạn, đơn vị sẽ trả lời cụ thể trong tuần." });
});

test("lists are cards that fit a 320 px phone", async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
  await signIn(page, DEMO_APPROVER_EMAIL);
  for (const path of ["/quan-ly", "/quan-ly/bai-viet", "/quan-ly/duyet-bai", "/quan-ly/thong-bao", "/quan-ly/bao-cao"]) {
    await page.goto(path);
    await noSidewaysScroll(page);
  }
  await page.goto("/quan-ly/bai-viet");
  const list = page.getByRole("table", { name: "Danh sách bài viết" });
  const firstRow = list.locator("tbody tr").first();
  // A card: the title takes the first line, whole, rather than one word per line beside four columns.
  const [card, title] = await Promise.all([firstRow.boundingBox(), firstRow.locator("td").first().boundingBox()]);
  expect(title!.width).toBeGreaterThan(card!.width * 0.8);
  await expect(firstRow.getByText(/^(Nháp|Chờ duyệt|Chờ duyệt cấp tỉnh|Đã xuất bản|Hẹn giờ|Bị trả lại|Đã gỡ)$/)).toBeVisible();
});

test("dashboard counts open the list they count", async ({ browser }) => {
  const page = await onPhone(browser, DEMO_APPROVER_EMAIL);
  await page.goto("/quan-ly");
  await page.getByRole("link", { name: /Chờ tôi duyệt/ }).tap();
  await expect(page).toHaveURL(/\/quan-ly\/duyet-bai$/);
  await page.goto("/quan-ly");
  const drafts = page.getByRole("link", { name: /Bài nháp của tôi/ });
  const count = Number((await drafts.textContent())!.match(/\d+/)![0]);
  await drafts.tap();
  await expect(page).toHaveURL(/trang_thai=DRAFT&cua-toi/);
  await expect(page.getByRole("table", { name: "Danh sách bài viết" }).locator("tbody tr")).toHaveCount(Math.min(count, 20));
});
