import { slugify } from "@/lib/vietnamese";
import { DOCUMENT_TYPES, EFFECT_SLUGS, EFFECTS, type EffectName } from "./types";

// The address of /van-ban, read and written: ?q=…&loai=nghi-dinh&co-quan=…&linh-vuc=<slug>&nam=2022
// &hieu-luc=con-hieu-luc&trang=N. Unknown values are dropped rather than refused. Pure.

export type DocumentSearch = {
  q: string;
  type: string | null;
  issuer: string | null;
  fieldSlug: string | null;
  year: number | null;
  effect: EffectName | null;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

const TYPE_BY_SLUG = new Map(DOCUMENT_TYPES.map((type) => [slugify(type.label), type.key]));
const EFFECT_BY_SLUG = new Map(EFFECTS.map((effect) => [EFFECT_SLUGS[effect], effect]));

export function typeSlug(key: string): string {
  const type = DOCUMENT_TYPES.find((t) => t.key === key);
  return type ? slugify(type.label) : key.toLowerCase();
}

function first(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? "").trim();
}

export function readDocumentSearch(params: RawParams): DocumentSearch {
  const year = Number(first(params.nam));
  const page = Number(first(params.trang));
  const fieldSlug = first(params["linh-vuc"]);
  return {
    q: first(params.q).slice(0, 200),
    type: TYPE_BY_SLUG.get(first(params.loai)) ?? null,
    issuer: first(params["co-quan"]).slice(0, 200) || null,
    fieldSlug: /^[a-z0-9-]{1,120}$/.test(fieldSlug) ? fieldSlug : null,
    year: Number.isInteger(year) && year >= 1945 && year <= 2100 ? year : null,
    effect: EFFECT_BY_SLUG.get(first(params["hieu-luc"])) ?? null,
    page: Number.isInteger(page) && page > 0 && page <= 10_000 ? page : 1,
  };
}

/** The address of a search with some values changed (null removes one); a change returns to page 1. */
export function documentSearchHref(search: DocumentSearch, change: Partial<DocumentSearch> = {}): string {
  const next = { ...search, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.type) params.set("loai", typeSlug(next.type));
  if (next.issuer) params.set("co-quan", next.issuer);
  if (next.fieldSlug) params.set("linh-vuc", next.fieldSlug);
  if (next.year) params.set("nam", String(next.year));
  if (next.effect) params.set("hieu-luc", EFFECT_SLUGS[next.effect]);
  if (next.page > 1) params.set("trang", String(next.page));
  const query = params.toString();
  return query ? `/van-ban?${query}` : "/van-ban";
}
