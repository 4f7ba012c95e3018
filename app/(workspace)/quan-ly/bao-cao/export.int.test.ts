// The two downloads of Báo cáo thống kê through their real route handlers, signed in with a real
// session token: the CSV and the workbook are read back and must say what the page says.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { FIGURE_COLUMNS, durationHours, sortRows, parseSort } from "@/lib/reports/columns";
import { exportHeader, rowNote } from "@/lib/reports/export-table";
import { MONTHLY_SHEET, REPORT_SHEET } from "@/lib/reports/export-xlsx";
import { parsePeriod } from "@/lib/reports/period";
import { REPORT_REFUSAL, SIGN_IN_REFUSAL } from "@/lib/reports/scope";
import { reportFixtures } from "@/test-support/fixtures/reports";
import { getUnitReport, type UnitReport } from "@/lib/reports/unit-report";
import { formatDate } from "@/lib/vietnamese";
import { nextHeadersMock, signInAs } from "@/test-support/next-request";

vi.mock("next/headers", () => nextHeadersMock());

const { GET: getCsv } = await import("./csv/route");
const { GET: getExcel } = await import("./excel/route");

const f = reportFixtures("xuat-bao-cao");
const QUERY = "ky=thang&nam=2019&thang=3&sap_xep=-xuat-ban";
const people = {} as Record<"editor" | "approver" | "author", { id: number; sessionVersion: number }>;
let approverActor: Parameters<typeof getUnitReport>[0];
let agencyName = "";
let communeName = "";

beforeAll(async () => {
  const agency = await f.unit("PROVINCIAL_AGENCY", "Sở Xuất, Báo cáo");
  const commune = await f.unit("COMMUNE", "=Xã Công Thức");
  agencyName = agency.name;
  communeName = commune.name;
  const editor = await f.person(["PROVINCIAL_EDITOR"]);
  const approver = await f.person([], [agency, commune].map((u) => ({ unitId: u.id, role: "APPROVER" as const })));
  const author = await f.person([], [{ unitId: agency.id, role: "AUTHOR" }]);
  people.editor = editor.user;
  people.approver = approver.user;
  people.author = author.user;
  approverActor = approver.actor;
  for (const [submit, approve, views] of [
    ["2019-03-02 08:00", "2019-03-02 09:30", 12],
    ["2019-03-03 08:00", "2019-03-03 11:00", 30],
    ["2019-03-04 08:00", "2019-03-05 08:00", 1],
  ] as const) {
    await f.article(author.user.id, { writtenBy: agency.id, viewCount: views, files: [3], events: [["CREATE", "2019-03-01 08:00"], ["SUBMIT", submit], ["APPROVE", approve]] });
  }
});

afterAll(async () => {
  await f.cleanUp();
});

const request = (path: string, query = QUERY) => new Request(`http://cong.test/quan-ly/bao-cao/${path}?${query}`);

async function pageReport(actor: Parameters<typeof getUnitReport>[0]): Promise<UnitReport> {
  const period = parsePeriod({ ky: "thang", nam: "2019", thang: "3" });
  if (!period.ok) throw new Error(period.error);
  const result = await getUnitReport(actor, { period: period.value });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** RFC 4180 as Excel writes it: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  return records;
}

/** A report row as the exports must give it: durations in hours, numbers as numbers. */
function expectedCells(report: UnitReport) {
  const sort = parseSort("-xuat-ban");
  return [
    ...sortRows(report.rows, sort).map((row) => [row.name, UNIT_TYPE_LABELS[row.type], rowNote(row), ...FIGURE_COLUMNS.map((c) => (c.duration ? durationHours(c.value(row.figures)) : c.value(row.figures)))]),
    ...report.typeTotals.map((t) => [`Tổng – ${t.label}`, t.label, `${t.units} đơn vị, ${t.idleUnits} chưa có bài xuất bản`, ...FIGURE_COLUMNS.map((c) => (c.duration ? durationHours(c.value(t.figures)) : c.value(t.figures)))]),
    ["Tổng cộng", "", `${report.total.units} đơn vị, ${report.total.idleUnits} chưa có bài xuất bản`, ...FIGURE_COLUMNS.map((c) => (c.duration ? durationHours(c.value(report.total.figures)) : c.value(report.total.figures)))],
  ];
}

describe("CSV download", () => {
  it("is UTF-8 with a BOM, a Vietnamese file name, the header and the page's rows", async () => {
    await signInAs(people.approver);
    const response = await getCsv(request("csv"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Bao cao thong ke - Thang 03-2019.csv"; filename*=UTF-8''${encodeURIComponent("Báo cáo thống kê - Tháng 03-2019.csv")}`,
    );
    expect(response.headers.get("cache-control")).toContain("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(new TextDecoder("utf-8").decode(bytes));
    expect(records[0]).toEqual(exportHeader());
    expect(records[0]).toEqual([
      "Đơn vị", "Loại đơn vị", "Ghi chú", "Bài tạo mới", "Gửi duyệt", "Đã xuất bản", "Bị trả lại", "Đã gỡ",
      "Thời gian duyệt thường gặp (một nửa số bài nhanh hơn), giờ", "Thời gian duyệt bài chậm (9 trên 10 bài nhanh hơn), giờ", "Bình luận nhận", "Bình luận duyệt", "Lượt xem", "Lượt tải",
    ]);
    // The figures are known: 1.5, 3 and 24 hours; sorted by Đã xuất bản, the agency comes first.
    expect(records[1]).toEqual([agencyName, "Sở/ban/ngành", "", "3", "3", "3", "0", "0", "3", "19.8", "0", "0", "43", "9"]);
    expect(records[2]).toEqual([`'${communeName}`, "Xã/phường/thị trấn", "Chưa có bài xuất bản", "0", "0", "0", "0", "0", "", "", "0", "0", "0", "0"]);
    const report = await pageReport(approverActor);
    const expected = expectedCells(report).map((cells) => cells.map((cell) => (cell === null ? "" : String(cell)).replace(/^=/, "'=")));
    expect(records.slice(1, 1 + expected.length)).toEqual(expected);
    // Then the Hỏi đáp pháp luật section (lib/reports/questions.ts), under its own title and header.
    const title = records.findIndex((r) => r[0] === "Hỏi đáp pháp luật");
    expect(title).toBeGreaterThan(expected.length);
    expect(records[title + 1]).toEqual(["Đơn vị trả lời", "Câu hỏi nhận", "Đã trả lời", "Từ chối", "Quá hạn", "Số ngày trả lời thường gặp"]);
  });
});

describe("Excel download", () => {
  it("is a workbook with the title, period, date made, Vietnamese headers and the page's figures", async () => {
    await signInAs(people.editor);
    const response = await getExcel(request("excel"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("Báo cáo thống kê - Tháng 03-2019.xlsx")}`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet(REPORT_SHEET)!;
    const text = (row: number) => String(sheet.getRow(row).getCell(1).value ?? "");
    expect(text(1)).toBe("Báo cáo thống kê");
    expect(text(2)).toBe("Kỳ báo cáo: Tháng 03/2019 (01/03/2019 – 31/03/2019)");
    expect(text(3)).toContain(`Ngày lập: ${formatDate(new Date())}`);
    expect(text(4)).toContain("Toàn tỉnh");
    const values = (row: number) => Array.from((sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1), (v) => v ?? null);
    expect(values(6)).toEqual(exportHeader());

    // The editor sees every unit in the database: compare with the page's report line by line.
    const report = await pageReport({ id: people.editor.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] });
    const expected = expectedCells(report);
    const lines = expected.map((_, i) => values(7 + i));
    const padded = expected.map((cells) => cells.map((cell) => (cell === "" ? null : cell)));
    expect(lines).toEqual(padded);
    const agencyLine = lines.find((cells) => cells[0] === agencyName)!;
    expect(agencyLine.slice(3)).toEqual([3, 3, 3, 0, 0, 3, 19.8, 0, 0, 43, 9]);

    const monthly = workbook.getWorksheet(MONTHLY_SHEET)!;
    expect((monthly.getRow(3).values as ExcelJS.CellValue[]).slice(1)).toEqual(["Đơn vị", "T3/2019", "Tổng"]);
    const agencyMonth = monthly.getSheetValues().find((row) => Array.isArray(row) && row[1] === agencyName) as ExcelJS.CellValue[];
    expect(agencyMonth.slice(2)).toEqual([3, 3]);
  });
});

describe("refusals", () => {
  it("answer 401 without a session, 403 without report.view and 400 for a bad period", async () => {
    await signInAs(null);
    const anonymous = await getCsv(request("csv"));
    expect([anonymous.status, await anonymous.text()]).toEqual([401, SIGN_IN_REFUSAL]);
    await signInAs(people.author);
    for (const get of [getCsv, getExcel]) {
      const refused = await get(request("x"));
      expect([refused.status, await refused.text()]).toEqual([403, REPORT_REFUSAL]);
    }
    await signInAs(people.approver);
    const bad = await getExcel(request("excel", "ky=thang&nam=2019&thang=13"));
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe("Tháng phải từ 1 đến 12.");
  });
});
