import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_APPROVER_EMAIL, DEMO_UNIT_NAME, DEMO_PROVINCIAL_EDITOR_EMAIL } from "../prisma/seed/constants";
import { signIn } from "./support/sign-in";

// Báo cáo thống kê for the demo data: the provincial editor sees every unit, the unit approver only
// their district; both download the CSV and the workbook.

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await signIn(page, email);
  return page;
}

/** The last 365 days in Vietnam as dd/mm/yyyy, as an official types them: the demo data is dated relative to today. */
function lastYear(): { from: string; to: string } {
  const day = (date: Date) => new Date(date.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).split("-").reverse().join("/");
  const now = new Date();
  return { from: day(new Date(now.getTime() - 365 * 86_400_000)), to: day(now) };
}

/** Opens the report through the navigation and picks the last year with Tùy chọn. */
async function openReport(page: Page) {
  await page.getByRole("navigation", { name: "Bàn làm việc" }).getByRole("link", { name: "Báo cáo thống kê" }).click();
  await expect(page.getByRole("heading", { name: "Báo cáo thống kê", level: 1 })).toBeVisible();
  const { from, to } = lastYear();
  await expect(async () => {
    await page.getByLabel("Kỳ báo cáo", { exact: true }).selectOption({ label: "Tùy chọn" });
    await expect(page.getByLabel("Từ ngày")).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 15_000 });
  await page.getByLabel("Từ ngày").fill(from);
  await page.getByLabel("Đến ngày").fill(to);
  await page.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(/ky=tuy-chon/);
  await expect(page.getByRole("status").filter({ hasText: "Kỳ báo cáo:" })).toContainText("Từ ");
}

async function expectDownloads(page: Page) {
  for (const [name, type, magic] of [
    ["Tải CSV", "text/csv; charset=utf-8", [0xef, 0xbb, 0xbf]],
    ["Tải Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4b]],
  ] as const) {
    const href = await page.getByRole("link", { name }).getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe(type);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; .*filename\*=UTF-8''B%C3%A1o%20c%C3%A1o%20th%E1%BB%91ng%20k%C3%AA/);
    const body = await response.body();
    expect([...body.subarray(0, magic.length)]).toEqual([...magic]);
    // A real click downloads a file with the Vietnamese name.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Báo cáo thống kê - Từ .*\.(csv|xlsx)$/);
  }
}

test("the provincial editor sees every unit in the table and the chart, and downloads both files", async ({ browser }) => {
  const page = await as(browser, DEMO_PROVINCIAL_EDITOR_EMAIL);
  await openReport(page);

  const table = page.getByRole("table", { name: /Báo cáo thống kê theo đơn vị/ });
  for (const heading of ["Đơn vị", "Bài tạo mới", "Gửi duyệt", "Đã xuất bản", "Bị trả lại", "Đã gỡ", "Thời gian duyệt thường gặp (một nửa số bài nhanh hơn)", "Thời gian duyệt bài chậm (9 trên 10 bài nhanh hơn)", "Bình luận nhận", "Bình luận duyệt", "Lượt xem", "Lượt tải"]) {
    await expect(table.getByRole("columnheader", { name: heading }).first()).toBeVisible();
  }
  await expect(table.getByRole("rowheader", { name: /Sở Tư pháp/ }).first()).toBeVisible();
  await expect(table.getByRole("rowheader", { name: new RegExp(DEMO_UNIT_NAME) }).first()).toBeVisible();
  await expect(table.getByText("Chưa có bài xuất bản").first()).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /^Tổng cộng/ })).toBeVisible();

  const chart = page.getByRole("img", { name: "Số bài xuất bản theo đơn vị và theo tháng" });
  await expect(chart).toBeVisible();
  await expect(chart).toHaveAccessibleDescription(/Biểu đồ cột: số bài xuất bản của \d+ đơn vị/);
  await page.getByText("Bảng số liệu của biểu đồ").click();
  await expect(page.getByRole("table", { name: "Số bài xuất bản theo đơn vị và theo tháng" })).toBeVisible();

  // Sorting by Đã xuất bản puts the busiest unit first.
  await table.getByRole("link", { name: "Đã xuất bản" }).click();
  await expect(page).toHaveURL(/sap_xep=-xuat-ban/);
  await expect(page.getByRole("columnheader", { name: "Đã xuất bản" })).toHaveAttribute("aria-sort", "descending");

  await expectDownloads(page);
});

test("the unit approver sees only their own commune", async ({ browser }) => {
  const page = await as(browser, DEMO_APPROVER_EMAIL);
  await openReport(page);
  const rows = page.getByRole("table", { name: /Báo cáo thống kê theo đơn vị/ }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("rowheader")).toContainText(DEMO_UNIT_NAME);
  await expect(page.getByRole("status").filter({ hasText: "Kỳ báo cáo:" })).toContainText("Đơn vị bạn duyệt: 1 đơn vị");
  await expectDownloads(page);
  const csv = await (await page.request.get((await page.getByRole("link", { name: "Tải CSV" }).getAttribute("href"))!)).text();
  const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(lines[0]).toMatch(/^Đơn vị,Loại đơn vị,/);
  // The units' table ends where the Hỏi đáp pháp luật section begins (lib/reports/questions.ts).
  const questionsAt = lines.indexOf("Hỏi đáp pháp luật");
  const unitLines = lines.slice(1, questionsAt === -1 ? undefined : questionsAt).filter((line) => !line.startsWith("Tổng"));
  expect(unitLines).toHaveLength(1);
  expect(unitLines[0]).toMatch(new RegExp(`^${DEMO_UNIT_NAME},`));
  // The approver's question figures are their own commune's only.
  const questionLines = lines.slice(questionsAt + 2).filter((line) => !line.startsWith("Tổng") && !line.startsWith('"'));
  expect(questionLines.map((line) => line.split(",")[0])).toEqual([DEMO_UNIT_NAME]);
});
