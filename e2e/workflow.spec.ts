import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_APPROVER_EMAIL, DEMO_AUTHOR_EMAIL, DEMO_PROVINCIAL_EDITOR_EMAIL } from "../prisma/seed/constants";
import { sql, writeAndSubmit } from "./support/articles";
import { signIn } from "./support/sign-in";

// The approval workflow as the province trains it: each journey uses real sign-ins in separate
// browser contexts, so every step is taken by the person whose role it is.

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function openInQueue(page: Page, title: string) {
  await page.goto("/quan-ly/duyet-bai");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: "Duyệt bài viết" })).toBeVisible();
}

const slugOf = async (id: number) => (await sql<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0].slug;

test("(a) written, returned with a reason, fixed, sent again, published, and shown to readers", async ({ browser }) => {
  const title = `Xã An Phú ra mắt mô hình “Tổ hòa giải giỏi” ${Date.now().toString(36)}`;
  const author = await as(browser, DEMO_AUTHOR_EMAIL);
  const id = await writeAndSubmit(author, title);

  const approver = await as(browser, DEMO_APPROVER_EMAIL);
  await openInQueue(approver, title);
  await expect(approver.getByRole("region", { name: "Bài viết như bạn đọc sẽ thấy" }).getByRole("heading", { level: 1 })).toHaveText(title);
  await approver.getByRole("button", { name: "Trả lại" }).click();
  await expect(approver.getByRole("alert").filter({ hasText: "Vui lòng ghi lý do trả lại" })).toBeVisible();
  const reason = "Đề nghị bổ sung số người tham dự và tên báo cáo viên.";
  await approver.getByLabel("Lý do").fill(reason);
  await approver.getByRole("button", { name: "Trả lại" }).click();
  await expect(approver.getByRole("status")).toHaveText("Đã trả lại bài viết cho người viết.");

  await author.goto("/quan-ly/thong-bao");
  await expect(author.getByRole("link", { name: `Bài viết “${title}” bị trả lại: ${reason}` })).toBeVisible();
  await author.goto(`/quan-ly/bai-viet/${id}`);
  await expect(author.getByRole("note")).toContainText(reason);
  const editor = author.getByRole("textbox", { name: "Nội dung" });
  await editor.click();
  await author.keyboard.press("Control+End");
  await author.keyboard.insertText(" Buổi tuyên truyền có 120 người tham dự, báo cáo viên là luật gia Nguyễn Văn Bình.");
  for (const warning of await author.getByRole("list", { name: "Cảnh báo" }).getByRole("checkbox").all()) await warning.check();
  await author.getByRole("button", { name: "Gửi duyệt" }).click();
  await expect(author).toHaveURL(/\/quan-ly\/bai-viet\?da-gui=/);
  await expect(author.getByRole("status").filter({ hasText: "Đã gửi bài viết đi duyệt." })).toBeVisible();

  await openInQueue(approver, title);
  await expect(approver.getByRole("region", { name: "Thay đổi so với lần gửi duyệt trước" }).locator("ins", { hasText: "120 người tham dự" })).toBeVisible();
  await approver.getByRole("button", { name: "Duyệt và xuất bản" }).click();
  await expect(approver.getByRole("status")).toContainText("Đã duyệt và xuất bản bài viết.");

  await author.goto("/quan-ly/thong-bao");
  await author.getByRole("link", { name: `Bài viết “${title}” đã được xuất bản.` }).click();
  await expect(author.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(author.getByText("120 người tham dự")).toBeVisible();
  expect(await slugOf(id)).toMatch(/^xa-an-phu-ra-mat-mo-hinh-to-hoa-giai-gioi-/);
  const home = await (await browser.newContext()).newPage();
  await home.goto("/");
  await expect(home.getByRole("link", { name: title }).first()).toBeVisible();
});

test("(b) a two-level unit: the unit approver endorses, the provincial editor publishes", async ({ browser }) => {
  const title = `Thành phố Nguyên Giang tuyên truyền Luật Căn cước tại khu phố ${Date.now().toString(36)}`;
  const author = await as(browser, "trinh.hoa@demo.local");
  const id = await writeAndSubmit(author, title);

  const unitApprover = await as(browser, "phan.long@demo.local");
  await openInQueue(unitApprover, title);
  await expect(unitApprover.getByRole("button", { name: "Duyệt và xuất bản" })).toHaveCount(0);
  await unitApprover.getByRole("button", { name: "Duyệt và chuyển cấp tỉnh" }).click();
  await expect(unitApprover.getByRole("status")).toHaveText("Đã duyệt bài viết và chuyển lên biên tập cấp tỉnh xuất bản.");
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/bai-viet/${await slugOf(id)}`))?.status()).toBe(404);

  const editor = await as(browser, DEMO_PROVINCIAL_EDITOR_EMAIL);
  await openInQueue(editor, title);
  await expect(editor.getByText("Trạng thái: Chờ duyệt cấp tỉnh")).toBeVisible();
  await editor.getByRole("button", { name: "Duyệt và xuất bản" }).click();
  await expect(editor.getByRole("status")).toContainText("Đã duyệt và xuất bản bài viết.");

  await reader.goto(`/bai-viet/${await slugOf(id)}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  const events = await sql<{ action: string }>(`SELECT action::text FROM "WorkflowEvent" WHERE "articleId" = $1 ORDER BY id`, [id]);
  expect(events.map((e) => e.action)).toEqual(["CREATE", "SUBMIT", "ENDORSE", "APPROVE"]);
});

test("(c) a scheduled article appears on the public site once its time has passed", async ({ browser }) => {
  const title = `Huyện An Lạc hưởng ứng Ngày Pháp luật Việt Nam 9/11 ${Date.now().toString(36)}`;
  const author = await as(browser, DEMO_AUTHOR_EMAIL);
  const id = await writeAndSubmit(author, title);
  const approver = await as(browser, DEMO_APPROVER_EMAIL);
  await openInQueue(approver, title);
  // One hour ahead in Vietnam time, typed as an official would: dd/mm/yyyy and a 24-hour time.
  const [isoDay, time] = new Date(Date.now() + 7 * 3600_000 + 3600_000).toISOString().slice(0, 16).split("T");
  const when = approver.getByRole("group", { name: "Thời điểm xuất bản (giờ Việt Nam)" });
  await when.getByRole("textbox", { name: "Ngày" }).fill(isoDay.split("-").reverse().join("/"));
  await when.getByRole("textbox", { name: "Giờ" }).fill(time);
  await approver.getByRole("button", { name: "Hẹn giờ xuất bản" }).click();
  await expect(approver.getByRole("status")).toHaveText("Đã hẹn giờ xuất bản.");
  const [scheduled] = await sql<{ state: string; scheduledAt: Date }>(`SELECT state::text, "scheduledAt" FROM "Article" WHERE id = $1`, [id]);
  expect(scheduled.state).toBe("SCHEDULED");
  expect(Math.abs(scheduled.scheduledAt.getTime() - (Date.now() + 3600_000))).toBeLessThan(120_000);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  // The clock moves on: the scheduled time is now a second ago, and the scheduler's next tick publishes.
  await sql(`UPDATE "Article" SET "scheduledAt" = now() - interval '1 second' WHERE id = $1`, [id]);
  await expect.poll(async () => (await sql<{ state: string }>(`SELECT state::text FROM "Article" WHERE id = $1`, [id]))[0].state, { timeout: 15_000 }).toBe("PUBLISHED");
  await expect(async () => {
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await reader.goto(`/bai-viet/${await slugOf(id)}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("(d) a taken-down article answers 410 with a page saying so", async ({ browser }) => {
  const title = `Phòng Tư pháp huyện An Lạc giải đáp pháp luật đất đai ${Date.now().toString(36)}`;
  const author = await as(browser, DEMO_AUTHOR_EMAIL);
  const id = await writeAndSubmit(author, title);
  const approver = await as(browser, DEMO_APPROVER_EMAIL);
  await openInQueue(approver, title);
  await approver.getByRole("button", { name: "Duyệt và xuất bản" }).click();
  await expect(approver.getByRole("status")).toContainText("Đã duyệt và xuất bản bài viết.");
  const slug = await slugOf(id);
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/bai-viet/${slug}`))?.status()).toBe(200);

  await approver.goto(`/quan-ly/duyet-bai/${id}`);
  await approver.getByLabel("Lý do gỡ bài").fill("Số liệu trong bài chưa được kiểm chứng.");
  await approver.getByRole("button", { name: "Gỡ bài" }).click();
  await expect(approver.getByRole("status")).toHaveText("Đã gỡ bài viết.");

  const gone = await reader.goto(`/bai-viet/${slug}`);
  expect(gone?.status()).toBe(410);
  await expect(reader.getByRole("heading", { level: 1 })).toContainText("gỡ");
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
});

test("(e) correcting a published article: readers keep the published text until the correction is approved", async ({ browser }) => {
  const title = `Huyện An Lạc tổ chức cuộc thi tìm hiểu pháp luật trực tuyến ${Date.now().toString(36)}`;
  const author = await as(browser, DEMO_AUTHOR_EMAIL);
  const id = await writeAndSubmit(author, title);
  const approver = await as(browser, DEMO_APPROVER_EMAIL);
  await openInQueue(approver, title);
  await approver.getByRole("button", { name: "Duyệt và xuất bản" }).click();
  await expect(approver.getByRole("status")).toContainText("Đã duyệt và xuất bản bài viết.");
  const slug = await slugOf(id);

  await author.goto(`/quan-ly/bai-viet/${id}`);
  await expect(author.getByRole("heading", { name: "Sửa bài đã xuất bản" })).toBeVisible();
  await author.getByLabel("Sapo", { exact: true }).fill(
    "Đính chính: cuộc thi tìm hiểu pháp luật trực tuyến của huyện kéo dài đến hết ngày 31/12, thay vì ngày 15/12 như thông tin đã đăng trước đó, để nhiều người dân có thể tham gia.",
  );
  for (const warning of await author.getByRole("list", { name: "Cảnh báo" }).getByRole("checkbox").all()) await warning.check();
  await author.getByRole("button", { name: "Gửi duyệt sửa đổi" }).click();
  await expect(author).toHaveURL(/\/quan-ly\/bai-viet\?da-gui=/);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/bai-viet/${slug}`);
  await expect(reader.getByText("Đính chính: cuộc thi")).toHaveCount(0);

  await openInQueue(approver, title);
  await expect(approver.getByRole("region", { name: "Thay đổi so với bản đã xuất bản" }).locator("ins", { hasText: "31/12" })).toBeVisible();
  await expect(approver.getByRole("region", { name: "Bản sửa đổi như bạn đọc sẽ thấy" })).toContainText("Đính chính: cuộc thi");
  await approver.getByRole("button", { name: "Duyệt sửa đổi" }).click();
  await expect(approver.getByRole("status")).toHaveText("Đã duyệt bản sửa đổi; bạn đọc đã thấy nội dung mới.");

  await reader.goto(`/bai-viet/${slug}`);
  await expect(reader.getByText("Đính chính: cuộc thi")).toBeVisible();
});
