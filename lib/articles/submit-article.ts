import { z } from "zod";
import { refused } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { notify, reviewersOf } from "@/lib/notifications/notify";
import type { PolicyActor } from "@/lib/policy";
import { runChecklist, type ChecklistItem, type ChecklistResult } from "./checklist";
import { checklistInput } from "./checklist-input";
import { lockForChange } from "./locked-article";
import { recordStep } from "./record-step";
import { nextState, refusalForState } from "./state-machine";

export const submitInput = z.object({
  articleId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
  /** Codes of the checklist warnings the writer has read and chosen to keep. */
  acknowledgedWarnings: z.array(z.string()).default([]),
});

export type SubmitResult =
  | { ok: true; value: { version: number } }
  | { ok: false; error: string; checklist?: { errors: ChecklistItem[]; warnings: ChecklistItem[] } };

/** The checklist as a gate: errors refuse, and so do warnings the writer has not acknowledged. */
export function checklistRefusal(checklist: ChecklistResult, acknowledged: readonly string[], what: "Bài viết" | "Bản sửa đổi"): SubmitResult | null {
  if (checklist.errors.length > 0) return { ok: false, error: `${what} chưa thể gửi duyệt: còn lỗi trong phần kiểm tra trước khi gửi.`, checklist };
  if (checklist.warnings.some((warning) => !acknowledged.includes(warning.code))) {
    return { ok: false, error: "Vui lòng xem và xác nhận các cảnh báo trước khi gửi duyệt.", checklist };
  }
  return null;
}

/**
 * Gửi duyệt. The checklist runs again here on what is stored — the editor's live copy is a help,
 * not a gate: errors refuse, and so do warnings the writer has not acknowledged.
 */
export async function submitArticle(actor: PolicyActor | null, raw: unknown): Promise<SubmitResult> {
  const parsed = submitInput.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu gửi duyệt không hợp lệ.");
  const { articleId, baseVersion, acknowledgedWarnings } = parsed.data;

  return db.$transaction(async (tx): Promise<SubmitResult> => {
    const locked = await lockForChange(tx, actor, articleId, "article.submit");
    if (!locked.ok) return locked;
    const { article } = locked;
    const to = nextState(article.state, "submit", article.approvalLevels);
    if (!to) return refused(refusalForState(article.state));
    if (article.version !== baseVersion) {
      return refused("Bài viết vừa được người khác lưu. Vui lòng tải lại bài viết trước khi gửi duyệt.");
    }

    const checklist = runChecklist(await checklistInput(tx, articleId));
    const blocked = checklistRefusal(checklist, acknowledgedWarnings, "Bài viết");
    if (blocked) return blocked;

    const version = article.version + 1;
    const updated = await tx.article.update({
      where: { id: articleId },
      data: { state: to, submittedAt: new Date(), version },
      select: { title: true, sapo: true, body: true, byline: true, source: true, categoryId: true, coverImageId: true, coverCaption: true, coverAlt: true },
    });
    const { title, sapo, body, ...fields } = updated;
    await tx.articleRevision.create({
      data: { articleId, kind: "SUBMITTED", version, title, sapo, body: body as Prisma.InputJsonValue, fields: fields as Prisma.InputJsonValue, authorId: actor!.id },
    });
    const note = acknowledgedWarnings.length > 0 ? `Đã xác nhận cảnh báo: ${checklist.warnings.map((w) => w.message).join(" ")}` : null;
    await recordStep(tx, { articleId, actorId: actor!.id, action: "SUBMIT", from: article.state, to, note });
    await notify(tx, await reviewersOf(tx, article.unitId, false), {
      kind: "article.waiting",
      message: `Bài viết “${title}” đang chờ bạn duyệt.`,
      link: `/quan-ly/duyet-bai/${articleId}`,
    });
    return { ok: true, value: { version } };
  });
}
