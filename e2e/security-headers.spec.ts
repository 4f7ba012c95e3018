import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { DEMO_AUTHOR_EMAIL, DEMO_COMMENT_MODERATOR_EMAIL, DEMO_PROVINCIAL_EDITOR_EMAIL } from "../prisma/seed/constants";
import { startNewArticle, sql } from "./support/articles";
import { jpegPhoto } from "./support/files";
import { signIn } from "./support/sign-in";

// Every page under its Content-Security-Policy in real Chromium: the browser reports each thing the
// policy refuses (a securitypolicyviolation event, a console error), and a journey through the
// public site, sign-in and the workspace must end with none — while everything that needs scripts
// (hydration, server actions, the editor, the chart, read aloud) visibly works.

/** A published demo article of Xã An Lạc with comments open (as in comments.spec.ts). */
const ARTICLE_SLUG = "an-lac-hon-9-tren-10-vu-viec-hoa-giai-o-co-so-thanh-cong";
const FAKE_NOTICE = "Tài khoản của bạn sẽ bị khóa. Gọi ngay 0900 000 000 để giữ tài khoản.";

type Watch = { problems: string[]; pages: { url: string; status: number; policy: string | undefined; cache: string | undefined }[] };

/** Starts listening on a page before it loads anything: what the policy refuses, and each page's headers. */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { problems: [], pages: [] };
  await page.exposeBinding("__reportViolation", (_source, v: Record<string, unknown>) => {
    seen.problems.push(`CSP ${v.directive} refused ${v.blocked} in ${v.source}:${v.line} «${v.sample}»`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportViolation: (v: object) => void }).__reportViolation({
        directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber, sample: e.sample,
      });
    });
  });
  page.on("console", (message) => {
    if (/content.security.policy|permissions.policy|refused to/i.test(message.text())) seen.problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => {
    if (/content.security.policy|unsafe-eval|refused to/i.test(error.message)) seen.problems.push(`page error: ${error.message}`);
  });
  page.on("response", (response) => {
    if (response.request().resourceType() !== "document" || response.frame() !== page.mainFrame()) return;
    const status = response.status();
    if (status >= 300 && status < 400) return; // a redirect has no page to protect
    seen.pages.push({ url: new URL(response.url()).pathname, status, policy: response.headers()["content-security-policy"], cache: response.headers()["x-page-cache"] });
  });
  return seen;
}

/** No refusal, and every page carried the policy, with scripts by hash only. */
function expectClean(seen: Watch) {
  expect(seen.problems).toEqual([]);
  expect(seen.pages.length).toBeGreaterThan(0);
  for (const { url, policy } of seen.pages) {
    expect(policy, url).toBeDefined();
    const directives = Object.fromEntries(policy!.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["script-src"]?.[0], url).toBe("'self'");
    for (const source of directives["script-src"].slice(1)) expect(source, url).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    expect(directives["object-src"], url).toEqual(["'none'"]);
    expect(directives["base-uri"], url).toEqual(["'none'"]);
    expect(directives["frame-ancestors"], url).toEqual(["'self'"]);
    expect(directives["form-action"], url).toEqual(["'self'"]);
  }
}

test("the public pages run under their policy: home, an article with its tools and comment form, search, a category", async ({ page, context }) => {
  const seen = await watch(page);

  await page.goto("/");
  await page.reload();
  // The second visit comes from the page cache, with the same policy.
  const [first, second] = seen.pages;
  expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
  expect(second.policy).toBe(first.policy);
  const cover = page.locator("section[aria-labelledby=tin-noi-bat] img").first();
  await expect(cover).toHaveAttribute("src", /^\/tep\//);
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  const response = await page.goto(`/bai-viet/${ARTICLE_SLUG}`);
  expect(response?.headers()["permissions-policy"]).toContain("camera=()");
  // The form's token comes from GET /api/binh-luan/ma once the form's script (public/js/binh-luan.js) has run.
  await expect(page.locator('input[name="token"]')).not.toHaveValue("");
  await page.getByLabel("Ý kiến của bạn").fill("Quá ngắn");
  await page.getByRole("button", { name: "Gửi ý kiến" }).click();
  await expect(page.getByText("Ý kiến cần ít nhất 10 ký tự.")).toBeVisible();

  const share = page.getByRole("group", { name: "Chia sẻ bài viết" });
  await expect(share.getByRole("link", { name: /Facebook/ })).toHaveAttribute("href", /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=/);
  await expect(share.getByRole("link", { name: /Zalo/ })).toHaveAttribute("href", /^https:\/\/sp\.zalo\.me\/share_inline\?url=/);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await share.getByRole("button", { name: "Sao chép liên kết" }).click();
  await expect(share.getByRole("status")).toHaveText("Đã sao chép liên kết.");

  // Read aloud is shown only once the page's script has found speech synthesis.
  await page.getByRole("button", { name: "Tăng cỡ chữ" }).click();
  await page.getByRole("button", { name: "Nghe đọc bài" }).click();
  expect(await page.evaluate(() => typeof window.speechSynthesis.speak)).toBe("function");

  // Search from the header: a form posted to this server, its results rendered.
  await page.getByRole("search", { name: "Tìm kiếm nhanh" }).getByRole("searchbox").fill("hòa giải");
  await page.getByRole("search", { name: "Tìm kiếm nhanh" }).getByRole("searchbox").press("Enter");
  await expect(page).toHaveURL(/\/tim-kiem\?q=/);
  await expect(page.locator("main article").first()).toBeVisible();

  await page.goto("/chuyen-muc/tin-hoat-dong");
  await expect(page.getByRole("heading", { level: 1, name: "Tin hoạt động" })).toBeVisible();
  await page.goto("/khong-co-trang-nay");

  expectClean(seen);
  expect(seen.pages.map((p) => p.status)).toContain(404);
});

test("a script put into a page is refused, and the watch above sees the refusal", async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`/bai-viet/${ARTICLE_SLUG}`);
  await expect(page.locator('input[name="token"]')).not.toHaveValue("");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    const image = document.createElement("img");
    image.setAttribute("onerror", "window.__injected = true");
    image.src = "/khong-co.png";
    document.body.append(image);
  });
  await expect.poll(() => seen.problems.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(seen.problems.every((problem) => problem.includes("script-src"))).toBe(true);
});

test("sign-in and the workspace run under their policy: dashboard, the editor, the review page, the report and its chart", async ({ browser }) => {
  const author = await browser.newPage();
  const seenByAuthor = await watch(author);
  await signIn(author, DEMO_AUTHOR_EMAIL);
  await expect(author.getByRole("heading", { name: /^Xin chào/ })).toBeVisible();

  await startNewArticle(author);
  await author.getByLabel("Tiêu đề", { exact: true }).fill("Thử chính sách bảo mật nội dung trong trình soạn thảo");
  const editor = author.getByRole("textbox", { name: "Nội dung" });
  await editor.click();
  await editor.pressSequentially("Nội dung gõ trong trình soạn thảo. ");
  await author.getByRole("button", { name: "Chèn bảng" }).click();
  await author.keyboard.type("Xã");
  await expect(editor.locator("table")).toContainText("Xã");
  await author.getByText("Chèn ảnh vào nội dung").click();
  await author.getByLabel("Mô tả ảnh", { exact: true }).fill("Ảnh thử");
  await author.getByLabel("Chọn ảnh để chèn").setInputFiles({ name: "anh-thu.jpg", mimeType: "image/jpeg", buffer: await jpegPhoto(800, 500, 90) });
  const figure = editor.locator("figure img");
  await expect(figure).toHaveAttribute("src", /^\/tep\//);
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await author.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(author.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();
  expectClean(seenByAuthor);
  await author.context().close();

  const editorInChief = await browser.newPage();
  const seen = await watch(editorInChief);
  await signIn(editorInChief, DEMO_PROVINCIAL_EDITOR_EMAIL);
  await editorInChief.goto("/quan-ly/duyet-bai");
  await editorInChief.locator("main table tbody a").first().click();
  await expect(editorInChief.getByRole("heading", { name: "Duyệt bài viết" })).toBeVisible();
  await expect(editorInChief.getByRole("region", { name: "Bài viết như bạn đọc sẽ thấy" }).getByRole("heading", { level: 1 })).not.toBeEmpty();

  await editorInChief.goto("/quan-ly/bao-cao");
  await expect(editorInChief.getByRole("heading", { name: "Báo cáo thống kê", level: 1 })).toBeVisible();
  await expect(editorInChief.locator("main svg").first()).toBeVisible();
  // The period form changes with the choice: the page's script runs.
  await editorInChief.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Tùy chọn" });
  await expect(editorInChief.getByLabel("Từ ngày")).toBeVisible();
  expectClean(seen);
  await editorInChief.context().close();
});

test("a link cannot put words in a workspace notice; a real action still shows its own", async ({ page }) => {
  await signIn(page, DEMO_COMMENT_MODERATOR_EMAIL);
  const fake = encodeURIComponent(FAKE_NOTICE);
  for (const path of [`/quan-ly?xong=${fake}`, `/quan-ly/binh-luan?xong=${fake}`, `/quan-ly/binh-luan?xong=da-duyet-binh-luan&so=${fake}`, `/quan-ly/bai-viet?loi=${fake}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(FAKE_NOTICE), path).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: /^Đã / }), path).toHaveCount(0);
  }

  // A comment waiting on the demo article, marked as spam from the queue: the notice says so.
  const word = randomBytes(4).toString("hex");
  await sql(
    `INSERT INTO "Comment" ("articleId", "authorName", "authorEmail", content, "addressHash", "contentHash")
     SELECT id, $2, 'spam.' || $1 || '@e2e-bao-mat.example', 'Quảng cáo thử nghiệm ' || $1, 'e2e', md5($1) FROM "Article" WHERE slug = $3`,
    [word, `Người gửi ${word}`, ARTICLE_SLUG],
  );
  await page.goto(`/quan-ly/binh-luan?q=${word}`);
  await page.getByRole("checkbox", { name: `Chọn bình luận của Người gửi ${word}` }).check();
  await page.getByRole("button", { name: "Spam", exact: true }).click();
  await expect(page).toHaveURL(/xong=da-danh-dau-spam&so=1$/);
  await expect(page.getByRole("status").filter({ hasText: /^Đã / })).toHaveText("Đã đánh dấu spam 1 bình luận.");
  await sql(`DELETE FROM "Comment" WHERE "authorEmail" = $1`, [`spam.${word}@e2e-bao-mat.example`]);
});

test("an address with malformed percent-encoding is a bad request, in every part of the site", async ({ request }) => {
  for (const path of ["/bai-viet/%ff", "/chuyen-muc/%ff", "/don-vi/%ff", "/tim-kiem/%ff", "/tep/%ff", "/%ff"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expect(await response.text(), path).toContain("Địa chỉ không hợp lệ");
  }
});
