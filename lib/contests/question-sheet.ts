import ExcelJS from "exceljs";
import { SHEET_COLUMNS, type SheetRow } from "./question-rows";

// Reading and writing the question bank's .xlsx: the first sheet, headings on row 1 (in any order,
// matched by name), one question a row. The template is the same layout with two example rows.

export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
export const MAX_SHEET_ROWS = 3000;

export type SheetRead = { ok: true; rows: SheetRow[] } | { ok: false; error: string };

export async function readQuestionSheet(bytes: ArrayBuffer | Buffer): Promise<SheetRead> {
  if (bytes.byteLength === 0) return { ok: false, error: "Tệp rỗng. Vui lòng chọn tệp Excel (.xlsx) theo mẫu." };
  if (bytes.byteLength > MAX_SHEET_BYTES) return { ok: false, error: "Tệp lớn hơn 5 MB. Vui lòng chia thành nhiều tệp." };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as ArrayBuffer);
  } catch {
    return { ok: false, error: "Không đọc được tệp: cần tệp Excel (.xlsx) theo mẫu." };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, error: "Tệp không có trang tính nào." };
  const headings = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headings.set(cell.text.trim().toLowerCase(), column));
  const missing = SHEET_COLUMNS.filter((name) => !headings.has(name.toLowerCase()));
  if (missing.length > 0) return { ok: false, error: `Dòng tiêu đề thiếu cột: ${missing.join(", ")}. Vui lòng dùng tệp mẫu.` };
  const rows: SheetRow[] = [];
  for (let number = 2; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells = Object.fromEntries(
      SHEET_COLUMNS.map((name) => [name, (row.getCell(headings.get(name.toLowerCase())!).text ?? "").trim()]),
    ) as SheetRow["cells"];
    if (Object.values(cells).every((value) => value === "")) continue;
    rows.push({ row: number, cells });
    if (rows.length > MAX_SHEET_ROWS) return { ok: false, error: `Tệp có hơn ${MAX_SHEET_ROWS} câu hỏi. Vui lòng chia thành nhiều tệp.` };
  }
  if (rows.length === 0) return { ok: false, error: "Tệp không có câu hỏi nào dưới dòng tiêu đề." };
  return { ok: true, rows };
}

/** A workbook in the import's layout: the template (with examples) or a test's sheet. */
export async function questionWorkbook(rows: Partial<SheetRow["cells"]>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Câu hỏi");
  sheet.addRow([...SHEET_COLUMNS]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(SHEET_COLUMNS.map((name) => row[name] ?? ""));
  sheet.columns.forEach((column, i) => (column.width = i === 2 || i === 10 ? 50 : 18));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const TEMPLATE_ROWS: Partial<SheetRow["cells"]>[] = [
  {
    "Đối tượng": "Học sinh, sinh viên",
    Loại: "Một đáp án",
    "Câu hỏi": "Người điều khiển xe mô tô hai bánh phải đội mũ bảo hiểm khi nào?",
    "Phương án A": "Chỉ khi đi trên quốc lộ",
    "Phương án B": "Khi tham gia giao thông đường bộ",
    "Phương án C": "Khi trời mưa",
    "Đáp án đúng": "B",
    "Giải thích": "Điểm a khoản 2 Điều 31 Luật Trật tự, an toàn giao thông đường bộ năm 2024.",
    "Lĩnh vực": "Giao thông",
    "Mức độ": "Dễ",
  },
  {
    "Đối tượng": "",
    Loại: "Nhiều đáp án",
    "Câu hỏi": "Những hành vi nào bị nghiêm cấm theo Luật Phòng, chống bạo lực gia đình?",
    "Phương án A": "Hành hạ, ngược đãi thành viên gia đình",
    "Phương án B": "Hòa giải mâu thuẫn gia đình",
    "Phương án C": "Cưỡng ép thành viên gia đình lao động quá sức",
    "Đáp án đúng": "A, C",
    "Giải thích": "Khoản 1 Điều 3 và Điều 5 Luật Phòng, chống bạo lực gia đình năm 2022.",
    "Lĩnh vực": "Hôn nhân và gia đình",
    "Mức độ": "Trung bình",
  },
];
