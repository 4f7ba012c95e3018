import { refused } from "@/lib/action-result";
import { db } from "@/lib/db";
import { notify, reviewersOf } from "@/lib/notifications/notify";
import type { PolicyActor } from "@/lib/policy";
import { runChecklist } from "./checklist";
import { checklistInputFromFields } from "./checklist-input";
import { correctionFields } from "./correction";
import { lockForChange } from "./locked-article";
import { recordStep } from "./record-step";
import { checklistRefusal, submitInput, type SubmitResult } from "./submit-article";

/** Gửi duyệt sửa đổi: the correction of a published article goes to the same reviewers as a new article. */
export async function submitCorrection(actor: PolicyActor | null, raw: unknown): Promise<SubmitResult> {
  const parsed = submitInput.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu gửi duyệt không hợp lệ.");
  const { articleId, baseVersion, acknowledgedWarnings } = parsed.data;
  return db.$transaction(async (tx): Promise<SubmitResult> => {
    const locked = await lockForChange(tx, actor, articleId, "article.submit");
    if (!locked.ok) return locked;
    const { article } = locked;
    if (article.state !== "PUBLISHED" || !article.correctionRevisionId) return refused("Bài viết không có bản sửa đổi nào để gửi duyệt.");
    if (article.correctionSubmittedAt) return refused("Bản sửa đổi đã được gửi duyệt.");
    if (article.version !== baseVersion) return refused("Bài viết vừa được người khác lưu. Vui lòng tải lại bài viết trước khi gửi duyệt.");
    const correction = await correctionFields(tx, article.correctionRevisionId);
    if (!correction) return refused("Bản sửa đổi không đọc được. Vui lòng lưu lại rồi gửi duyệt.");
    const blocked = checklistRefusal(runChecklist(await checklistInputFromFields(tx, correction.fields)), acknowledgedWarnings, "Bản sửa đổi");
    if (blocked) return blocked;
    const version = article.version + 1;
    await tx.article.update({ where: { id: articleId }, data: { correctionSubmittedAt: new Date(), version } });
    await recordStep(tx, { articleId, actorId: actor!.id, action: "SUBMIT_CORRECTION", from: "PUBLISHED", to: "PUBLISHED" });
    await notify(tx, await reviewersOf(tx, article.unitId, article.approvalLevels === 2), {
      kind: "article.waiting",
      message: `Bản sửa đổi của bài viết “${correction.fields.title}” đang chờ duyệt.`,
      link: `/quan-ly/duyet-bai/${articleId}`,
    });
    return { ok: true, value: { version } };
  });
}
