import { expect, test } from "@playwright/test";
import { DEMO_APPROVER_EMAIL } from "../prisma/seed/constants";
import { uniqueWord } from "./public-support";
import { sql } from "./support/articles";
import { onePagePdf } from "./support/files";
import { axeClean, noSidewaysScroll } from "./support/phone";
import { signIn } from "./support/sign-in";

// Nhập văn bản từ tệp through the real server at 375 px: a sheet over 1 MB (Next's default limit for a
// server action's body) is imported, and one over the import's own 20 MB limit is refused in Vietnamese
// by the use case, not cut off by the server (next.config.ts serverActions.bodySizeLimit). A sheet
// with bad rows imports nothing and says why for each row; corrected, it imports with its file.

test.use({ viewport: { width: 375, height: 740 } });

const HEADER = "Số/ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực,Lĩnh vực,Trích yếu,Tệp\n";

function sheet(word: string, rows: number, summaryLength: number): Buffer {
  const summary = "Về việc quy định chi tiết một số điều của luật ".repeat(Math.ceil(summaryLength / 47)).slice(0, summaryLength).trim();
  const lines = Array.from({ length: rows }, (_, i) => `${i + 1}/2025/QĐ-${word},Quyết định,UBND tỉnh ${word},,01/02/2025,,,,,${summary} ${i},`);
  return Buffer.from(HEADER + lines.join("\n"), "utf8");
}

let word = "";
let refusedWord = "";
test.afterAll(async () => {
  if (word) await sql(`DELETE FROM "LegalDocument" WHERE issuer = 'UBND tỉnh ${word}'`);
  if (refusedWord) await sql(`DELETE FROM "LegalDocument" WHERE issuer = 'UBND tỉnh ${refusedWord}'`);
});

test("a sheet with bad rows imports nothing and says why for each row; corrected, it imports with its file", async ({ page }) => {
  refusedWord = uniqueWord();
  const issuer = `UBND tỉnh ${refusedWord}`;
  const pdfName = `ke-hoach-${refusedWord}.pdf`;
  const [existing] = await sql<{ number: string; issuer: string }>(`SELECT number, issuer FROM "LegalDocument" WHERE state = 'PUBLISHED' ORDER BY id LIMIT 1`);
  await signIn(page, DEMO_APPROVER_EMAIL);
  await page.goto("/quan-ly/van-ban/nhap");

  // Bước 1: the document's PDF, uploaded for the unit.
  await page.getByLabel("Tệp văn bản").setInputFiles({ name: pdfName, mimeType: "application/pdf", buffer: onePagePdf("Ke hoach nhap thu") });
  await expect(page.getByText(`Đã tải lên “${pdfName}”.`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Tệp đã tải lên" })).toContainText(pdfName);

  // Bước 2: one good row among five bad ones.
  const good = `01/KH-${refusedWord},Kế hoạch,${issuer},Người Ký,05/01/2026,,,,,Kế hoạch tuyên truyền pháp luật năm 2026,${pdfName}`;
  const rows = [
    good,
    `${existing.number},Luật,${existing.issuer},,01/02/2025,,,,,Trùng số trong thư viện,`,
    `02/KH-${refusedWord},Kế hoạch,${issuer},,31/02/2025,,,,,Ngày không có,`,
    `03/SL-${refusedWord},Sắc lệnh,${issuer},,01/02/2025,,,,,Loại lạ,`,
    `04/KH-${refusedWord},Kế hoạch,${issuer},,01/02/2025,,,,,Thiếu tệp,khong-co-${refusedWord}.pdf`,
    `05/KH-${refusedWord},Kế hoạch,${issuer},@SUM(A1),01/02/2025,,,,,"=HYPERLINK(""http://x"")",`,
  ];
  await page.getByLabel("Tệp CSV hoặc Excel").setInputFiles({ name: "danh-sach.csv", mimeType: "text/csv", buffer: Buffer.from(HEADER + rows.join("\n"), "utf8") });
  await page.getByRole("button", { name: "Nhập văn bản" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Không nhập văn bản nào" })).toHaveText("Không nhập văn bản nào: 5 dòng chưa hợp lệ. Sửa các dòng dưới đây rồi nhập lại cả tệp.");
  const report = page.getByRole("table", { name: "Các dòng chưa hợp lệ" });
  const line = (n: number) => report.getByRole("row").filter({ has: page.getByRole("cell", { name: String(n), exact: true }) });
  await expect(line(3)).toContainText(`Đã có văn bản số ${existing.number} của ${existing.issuer}.`);
  await expect(line(4)).toContainText("Ngày ban hành: Ngày 31/02/2025 không có");
  await expect(line(5)).toContainText("Loại văn bản “Sắc lệnh” không có trong danh sách.");
  await expect(line(6)).toContainText(`Không tìm thấy tệp “khong-co-${refusedWord}.pdf” trong các tệp đã tải lên cho đơn vị.`);
  await expect(line(7)).toContainText("Ô “Người ký” chứa công thức; chỉ nhận giá trị.");
  await expect(line(7)).toContainText("Ô “Trích yếu” chứa công thức; chỉ nhận giá trị.");
  await expect(report.getByRole("row")).toHaveCount(6);
  expect(await sql(`SELECT count(*)::int AS n FROM "LegalDocument" WHERE issuer = $1`, [issuer])).toEqual([{ n: 0 }]);
  await noSidewaysScroll(page);
  await axeClean(page);

  // The sheet corrected: every row imported, waiting for approval, the good row with its PDF.
  const corrected = [good, `02/KH-${refusedWord},Kế hoạch,${issuer},,28/02/2025,,,,,Ngày đã sửa,`];
  await page.getByLabel("Tệp CSV hoặc Excel").setInputFiles({ name: "danh-sach-da-sua.csv", mimeType: "text/csv", buffer: Buffer.from(HEADER + corrected.join("\n"), "utf8") });
  await page.getByRole("button", { name: "Nhập văn bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập 2 văn bản" })).toHaveText("Đã nhập 2 văn bản; văn bản đang chờ duyệt.");
  await expect(report).toHaveCount(0);
  expect(await sql(`SELECT d.number, d.state, count(f."fileId")::int AS files FROM "LegalDocument" d LEFT JOIN "LegalDocumentFile" f ON f."documentId" = d.id
                    WHERE d.issuer = $1 GROUP BY d.id ORDER BY d.number`, [issuer])).toEqual([
    { number: `01/KH-${refusedWord}`, state: "SUBMITTED", files: 1 },
    { number: `02/KH-${refusedWord}`, state: "SUBMITTED", files: 0 },
  ]);
  await noSidewaysScroll(page);
});

test("an approver imports a sheet of over 1 MB, and a sheet over 20 MB is refused saying why", async ({ page }) => {
  test.setTimeout(120_000);
  word = uniqueWord();
  await signIn(page, DEMO_APPROVER_EMAIL);
  await page.goto("/quan-ly/van-ban/nhap");

  const large = sheet(word, 1200, 900);
  expect(large.length).toBeGreaterThan(1024 * 1024);
  await page.getByLabel("Tệp CSV hoặc Excel").setInputFiles({ name: "danh-sach.csv", mimeType: "text/csv", buffer: large });
  await page.getByRole("button", { name: "Nhập văn bản" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã nhập 1200 văn bản" })).toBeVisible({ timeout: 60_000 });

  const perRow = Buffer.byteLength(sheet(`${word}x`, 1, 900).toString("utf8").split("\n")[1]) + 1;
  const tooLarge = sheet(`${word}x`, Math.ceil((20.3 * 1024 * 1024) / perRow), 900);
  expect(tooLarge.length).toBeGreaterThan(20 * 1024 * 1024);
  expect(tooLarge.length).toBeLessThan(21 * 1024 * 1024 - 64 * 1024);
  await page.getByLabel("Tệp CSV hoặc Excel").setInputFiles({ name: "qua-lon.csv", mimeType: "text/csv", buffer: tooLarge });
  await page.getByRole("button", { name: "Nhập văn bản" }).click();
  await expect(page.getByText(/Tệp “qua-lon\.csv” nặng .* MB, quá giới hạn 20 MB của mỗi lần nhập/).first()).toBeVisible({ timeout: 60_000 });
  expect(await sql(`SELECT count(*)::int AS n FROM "LegalDocument" WHERE issuer = 'UBND tỉnh ${word}x'`)).toEqual([{ n: 0 }]);
});
