import { SiteLink as Link } from "@/components/site/site-link";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { Pagination } from "@/components/site/pagination";
import { formatDay } from "@/lib/documents/days";
import type { DocumentSearchResult, Facet } from "@/lib/documents/public-search";
import { documentSearchHref, type DocumentSearch } from "@/lib/documents/search-params";
import { EffectBadge } from "./effect-badge";

// /van-ban: the search box, the facets (each value with how many documents it leads to) and the list.

function FacetList<V extends string | number>({ title, facets, selected, hrefFor }: { title: string; facets: Facet<V>[]; selected: V | null; hrefFor: (value: V | null) => string }) {
  if (facets.length === 0 && selected === null) return null;
  return (
    <details className="rounded border border-gray-200 bg-white p-3 lg:open:pb-3" open>
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <ul className="mt-2 space-y-1 text-sm">
        {selected !== null && (
          <li><Link href={hrefFor(null)} className="underline">Bỏ lọc {title.toLowerCase()}</Link></li>
        )}
        {facets.map((facet) => (
          <li key={String(facet.value)}>
            <Link href={hrefFor(facet.value)} aria-current={facet.value === selected ? "true" : undefined} className="flex justify-between gap-2 underline-offset-2 hover:underline aria-[current=true]:font-bold">
              <span className="break-words">{facet.label}</span>
              <span className="text-muted">{facet.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function DocumentSearchView({ search, result }: { search: DocumentSearch; result: DocumentSearchResult }) {
  const { facets } = result;
  return (
    <div>
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Văn bản pháp luật" }]} />
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Văn bản pháp luật</h1>
        <Link href="/van-ban/rss" className="text-sm underline">RSS văn bản mới</Link>
      </div>
      <form action="/van-ban" role="search" aria-label="Tìm văn bản" className="mt-4 flex flex-wrap gap-2">
        <label htmlFor="tim-van-ban" className="sr-only">Tìm theo số/ký hiệu hoặc trích yếu</label>
        <input id="tim-van-ban" name="q" type="search" defaultValue={search.q} placeholder="Số/ký hiệu hoặc trích yếu, ví dụ: nghi dinh 42" className="min-w-0 flex-1 rounded border border-gray-400 px-3 py-2" />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">Tìm kiếm</button>
      </form>
      <div className="mt-6 grid gap-6 lg:grid-cols-[16rem_1fr]">
        <aside aria-label="Lọc văn bản" className="space-y-3">
          <FacetList title="Loại văn bản" facets={facets.types} selected={search.type} hrefFor={(type) => documentSearchHref(search, { type })} />
          <FacetList title="Cơ quan ban hành" facets={facets.issuers} selected={search.issuer} hrefFor={(issuer) => documentSearchHref(search, { issuer })} />
          <FacetList title="Lĩnh vực" facets={facets.fields} selected={search.fieldSlug} hrefFor={(fieldSlug) => documentSearchHref(search, { fieldSlug })} />
          <FacetList title="Năm ban hành" facets={facets.years} selected={search.year} hrefFor={(year) => documentSearchHref(search, { year })} />
          <FacetList title="Tình trạng hiệu lực" facets={facets.effects} selected={search.effect} hrefFor={(effect) => documentSearchHref(search, { effect })} />
        </aside>
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua" className="text-sm text-muted">{result.total} văn bản</h2>
          {result.items.length === 0 ? (
            <p className="mt-3">Không tìm thấy văn bản phù hợp.</p>
          ) : (
            <ul className="mt-3 divide-y divide-gray-200">
              {result.items.map((item) => (
                <li key={item.id} className="py-3">
                  <Link href={`/van-ban/${item.slug}`} className="font-semibold text-brand-800 underline-offset-2 hover:underline">
                    {item.typeLabel} {item.number}
                  </Link>
                  <p className="mt-1">{item.summary}</p>
                  <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
                    <span>{item.issuer}</span>
                    <span>Ban hành {formatDay(item.issuedOn)}</span>
                    <EffectBadge effect={item.effect} />
                  </p>
                </li>
              ))}
            </ul>
          )}
          <Pagination page={result.page} pageCount={result.pageCount} href={(page) => documentSearchHref(search, { page })} />
        </section>
      </div>
    </div>
  );
}
