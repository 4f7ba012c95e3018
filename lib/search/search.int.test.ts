import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addArticleViews } from "@/lib/site/view-counter";
import { unitFixtures } from "@/test-support/fixtures/units";
import { readSearchRequest } from "./params";
import { parseSearchQuery } from "./query";
import { CANDIDATES, searchArticles, type SearchFilters } from "./search";

// Search on PostgreSQL over articles this file makes in a unit of its own (every search is narrowed
// to that unit, so the demo data and other tests' rows do not interfere).
const fx = unitFixtures("search");
let unitId: number;
let otherUnitId: number;
let categoryId: number;
let writerId: number;
const ids: Record<string, number> = {};

type Seed = { title: string; sapo?: string; body?: string; state?: "PUBLISHED" | "DRAFT" | "TAKEN_DOWN"; publishedAt?: string; deleted?: boolean; category?: boolean; unit?: number };

async function article(key: string, seed: Seed) {
  const created = await db.article.create({
    data: {
      slug: `${fx.tag}-${key}`,
      title: seed.title,
      sapo: seed.sapo ?? "Tin tổng hợp.",
      body: { type: "doc", content: [] },
      bodyText: seed.body ?? "Nội dung chung.",
      state: seed.state ?? "PUBLISHED",
      unitId: seed.unit ?? unitId,
      originalUnitId: seed.unit ?? unitId,
      writerId,
      categoryId: seed.category ? categoryId : null,
      publishedAt: new Date(seed.publishedAt ?? "2026-02-01T03:00:00Z"),
      deletedAt: seed.deleted ? new Date() : null,
    },
  });
  ids[key] = created.id;
}

const search = (q: string, filters: SearchFilters = {}, page = 1, perPage = 20) =>
  searchArticles(parseSearchQuery(q), { unitId, ...filters }, page, perPage);
const keysOf = async (q: string, filters: SearchFilters = {}) => {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  return (await search(q, filters)).hits.map((hit) => byId.get(hit.id));
};

beforeAll(async () => {
  unitId = (await fx.unit("COMMUNE")).id;
  otherUnitId = (await fx.unit("COMMUNE")).id;
  writerId = (await fx.user()).id;
  categoryId = (await db.category.create({ data: { name: `Chuyên mục thử ${fx.tag}`, slug: `cm-${fx.tag}` } })).id;
  // Ranking: the same two words in the title (as typed / folded), the sapo, the body.
  await article("title-exact", { title: "Phổ biến Luật Đất đai cho nông dân", publishedAt: "2026-01-01T03:00:00Z" });
  await article("title-folded", { title: "Pho bien Luat Dat dai (ban khong dau)", publishedAt: "2026-01-02T03:00:00Z" });
  await article("sapo", { title: "Hội nghị ở xã", sapo: "Tuyên truyền về đất đai và nhà ở.", publishedAt: "2026-01-03T03:00:00Z" });
  await article("body", { title: "Tin ngắn", body: "Người dân hỏi về đất đai nhiều nhất.", publishedAt: "2026-01-04T03:00:00Z" });
  // Words apart, and in another order.
  await article("apart", { title: "Đai an toàn và đất nông nghiệp", publishedAt: "2026-01-05T03:00:00Z" });
  // Accents, đ, whole words, phrases.
  await article("road", { title: "ĐƯỜNG giao thông nông thôn", category: true, publishedAt: "2026-03-01T16:30:00Z" });
  await article("mediation", { title: "Hòa giải ở cơ sở", body: "Tổ hòa giải thôn Đông giải quyết tranh chấp đất-đai giữa hai hộ.", category: true, publishedAt: "2026-03-01T17:30:00Z" });
  await article("whole", { title: "Toàn dân tham gia bảo vệ an ninh", publishedAt: "2026-01-06T03:00:00Z" });
  // Never found: not published, in the bin, taken down, another unit.
  await article("draft", { title: "Bản nháp về đất đai", state: "DRAFT" });
  await article("bin", { title: "Bài đã xóa về đất đai", deleted: true });
  await article("gone", { title: "Bài đã gỡ về đất đai", state: "TAKEN_DOWN" });
  await article("elsewhere", { title: "Đất đai ở đơn vị khác", unit: otherUnitId });
  // A phrase's words in a row, and the same words in pairs apart.
  await article("cooperative", { title: "Mô hình hợp tác xã kiểu mới", publishedAt: "2025-05-01T03:00:00Z" });
  await article("pairs", { title: "Chuyện làng nghề", body: "Chương trình hợp tác, còn tác xã là cách gọi cũ.", publishedAt: "2025-05-02T03:00:00Z" });
  // More matches than are ranked by score: the best tiers come first all the same.
  await article("tier-exact", { title: "Ngũ hành trong kiến trúc", publishedAt: "2024-01-01T03:00:00Z" });
  await article("tier-folded", { title: "Ngu hanh (ban khong dau)", publishedAt: "2024-01-02T03:00:00Z" });
  await article("tier-sapo", { title: "Kiến trúc nhà cổ", sapo: "Bàn về ngũ hành.", publishedAt: "2024-01-03T03:00:00Z" });
  await db.article.createMany({
    data: Array.from({ length: CANDIDATES + 5 }, (_, i) => ({
      slug: `${fx.tag}-bulk-${i}`,
      title: `Tin vắn số ${i}`,
      sapo: "Tin tổng hợp.",
      body: { type: "doc", content: [] },
      bodyText: "Bài có nhắc tới ngũ hành một lần.",
      state: "PUBLISHED" as const,
      unitId,
      originalUnitId: unitId,
      writerId,
      publishedAt: new Date(Date.UTC(2025, 0, 1, i)),
    })),
  });
});

afterAll(async () => {
  await fx.cleanUp();
  await db.category.delete({ where: { id: categoryId } });
});

describe("searchArticles", () => {
  it("ignores diacritics both ways: 'phap luat' style queries and 'đ' as 'd'", async () => {
    expect(await keysOf("Phổ biến")).toEqual(["title-exact", "title-folded"]);
    // Typed without accents, the title written without accents is the exact match.
    expect(await keysOf("pho bien")).toEqual(["title-folded", "title-exact"]);
    expect(await keysOf("duong")).toEqual(["road"]);
    expect(await keysOf("đường")).toEqual(["road"]);
    expect(await keysOf("Đường")).toEqual(["road"]);
  });

  it("ranks title above sapo above body, and the accents as typed above a folded match", async () => {
    // apart has both words in its title as typed, but apart; mediation has them in its body, but
    // as "đất-đai" (found, not "together").
    expect(await keysOf("đất đai")).toEqual(["title-exact", "apart", "title-folded", "sapo", "body", "mediation"]);
    // Typed without accents, neither body holds the words as typed: bodies tie, the newer first.
    expect(await keysOf("dat dai")).toEqual(["title-folded", "title-exact", "apart", "sapo", "mediation", "body"]);
  });

  it("needs every word (in any order) and reads a quoted phrase as a phrase", async () => {
    expect(await keysOf("đai đất")).toEqual(expect.arrayContaining(["title-exact", "title-folded", "sapo", "body", "apart"]));
    expect(await keysOf('"đất đai"')).not.toContain("apart");
    expect(await keysOf('"đất đai"')).toContain("mediation");
    expect(await keysOf("hòa giải tranh chấp")).toEqual(["mediation"]);
    expect(await keysOf("hòa giải nông dân")).toEqual([]);
  });

  it("matches whole words only", async () => {
    expect((await keysOf("an")).sort()).toEqual(["apart", "whole"]);
  });

  it("never shows drafts, the bin, taken-down articles or other units' articles", async () => {
    const found = await keysOf("đất đai");
    for (const key of ["draft", "bin", "gone", "elsewhere"]) expect(found).not.toContain(key);
    const everywhere = await searchArticles(parseSearchQuery(`"đất đai ở đơn vị khác"`), {});
    expect(everywhere.hits.map((hit) => hit.id)).toEqual([ids.elsewhere]);
  });

  it("filters by category and by Vietnam days", async () => {
    expect(await keysOf("", { categoryId })).toEqual(["mediation", "road"]);
    // road was published at 23:30 on 1 March in Vietnam, mediation at 00:30 on 2 March.
    const march1 = readSearchRequest({ "tu-ngay": "2026-03-01", "den-ngay": "2026-03-01" });
    expect(await keysOf("", { from: march1.from!, until: march1.until! })).toEqual(["road"]);
    const march2 = readSearchRequest({ "tu-ngay": "2026-03-02" });
    expect(await keysOf("", { from: march2.from! })).toEqual(["mediation"]);
  });

  it("pages through results and counts them all", async () => {
    const first = await search("đất đai", {}, 1, 2);
    const second = await search("đất đai", {}, 2, 2);
    const beyond = await search("đất đai", {}, 9, 2);
    expect(first.total).toBe(6);
    expect(first.pageCount).toBe(3);
    expect(first.hits).toHaveLength(2);
    expect(second.hits.map((h) => h.id)).not.toContain(first.hits[0].id);
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(6);
  });

  it("reads a phrase of three words as those words in a row, not as pairs found apart", async () => {
    expect(await keysOf('"hợp tác xã"')).toEqual(["cooperative"]);
    expect(await keysOf("hợp tác xã")).toEqual(["cooperative", "pairs"]);
    expect(await keysOf('"tác xã"')).toEqual(["cooperative", "pairs"]);
  });

  it("puts the best tiers first when more articles match than are ranked by score, and pages through all", async () => {
    const perPage = 20;
    const first = await search("ngũ hành", {}, 1, perPage);
    expect(first.total).toBe(CANDIDATES + 8);
    // The title as typed, the title without accents, the sapo: the oldest three, ahead of newer bodies.
    expect(first.hits.slice(0, 3).map((hit) => hit.id)).toEqual([ids["tier-exact"], ids["tier-folded"], ids["tier-sapo"]]);
    const seen: number[] = [];
    const dates: string[] = [];
    for (let page = 1; page <= first.pageCount; page++) {
      const { hits } = await search("ngũ hành", {}, page, perPage);
      seen.push(...hits.map((hit) => hit.id));
      dates.push(...hits.slice(page === 1 ? 3 : 0).map((hit) => hit.publishedAt));
    }
    expect(new Set(seen).size).toBe(CANDIDATES + 8);
    // The bodies, scored alike or not scored at all, newest first throughout.
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("saves and finds an article whose body is too long to index whole", async () => {
    const words = Array.from({ length: 120_000 }, (_, i) => `t${i.toString(36)}q`);
    await article("huge", { title: "Văn bản rất dài", body: `mởđầu ${words.join(" ")}` });
    expect(await keysOf("mởđầu")).toEqual(["huge"]);
  });

  it("treats hostile input as words", async () => {
    for (const q of ["'; DROP TABLE \"Article\"; --", "%", "_", "\\", "(a|b)*", "[[:alpha:]]", "\u0000"]) {
      await expect(search(q)).resolves.toMatchObject({ total: expect.any(Number) });
    }
    expect(await db.article.count({ where: { id: ids["title-exact"] } })).toBe(1);
  });
});

describe("addArticleViews", () => {
  it("adds batched views to published articles only, in one statement", async () => {
    const before = await db.article.findMany({ where: { id: { in: [ids.road, ids.draft] } }, select: { id: true, viewCount: true } });
    await addArticleViews(
      new Map([
        [ids.road, 3],
        [ids.draft, 5],
        [2_000_000_000, 1],
      ]),
    );
    const after = await db.article.findMany({ where: { id: { in: [ids.road, ids.draft] } }, select: { id: true, viewCount: true } });
    const count = (list: typeof before, id: number) => list.find((a) => a.id === id)!.viewCount;
    expect(count(after, ids.road)).toBe(count(before, ids.road) + 3);
    expect(count(after, ids.draft)).toBe(count(before, ids.draft));
  });
});
