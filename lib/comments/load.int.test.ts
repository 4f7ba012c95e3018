import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";

// Load: 1,000 comments sent by 20 clients at once through the real submit use case. Each reader has
// an address and email of their own, so the rate limits stay out of the way; every tenth comment
// repeats the client's previous one and must be refused as a duplicate. Afterwards every comment is
// either stored exactly once or was refused with a reason: none lost, none doubled.
process.env.NEXTAUTH_SECRET ??= "test-secret-for-comments";

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { issueFormToken } = await import("./form-token");
const { submitComment } = await import("./submit-comment");
const { commentContentHash } = await import("./spam-rules");
const { COMMENT_SETTING_KEY } = await import("./settings");

const CLIENTS = 20;
const PER_CLIENT = 50;
const fx = unitFixtures("tai-binh-luan");
let articleId: number;
let savedSetting: unknown;

beforeAll(async () => {
  // The defaults in code, whatever another test or the demo left stored.
  savedSetting = (await db.setting.findUnique({ where: { key: COMMENT_SETTING_KEY } }))?.value;
  await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
  const unit = await fx.unit("DISTRICT");
  const writer = await fx.user();
  articleId = (await fx.article(unit.id, writer.id, new Date())).id;
});

afterAll(async () => {
  if (savedSetting !== undefined) await db.setting.create({ data: { key: COMMENT_SETTING_KEY, value: savedSetting as object } });
  await fx.cleanUp();
});

it("stores each of 1,000 comments from 20 concurrent clients once, or refuses it with a reason", { timeout: 300_000 }, async () => {
  const run = randomBytes(4).toString("hex");
  type Sent = { content: string; ok: boolean; id?: number; reason?: string; ms: number };
  const sent: Sent[] = [];

  async function client(c: number) {
    let previous = "";
    for (let i = 0; i < PER_CLIENT; i++) {
      const content = i % 10 === 9 ? previous : `Ý kiến số ${i} của bạn đọc ${c} về hòa giải ở cơ sở (${run})`;
      previous = content;
      const started = performance.now();
      const result = await submitComment(
        {
          articleId,
          content,
          name: `Bạn đọc ${c}-${i}`,
          email: `ban-doc-${c}-${i}-${run}@example.vn`,
          website: "",
          token: issueFormToken(articleId, Date.now() - 4000),
        },
        { address: `10.${c}.${i}.1-${run}` },
      );
      sent.push({ content, ms: performance.now() - started, ...(result.ok ? { ok: true, id: result.value.id } : { ok: false, reason: result.reason }) });
    }
  }

  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const seconds = (performance.now() - started) / 1000;

  const rows = await db.comment.findMany({ where: { articleId }, select: { id: true, contentHash: true } });
  const accepted = sent.filter((s) => s.ok);
  const refused = sent.filter((s) => !s.ok);
  const latencies = sent.map((s) => s.ms).sort((a, b) => a - b);
  const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]);
  console.log(
    `Load: ${sent.length} comments from ${CLIENTS} concurrent clients in ${seconds.toFixed(1)} s ` +
      `(${Math.round(sent.length / seconds)}/s); stored ${accepted.length}, refused ${refused.length} ` +
      `(${[...new Set(refused.map((s) => s.reason))].join(", ")}); latency p50 ${percentile(50)} ms, p95 ${percentile(95)} ms, max ${percentile(100)} ms`,
  );

  expect(sent).toHaveLength(CLIENTS * PER_CLIENT);
  // Nothing lost: every comment was answered, and every accepted one is in the table under its id.
  expect(accepted).toHaveLength(900);
  expect(refused.map((s) => s.reason)).toEqual(Array(100).fill("duplicate"));
  expect(new Set(accepted.map((s) => s.id)).size).toBe(accepted.length);
  expect(new Set(rows.map((row) => row.id))).toEqual(new Set(accepted.map((s) => s.id)));
  // Nothing doubled: each text is stored exactly once.
  const perHash = new Map<string, number>();
  for (const row of rows) perHash.set(row.contentHash, (perHash.get(row.contentHash) ?? 0) + 1);
  expect([...perHash.values()].every((count) => count === 1)).toBe(true);
  expect(new Set(sent.map((s) => commentContentHash(s.content)))).toEqual(new Set(perHash.keys()));
});
