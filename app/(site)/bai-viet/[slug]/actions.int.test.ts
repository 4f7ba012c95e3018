import { randomBytes, randomInt } from "node:crypto";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { withClientAddress } from "@/scripts/lib/client-address.mjs";
import { nextCacheMock, nextHeadersMock } from "@/test-support/next-request";

// The per-address comment limit, where the address is decided: requests go over a real socket
// through the server's listener (scripts/server.mjs stamps the client's address there) to the real
// server action, which reads the headers that listener left, and to PostgreSQL. Before the fix the
// action took the address from X-Forwarded-For, so a client rotating it was never limited.
const request = vi.hoisted(() => ({ headers: {} as Record<string, string | string[] | undefined> }));
vi.mock("next/headers", () => ({
  ...nextHeadersMock(),
  headers: async () => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (value !== undefined) headers.set(name, [value].flat().join(", "));
    return headers;
  },
}));
vi.mock("next/cache", () => nextCacheMock());

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { hashAddress } = await import("@/lib/auth/throttle");
const { issueFormToken } = await import("@/lib/comments/form-token");
const { COMMENT_SETTING_KEY, DEFAULT_COMMENT_SETTINGS } = await import("@/lib/comments/settings");
const { REFUSAL_MESSAGES } = await import("@/lib/comments/submit-comment");
const { submitCommentAction } = await import("./actions");

const fx = unitFixtures("dia-chi-binh-luan");
let articleId: number;
let savedSetting: unknown;
let server: Server | null = null;

beforeAll(async () => {
  savedSetting = (await db.setting.findUnique({ where: { key: COMMENT_SETTING_KEY } }))?.value;
  const value = { ...DEFAULT_COMMENT_SETTINGS, minFillSeconds: 0 };
  await db.setting.upsert({ where: { key: COMMENT_SETTING_KEY }, create: { key: COMMENT_SETTING_KEY, value }, update: { value } });
  const unit = await fx.unit("DISTRICT");
  const writer = await fx.user();
  articleId = (await fx.article(unit.id, writer.id, new Date())).id;
});

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
  if (savedSetting !== undefined) await db.setting.create({ data: { key: COMMENT_SETTING_KEY, value: savedSetting as object } });
  await fx.cleanUp();
});

/** The server's listener with, behind it, the comment action as Next would run it for a form post. */
async function startPortal(trustedProxies: number) {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer(
    withClientAddress(trustedProxies, async (req, res) => {
      seen.push({ ...req.headers });
      request.headers = { ...req.headers };
      const form = new FormData();
      const id = randomBytes(5).toString("hex");
      for (const [name, value] of Object.entries({
        articleId: String(articleId),
        content: `Đề nghị hướng dẫn thủ tục chứng thực bản sao, câu hỏi ${id}.`,
        name: "Lê Văn Tâm",
        email: `tam.${id}@example.vn`,
        website: "",
        token: issueFormToken(articleId),
      }))
        form.append(name, value);
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(await submitCommentAction(null, form)));
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  // Each test connects from its own loopback address (all of 127.0.0.0/8 is this machine), so the
  // comments of earlier runs from 127.0.0.1 do not count here.
  const from = `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;
  const post = (headers: OutgoingHttpHeaders) =>
    new Promise<{ ok: boolean; error?: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, localAddress: from, path: "/bai-viet/mot", method: "POST", headers }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () => resolve(JSON.parse(body)));
      });
      req.on("error", reject);
      req.end();
    });
  return { from, post, seen };
}

const storedFrom = (address: string) => db.comment.count({ where: { articleId, addressHash: hashAddress(address) } });

describe("the comment limit per address (5 in 10 minutes)", () => {
  it("holds against a client that sends a new X-Forwarded-For, and our own header, with every comment", async () => {
    const { from, post } = await startPortal(0);
    const results = [];
    for (let i = 0; i < 8; i++) {
      const forged = `203.0.113.${i + 1}`;
      results.push(await post({ "x-forwarded-for": forged, "x-pbgdpl-client-address": forged }));
    }
    expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: true }));
    expect(results.slice(5)).toEqual(Array(3).fill({ ok: false, error: REFUSAL_MESSAGES["rate-address"] }));
    expect(await storedFrom(from)).toBe(5);
    for (let i = 0; i < 8; i++) expect(await storedFrom(`203.0.113.${i + 1}`)).toBe(0);
  });

  it("behind a trusted proxy, counts the address the proxy appended, whatever the client wrote before it", async () => {
    const { post } = await startPortal(1);
    const reader = `198.51.100.${randomInt(1, 255)}-${randomBytes(3).toString("hex")}`;
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await post({ "x-forwarded-for": `203.0.113.${i + 1}, ${reader}`, "x-pbgdpl-client-address": `203.0.113.${i + 1}` }));
    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(await storedFrom(reader)).toBe(5);
    // Another reader behind the same proxy is not held back by the first.
    expect(await post({ "x-forwarded-for": `198.51.100.250-${randomBytes(3).toString("hex")}` })).toEqual({ ok: true });
  });
});
