import { z } from "zod";
import { fieldErrorsFrom, refused } from "@/lib/action-result";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import type { PolicyActor } from "@/lib/policy";
import type { ReviewResult } from "./approve-article";
import { recordStep } from "./record-step";
import { guardStep } from "./step-guard";

const input = z.object({
  articleId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
  reason: z.string().transform((v) => v.normalize("NFC").trim()).pipe(
    z.string().min(5, "Vui lòng ghi lý do trả lại (ít nhất 5 ký tự) để người viết biết cần sửa gì.").max(2000, "Lý do dài quá 2.000 ký tự."),
  ),
});

/** Trả lại: back to the writer with a required reason, which the writer sees above the editor. */
export async function returnArticle(actor: PolicyActor | null, raw: unknown): Promise<ReviewResult & { fieldErrors?: Record<string, string> }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    return refused(fieldErrors.reason ?? "Yêu cầu trả lại bài không hợp lệ.", fieldErrors);
  }
  return db.$transaction(async (tx) => {
    const gate = await guardStep(tx, actor, parsed.data, "return", "article.return");
    if (!gate.ok) return gate;
    const { article, to } = gate;
    const updated = await tx.article.update({
      where: { id: article.id },
      data: { state: to, scheduledAt: null, version: article.version + 1 },
      select: { title: true, writerId: true },
    });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "RETURN", from: article.state, to, note: parsed.data.reason });
    await notify(tx, [updated.writerId], {
      kind: "article.returned",
      message: `Bài viết “${updated.title}” bị trả lại: ${parsed.data.reason}`,
      link: `/quan-ly/bai-viet/${article.id}`,
    });
    return { ok: true as const, value: { state: "RETURNED" as const } };
  });
}
