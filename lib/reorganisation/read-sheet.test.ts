import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { READ_MESSAGES, readPlanSheet } from "./read-sheet";

describe("readPlanSheet", () => {
  it("reads an Excel workbook's first sheet", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Kế hoạch");
    sheet.addRow(["Đơn vị cũ", "Đơn vị mới", "Loại đơn vị mới", "Đơn vị cấp trên mới"]);
    sheet.addRow(["Xã Đông Yên", "Xã Yên Bình", "Xã", ""]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await readPlanSheet("ke-hoach.xlsx", bytes)).toEqual({ ok: true, rows: [{ line: 2, from: "Xã Đông Yên", to: "Xã Yên Bình", type: "Xã", parent: "" }] });
  });

  it("reads a CSV saved by Excel: byte-order mark, semicolons, quoted cells, nothing turned into dates", async () => {
    const text = "\uFEFFĐơn vị cũ;Đơn vị mới\r\nXã Một;\"Xã Hai; Ba\"\r\nXã 3;01/02/2020\r\n";
    expect(await readPlanSheet("ke-hoach.csv", Buffer.from(text))).toEqual({
      ok: true,
      rows: [
        { line: 2, from: "Xã Một", to: "Xã Hai; Ba", type: "", parent: "" },
        { line: 3, from: "Xã 3", to: "01/02/2020", type: "", parent: "" },
      ],
    });
  });

  it("refuses other files with a Vietnamese message", async () => {
    expect(await readPlanSheet("anh.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toEqual({ ok: false, error: READ_MESSAGES.WRONG_KIND });
    expect(await readPlanSheet("hong.xlsx", Buffer.from("PK không phải tệp Excel"))).toEqual({ ok: false, error: READ_MESSAGES.UNREADABLE });
    expect(await readPlanSheet("lon.csv", Buffer.alloc(6 * 1024 * 1024))).toEqual({ ok: false, error: READ_MESSAGES.TOO_LARGE });
  });
});
