import { db } from "@/lib/db";
import { can, type PolicyActor } from "@/lib/policy";

// Who may have a question's attachment (lib/storage/file-access.ts asks): staff who may view a question
// carrying it (`question.view` on its unit, or portal-wide for one still in triage). Never the public,
// not even once the answer is published: the file may hold the asker's personal papers.

export async function staffMayHaveQuestionFile(storageKey: string, actor: PolicyActor): Promise<boolean> {
  const questions = await db.question.findMany({ where: { attachment: { storageKey } }, take: 20, select: { unitId: true } });
  return questions.some((question) => can(actor, "question.view", { unitId: question.unitId ?? undefined }));
}
