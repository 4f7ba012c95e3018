import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { mergeUnit } from "@/lib/units/merge-unit";
import { unitFixtures } from "@/test-support/fixtures/units";
import { KEPT_DIRECTORY, loadSearchPage, SearchAbandoned } from "./load";
import { readSearchRequest } from "./params";

vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));

// The search page's data on PostgreSQL, for what the address names (a unit filter).
const fx = unitFixtures("search-load");
let admin: Awaited<ReturnType<typeof fx.admin>>;
let writer: { id: number };

beforeAll(async () => {
  admin = await fx.admin();
  writer = await fx.user();
});
afterAll(() => fx.cleanUp());

describe("loadSearchPage", () => {
  it("searches a merged unit's successor for an old link filtered by the merged unit, and shows the successor chosen", async () => {
    const old = await fx.unit("COMMUNE");
    const successor = await fx.unit("COMMUNE");
    const article = await fx.article(old.id, writer.id, new Date("2026-03-02T01:30:00Z"));
    expect(await mergeUnit(admin, { unitId: String(old.id), successorId: String(successor.id) })).toMatchObject({ ok: true });

    const data = await loadSearchPage(readSearchRequest({ "don-vi": old.slug }), KEPT_DIRECTORY);
    expect(data.unknownFilter).toBe(false);
    expect(data.request.unitSlug).toBe(successor.slug);
    expect(data.results?.hits.map((hit) => hit.id)).toEqual([article.id]);
  });

  it("still says a unit nobody can choose is unknown, and searches nothing", async () => {
    const data = await loadSearchPage(readSearchRequest({ "don-vi": `${fx.tag}-khong-co` }), KEPT_DIRECTORY);
    expect(data.unknownFilter).toBe(true);
    expect(data.results).toBeNull();
    expect(await db.unit.count({ where: { slug: `${fx.tag}-khong-co` } })).toBe(0);
  });

  it("does not search for a reader who left while the search waited its turn, and leaves the turn to the next", async () => {
    const left = new AbortController();
    left.abort();
    // More readers than turns: a turn kept by any of them would leave the searches below waiting for ever.
    for (let i = 0; i < 3; i++) {
      await expect(loadSearchPage(readSearchRequest({ q: "pháp luật" }), KEPT_DIRECTORY, left.signal)).rejects.toBeInstanceOf(SearchAbandoned);
    }
    const many = await Promise.all(Array.from({ length: 5 }, () => loadSearchPage(readSearchRequest({ q: "pháp luật" }), KEPT_DIRECTORY)));
    for (const data of many) expect(data.results?.total).toBeGreaterThan(0);
  });
});

