import { SiteLink as Link } from "@/components/site/site-link";
import { ArticleMeta } from "@/components/site/article-card";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { Highlighted } from "@/components/site/highlighted";
import { Pagination } from "@/components/site/pagination";
import { highlight, highlightExcerpt } from "@/lib/search/highlight";
import type { SearchPageData } from "@/lib/search/load";
import { searchHref, type SearchRequest } from "@/lib/search/params";
import type { SearchResults } from "@/lib/search/search";
import type { PublicCategory } from "@/lib/site/directory";
import { sitePaths } from "@/lib/site/url";

/** The search page: the form with its filters, then the results or suggestions when there are none. */
export function SearchView({ data }: { data: SearchPageData }) {
  const { request, categories, units, unknownFilter, results } = data;
  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Tìm kiếm" }]} />
      <h1 className="text-2xl font-bold text-brand-800">Tìm kiếm</h1>
      <SearchForm request={request} categories={categories} units={units} />
      {request.problem && <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm">{request.problem}</p>}
      {unknownFilter && <p className="mt-6">Đơn vị hoặc chuyên mục đã chọn không còn trên Cổng thông tin. Hãy chọn lại bộ lọc.</p>}
      {results && <Results request={request} results={results} categories={categories} />}
    </div>
  );
}

function SearchForm({ request, categories, units }: { request: SearchRequest; categories: PublicCategory[]; units: { slug: string; name: string; depth: number }[] }) {
  const field = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2";
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm bài viết" className="no-print mt-4 space-y-3 rounded border border-gray-200 bg-gray-50 p-4">
      <div>
        <label htmlFor="tk-q" className="font-semibold">
          Từ khóa
        </label>
        <input id="tk-q" name="q" type="search" defaultValue={request.query.text} className={field} aria-describedby="tk-goi-y" />
        <p id="tk-goi-y" className="mt-1 text-sm text-muted">
          Gõ có dấu hoặc không dấu. Đặt cụm từ trong dấu ngoặc kép để tìm đúng cụm, ví dụ “luật đất đai”.
        </p>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="tk-don-vi" className="font-semibold">
            Đơn vị
          </label>
          <select id="tk-don-vi" name="don-vi" defaultValue={request.unitSlug ?? ""} className={field}>
            <option value="">Tất cả đơn vị</option>
            {units.map((unit) => (
              <option key={unit.slug} value={unit.slug}>
                {`${"— ".repeat(unit.depth)}${unit.name}`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tk-chuyen-muc" className="font-semibold">
            Chuyên mục
          </label>
          <select id="tk-chuyen-muc" name="chuyen-muc" defaultValue={request.categorySlug ?? ""} className={field}>
            <option value="">Tất cả chuyên mục</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tk-tu-ngay" className="font-semibold">
            Từ ngày
          </label>
          <input id="tk-tu-ngay" name="tu-ngay" type="date" defaultValue={request.fromDay ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="tk-den-ngay" className="font-semibold">
            Đến ngày
          </label>
          <input id="tk-den-ngay" name="den-ngay" type="date" defaultValue={request.toDay ?? ""} className={field} />
        </div>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        Tìm kiếm
      </button>
    </form>
  );
}

function Results({ request, results, categories }: { request: SearchRequest; results: SearchResults; categories: PublicCategory[] }) {
  const { terms, text } = request.query;
  if (results.total === 0) {
    return (
      <section aria-labelledby="ket-qua" className="mt-8">
        <h2 id="ket-qua" className="text-xl font-bold">
          Không tìm thấy bài viết nào{text ? <> phù hợp với “{text}”</> : null}
        </h2>
        <p className="mt-3">Bạn có thể thử:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>kiểm tra lại chính tả của từ khóa;</li>
          <li>dùng ít từ hơn, hoặc từ khóa chung hơn (ví dụ “hòa giải” thay cho “hòa giải viên ở cơ sở”);</li>
          <li>bỏ dấu ngoặc kép để tìm các từ không cần đứng liền nhau;</li>
          <li>bỏ bớt bộ lọc đơn vị, chuyên mục hoặc thời gian;</li>
          <li>xem bài viết theo chuyên mục:</li>
        </ul>
        <ul className="mt-2 flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={sitePaths.category(category.slug)} className="inline-block rounded border border-gray-300 px-3 py-1 text-sm text-brand-700 hover:border-brand-600">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="ket-qua" className="mt-8">
      <h2 id="ket-qua" className="text-xl font-bold">
        Tìm thấy {results.total} bài viết{text ? <> cho “{text}”</> : null}
      </h2>
      {results.pageCount > 1 && (
        <p className="text-sm text-muted">
          Trang {results.page}/{results.pageCount}
        </p>
      )}
      <ol className="mt-2">
        {results.hits.map((hit) => (
          <li key={hit.id} className="border-b border-gray-200 py-4">
            <article>
              <h3 className="text-lg font-bold leading-snug">
                <Link href={sitePaths.article(hit.slug)} className="hover:text-brand-700 hover:underline">
                  <Highlighted segments={highlight(hit.title, terms)} />
                </Link>
              </h3>
              <ArticleMeta
                article={{
                  originalUnit: { name: hit.unitName, slug: hit.unitSlug },
                  category: hit.categoryName ? { id: 0, name: hit.categoryName, slug: hit.categorySlug ?? "" } : null,
                  publishedAt: hit.publishedAt,
                }}
              />
              <p className="mt-2 text-sm text-gray-700">
                <Highlighted segments={highlight(hit.sapo, terms)} />
              </p>
              {terms.length > 0 && (
                <p className="mt-1 text-sm text-muted">
                  <Highlighted segments={highlightExcerpt(hit.bodyText, terms, 220)} />
                </p>
              )}
            </article>
          </li>
        ))}
      </ol>
      <Pagination page={results.page} pageCount={results.pageCount} href={(page) => searchHref(request, page)} />
    </section>
  );
}
