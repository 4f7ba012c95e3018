import { randomBytes, randomInt } from "node:crypto";
import { createServer, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { hashAddress } from "@/lib/auth/throttle";
import { issueFormToken } from "@/lib/comments/form-token";
import { COMMENT_SETTING_KEY, DEFAULT_COMMENT_SETTINGS } from "@/lib/comments/settings";
import { REFUSAL_MESSAGES } from "@/lib/comments/submit-comment";
import { db } from "@/lib/db";
import { withClientAddress } from "@/scripts/lib/client-address.mjs";
import { unitFixtures } from "@/test-support/fixtures/units";
import { POST } from "./route";

// The per-address comment limit, where the address is decided: requests go over a real socket
// through the server's listener (scripts/server.mjs stamps the client's address there) to the real
// route handler, which reads the headers that listener left, and to PostgreSQL. Before the fix the
// comment took the address from X-Forwarded-For, so a client rotating it was never limited.
process.env.NEXTAUTH_SECRET ??= "test-secret-for-comments";

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

/** The server's listener with, behind it, the comment route as Next would run it for the form's post. */
async function startPortal(trustedProxies: number) {
  const seen: IncomingHttpHeaders[] = [];
  server = createServer(
    withClientAddress(trustedProxies, async (req, res) => {
      seen.push({ ...req.headers });
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !["connection", "content-length", "transfer-encoding"].includes(name)) headers.set(name, [value].flat().join(", "));
      }
      const id = randomBytes(5).toString("hex");
      const body = new URLSearchParams({
        articleId: String(articleId),
        content: `Đề nghị hướng dẫn thủ tục chứng thực bản sao, câu hỏi ${id}.`,
        name: "Lê Văn Tâm",
        email: `tam.${id}@example.vn`,
        website: "",
        token: issueFormToken(articleId),
      });
      const answer = await POST(new Request(`http://${req.headers.host}/api/binh-luan`, { method: "POST", headers, body }));
      res.setHeader("content-type", "application/json");
      res.end(await answer.text());
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  // Each test connects from its own loopback address (all of 127.0.0.0/8 is this machine), so the
  // comments of earlier runs from 127.0.0.1 do not count here.
  const from = `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;
  const post = (headers: OutgoingHttpHeaders) =>
    new Promise<{ ok: boolean; error?: string }>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, localAddress: from, path: "/api/binh-luan", method: "POST", headers: { origin: `http://127.0.0.1:${port}`, ...headers } }, (res) => {
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
