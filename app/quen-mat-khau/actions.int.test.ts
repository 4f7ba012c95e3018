import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestSmtpServer, type TestSmtpServer } from "@/test-support/smtp";

// The server action as a form posts to it: each test from an address of its own (the header the
// portal's server stamps, and X-Forwarded-For for a server without it), with the email sent by
// Next's `after` once the answer has gone.
let address = "";
const afterResponse: (() => Promise<void>)[] = [];
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-pbgdpl-client-address": address, "x-forwarded-for": address }),
  cookies: async () => ({ getAll: () => [], get: () => undefined }),
}));
vi.mock("next/server", () => ({ after: (task: () => Promise<void>) => void afterResponse.push(task) }));

const { db } = await import("@/lib/db");
const { RESET_BY_EMAIL_UNAVAILABLE, RESET_REQUESTED } = await import("@/lib/auth/request-password-reset");
const { requestPasswordResetAction } = await import("./actions");

let smtp: TestSmtpServer;

function form(email: string) {
  const data = new FormData();
  data.set("email", email);
  return data;
}

async function ask(email: string) {
  address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
  afterResponse.length = 0;
  const started = performance.now();
  const result = await requestPasswordResetAction(null, form(email));
  return { result, ms: performance.now() - started, queued: [...afterResponse] };
}

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  process.env.SMTP_URL = smtp.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

describe("Quên mật khẩu? through the real server action", () => {
  it("answers alike, in about the same time, whether the email has an account; the email goes out after the answer", async () => {
    const user = await db.user.create({ data: { email: `hanh-dong-${randomUUID().slice(0, 8)}@reset.test`, name: "Người quên", passwordHash: "x" } });
    const runs = [];
    for (let i = 0; i < 3; i++) {
      runs.push({ known: await ask(user.email), unknown: await ask(`khong-co-${randomUUID().slice(0, 8)}@reset.test`) });
    }
    for (const { known, unknown } of runs) {
      expect(known.result).toEqual({ ok: true, value: { message: RESET_REQUESTED } });
      expect(unknown.result).toEqual(known.result);
      expect(Math.min(known.ms, unknown.ms)).toBeGreaterThanOrEqual(395);
      expect([known.queued.length, unknown.queued.length]).toEqual([1, 0]);
    }
    // The median of three pairs, so one pause of a busy machine does not decide: both answers wait
    // for the same floor, and the known account's extra work (one insert) hides under it.
    const gaps = runs.map(({ known, unknown }) => Math.abs(known.ms - unknown.ms)).sort((a, b) => a - b);
    expect(gaps[1]).toBeLessThan(150);
    // Only once the answer has gone, as Next runs `after` tasks, are the emails sent.
    const mine = () => smtp.inbox.filter((mail) => mail.to === user.email);
    expect(mine()).toEqual([]);
    for (const { known } of runs) await known.queued[0]();
    expect(mine()).toHaveLength(3);
  });

  it("without SMTP, points to the helpdesk", async () => {
    const url = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    try {
      expect((await ask("ai-do@reset.test")).result).toEqual({ ok: false, error: RESET_BY_EMAIL_UNAVAILABLE });
    } finally {
      process.env.SMTP_URL = url;
    }
  });
});
