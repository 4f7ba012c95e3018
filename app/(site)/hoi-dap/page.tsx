import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { Pagination } from "@/components/site/pagination";
import { QuestionList } from "@/components/site/questions/question-list";
import { getAnsweredFields, getAnsweredQuestions } from "@/lib/questions/public-queries";

// Hỏi đáp pháp luật: answered questions by field, with a search that ignores diacritics. The query
// string decides what is shown, so the page is rendered per request from cached queries.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Hỏi đáp pháp luật",
  description: "Câu hỏi của người dân về pháp luật và câu trả lời của các cơ quan, đơn vị trong tỉnh.",
  alternates: { canonical: "/hoi-dap", types: { "application/rss+xml": "/hoi-dap/rss" } },
};

type Search = { "linh-vuc"?: string; q?: string; trang?: string };

function href(params: { field?: string; q?: string; page?: number }): string {
  const query = new URLSearchParams();
  if (params.field) query.set("linh-vuc", params.field);
  if (params.q) query.set("q", params.q);
  if (params.page && params.page > 1) query.set("trang", String(params.page));
  const text = query.toString();
  return text ? `/hoi-dap?${text}` : "/hoi-dap";
}

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const params = await searchParams;
  const fieldSlug = typeof params["linh-vuc"] === "string" ? params["linh-vuc"].slice(0, 100) : undefined;
  const q = typeof params.q === "string" ? params.q.slice(0, 200).trim() : "";
  const page = Math.max(1, Math.min(10_000, Number.parseInt(params.trang ?? "1", 10) || 1));
  const [fields, listing] = await Promise.all([getAnsweredFields(), getAnsweredQuestions({ fieldSlug, query: q || undefined, page })]);
  const current = fields.find((f) => f.slug === fieldSlug);

  return (
    <div className="mx-auto max-w-4xl">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Hỏi đáp pháp luật" }]} />
      <h1 className="border-b-2 border-brand-600 pb-1 text-2xl font-bold text-brand-800">Hỏi đáp pháp luật</h1>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href="/hoi-dap/gui-cau-hoi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Gửi câu hỏi
        </Link>
        <Link href="/hoi-dap/tra-cuu" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50">
          Tra cứu câu hỏi
        </Link>
      </div>

      <form action="/hoi-dap" method="get" role="search" className="mt-5 flex flex-wrap items-end gap-2">
        {fieldSlug && <input type="hidden" name="linh-vuc" value={fieldSlug} />}
        <div className="min-w-0 flex-1">
          <label htmlFor="hoi-dap-q" className="block text-sm font-semibold">Tìm trong hỏi đáp</label>
          <input id="hoi-dap-q" name="q" type="search" defaultValue={q} maxLength={200} className="mt-1 w-full rounded border border-gray-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Tìm câu hỏi</button>
      </form>

      <nav aria-label="Lĩnh vực" className="mt-5">
        <ul className="flex flex-wrap gap-2 text-sm">
          <li>
            <Link href={href({ q })} aria-current={!fieldSlug ? "page" : undefined} className="inline-block rounded-full border border-gray-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white">
              Tất cả lĩnh vực
            </Link>
          </li>
          {fields.map((f) => (
            <li key={f.id}>
              <Link
                href={href({ field: f.slug, q })}
                aria-current={f.slug === fieldSlug ? "page" : undefined}
                className="inline-block rounded-full border border-gray-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {f.name} ({f.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <p role="status" className="mt-4 text-sm text-muted">
        {q ? `${listing.total} câu hỏi khớp với “${q}”` : `${listing.total} câu hỏi đã được trả lời`}
        {current ? ` trong lĩnh vực ${current.name}` : ""}.
      </p>
      {listing.items.length > 0 ? <QuestionList items={listing.items} /> : <p className="mt-4">Chưa có câu hỏi nào phù hợp.</p>}
      <Pagination page={listing.page} pageCount={listing.pageCount} href={(p) => href({ field: fieldSlug, q, page: p })} />
    </div>
  );
}
