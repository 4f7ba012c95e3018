import { expect, test } from "@playwright/test";
import { DEMO_APPROVER_EMAIL } from "../prisma/seed/constants";
import { uniqueWord } from "./public-support";
import { sql } from "./support/articles";
import { signIn } from "./support/sign-in";

// Nhập văn bản từ tệp through the real server at 375 px: a sheet over 1 MB (Next's default limit for a
// server action's body) is imported, and one over the import's own 20 MB limit is refused in Vietnamese
// by the use case, not cut off by the server (next.config.ts serverActions.bodySizeLimit).

test.use({ viewport: { width: 375, height: 740 } });

const HEADER = "Số/ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực,Lĩnh vực,Trích yếu,Tệp\n";

function sheet(word: string, rows: number, summaryLength: number): Buffer {
  const summary = "Về việc quy định chi tiết một số điều của luật ".repeat(Math.ceil(summaryLength / 47)).slice(0, summaryLength).trim();
  const lines = Array.from({ length: rows }, (_, i) => `${i + 1}/2025/QĐ-${word},Quyết định,UBND tỉnh ${word},,01/02/2025,,,,,${summary} ${i},`);
  return Buffer.from(HEADER + lines.join("\n"), "utf8");
}

let word = "";
test.afterAll(async () => {
  if (word) await sql(`DELETE FROM "LegalDocument" WHERE issuer = 'UBND tỉnh ${word}'`);
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
