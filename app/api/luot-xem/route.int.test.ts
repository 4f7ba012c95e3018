import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashAddress } from "@/lib/auth/throttle";
import { COUNT_WINDOW_MINUTES } from "@/lib/site/counted-visit";
import { viewCounter } from "@/lib/site/view-counter";
import { unitFixtures } from "@/test-support/fixtures/units";
import { POST } from "./route";

// The view beacon as browsers send it, to the real route handler and PostgreSQL. Before the fix it
// counted every POST, from any site, as many times as it was sent: the reports' "Lượt xem" could be
// made up by anyone. The address is what scripts/server.mjs put in x-pbgdpl-client-address.

const HOST = "cong.test:3000";
const ORIGIN = `http://${HOST}`;
const fx = unitFixtures("luot-xem");
let articleId: number;

beforeAll(async () => {
  const unit = await fx.unit("DISTRICT");
  const writer = await fx.user();
  articleId = (await fx.article(unit.id, writer.id, new Date())).id;
});

beforeEach(async () => {
  await viewCounter().flush();
});

afterAll(async () => {
  await viewCounter().flush();
  await db.countedVisit.deleteMany({ where: { kind: "view", subjectId: articleId } });
  await fx.cleanUp();
});

const reader = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomBytes(4).toString("hex")}`;

/** A beacon as the article page sends it (navigator.sendBeacon: same-origin, with Origin). */
function beacon(address: string, headers: Record<string, string> = {}, body: unknown = { articleId }) {
  return POST(
    new Request(`${ORIGIN}/api/luot-xem`, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { host: HOST, origin: ORIGIN, "sec-fetch-site": "same-origin", "content-type": "text/plain;charset=UTF-8", "x-pbgdpl-client-address": address, ...headers },
    }),
  );
}

/** Article.viewCount once the batch the route added to has been written. */
async function views(): Promise<number> {
  await viewCounter().flush();
  return (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { viewCount: true } })).viewCount;
}

describe("POST /api/luot-xem", () => {
  it("counts a reader's view once in 30 minutes, however often the beacon comes", async () => {
    const address = reader();
    const before = await views();
    for (let i = 0; i < 5; i++) expect((await beacon(address)).status).toBe(204);
    expect(await views()).toBe(before + 1);
    expect(await db.countedVisit.count({ where: { kind: "view", subjectId: articleId, addressHash: hashAddress(address) } })).toBe(1);
  });

  it("counts at most once for beacons sent at the same moment", async () => {
    const address = reader();
    const before = await views();
    const answers = await Promise.all(Array.from({ length: 20 }, () => beacon(address)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(204));
    expect(await views()).toBe(before + 1);
  });

  it("counts another reader, and the same reader again once the 30 minutes are over", async () => {
    const [first, second] = [reader(), reader()];
    const before = await views();
    await beacon(first);
    await beacon(second);
    expect(await views()).toBe(before + 2);
    // 29 minutes on: still the same visit.
    await db.countedVisit.updateMany({ where: { kind: "view", subjectId: articleId, addressHash: hashAddress(first) }, data: { countedAt: new Date(Date.now() - 29 * 60_000) } });
    await beacon(first);
    expect(await views()).toBe(before + 2);
    await db.countedVisit.updateMany({
      where: { kind: "view", subjectId: articleId, addressHash: hashAddress(first) },
      data: { countedAt: new Date(Date.now() - COUNT_WINDOW_MINUTES * 60_000 - 1000) },
    });
    await beacon(first);
    expect(await views()).toBe(before + 3);
    await beacon(first);
    expect(await views()).toBe(before + 3);
  });

  it("refuses beacons from other sites with 403 and counts nothing", async () => {
    const before = await views();
    const crossSite: Record<string, string>[] = [
      { origin: "https://trang-khac.example", "sec-fetch-site": "cross-site" },
      { origin: "https://trang-khac.example", "sec-fetch-site": "same-site" },
      // A page that hides its Origin still gives itself away by Sec-Fetch-Site.
      { origin: ORIGIN, "sec-fetch-site": "cross-site" },
      { origin: "null", "sec-fetch-site": "cross-site" },
      // A browser that sends no Sec-Fetch-Site still names the page's origin.
      { origin: "https://trang-khac.example", "sec-fetch-site": "" },
    ];
    for (const headers of crossSite) {
      const request = { ...headers };
      if (request["sec-fetch-site"] === "") delete request["sec-fetch-site"];
      const answer = await beacon(reader(), request);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    // No Origin at all: not a browser on one of our pages.
    const withoutOrigin = await POST(
      new Request(`${ORIGIN}/api/luot-xem`, { method: "POST", body: JSON.stringify({ articleId }), headers: { host: HOST, "x-pbgdpl-client-address": reader() } }),
    );
    expect(withoutOrigin.status).toBe(403);
    expect(await views()).toBe(before);
  });

  it("still refuses what is not a beacon, and counts nothing for an article readers cannot see", async () => {
    expect((await beacon(reader(), {}, { articleId: "abc" })).status).toBe(400);
    expect((await beacon(reader(), {}, "x".repeat(1000))).status).toBe(413);
    const unit = await fx.unit("DISTRICT");
    const draft = await fx.article(unit.id, (await fx.user()).id, null);
    expect((await beacon(reader(), {}, { articleId: draft.id })).status).toBe(204);
    expect((await beacon(reader(), {}, { articleId: 2_000_000_000 })).status).toBe(204);
    expect(await db.countedVisit.count({ where: { kind: "view", subjectId: { in: [draft.id, 2_000_000_000] } } })).toBe(0);
  });
});
