import { z } from "zod";
import { fieldErrorsFrom, refused } from "@/lib/action-result";
import { articleChanged, type Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/lib/notifications/notify";
import { holdsPortalWide, type PolicyActor } from "@/lib/policy";
import { correctionFields } from "./correction";
import { cacheRefOf, lockForChange, type LockedArticle } from "./locked-article";
import { recordStep } from "./record-step";
import { writeArticleFields } from "./write-fields";

const decision = z.object({ articleId: z.coerce.number().int().positive(), baseVersion: z.coerce.number().int().positive() });
const NOTHING_WAITING = "Bài viết không có bản sửa đổi nào đang chờ duyệt.";

type CorrectionResult = { ok: true; changes?: Changes } | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** The shared gate of deciding on a correction: it waits, this person may decide, nobody changed it since. */
async function gate(tx: Prisma.TransactionClient, actor: PolicyActor | null, input: z.infer<typeof decision>, action: "article.approve" | "article.return") {
  const locked = await lockForChange(tx, actor, input.articleId, action);
  if (!locked.ok) return locked;
  const { article } = locked;
  if (article.state !== "PUBLISHED" || !article.correctionRevisionId || !article.correctionSubmittedAt) return refused(NOTHING_WAITING);
  // Two-level units: corrections, like articles, are published by the province.
  if (action === "article.approve" && article.approvalLevels === 2 && !holdsPortalWide(actor!, "article.approve")) {
    return refused("Bản sửa đổi của đơn vị hai cấp duyệt do biên tập cấp tỉnh duyệt.");
  }
  if (article.version !== input.baseVersion) return refused("Bài viết vừa được chỉnh sửa sau khi bạn mở. Vui lòng tải lại trang.");
  return { ok: true as const, article: article as LockedArticle & { correctionRevisionId: number } };
}

/** Duyệt sửa đổi: readers now see the corrected text; the address and publication date stay. */
export async function approveCorrection(actor: PolicyActor | null, raw: unknown): Promise<CorrectionResult> {
  const parsed = decision.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu duyệt không hợp lệ.");
  return db.$transaction(async (tx): Promise<CorrectionResult> => {
    const checked = await gate(tx, actor, parsed.data, "article.approve");
    if (!checked.ok) return checked;
    const { article } = checked;
    const correction = await correctionFields(tx, article.correctionRevisionId);
    if (!correction) return refused("Bản sửa đổi không đọc được.");
    const version = article.version + 1;
    const after = await writeArticleFields(tx, article.id, correction.fields, correction.bodyText, version);
    const { title, sapo, body, ...rest } = correction.fields;
    const published = await tx.articleRevision.create({
      data: { articleId: article.id, kind: "PUBLISHED", version, title, sapo, body: body as Prisma.InputJsonValue, fields: rest as Prisma.InputJsonValue, authorId: actor!.id },
    });
    await tx.article.update({ where: { id: article.id }, data: { publishedRevisionId: published.id, correctionRevisionId: null, correctionSubmittedAt: null } });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "APPROVE_CORRECTION", from: "PUBLISHED", to: "PUBLISHED" });
    await notify(tx, [article.writerId], { kind: "article.published", message: `Bản sửa đổi của bài viết “${title}” đã được duyệt.`, link: `/quan-ly/bai-viet/${article.id}/xem-truoc` });
    // A correction may move the article to another category: both listings must let go.
    return { ok: true, changes: articleChanged(cacheRefOf(article), after) };
  });
}

const returning = decision.extend({
  reason: z.string().transform((v) => v.normalize("NFC").trim()).pipe(z.string().min(5, "Vui lòng ghi lý do trả lại (ít nhất 5 ký tự).").max(2000, "Lý do dài quá 2.000 ký tự.")),
});

/** Trả lại a correction: back to its writer with a reason; the published text stays as it was. */
export async function returnCorrection(actor: PolicyActor | null, raw: unknown): Promise<CorrectionResult> {
  const parsed = returning.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return refused(fieldErrors.reason ?? "Yêu cầu trả lại không hợp lệ.", fieldErrors);
  }
  return db.$transaction(async (tx): Promise<CorrectionResult> => {
    const checked = await gate(tx, actor, parsed.data, "article.return");
    if (!checked.ok) return checked;
    const { article } = checked;
    await tx.article.update({ where: { id: article.id }, data: { correctionSubmittedAt: null, version: article.version + 1 } });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "RETURN", from: "PUBLISHED", to: "PUBLISHED", note: parsed.data.reason });
    await notify(tx, [article.writerId], {
      kind: "article.returned",
      message: `Bản sửa đổi bị trả lại: ${parsed.data.reason}`,
      link: `/quan-ly/bai-viet/${article.id}`,
    });
    return { ok: true };
  });
}
