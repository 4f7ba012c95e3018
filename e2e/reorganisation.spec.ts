// Kế hoạch sắp xếp đơn vị on a 375 px phone (issue 16): the administrator uploads a small plan that
// merges two communes into a new one, reads the preview and applies it; the old commune's page
// answers 301 to the new one (so do its feed and its sitemap entry, and the sitemap lists the new
// commune), and its author finds the draft they were writing under the new unit.
// A plan with a mistake lists its problems and offers no way to apply it; a plan is also built on
// screen line by line, a wrong line removed. axe finds nothing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "../prisma/seed/constants";
import { sql } from "./support/articles";
import { signIn } from "./support/sign-in";

test.use({ viewport: { width: 375, height: 740 } });

// Demo communes no other journey uses (prisma/seed/content/units.ts); Đinh Văn Khoa writes for Xã Tân Khê.
const OLD = { name: "Xã Tân Khê", slug: "xa-tan-khe" };
const OTHER = { name: "Xã Đồng Xuyên", slug: "xa-dong-xuyen" };
const NEW_NAME = "Xã Tân Xuyên";
const NEW_SLUG = "xa-tan-xuyen";
const AUTHOR = { email: "dinh.khoa@demo.local", name: "Đinh Văn Khoa" };

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const csv = (lines: string[]) => Buffer.from(["Đơn vị cũ,Đơn vị mới,Loại đơn vị mới,Đơn vị cấp trên mới", ...lines].join("\n"));

async function createPlan(page: Page, title: string, sheet: Buffer) {
  await page.goto("/quan-ly/quan-tri/sap-xep-don-vi");
  await expect(page.getByRole("heading", { level: 1, name: "Kế hoạch sắp xếp đơn vị" })).toBeVisible();
  const form = page.getByRole("region", { name: "Tạo kế hoạch" });
  await form.getByLabel("Tên kế hoạch").fill(title);
  await form.getByLabel("Tệp kế hoạch").setInputFiles({ name: "ke-hoach.csv", mimeType: "text/csv", buffer: sheet });
  await form.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/quan-tri\/sap-xep-don-vi\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

test("a plan with a mistake lists its problems, each with its line, and cannot be applied", async ({ page }) => {
  await signIn(page, DEMO_ADMIN_EMAIL);
  await createPlan(page, `Kế hoạch có lỗi ${Date.now().toString(36)}`, csv([`${OLD.slug},${NEW_NAME},,`, `xa-khong-co,${NEW_NAME},,`, `${OLD.slug},${OTHER.slug},,`]));
  const problems = page.getByRole("region", { name: "Kế hoạch còn 2 vấn đề" });
  await expect(problems.getByRole("listitem")).toHaveText([
    "Dòng 3: không tìm thấy đơn vị “xa-khong-co”.",
    `Dòng 4: đơn vị “${OLD.name}” có trong kế hoạch hai lần (dòng 2 và dòng 4).`,
  ]);
  await expect(page.getByRole("button", { name: "Áp dụng ngay" })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  expect((await sql<{ status: string }>(`SELECT status::text FROM "Unit" WHERE slug = $1`, [OLD.slug]))[0].status).toBe("ACTIVE");
});

test("the administrator uploads a plan, reads the preview and applies it; old addresses redirect and the author finds their draft", async ({ browser, request }) => {
  // Two people signed in, a plan applied, the sitemap read twice: more than a minute on a busy 2-core machine.
  test.setTimeout(120_000);
  // A draft the author was writing for the old commune when the plan was made.
  const draftTitle = `Nháp tuyên truyền pháp luật ở Tân Khê ${Date.now().toString(36)}`;
  const [{ id: draftId }] = await sql<{ id: number }>(
    `INSERT INTO "Article" (slug, title, sapo, body, state, "unitId", "originalUnitId", "writerId", "updatedAt")
     SELECT $1, $2, '', '{"type":"doc","content":[]}'::jsonb, 'DRAFT', u.id, u.id, w.id, now() FROM "Unit" u, "User" w WHERE u.slug = $3 AND w.email = $4
     RETURNING id`,
    [`nhap-tan-khe-${Date.now().toString(36)}`, draftTitle, OLD.slug, AUTHOR.email],
  );
  const author = await as(browser, AUTHOR.email);
  await author.goto("/quan-ly/bai-viet");
  await expect(author.getByRole("link", { name: draftTitle })).toBeVisible();

  // The sitemap lists both communes' pages before the plan.
  const sitemapUnits = async () => [...(await (await request.get("/sitemap/trang.xml")).text()).matchAll(/<loc>([^<]*\/don-vi\/[^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const listedBefore = (await sitemapUnits()).filter((path) => path === `/don-vi/${OLD.slug}` || path === `/don-vi/${OTHER.slug}`);
  expect(listedBefore.sort()).toEqual([`/don-vi/${OTHER.slug}`, `/don-vi/${OLD.slug}`].sort());

  const admin = await as(browser, DEMO_ADMIN_EMAIL);
  await createPlan(admin, "Sáp nhập xã Tân Khê và xã Đồng Xuyên", csv([`${OLD.name},${NEW_NAME},Xã,`, `${OTHER.slug},${NEW_NAME},,`]));

  // The preview: what the new commune receives, from whom, and who will work there.
  await expect(admin.getByRole("status").filter({ hasText: "Kế hoạch hợp lệ" })).toContainText("1 đơn vị nhận, 2 đơn vị được sáp nhập");
  const preview = admin.getByRole("region", { name: "Xem trước" });
  const card = preview.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: `${NEW_NAME} (đơn vị mới)` }) });
  await expect(card).toContainText(`Nhận từ: ${OLD.name}, ${OTHER.name}`);
  await expect(card).toContainText("Bài đang soạn (nháp, bị trả lại)");
  await expect(card.getByRole("list", { name: `Người dùng chuyển sang ${NEW_NAME}` })).toContainText(`${AUTHOR.name} — Người viết, Người duyệt`);

  // The time a plan is applied is typed day first in 24-hour Vietnam time, whatever the browser's
  // language: a day that does not exist or an AM/PM time schedules nothing.
  const schedule = admin.getByRole("group", { name: "Thời điểm áp dụng (giờ Việt Nam)" });
  await schedule.getByLabel("Ngày", { exact: true }).fill("31/02/2099");
  await schedule.getByLabel("Giờ", { exact: true }).fill("8:00 PM");
  await admin.getByRole("button", { name: "Hẹn giờ áp dụng" }).click();
  await expect(admin.getByRole("alert").filter({ hasText: "Ngày 31/02/2099 không có" })).toHaveText("Ngày 31/02/2099 không có: tháng 2 năm 2099 chỉ có 28 ngày.");
  await expect(schedule.getByText("Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều.")).toBeVisible();
  await expect(admin.getByText("Kế hoạch sẽ được áp dụng lúc")).toHaveCount(0);
  await expectNoSidewaysScroll(admin);
  await expectAccessible(admin);

  admin.once("dialog", (dialog) => dialog.accept());
  await admin.getByRole("button", { name: "Áp dụng ngay" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Kế hoạch đã được áp dụng lúc" })).toBeVisible();
  await expect(admin.getByRole("region", { name: "Đã áp dụng" }).getByRole("link", { name: NEW_NAME })).toHaveAttribute("href", `/don-vi/${NEW_SLUG}`);
  await expectNoSidewaysScroll(admin);

  // The old commune's page and feed move for good to the new one.
  const old = await request.get(`/don-vi/${OLD.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(old.headers()["location"]).toMatch(new RegExp(`/don-vi/${NEW_SLUG}$`));
  expect((await request.get(`/don-vi/${OTHER.slug}/rss`, { maxRedirects: 0 })).headers()["location"]).toMatch(new RegExp(`/don-vi/${NEW_SLUG}/rss$`));
  // Each old sitemap entry answers 301 to the new commune; the sitemap now lists the new commune instead.
  for (const path of listedBefore) {
    const moved = await request.get(path, { maxRedirects: 0 });
    expect([path, moved.status(), new URL(moved.headers()["location"], "http://x").pathname]).toEqual([path, 301, `/don-vi/${NEW_SLUG}`]);
  }
  const listedAfter = await sitemapUnits();
  expect(listedAfter).toContain(`/don-vi/${NEW_SLUG}`);
  expect(listedAfter.filter((path) => listedBefore.includes(path))).toEqual([]);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/don-vi/${OLD.slug}`);
  await expect(reader).toHaveURL(new RegExp(`/don-vi/${NEW_SLUG}$`));
  await expect(reader.getByRole("heading", { level: 1, name: NEW_NAME })).toBeVisible();
  // Articles the old commune's district wrote keep that name.
  await expect(reader.locator("main article p.text-xs").first()).toContainText("Huyện Tân Khê");

  // The author, still signed in, finds the draft under the new commune and can open it.
  await author.goto("/quan-ly/bai-viet");
  await author.getByRole("link", { name: draftTitle }).click();
  await expect(author.getByLabel("Tiêu đề", { exact: true })).toHaveValue(draftTitle);
  await expect(author.locator("p", { hasText: "Đơn vị:" }).filter({ hasText: "Trạng thái:" })).toContainText(`Đơn vị: ${NEW_NAME}`);
  const [row] = await sql<{ unit: string; writer: string }>(
    `SELECT u.name AS unit, o.name AS writer FROM "Article" a JOIN "Unit" u ON u.id = a."unitId" JOIN "Unit" o ON o.id = a."originalUnitId" WHERE a.id = $1`,
    [draftId],
  );
  expect(row).toEqual({ unit: NEW_NAME, writer: OLD.name });
});

test("the administrator builds a plan on screen, line by line, and removes a wrong line", async ({ page }) => {
  await signIn(page, DEMO_ADMIN_EMAIL);
  await page.goto("/quan-ly/quan-tri/sap-xep-don-vi");
  const title = `Kế hoạch trên màn hình ${Date.now().toString(36)}`;
  const form = page.getByRole("region", { name: "Tạo kế hoạch" });
  await form.getByLabel("Tên kế hoạch").fill(title);
  await form.getByRole("button", { name: "Tạo kế hoạch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Kế hoạch còn 1 vấn đề" }).getByRole("listitem")).toHaveText(["Kế hoạch chưa có dòng nào."]);

  const add = page.getByRole("region", { name: "Thêm dòng" });
  await add.getByLabel("Đơn vị cũ", { exact: true }).selectOption({ label: "Xã Vĩnh Thạch" });
  await add.getByLabel("Đơn vị mới", { exact: true }).fill("Xã Kim Điền");
  await add.getByRole("button", { name: "Thêm dòng" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kế hoạch hợp lệ" })).toContainText("1 đơn vị nhận, 1 đơn vị được sáp nhập");
  const card = page.getByRole("region", { name: "Xem trước" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Xã Kim Điền (đơn vị hiện có)" }) });
  await expect(card).toContainText("Nhận từ: Xã Vĩnh Thạch");

  // A line founding a unit without saying its kind: the preview names the problem and its line.
  await add.getByLabel("Đơn vị mới", { exact: true }).fill("Xã Mới Lập");
  await add.getByRole("button", { name: "Thêm dòng" }).click();
  await expect(page.getByRole("region", { name: "Kế hoạch còn 1 vấn đề" }).getByRole("listitem")).toHaveText([
    "Dòng 3: dòng không có đơn vị cũ thành lập đơn vị mới “Xã Mới Lập”: hãy ghi loại đơn vị mới.",
  ]);
  await expect(page.getByRole("button", { name: "Áp dụng ngay" })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Xóa dòng 3" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kế hoạch hợp lệ" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Xóa dòng 3" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Áp dụng ngay" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // Nothing is applied by building a plan.
  expect((await sql<{ status: string }>(`SELECT status::text FROM "Unit" WHERE slug = 'xa-vinh-thach'`))[0].status).toBe("ACTIVE");
});
