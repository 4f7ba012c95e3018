import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";

// Email copies of in-app notifications, through SMTP when SMTP_URL is set (e.g. smtp://user:pass@host:587)
// and silently skipped when it is not: the inbox in the workspace is the record either way.

let cached: { url: string; transport: Transporter } | undefined;

function transport(): Transporter | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  if (cached?.url !== url) cached = { url, transport: nodemailer.createTransport(url) };
  return cached.transport;
}

const DEFAULT_FROM = "Cổng thông tin PBGDPL <no-reply@localhost>";

/** Whether the portal can send email at all: "Quên mật khẩu?" promises a link only then. */
export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

export type OutgoingEmail = { to: { name: string; address: string }; subject: string; text: string };

/** Sends one email now; false when SMTP is not configured. A failure to send is thrown. */
export async function sendEmail(email: OutgoingEmail): Promise<boolean> {
  const mailer = transport();
  if (!mailer) return false;
  await mailer.sendMail({ from: process.env.SMTP_FROM ?? DEFAULT_FROM, ...email });
  return true;
}

const SUBJECT_LENGTH = 120;

/**
 * Sends the email copy of each notification not yet emailed (from the last day), one at a time under
 * a row lock with SKIP LOCKED, so several server instances never send the same one twice. A failed
 * send leaves the notification unmarked, to be tried again on the next tick.
 */
export async function sendPendingEmails(limit = 50): Promise<number> {
  const mailer = transport();
  if (!mailer) return 0;
  const from = process.env.SMTP_FROM ?? DEFAULT_FROM;
  const site = process.env.NEXTAUTH_URL ?? "http://localhost:3000";
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<{ id: number; message: string; link: string | null; email: string; name: string }[]>`
        SELECT n.id, n.message, n.link, u.email, u.name FROM "Notification" n JOIN "User" u ON u.id = n."userId"
        WHERE n."emailedAt" IS NULL AND n."createdAt" > now() - interval '1 day' AND u.active
        ORDER BY n.id LIMIT 1 FOR UPDATE OF n SKIP LOCKED`;
      const row = rows[0];
      if (!row) return false;
      const subject = row.message.length > SUBJECT_LENGTH ? `${row.message.slice(0, SUBJECT_LENGTH - 1)}…` : row.message;
      const link = row.link ? new URL(row.link, site).toString() : site;
      await mailer.sendMail({
        from,
        to: { name: row.name, address: row.email },
        subject: `[PBGDPL] ${subject}`,
        text: `Xin chào ${row.name},\n\n${row.message}\n\nXem chi tiết: ${link}\n\n— Cổng thông tin Phổ biến, giáo dục pháp luật`,
      });
      await tx.notification.update({ where: { id: row.id }, data: { emailedAt: new Date() } });
      return true;
    });
    if (!done) break;
    sent++;
  }
  return sent;
}
