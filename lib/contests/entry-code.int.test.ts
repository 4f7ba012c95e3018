import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startTestSmtpServer, type TestSmtpServer } from "@/test-support/smtp";
import { requestEntryCode } from "./entry-code";
import { CONTEST_MESSAGES } from "./labels";
import { registerEntrant } from "./register-entrant";

// With SMTP configured, "one entrant per phone" is backed by an emailed one-time code: registering
// without it, or with a wrong one, stores nobody.

let server: TestSmtpServer;
let contestId: number;
let groupId: number;
let communeId: number;
const savedUrl = process.env.SMTP_URL;

beforeAll(async () => {
  server = await startTestSmtpServer();
  process.env.SMTP_URL = server.url;
  communeId = (await db.unit.findFirstOrThrow({ where: { type: "COMMUNE", status: "ACTIVE" } })).id;
  const contest = await db.contest.create({
    data: { slug: `ma-${Date.now()}`, name: "Cuộc thi có mã", rules: {}, opensAt: new Date(Date.now() - 60_000), closesAt: new Date(Date.now() + 3600_000), groups: { create: [{ name: "Học sinh" }] } },
    include: { groups: true },
  });
  contestId = contest.id;
  groupId = contest.groups[0].id;
});

afterAll(async () => {
  if (savedUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedUrl;
  await db.contest.delete({ where: { id: contestId } });
  await server.close();
});

describe("the emailed one-time code", () => {
  it("is required, refused when wrong, and lets the entrant in once when right", async () => {
    const phone = "0977000111";
    const entry = { contestId, fullName: "Người Có Mã", birthDate: "02/03/1999", phone, communeId, groupId, email: "nguoi@vi-du.test" };
    expect(await registerEntrant(entry)).toMatchObject({ ok: false, error: CONTEST_MESSAGES.codeRequired });
    expect(await requestEntryCode({ contestId, phone, email: entry.email })).toEqual({ ok: true });
    const code = /(\d{6})/.exec(server.inbox.at(-1)!.subject)![1];
    expect(server.inbox.at(-1)!.to).toBe(entry.email);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await registerEntrant({ ...entry, code: wrong })).toMatchObject({ ok: false, error: CONTEST_MESSAGES.codeWrong });
    expect(await db.contestEntrant.count({ where: { contestId } })).toBe(0);
    expect(await registerEntrant({ ...entry, code })).toMatchObject({ ok: true });
    expect(await db.contestEntrant.findFirstOrThrow({ where: { contestId } })).toMatchObject({ phone, email: entry.email });
    // The code is spent: the same phone cannot register a second person with it.
    expect(await registerEntrant({ ...entry, fullName: "Người Khác", code })).toMatchObject({ ok: false, error: CONTEST_MESSAGES.phoneTaken });
  });

  it("is sent at most three times an hour for one phone", async () => {
    const phone = "0977000222";
    for (let i = 0; i < 3; i++) expect(await requestEntryCode({ contestId, phone, email: "ba@vi-du.test" })).toEqual({ ok: true });
    expect(await requestEntryCode({ contestId, phone, email: "ba@vi-du.test" })).toMatchObject({ ok: false, error: expect.stringContaining("quá 3 mã") });
  });
});
