import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeActor, makeUnit, removeUnits } from "@/test-support/fixtures/people";
import { importDocuments, MAX_SHEET_BYTES } from "./import-documents";

// A sheet over the import's own limit is refused by the use case in Vietnamese, importing nothing; and
// the server action's body limit (next.config.ts) lets a sheet up to that limit reach the use case at all
// (Next's default of 1 MB refused larger sheets before our code ran). On the seeded database.

let unitId: number;
let approver: Awaited<ReturnType<typeof makeActor>>;

beforeAll(async () => {
  unitId = (await makeUnit()).id;
  approver = await makeActor([], [{ unitId, role: "APPROVER" }]);
});

afterAll(async () => {
  await db.legalDocument.deleteMany({ where: { unitId } });
  await removeUnits([unitId]);
});

describe("the size of an imported sheet", () => {
  it("refuses a sheet over 20 MB, saying how big it is, and imports nothing", async () => {
    const header = "Số/ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực,Lĩnh vực,Trích yếu,Tệp\n";
    const row = "1/2025/QĐ-UBND,Quyết định,UBND tỉnh,,01/02/2025,,,,,Trích yếu,\n";
    const body = header + row.repeat(Math.ceil((MAX_SHEET_BYTES + 1024) / row.length));
    const file = new File([body], "danh-sach-van-ban.csv", { type: "text/csv" });
    expect(file.size).toBeGreaterThan(MAX_SHEET_BYTES);
    const error = `Tệp “danh-sach-van-ban.csv” nặng ${(file.size / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB, quá giới hạn 20 MB của mỗi lần nhập. Vui lòng chia danh sách thành nhiều tệp nhỏ hơn.`;
    expect(await importDocuments(approver, { unitId, sheet: file })).toEqual({ ok: false, error, fieldErrors: { sheet: error } });
    expect(await importDocuments(approver, { unitId, sheet: { name: "ds.csv", bytes: Buffer.from(body) } })).toMatchObject({ ok: false, error: expect.stringContaining("quá giới hạn 20 MB") });
    expect(await db.legalDocument.count({ where: { unitId } })).toBe(0);
  });

  it("takes a sheet of over 1 MB within the limit (the size Next refused by default)", async () => {
    const header = "Số/ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực,Lĩnh vực,Trích yếu,Tệp\n";
    const long = "Về việc quy định chi tiết một số điều của luật ".repeat(20);
    const rows = Array.from({ length: 1200 }, (_, i) => `${i + 1}/2025/QĐ-UBND-${unitId},Quyết định,UBND tỉnh ${unitId},,01/02/2025,,,,,${long.trim()} ${i},`).join("\n");
    const file = new File([header + rows], "lon.csv", { type: "text/csv" });
    expect(file.size).toBeGreaterThan(1024 * 1024);
    expect(await importDocuments(approver, { unitId, sheet: file })).toEqual({ ok: true, value: { imported: 1200 } });
  });

  it("lets a server action's body carry the largest sheet the import takes", () => {
    const config = readFileSync(new URL("../../next.config.ts", import.meta.url), "utf8");
    for (const option of ["bodySizeLimit", "proxyClientMaxBodySize"]) {
      const limit = new RegExp(`${option}:\\s*"(\\d+)mb"`).exec(config);
      expect(limit, `next.config.ts sets ${option}`).not.toBeNull();
      expect(Number(limit![1]) * 1024 * 1024).toBeGreaterThan(MAX_SHEET_BYTES);
    }
  });
});
