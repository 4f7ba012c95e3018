"use server";

import { redirect } from "next/navigation";
import { refused } from "@/lib/action-result";
import { deleteQuestion } from "@/lib/contests/delete-question";
import { applyChanges } from "@/lib/site/revalidate";
import { importQuestions, type ImportResult } from "@/lib/contests/import-questions";
import { markPrize, PRIZE_REFUSALS } from "@/lib/contests/mark-prize";
import { saveContest } from "@/lib/contests/save-contest";
import { saveRound } from "@/lib/contests/save-round";
import { getWorkingActor } from "@/lib/auth/session";
import { runUseCase, SIGNED_OUT } from "@/lib/workspace/action-kit";
import { typedValues, type AdminFormState } from "@/lib/workspace/form-state";

// The organisers' actions. Each runs its use case through the kit, which expires the public contest
// pages the use case reports changed ({ contests: true }).

const CONTESTS = "/quan-ly/cuoc-thi";

export async function saveContestAction(_previous: AdminFormState<{ id: number }>, form: FormData): Promise<AdminFormState<{ id: number }>> {
  const result = await runUseCase(saveContest, Object.fromEntries(form));
  if (!result.ok) return { ...result, values: typedValues(form) };
  redirect(`${CONTESTS}/${result.value.id}?da-luu=cuoc-thi`);
}

export async function saveRoundAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await runUseCase(saveRound, Object.fromEntries(form));
  if (!result.ok) return { ...result, values: typedValues(form) };
  redirect(`${CONTESTS}/${form.get("contestId")}?da-luu=vong-thi`);
}

export type ImportState = (Exclude<ImportResult, { ok: true }> | { ok: true; value: { imported: number } }) | null;

export async function importQuestionsAction(_previous: ImportState, form: FormData): Promise<ImportState> {
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return refused("Vui lòng chọn tệp Excel (.xlsx) câu hỏi.");
  const actor = await getWorkingActor();
  if (!actor) return refused(SIGNED_OUT);
  const result = await importQuestions(actor, { contestId: form.get("contestId") }, await file.arrayBuffer());
  if (!result.ok) return result;
  // Called directly rather than through the kit (it takes the file's bytes), so it applies the
  // changes itself, the way the kit does.
  applyChanges(result.changes);
  return { ok: true, value: result.value };
}

export async function deleteQuestionAction(form: FormData): Promise<void> {
  const result = await runUseCase(deleteQuestion, { questionId: form.get("questionId") });
  const back = `${CONTESTS}/${Number(form.get("contestId"))}`;
  redirect(result.ok ? `${back}?da-luu=xoa-cau-hoi#ngan-hang` : `${back}?loi-cau-hoi=${encodeURIComponent(String(form.get("questionId")))}#ngan-hang`);
}

export async function markPrizeAction(form: FormData): Promise<void> {
  const result = await runUseCase(markPrize, { attemptId: form.get("attemptId"), prize: form.get("prize") ?? "" });
  // A refusal comes back in the address as a key (the form has no state of its own) and the page
  // shows its message beside that entrant's prize box.
  const refusal = result.ok ? null : (Object.entries(PRIZE_REFUSALS).find(([, message]) => message === result.error)?.[0] ?? "khac");
  const outcome = refusal ? `&loi-giai=${refusal}` : "&da-luu=giai";
  redirect(`${CONTESTS}/${Number(form.get("contestId"))}/ket-qua?vong=${Number(form.get("roundId"))}&bai=${Number(form.get("attemptId"))}${outcome}#bai-${Number(form.get("attemptId"))}`);
}
