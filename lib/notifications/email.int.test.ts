import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startTestSmtpServer, type ReceivedMail, type TestSmtpServer } from "@/test-support/smtp";
import { sendPendingEmails } from "./email";

// A real SMTP conversation with a local server started by the test; nothing leaves the machine.
let server: TestSmtpServer;
let received: ReceivedMail[];
let userId: number;

beforeAll(async () => {
  server = await startTestSmtpServer();
  received = server.inbox;
  const user = await db.user.create({ data: { email: `thu-${randomUUID().slice(0, 8)}@email.test`, name: "Người nhận thư", passwordHash: "x" } });
  userId = user.id;
});
afterAll(async () => {
  await db.notification.deleteMany({ where: { userId } });
  await db.user.delete({ where: { id: userId } }).catch(() => db.user.update({ where: { id: userId }, data: { active: false } }));
  await server.close();
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
    process.env.SMTP_URL = server.url;
    // Notifications other tests and the demo data left waiting go out first (a sender takes a batch
    // at a time, and there may be more than one batch of them), so the two below are the ones left.
    while ((await sendPendingEmails()) > 0);
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
