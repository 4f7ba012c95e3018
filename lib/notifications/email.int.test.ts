import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sendPendingEmails } from "./email";

// A real SMTP conversation with a local server started by the test; nothing leaves the machine.
const received: { to: string; subject: string; text: string }[] = [];
let server: SMTPServer;
let userId: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      simpleParser(stream).then((mail) => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), subject: mail.subject ?? "", text: mail.text ?? "" });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const user = await db.user.create({ data: { email: `thu-${randomUUID().slice(0, 8)}@email.test`, name: "Người nhận thư", passwordHash: "x" } });
  userId = user.id;
});
afterAll(async () => {
  await db.notification.deleteMany({ where: { userId } });
  await db.user.delete({ where: { id: userId } }).catch(() => db.user.update({ where: { id: userId }, data: { active: false } }));
  await new Promise<void>((resolve) => server.close(() => resolve()));
  delete process.env.SMTP_URL;
});

describe("email notifications", () => {
  it("are skipped silently when no SMTP server is configured", async () => {
    delete process.env.SMTP_URL;
    const note = await db.notification.create({ data: { userId, kind: "article.returned", message: "Bài viết bị trả lại: thiếu nguồn." } });
    expect(await sendPendingEmails()).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: note.id } })).emailedAt).toBeNull();
    await db.notification.delete({ where: { id: note.id } });
  });

  it("go out once each through SMTP, in Vietnamese, even with two senders at once", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`;
    await db.notification.createMany({
      data: [
        { userId, kind: "article.published", message: "Bài viết “Ngày Pháp luật 9/11” đã được xuất bản.", link: "/bai-viet/ngay-phap-luat" },
        { userId, kind: "article.returned", message: "Bài viết “Hòa giải” bị trả lại: cần thêm ảnh." },
      ],
    });
    // Other tests' notifications may be waiting too: the two senders share them all, each sent once.
    const before = received.length;
    const counts = await Promise.all([sendPendingEmails(), sendPendingEmails()]);
    expect(received.length - before).toBe(counts[0] + counts[1]);
    const mine = received.filter((mail) => mail.to.includes("@email.test"));
    expect(mine.map((m) => m.subject).sort()).toEqual(["[PBGDPL] Bài viết “Hòa giải” bị trả lại: cần thêm ảnh.", "[PBGDPL] Bài viết “Ngày Pháp luật 9/11” đã được xuất bản."]);
    expect(mine.find((m) => m.subject.includes("xuất bản"))!.text).toContain("/bai-viet/ngay-phap-luat");
    expect(await db.notification.count({ where: { userId, emailedAt: null } })).toBe(0);
    expect(await sendPendingEmails()).toBe(0);
  });
});
