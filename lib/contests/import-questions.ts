import { z } from "zod";
import { refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { parseQuestionRows, type RowRefusal } from "./question-rows";
import { readQuestionSheet } from "./question-sheet";

const schema = z.object({ contestId: z.coerce.number().int().positive() });

export type ImportResult =
  | { ok: true; value: { imported: number }; changes: Changes }
  | { ok: false; error: string; refusals?: RowRefusal[] };

/**
 * Nhập câu hỏi từ Excel: every row is checked first; one refused row refuses the file, with the
 * reason for each refused row, and nothing is stored (no half-imported bank to clean up).
 */
export async function importQuestions(actor: PolicyActor | null, input: unknown, file: ArrayBuffer | Buffer): Promise<ImportResult> {
  const allowed = check(actor, "contest.manage");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused("Không tìm thấy cuộc thi.");
  const { contestId } = parsed.data;
  const contest = await db.contest.findUnique({ where: { id: contestId }, include: { groups: true } });
  if (!contest) return refused("Không tìm thấy cuộc thi.");
  const sheet = await readQuestionSheet(file);
  if (!sheet.ok) return refused(sheet.error);
  const fields = await db.legalField.findMany({ select: { id: true, name: true } });
  const { questions, refusals } = parseQuestionRows(sheet.rows, { groups: contest.groups, fields });
  if (refusals.length > 0) {
    return {
      ok: false,
      error: `Không nhập câu hỏi nào: ${refusals.length} trong ${sheet.rows.length} dòng chưa hợp lệ. Sửa các dòng dưới đây rồi nhập lại cả tệp.`,
      refusals,
    };
  }
  await db.$transaction(async (tx) => {
    await tx.contestQuestion.createMany({
      data: questions.map((question) => ({ contestId, groupId: question.groupId, kind: question.kind, text: question.text, options: question.options, correct: question.correct, explanation: question.explanation, legalFieldId: question.legalFieldId, difficulty: question.difficulty })),
    });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "contest.questions.import",
      targetType: "Contest",
      targetId: contestId,
      change: { imported: questions.length },
    });
  });
  return { ok: true, value: { imported: questions.length }, changes: { contests: true } };
}
