import { foldDiacritics } from "@/lib/vietnamese";

// The question bank's spreadsheet, one question a row, checked row by row. Pure: the reading of the
// .xlsx file is in read-question-sheet.ts; this decides what each row means or why it is refused.

export const SHEET_COLUMNS = [
  "Đối tượng",
  "Loại",
  "Câu hỏi",
  "Phương án A",
  "Phương án B",
  "Phương án C",
  "Phương án D",
  "Phương án E",
  "Phương án F",
  "Đáp án đúng",
  "Giải thích",
  "Lĩnh vực",
  "Mức độ",
] as const;

export type SheetRow = { row: number; cells: Record<(typeof SHEET_COLUMNS)[number], string> };

export type ParsedQuestion = {
  row: number;
  groupId: number | null;
  kind: "SINGLE" | "MULTIPLE";
  text: string;
  options: string[];
  correct: number[];
  explanation: string;
  legalFieldId: number | null;
  difficulty: number;
};

export type RowRefusal = { row: number; errors: string[] };

type Lookups = { groups: { id: number; name: string }[]; fields: { id: number; name: string }[] };

const key = (text: string) => foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();

function kindOf(text: string): "SINGLE" | "MULTIPLE" | null {
  const k = key(text);
  if (["", "mot dap an", "1 dap an", "don", "chon mot", "single"].includes(k)) return "SINGLE";
  if (["nhieu dap an", "nhieu", "chon nhieu", "multiple"].includes(k)) return "MULTIPLE";
  return null;
}

function difficultyOf(text: string): number | null {
  const k = key(text);
  if (k === "" || k === "trung binh" || k === "2") return 2;
  if (k === "de" || k === "1") return 1;
  if (k === "kho" || k === "3") return 3;
  return null;
}

/** Each row becomes a question or a list of reasons; the caller stores nothing unless every row passed. */
export function parseQuestionRows(rows: SheetRow[], lookups: Lookups): { questions: ParsedQuestion[]; refusals: RowRefusal[] } {
  const groups = new Map(lookups.groups.map((g) => [key(g.name), g.id]));
  const fields = new Map(lookups.fields.map((f) => [key(f.name), f.id]));
  const questions: ParsedQuestion[] = [];
  const refusals: RowRefusal[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const errors: string[] = [];
    const text = cells["Câu hỏi"].trim();
    if (!text) errors.push("Thiếu nội dung câu hỏi.");
    else if (text.length > 2000) errors.push("Câu hỏi dài quá 2.000 ký tự.");
    const letters = ["A", "B", "C", "D", "E", "F"] as const;
    const options: string[] = [];
    let gap = false;
    for (const letter of letters) {
      const option = cells[`Phương án ${letter}`].trim();
      if (!option) gap = true;
      else if (gap) errors.push(`Phương án ${letter} đứng sau một phương án để trống.`);
      else if (option.length > 500) errors.push(`Phương án ${letter} dài quá 500 ký tự.`);
      else options.push(option);
    }
    if (options.length < 2) errors.push("Cần ít nhất hai phương án (A và B).");
    const kind = kindOf(cells["Loại"]);
    if (!kind) errors.push(`Loại “${cells["Loại"]}” không rõ: ghi “Một đáp án” hoặc “Nhiều đáp án”.`);
    const answerText = cells["Đáp án đúng"].toUpperCase().replace(/\s+/g, "");
    const picked = answerText ? answerText.split(/[,;/]/).filter(Boolean) : [];
    const correct: number[] = [];
    if (picked.length === 0) errors.push("Chưa có đáp án đúng.");
    for (const letter of picked) {
      const index = letter.length === 1 ? letter.charCodeAt(0) - 65 : -1;
      if (index < 0 || index >= options.length) errors.push(`Đáp án “${letter}” không phải là một phương án có nội dung.`);
      else if (!correct.includes(index)) correct.push(index);
    }
    if (kind === "SINGLE" && correct.length > 1) errors.push("Câu hỏi một đáp án chỉ được có một đáp án đúng.");
    if (kind === "MULTIPLE" && picked.length > 0 && correct.length < 2 && errors.length === 0) {
      errors.push("Câu hỏi nhiều đáp án cần ít nhất hai đáp án đúng.");
    }
    const explanation = cells["Giải thích"].trim();
    if (!explanation) errors.push("Thiếu giải thích (trích dẫn căn cứ pháp luật).");
    const groupName = cells["Đối tượng"].trim();
    const groupId = groupName ? (groups.get(key(groupName)) ?? undefined) : null;
    if (groupId === undefined) errors.push(`Đối tượng “${groupName}” không có trong cuộc thi.`);
    const fieldName = cells["Lĩnh vực"].trim();
    const legalFieldId = fieldName ? (fields.get(key(fieldName)) ?? undefined) : null;
    if (legalFieldId === undefined) errors.push(`Lĩnh vực “${fieldName}” không có trong danh mục lĩnh vực.`);
    const difficulty = difficultyOf(cells["Mức độ"]);
    if (difficulty === null) errors.push(`Mức độ “${cells["Mức độ"]}” không rõ: ghi Dễ, Trung bình hoặc Khó.`);
    if (text) {
      const duplicate = seen.get(`${groupName}|${key(text)}`);
      if (duplicate) errors.push(`Trùng câu hỏi ở dòng ${duplicate}.`);
      else seen.set(`${groupName}|${key(text)}`, row);
    }
    if (errors.length > 0) refusals.push({ row, errors });
    else {
      questions.push({
        row,
        groupId: groupId ?? null,
        kind: kind!,
        text,
        options,
        correct: correct.sort((a, b) => a - b),
        explanation,
        legalFieldId: legalFieldId ?? null,
        difficulty: difficulty!,
      });
    }
  }
  return { questions, refusals };
}
