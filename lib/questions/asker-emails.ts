import { db } from "@/lib/db";
import { sendEmail, emailConfigured } from "@/lib/notifications/email";
import { siteUrl } from "./site-url";

// The asker hears by email when their question is answered or declined, if they gave an email. The
// question is stored and published first; the scheduler sends the emails afterwards, one at a time
// under a row lock (SKIP LOCKED: several servers never send one twice). A failed send leaves the
// question unmarked, to be tried again on the next tick; the answer itself is never affected. An
// address the mail server refuses is passed over for this tick, so one wrong address does not hold
// back every asker after it; any other failure (server down) ends the tick.

/** nodemailer's code when the server refused the recipient (RCPT TO), not the connection. */
const RECIPIENT_REFUSED = "EENVELOPE";

export async function sendAskerEmails(limit = 20): Promise<number> {
  if (!emailConfigured()) return 0;
  let sent = 0;
  const passedOver: number[] = [0];
  for (let i = 0; i < limit; i++) {
    let current: number | undefined;
    let refused = false;
    const outcome = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: number; askerName: string; askerEmail: string; title: string; code: string; state: string; slug: string; declineReason: string | null }[]>`
        SELECT id, "askerName", "askerEmail", title, code, state::text AS state, slug, "declineReason" FROM "Question"
        WHERE "askerEmail" IS NOT NULL AND "askerEmailedAt" IS NULL AND state IN ('ANSWERED', 'DECLINED')
          AND COALESCE("answeredAt", "declinedAt") > now() - interval '7 days'
          AND id <> ALL(${passedOver})
        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`;
      const q = rows[0];
      if (!q) return "none" as const;
      current = q.id;
      const answered = q.state === "ANSWERED";
      const lines = answered
        ? [`Câu hỏi "${q.title}" của bạn đã được trả lời.`, `Xem câu trả lời: ${siteUrl(`/hoi-dap/cau-hoi/${q.slug}`)}`]
        : [`Câu hỏi "${q.title}" của bạn không được tiếp nhận trả lời.`, `Lý do: ${q.declineReason ?? ""}`];
      await sendEmail({
        to: { name: q.askerName, address: q.askerEmail },
        subject: answered ? "[PBGDPL] Câu hỏi của bạn đã được trả lời" : "[PBGDPL] Kết quả xử lý câu hỏi của bạn",
        text: `Xin chào ${q.askerName},\n\n${lines.join("\n")}\n\nMã tra cứu: ${q.code} — ${siteUrl("/hoi-dap/tra-cuu")}\n\n— Cổng thông tin Phổ biến, giáo dục pháp luật`,
      });
      await tx.question.update({ where: { id: q.id }, data: { askerEmailedAt: new Date() } });
      return "sent" as const;
    }).catch((error: unknown) => {
      console.error("[questions] could not email an asker; will retry", error);
      if (current !== undefined && (error as { code?: unknown })?.code === RECIPIENT_REFUSED) {
        passedOver.push(current);
        refused = true;
      }
      return "failed" as const;
    });
    if (refused) continue;
    if (outcome !== "sent") break;
    sent++;
  }
  return sent;
}
