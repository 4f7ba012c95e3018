import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

// Outside Next there is no data cache: each call reads the database.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {} }));

const { GET: documents } = await import("./van-ban/route");
const { GET: articles } = await import("./bai-viet/route");

describe("GET /api/v1/van-ban", () => {
  it("lists published documents only, filtered, and answers 304 to the same ETag", async () => {
    const published = await db.legalDocument.count({ where: { state: "PUBLISHED" } });
    const response = await documents(new Request("http://portal.test/api/v1/van-ban"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta.total).toBe(published);
    expect(body.data).toHaveLength(Math.min(20, published));

    const filtered = await (await documents(new Request("http://portal.test/api/v1/van-ban?loai=luat&q=dat+dai"))).json();
    expect(filtered.data.length).toBeGreaterThan(0);
    expect(filtered.data.every((d: { loaiVanBan: string }) => d.loaiVanBan === "Luật")).toBe(true);

    const again = await documents(new Request("http://portal.test/api/v1/van-ban", { headers: { "If-None-Match": response.headers.get("etag")! } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("GET /api/v1/bai-viet", () => {
  it("lists published articles, newest first, never drafts", async () => {
    const body = await (await articles(new Request("http://portal.test/api/v1/bai-viet"))).json();
    expect(body.meta.total).toBe(await db.article.count({ where: { state: "PUBLISHED", deletedAt: null } }));
    const titles = body.data.map((a: { tieuDe: string }) => a.tieuDe);
    const draft = await db.article.findFirst({ where: { state: "DRAFT" }, select: { title: true } });
    if (draft) expect(titles).not.toContain(draft.title);
    const dates = body.data.map((a: { ngayXuatBan: string }) => a.ngayXuatBan);
    expect([...dates].sort().reverse()).toEqual(dates);
  });
});
