import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { numberKeyOf, searchWordsFor } from "@/lib/documents/search-words";
import { makeActor, makeUnit, removeUnits, suffix } from "@/test-support/fixtures/people";

// Outside Next there is no data cache: each call reads the database.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));

const { GET: documents } = await import("./van-ban/route");
const { GET: articles } = await import("./bai-viet/route");

// A caller's view of the read-only API: rows this file makes under its own issuer, unit and category
// (random suffix), so the demo data and other tests' rows do not change what is counted.
const tag = suffix();
const issuer = `Cơ quan thử API ${tag}`;
let unitId: number;
let unitSlug: string;
let otherUnitId: number;
let formerUnit: { id: number; slug: string; name: string };
let categorySlug: string;
let writerId: number;

const get = (handler: (request: Request) => Promise<Response>, query: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://portal.test/api/v1/x${query}`, { headers }));

beforeAll(async () => {
  const unit = await makeUnit();
  unitId = unit.id;
  unitSlug = unit.slug;
  otherUnitId = (await makeUnit()).id;
  formerUnit = await makeUnit("MERGED");
  writerId = (await makeActor([], [{ unitId, role: "AUTHOR" }])).id;
  categorySlug = (await db.category.create({ data: { name: `Chuyên mục API ${tag}`, slug: `api-${tag}` } })).slug;
  // 23 published documents (one a page over 20), one waiting for approval and one returned.
  for (let i = 1; i <= 25; i++) {
    const state = i === 24 ? "SUBMITTED" : i === 25 ? "RETURNED" : "PUBLISHED";
    const fields = { number: `${i}/2024/QĐ-${tag}`, type: i <= 5 ? "KE_HOACH" : "QUYET_DINH", issuer, summary: `Văn bản thử API số ${i}` };
    await db.legalDocument.create({
      data: {
        ...fields, slug: `api-${tag}-${i}`, numberKey: numberKeyOf(fields.number), searchWords: searchWordsFor(fields),
        issuedOn: new Date(Date.UTC(2024, 0, i)), unitId, createdById: writerId, state, publishedAt: state === "PUBLISHED" ? new Date() : null,
      },
    });
  }
  const categoryId = (await db.category.findUniqueOrThrow({ where: { slug: categorySlug } })).id;
  const article = (key: string, state: "PUBLISHED" | "DRAFT" | "TAKEN_DOWN", publishedAt: string, options: { unit?: number; writtenBy?: number; category?: boolean; deleted?: boolean } = {}) =>
    db.article.create({
      data: {
        slug: `api-${tag}-${key}`, title: `Bài API ${tag} ${key}`, sapo: "Tin thử.", body: { type: "doc", content: [] }, state,
        unitId: options.unit ?? unitId, originalUnitId: options.writtenBy ?? options.unit ?? unitId, writerId, publishedAt: new Date(publishedAt),
        categoryId: options.category === false ? null : categoryId,
        deletedAt: options.deleted ? new Date() : null,
      },
    });
  await article("cu", "PUBLISHED", "2026-03-01T16:30:00Z"); // 1 March 23:30 in Vietnam
  await article("moi", "PUBLISHED", "2026-03-01T18:00:00Z"); // 2 March 01:00 in Vietnam, still 1 March in UTC
  await article("khong-chuyen-muc", "PUBLISHED", "2026-03-03T01:00:00Z", { category: false });
  await article("don-vi-khac", "PUBLISHED", "2026-03-04T01:00:00Z", { unit: otherUnitId });
  await article("nhap", "DRAFT", "2026-03-05T01:00:00Z");
  await article("da-go", "TAKEN_DOWN", "2026-03-06T01:00:00Z");
  await article("thung-rac", "PUBLISHED", "2026-03-07T01:00:00Z", { deleted: true });
  // Written by a unit since merged into ours: ours now, keeping the name of the unit that wrote it.
  await article("sap-nhap", "PUBLISHED", "2025-06-20T01:00:00Z", { writtenBy: formerUnit.id, category: false });
});

afterAll(async () => {
  await db.legalDocument.deleteMany({ where: { issuer } });
  await db.article.deleteMany({ where: { slug: { startsWith: `api-${tag}-` } } });
  await db.category.deleteMany({ where: { slug: categorySlug } });
  await db.membership.deleteMany({ where: { userId: writerId } });
  await db.user.delete({ where: { id: writerId } });
  await removeUnits([unitId, otherUnitId, formerUnit.id]);
});

describe("GET /api/v1/van-ban", () => {
  it("lists published documents only, 20 a page, filtered like /van-ban, with facets", async () => {
    const byIssuer = `?co-quan=${encodeURIComponent(issuer)}`;
    const first = await get(documents, byIssuer);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const page1 = await first.json();
    expect(page1.meta).toEqual({ page: 1, pageSize: 20, total: 23, pageCount: 2 });
    expect(page1.data).toHaveLength(20);
    expect(page1.data[0]).toEqual({
      soKyHieu: `23/2024/QĐ-${tag}`, loaiVanBan: "Quyết định", coQuanBanHanh: issuer, ngayBanHanh: "2024-01-23", ngayCoHieuLuc: null,
      tinhTrangHieuLuc: "con-hieu-luc", trichYeu: "Văn bản thử API số 23", url: expect.stringMatching(new RegExp(`/van-ban/api-${tag}-23$`)),
    });
    expect(page1.facets.types).toEqual([{ value: "QUYET_DINH", label: "Quyết định", count: 18 }, { value: "KE_HOACH", label: "Kế hoạch", count: 5 }]);

    const page2 = await (await get(documents, `${byIssuer}&trang=2`)).json();
    expect(page2.meta).toEqual({ page: 2, pageSize: 20, total: 23, pageCount: 2 });
    const numbers = [...page1.data, ...page2.data].map((d: { soKyHieu: string }) => d.soKyHieu);
    expect(new Set(numbers).size).toBe(23);
    // Waiting and returned documents are never served.
    expect(numbers).not.toContain(`24/2024/QĐ-${tag}`);
    expect(numbers).not.toContain(`25/2024/QĐ-${tag}`);

    const plans = await (await get(documents, `${byIssuer}&loai=ke-hoach`)).json();
    expect(plans.data.map((d: { soKyHieu: string }) => d.soKyHieu)).toEqual([5, 4, 3, 2, 1].map((i) => `${i}/2024/QĐ-${tag}`));
    const byWords = await (await get(documents, `?q=${encodeURIComponent(`7/2024/qd-${tag}`)}`)).json();
    expect(byWords.data[0].soKyHieu).toBe(`7/2024/QĐ-${tag}`);
    // A filter value it does not know is dropped, as on /van-ban, not an error.
    const unknown = await get(documents, `${byIssuer}&loai=sac-lenh&trang=abc`);
    expect(unknown.status).toBe(200);
    expect((await unknown.json()).meta).toEqual({ page: 1, pageSize: 20, total: 23, pageCount: 2 });
  });

  it("answers 304 without a body to the ETag it gave, weak or in a list, and a new ETag once the list changes", async () => {
    const query = `?co-quan=${encodeURIComponent(issuer)}`;
    const response = await get(documents, query);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get(documents, query, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect((await get(documents, query, { "If-None-Match": `"other", W/${etag}` })).status).toBe(304);
    // Another page is another answer.
    expect((await get(documents, `${query}&trang=2`, { "If-None-Match": etag })).status).toBe(200);

    await db.legalDocument.update({ where: { slug: `api-${tag}-24` }, data: { state: "PUBLISHED", publishedAt: new Date() } });
    const changed = await get(documents, query, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await changed.json()).meta.total).toBe(24);
  });
});

describe("GET /api/v1/bai-viet", () => {
  it("lists published articles, newest first, never drafts, taken-down or binned ones", async () => {
    const body = await (await get(articles, "")).json();
    expect(body.meta.total).toBe(await db.article.count({ where: { state: "PUBLISHED", deletedAt: null } }));
    const dates = body.data.map((a: { ngayXuatBan: string }) => a.ngayXuatBan);
    expect([...dates].sort().reverse()).toEqual(dates);

    const ours = await (await get(articles, `?don-vi=${unitSlug}`)).json();
    expect(ours.data.map((a: { tieuDe: string }) => a.tieuDe)).toEqual(["khong-chuyen-muc", "moi", "cu", "sap-nhap"].map((key) => `Bài API ${tag} ${key}`));
    expect(ours.meta).toEqual({ page: 1, pageSize: 20, total: 4, pageCount: 1 });
    expect(ours.data[1]).toEqual({
      tieuDe: `Bài API ${tag} moi`, sapo: "Tin thử.", tacGia: null, ngayXuatBan: "2026-03-01T18:00:00.000Z",
      donVi: { name: expect.any(String), slug: unitSlug }, chuyenMuc: { name: `Chuyên mục API ${tag}`, slug: categorySlug },
      url: expect.stringMatching(new RegExp(`/bai-viet/api-${tag}-moi$`)),
    });
  });

  it("filters by chuyên mục, đơn vị and a day in Vietnam, and pages on", async () => {
    const titles = async (query: string) => (await (await get(articles, query)).json()).data.map((a: { tieuDe: string }) => a.tieuDe.replace(`Bài API ${tag} `, ""));
    // A merged unit's article is its successor's, as on the successor's public page, and still found under the unit that wrote it.
    const merged = await (await get(articles, `?don-vi=${formerUnit.slug}`)).json();
    expect(merged.data.map((a: { tieuDe: string }) => a.tieuDe)).toEqual([`Bài API ${tag} sap-nhap`]);
    expect(merged.data[0].donVi).toEqual({ name: formerUnit.name, slug: formerUnit.slug });
    expect(await titles(`?chuyen-muc=${categorySlug}`)).toEqual(["don-vi-khac", "moi", "cu"]);
    expect(await titles(`?chuyen-muc=${categorySlug}&don-vi=${unitSlug}`)).toEqual(["moi", "cu"]);
    // The day is Vietnam's: 01:00 on 2 March there is in, 23:30 on 1 March is out.
    expect(await titles(`?chuyen-muc=${categorySlug}&tu-ngay=2026-03-02`)).toEqual(["don-vi-khac", "moi"]);
    expect(await titles(`?chuyen-muc=${categorySlug}&tu-ngay=2026-03-01`)).toEqual(["don-vi-khac", "moi", "cu"]);
    const beyond = await (await get(articles, `?chuyen-muc=${categorySlug}&trang=2`)).json();
    expect(beyond).toMatchObject({ data: [], meta: { page: 2, total: 3, pageCount: 1 } });
    // Malformed filters are ignored rather than refused.
    expect((await get(articles, `?chuyen-muc=${categorySlug}&tu-ngay=01/03/2026&trang=-1`)).status).toBe(200);
    expect(await titles(`?chuyen-muc=${categorySlug}&tu-ngay=01/03/2026&trang=-1`)).toEqual(["don-vi-khac", "moi", "cu"]);
  });

  it("answers 304 to the ETag it gave, and a new one once an article is published", async () => {
    const query = `?don-vi=${unitSlug}`;
    const etag = (await get(articles, query)).headers.get("etag")!;
    const again = await get(articles, query, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await db.article.update({ where: { slug: `api-${tag}-nhap` }, data: { state: "PUBLISHED" } });
    const changed = await get(articles, query, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect((await changed.json()).meta.total).toBe(5);
  });
});
