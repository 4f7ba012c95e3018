import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import type { Prisma } from "@/generated/prisma/client";
import { ARTICLES_TAG, CATEGORIES_TAG, DOCUMENTS_TAG, UNITS_TAG } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/site/url";
import { todayInVietnam } from "./effect";
import { searchDocuments } from "./public-search";
import type { DocumentSearch } from "./search-params";
import { EFFECT_SLUGS } from "./types";

// The read-only JSON API (/api/v1/van-ban, /api/v1/bai-viet): published content only, as Circular
// 22/2023 asks agency portals to share it as structured data. Paged, filtered with the same words as
// the public pages, answered with an ETag so a client that polls downloads only what changed.

export const API_PAGE_SIZE = 20;

export type ApiPage<T> = { data: T[]; meta: { page: number; pageSize: number; total: number; pageCount: number } };

export const apiDocuments = (search: DocumentSearch) =>
  unstable_cache(
    async () => {
      const result = await searchDocuments(search);
      return {
        data: result.items.map((d) => ({
          soKyHieu: d.number,
          loaiVanBan: d.typeLabel,
          coQuanBanHanh: d.issuer,
          ngayBanHanh: d.issuedOn,
          ngayCoHieuLuc: d.effectiveFrom,
          tinhTrangHieuLuc: EFFECT_SLUGS[d.effect],
          trichYeu: d.summary,
          url: absoluteUrl(`/van-ban/${d.slug}`),
        })),
        meta: { page: result.page, pageSize: API_PAGE_SIZE, total: result.total, pageCount: result.pageCount },
        facets: result.facets,
      };
    },
    ["api", "documents", todayInVietnam(), JSON.stringify(search)],
    { tags: [DOCUMENTS_TAG], revalidate: 3600 },
  )();

export type ArticleFilter = { page: number; categorySlug: string | null; unitSlug: string | null; since: string | null };

export const apiArticles = (filter: ArticleFilter) =>
  unstable_cache(
    async () => {
      const where: Prisma.ArticleWhereInput = { state: "PUBLISHED", deletedAt: null };
      if (filter.categorySlug) where.category = { slug: filter.categorySlug };
      // A unit's articles as its public page lists them (those of units merged into it included), and
      // those a unit since merged wrote, under its old address.
      if (filter.unitSlug) where.OR = [{ unit: { slug: filter.unitSlug } }, { originalUnit: { slug: filter.unitSlug } }];
      if (filter.since) where.publishedAt = { gte: new Date(`${filter.since}T00:00:00+07:00`) };
      const [rows, total] = await Promise.all([
        db.article.findMany({
          where,
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          skip: (filter.page - 1) * API_PAGE_SIZE,
          take: API_PAGE_SIZE,
          select: { slug: true, title: true, sapo: true, byline: true, publishedAt: true, updatedAt: true, originalUnit: { select: { name: true, slug: true } }, category: { select: { name: true, slug: true } } },
        }),
        db.article.count({ where }),
      ]);
      return {
        data: rows.map((a) => ({
          tieuDe: a.title,
          sapo: a.sapo,
          tacGia: a.byline,
          ngayXuatBan: a.publishedAt?.toISOString() ?? null,
          donVi: a.originalUnit,
          chuyenMuc: a.category,
          url: absoluteUrl(`/bai-viet/${a.slug}`),
        })),
        meta: { page: filter.page, pageSize: API_PAGE_SIZE, total, pageCount: Math.max(1, Math.ceil(total / API_PAGE_SIZE)) },
      };
    },
    ["api", "articles", JSON.stringify(filter)],
    { tags: [ARTICLES_TAG, UNITS_TAG, CATEGORIES_TAG], revalidate: 3600 },
  )();

/** A JSON answer with an ETag; 304 without a body when the client already has it. */
export function jsonWithEtag(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    ETag: etag,
    "Cache-Control": "public, max-age=60",
    "Access-Control-Allow-Origin": "*",
    "X-Content-Type-Options": "nosniff",
  };
  const given = request.headers.get("if-none-match");
  if (given && given.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers });
}
