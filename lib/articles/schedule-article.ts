import { z } from "zod";
import { fieldErrorsFrom, refused } from "@/lib/action-result";
import { db } from "@/lib/db";
import { holdsPortalWide, type PolicyActor } from "@/lib/policy";
import { formatDateTime, parseVietnamDateTime, parseVietnamDayAndTime } from "@/lib/vietnamese";
import type { ReviewResult } from "./approve-article";
import { recordStep } from "./record-step";
import { guardStep } from "./step-guard";

const input = z.object({
  articleId: z.coerce.number().int().positive(),
  baseVersion: z.coerce.number().int().positive(),
  /** The form's two boxes: a day typed dd/mm/yyyy and a 24-hour time, in Asia/Ho_Chi_Minh. */
  publishDate: z.string().optional(),
  publishTime: z.string().optional(),
  /** Or one "yyyy-mm-ddTHH:mm" value (callers other than the form), also Vietnam time. */
  publishAt: z.string().optional(),
});

/** Hẹn giờ xuất bản: approved now, published by the scheduler when the time (Vietnam time) comes. */
export async function scheduleArticle(actor: PolicyActor | null, raw: unknown, now = new Date()): Promise<ReviewResult & { fieldErrors?: Record<string, string> }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return refused("Yêu cầu hẹn giờ không hợp lệ.", fieldErrorsFrom(parsed.error.issues));
  let publishAt: Date | null;
  if (parsed.data.publishAt !== undefined) {
    publishAt = parseVietnamDateTime(parsed.data.publishAt);
    if (!publishAt) return refused("Vui lòng chọn ngày giờ xuất bản hợp lệ.", { publishAt: "Vui lòng chọn ngày giờ xuất bản hợp lệ." });
  } else {
    const typed = parseVietnamDayAndTime(parsed.data.publishDate ?? "", parsed.data.publishTime ?? "", now);
    if (!typed.ok) {
      const { date, time } = typed.fieldErrors;
      return refused(date ?? time ?? "Vui lòng nhập ngày giờ xuất bản.", { ...(date && { publishDate: date }), ...(time && { publishTime: time }) });
    }
    publishAt = typed.value;
  }
  if (publishAt.getTime() <= now.getTime() + 60_000) {
    const message = `Giờ hẹn phải sau thời điểm hiện tại ít nhất 1 phút (bây giờ là ${formatDateTime(now)}).`;
    return refused("Giờ hẹn phải sau thời điểm hiện tại.", parsed.data.publishAt !== undefined ? { publishAt: "Giờ hẹn phải sau thời điểm hiện tại ít nhất 1 phút." } : { publishDate: message });
  }
  return db.$transaction(async (tx) => {
    const gate = await guardStep(tx, actor, parsed.data, "schedule", "article.schedule");
    if (!gate.ok) return gate;
    const { article, to } = gate;
    if (article.state === "ENDORSED" && !holdsPortalWide(actor!, "article.schedule")) {
      return refused("Bài viết đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản.");
    }
    await tx.article.update({ where: { id: article.id }, data: { state: to, scheduledAt: publishAt, version: article.version + 1 } });
    await recordStep(tx, { articleId: article.id, actorId: actor!.id, action: "SCHEDULE", from: article.state, to, note: `Hẹn xuất bản lúc ${formatDateTime(publishAt)}` });
    return { ok: true as const, value: { state: "SCHEDULED" as const } };
  });
}
