// Thi tìm hiểu pháp luật (issue 20): the provincial editor builds a contest from an imported question
// bank (a sheet with a wrong row is refused whole, with the row and the reason); an entrant takes the
// demo contest's open round on a 375 px phone, loses the connection mid-way, reopens the attempt with
// every answer kept, submits and sees the score; a second attempt beyond the allowance is refused.
// Another entrant takes the new contest's round, and the organisers mark a prize, download the Excel
// and publish the results.
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { questionWorkbook, TEMPLATE_ROWS } from "../lib/contests/question-sheet";
import { OPEN_CONTEST_SLUG } from "../prisma/seed/contests";
import { database } from "./public-support";
import { axeClean, noSidewaysScroll, PHONE } from "./support/phone";
import { signIn } from "./support/sign-in";


async function sheetFile(name: string, rows: Parameters<typeof questionWorkbook>[0]): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cau-hoi-")), name);
  writeFileSync(file, await questionWorkbook(rows));
  return file;
}

function phone(): string {
  return `09${Array.from(randomBytes(8), (b) => b % 10).join("")}`;
}

async function savedAnswers(attemptId: number): Promise<number> {
  const client = database();
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ContestAnswer" WHERE "attemptId" = $1`, [attemptId]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** Picks the first choice of question `index` (0-based) and waits until the page says it is sent or waiting. */
async function answer(page: Page, index: number) {
  const question = page.locator("ol > li fieldset").nth(index);
  await question.locator("label").first().click();
}

test("the provincial editor creates a contest from an imported bank (a wrong sheet imports nothing); an entrant takes its round; the editor marks a prize, downloads the Excel and publishes the results", async ({ page, browser }) => {
  const word = randomBytes(3).toString("hex");
  await page.setViewportSize(PHONE);
  await signIn(page, "tinh@demo.local");
  await page.goto("/quan-ly/cuoc-thi");
  await page.getByLabel("Tên cuộc thi").fill(`Cuộc thi thử nghiệm ${word}`);
  await page.getByRole("button", { name: "Tạo cuộc thi" }).click();
  await expect(page).toHaveURL(/\/quan-ly\/cuoc-thi\/\d+\?da-luu=cuoc-thi/);
  await expect(page.getByRole("status")).toHaveText("Đã lưu cuộc thi.");
  const contestPath = new URL(page.url()).pathname;

  const newRound = page.locator("form", { has: page.getByRole("button", { name: "Thêm vòng thi" }) });
  await newRound.getByLabel("Số câu hỏi").fill("3");
  // Times are typed in 24-hour Vietnam time whatever the browser's language: AM/PM adds no round.
  const opensAt = newRound.getByRole("group", { name: "Mở lúc" }).getByLabel("Giờ", { exact: true });
  const typedTime = await opensAt.inputValue();
  expect(typedTime).toMatch(/^\d{2}:\d{2}$/);
  await opensAt.fill("8:00 PM");
  await newRound.getByRole("button", { name: "Thêm vòng thi" }).click();
  await expect(newRound.getByText("Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều.").first()).toBeVisible();
  await expect(page.getByText(/^Vòng 1: /)).toHaveCount(0);
  await opensAt.fill(typedTime);
  await newRound.getByRole("button", { name: "Thêm vòng thi" }).click();
  await expect(page.getByText("Vòng 1: 3 câu, 15 phút, 1 lượt")).toBeVisible();

  const wrong = await sheetFile("sai.xlsx", [...TEMPLATE_ROWS, { ...TEMPLATE_ROWS[1], "Câu hỏi": "Câu hỏi thiếu đáp án", "Đáp án đúng": "" }]);
  await page.getByLabel("Tệp câu hỏi (.xlsx)").setInputFiles(wrong);
  await page.getByRole("button", { name: "Nhập câu hỏi" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Không nhập câu hỏi nào: 1 trong 3 dòng chưa hợp lệ");
  const report = page.getByRole("table", { name: "Các dòng chưa hợp lệ" });
  await expect(report.getByRole("row").nth(1)).toHaveText(/4\s*Chưa có đáp án đúng\./);
  await expect(page.getByText("Dùng chung cho mọi đối tượng: 0 câu")).toBeVisible();

  const rows = [
    ...TEMPLATE_ROWS.map((row) => ({ ...row, "Đối tượng": "" })),
    { ...TEMPLATE_ROWS[0], "Đối tượng": "", "Câu hỏi": `Câu hỏi thứ ba ${word}` },
    { ...TEMPLATE_ROWS[0], "Đối tượng": "Người lao động", "Câu hỏi": `Câu hỏi cho người lao động ${word}` },
  ];
  await page.getByLabel("Tệp câu hỏi (.xlsx)").setInputFiles(await sheetFile("dung.xlsx", rows));
  await page.getByRole("button", { name: "Nhập câu hỏi" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập" })).toHaveText("Đã nhập 4 câu hỏi.");
  await expect(page.getByText("Dùng chung cho mọi đối tượng: 3 câu")).toBeVisible();
  await expect(page.getByText("Người lao động: 1 câu riêng, 4 câu có thể rút")).toBeVisible();
  await noSidewaysScroll(page);
  await axeClean(page);

  // Readers see the new contest at once.
  await page.goto("/thi-tim-hieu");
  await page.getByRole("link", { name: `Cuộc thi thử nghiệm ${word}` }).click();
  await expect(page.getByRole("heading", { name: "Vòng 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dự thi" })).toBeVisible();
  await noSidewaysScroll(page);
  await axeClean(page);
  const publicPath = new URL(page.url()).pathname;

  // An entrant on a phone takes the new contest's round, drawn from the imported bank.
  const entrantName = `Người Lao Động ${word}`;
  const number = phone();
  const phoneContext = await browser.newContext({ viewport: PHONE });
  const entrant = await phoneContext.newPage();
  await entrant.goto(`${publicPath}/du-thi`);
  await entrant.getByLabel("Họ và tên").fill(entrantName);
  await entrant.getByLabel("Ngày sinh").fill("12/03/1990");
  await entrant.getByLabel("Số điện thoại").fill(number);
  await entrant.getByLabel("Xã/phường").selectOption({ index: 1 });
  await entrant.getByLabel("Đối tượng dự thi").selectOption({ label: "Người lao động" });
  await entrant.getByRole("button", { name: "Đăng ký dự thi" }).click();
  await entrant.getByRole("button", { name: "Bắt đầu làm bài" }).click();
  await expect(entrant).toHaveURL(/\/bai-thi\/\d+$/);
  await expect(entrant.locator("ol > li fieldset")).toHaveCount(3);
  for (let i = 0; i < 3; i++) await answer(entrant, i);
  await expect(entrant.getByText("Đã trả lời 3/3 · đã lưu 3")).toBeVisible();
  const guess = entrant.getByLabel(/Câu hỏi phụ/);
  if (await guess.count()) await guess.fill("1");
  await entrant.getByRole("button", { name: "Nộp bài" }).click();
  await expect(entrant.getByText(/Kết quả: đúng \d\/3 câu/)).toBeVisible();
  const score = (await entrant.getByText(/Kết quả: đúng \d\/3 câu/).textContent())!.match(/đúng (\d)\/3/)![1];
  await noSidewaysScroll(entrant);
  await axeClean(entrant);
  await phoneContext.close();

  // The organising board: the entrant ranked with contacts, a prize marked (a name too long is
  // refused beside the box and changes nothing), the Excel workbook, then the results published.
  await page.goto(`${contestPath}/ket-qua`);
  await expect(page.getByText("1 người dự thi;")).toBeVisible();
  const row = page.getByRole("main").locator("li", { hasText: entrantName });
  await expect(row).toContainText(`${score}/3 câu`);
  await expect(row).toContainText(number);
  await row.getByLabel("Giải").fill("Giải Nhất");
  await row.getByRole("button", { name: "Lưu giải" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu giải thưởng.");
  await expect(row.locator("strong")).toHaveText("Giải Nhất");
  await row.getByLabel("Giải").fill(`Giải đặc biệt ${"rất ".repeat(12)}dài`);
  await row.getByRole("button", { name: "Lưu giải" }).click();
  await expect(row.getByRole("alert")).toHaveText("Tên giải dài tối đa 60 ký tự.");
  await expect(row.locator("strong")).toHaveText("Giải Nhất");
  await expect(page.getByRole("status")).toHaveCount(0);
  await noSidewaysScroll(page);
  await axeClean(page);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Xuất Excel" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await download).path())!);
  const sheet = workbook.getWorksheet("Vòng 1")!;
  const cells = (sheet.getRow(3).values as unknown[]).slice(1);
  expect(cells.slice(0, 8)).toEqual([1, entrantName, "12/03/1990", number, "Người lao động", expect.any(String), Number(score), 3]);
  expect(cells[12]).toBe("Giải Nhất");

  await page.goto(`${publicPath}/ket-qua`);
  await expect(page.getByText("Ban tổ chức chưa công bố kết quả.")).toBeVisible();
  await page.goto(contestPath);
  await page.getByLabel("Công bố kết quả trên trang công khai").check();
  await page.getByRole("button", { name: "Lưu cuộc thi" }).click();
  await expect(page.getByRole("status")).toHaveText("Đã lưu cuộc thi.");
  await page.goto(`${publicPath}/ket-qua`);
  const ranked = page.getByRole("main").locator("li", { hasText: entrantName });
  await expect(ranked).toContainText("Giải Nhất");
  await expect(page.getByText(number)).toHaveCount(0);
  await noSidewaysScroll(page);
  await axeClean(page);
});

test.describe("on a 375 px phone", () => {
  test.use({ viewport: PHONE });

  test("an entrant registers, loses the connection mid-way, resumes with every answer kept, sees the score, and cannot start again", async ({ page, context, browser }) => {
    const number = phone();
    await page.goto("/thi-tim-hieu");
    await axeClean(page);
    await noSidewaysScroll(page);
    await page.getByRole("link", { name: /Tìm hiểu pháp luật.*năm 2026/ }).click();
    await page.getByRole("link", { name: "Dự thi" }).click();
    await expect(page).toHaveURL(`/thi-tim-hieu/${OPEN_CONTEST_SLUG}/du-thi`);
    await axeClean(page);
    await page.getByLabel("Họ và tên").fill("Nguyễn Thị Hành Trình");
    await page.getByLabel("Ngày sinh").fill("05/09/2008");
    await page.getByLabel("Số điện thoại").fill(number);
    await page.getByLabel("Xã/phường").selectOption({ index: 1 });
    await page.getByLabel("Đối tượng dự thi").selectOption({ label: "Học sinh, sinh viên" });
    await page.getByRole("button", { name: "Đăng ký dự thi" }).click();
    await expect(page.getByText("Người dự thi: Nguyễn Thị Hành Trình")).toBeVisible();

    await page.getByRole("button", { name: "Bắt đầu làm bài" }).click();
    await expect(page).toHaveURL(/\/bai-thi\/\d+$/);
    const attemptUrl = page.url();
    const attemptId = Number(attemptUrl.split("/").pop());
    await expect(page.locator("ol > li fieldset")).toHaveCount(20);
    await noSidewaysScroll(page);
    await axeClean(page);

    for (let i = 0; i < 8; i++) await answer(page, i);
    await expect(page.getByText("Đã trả lời 8/20 · đã lưu 8")).toBeVisible();
    expect(await savedAnswers(attemptId)).toBe(8);

    // The connection drops: three more answers wait on the phone.
    await context.setOffline(true);
    for (let i = 8; i < 11; i++) await answer(page, i);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("Mất kết nối mạng");
    await expect(page.getByText("Đã trả lời 11/20 · đã lưu 8")).toBeVisible();
    expect(await savedAnswers(attemptId)).toBe(8);

    // A tab left on Dự thi from before, for the end.
    const stale = await context.newPage();
    await page.close();
    await context.setOffline(false);
    await stale.goto(`/thi-tim-hieu/${OPEN_CONTEST_SLUG}/du-thi`);
    await expect(stale.getByRole("button", { name: "Làm tiếp bài thi" })).toBeVisible();

    // Back on the attempt: the saved answers from the server, the waiting ones from the phone.
    const resumed = await context.newPage();
    await resumed.goto(attemptUrl);
    await expect(resumed.getByText("Đã trả lời 11/20 · đã lưu 11")).toBeVisible();
    expect(await savedAnswers(attemptId)).toBe(11);
    for (let i = 0; i < 11; i++) await expect(resumed.locator("ol > li fieldset").nth(i).locator("input").first()).toBeChecked();

    for (let i = 11; i < 20; i++) await answer(resumed, i);
    await expect(resumed.getByText("Đã trả lời 20/20 · đã lưu 20")).toBeVisible();
    await resumed.getByLabel(/Câu hỏi phụ/).fill("150");
    await resumed.getByRole("button", { name: "Nộp bài" }).click();
    await expect(resumed.getByRole("heading", { name: "Bạn đã nộp bài" })).toBeVisible();
    await expect(resumed.getByText(/Kết quả: đúng \d+\/20 câu/)).toBeVisible();
    await expect(resumed.getByRole("heading", { name: "Đáp án và giải thích" })).toBeVisible();
    await noSidewaysScroll(resumed);
    await axeClean(resumed);
    expect(await savedAnswers(attemptId)).toBe(20);

    // The old tab's button asks the server for another attempt: refused, nothing started.
    await stale.getByRole("button", { name: "Làm tiếp bài thi" }).click();
    await expect(stale.getByRole("main").getByRole("alert")).toHaveText("Bạn đã dùng hết số lượt thi của vòng này.");
    await expect(stale.getByRole("button", { name: /Bắt đầu làm bài|Làm tiếp bài thi/ })).toHaveCount(0);
    await expect(stale.getByText(/Lượt 1: đúng \d+\/20 câu/)).toBeVisible();

    // One phone, one entrant: the same number from another phone is refused.
    const other = await browser.newContext({ viewport: PHONE });
    const second = await other.newPage();
    await second.goto(`/thi-tim-hieu/${OPEN_CONTEST_SLUG}/du-thi`);
    await second.getByLabel("Họ và tên").fill("Người Thứ Hai");
    await second.getByLabel("Ngày sinh").fill("01/01/1990");
    await second.getByLabel("Số điện thoại").fill(number);
    await second.getByLabel("Xã/phường").selectOption({ index: 1 });
    await second.getByLabel("Đối tượng dự thi").selectOption({ index: 1 });
    await second.getByRole("button", { name: "Đăng ký dự thi" }).click();
    await expect(second.getByRole("main").getByRole("alert")).toHaveText(/Số điện thoại này đã được dùng/);
    await expect(second.getByLabel("Họ và tên")).toHaveValue("Người Thứ Hai");
    await other.close();
  });

  test("the attempt page is kept by no cache: it is private to the entrant", async ({ page, request }) => {
    for (let i = 0; i < 2; i++) {
      const response = await request.get(`/thi-tim-hieu/${OPEN_CONTEST_SLUG}/du-thi`);
      expect(response.headers()["cache-control"]).toMatch(/private|no-store/);
      expect(response.headers()["x-page-cache"]).not.toBe("HIT");
    }
    await page.goto(`/thi-tim-hieu/${OPEN_CONTEST_SLUG}/ket-qua`);
    await expect(page.getByText("Ban tổ chức chưa công bố kết quả.")).toBeVisible();
  });
});

test("the finished contest's public results rank the entrants and show the prizes, without phones", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/thi-tim-hieu/tim-hieu-phap-luat-ve-hoa-giai-o-co-so/ket-qua");
  await expect(page.getByRole("heading", { name: "Bảng xếp hạng" })).toBeVisible();
  await expect(page.getByText("Giải Nhất")).toBeVisible();
  await expect(page.getByText(/09700\d{5}/)).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Theo xã/phường" })).toBeVisible();
  await noSidewaysScroll(page);
  await axeClean(page);
});
