import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeActor } from "@/test-support/fixtures/people";
import { importQuestions } from "./import-questions";
import { questionWorkbook, TEMPLATE_ROWS } from "./question-sheet";

// Nhập câu hỏi từ Excel: all rows or none, with the reason for each refused row.

let contestId: number;
let editor: Awaited<ReturnType<typeof makeActor>>;

beforeAll(async () => {
  editor = await makeActor(["PROVINCIAL_EDITOR"]);
  const contest = await db.contest.create({
    data: { slug: `nhap-${Date.now()}`, name: "Cuộc thi nhập", rules: {}, opensAt: new Date(), closesAt: new Date(Date.now() + 86_400_000), groups: { create: [{ name: "Học sinh, sinh viên" }] } },
  });
  contestId = contest.id;
});

afterAll(async () => {
  await db.contest.delete({ where: { id: contestId } });
});

describe("importing the question bank", () => {
  it("imports nothing when one row is wrong, and names each wrong row and why", async () => {
    const sheet = await questionWorkbook([
      ...TEMPLATE_ROWS,
      { ...TEMPLATE_ROWS[0], "Câu hỏi": "Câu hỏi khác", "Đáp án đúng": "D" },
      { ...TEMPLATE_ROWS[0], "Câu hỏi": "Câu thứ tư", "Đối tượng": "Hưu trí", "Giải thích": "" },
    ]);
    const result = await importQuestions(editor, { contestId }, sheet);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain("Không nhập câu hỏi nào: 2 trong 4 dòng");
    expect(result.refusals).toEqual([
      { row: 4, errors: ["Đáp án “D” không phải là một phương án có nội dung."] },
      { row: 5, errors: ["Thiếu giải thích (trích dẫn căn cứ pháp luật).", "Đối tượng “Hưu trí” không có trong cuộc thi."] },
    ]);
    expect(await db.contestQuestion.count({ where: { contestId } })).toBe(0);
  });

  it("imports every row of a correct sheet, with its group, kind, right answers and field", async () => {
    const result = await importQuestions(editor, { contestId }, await questionWorkbook(TEMPLATE_ROWS));
    expect(result).toEqual({ ok: true, value: { imported: 2 }, changes: { contests: true } });
    const stored = await db.contestQuestion.findMany({ where: { contestId }, orderBy: { id: "asc" }, include: { group: true, legalField: true } });
    expect(stored.map((q) => [q.group?.name ?? null, q.kind, q.correct, q.legalField?.name, q.difficulty])).toEqual([
      ["Học sinh, sinh viên", "SINGLE", [1], "Giao thông", 1],
      [null, "MULTIPLE", [0, 2], "Hôn nhân và gia đình", 2],
    ]);
  });

  it("refuses a file that is not a spreadsheet, and someone without contest.manage", async () => {
    expect(await importQuestions(editor, { contestId }, Buffer.from("not a zip"))).toMatchObject({ ok: false, error: expect.stringContaining("Không đọc được tệp") });
    const author = await makeActor([]);
    expect(await importQuestions(author, { contestId }, await questionWorkbook(TEMPLATE_ROWS))).toMatchObject({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await db.contestQuestion.count({ where: { contestId } })).toBe(2);
  });
});
