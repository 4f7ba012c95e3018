import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Pagination } from "@/components/workspace/admin-pagination";
import { getWorkingActor } from "@/lib/auth/session";
import { DOCUMENT_STATE_LABELS, DOCUMENT_STATES, EFFECT_LABELS, type DocumentStateName } from "@/lib/documents/types";
import { listWorkspaceDocuments } from "@/lib/documents/workspace-queries";
import { canSomewhere } from "@/lib/policy";
import { formatDateTime } from "@/lib/vietnamese";

export const metadata: Metadata = { title: "Văn bản pháp luật" };

type Props = { searchParams: Promise<{ trang?: string; trang_thai?: string; q?: string }> };

export default async function DocumentsPage({ searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!canSomewhere(actor, "document.view")) redirect("/quan-ly");
  const query = await searchParams;
  const state = DOCUMENT_STATES.includes(query.trang_thai as DocumentStateName) ? (query.trang_thai as DocumentStateName) : undefined;
  const q = (query.q ?? "").trim().slice(0, 60);
  const list = await listWorkspaceDocuments(actor, { state, q, page: Number(query.trang) || 1 });
  const href = (change: { state?: string; page?: number }) => {
    const params = new URLSearchParams();
    if (change.state ?? state) params.set("trang_thai", (change.state ?? state)!);
    if (q) params.set("q", q);
    if (change.page && change.page > 1) params.set("trang", String(change.page));
    const text = params.toString();
    return text ? `/quan-ly/van-ban?${text}` : "/quan-ly/van-ban";
  };

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-bold">Văn bản pháp luật</h1>
        <div className="flex flex-wrap gap-2">
          {canSomewhere(actor, "document.create") && <Link href="/quan-ly/van-ban/moi" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">Thêm văn bản</Link>}
          {canSomewhere(actor, "document.import") && <Link href="/quan-ly/van-ban/nhap" className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800">Nhập từ tệp</Link>}
          <Link href="/quan-ly/van-ban/ra-soat" className="rounded border border-gray-400 px-4 py-2 font-semibold">Bài cần rà soát</Link>
        </div>
      </div>
      <form className="flex flex-wrap items-end gap-2" action="/quan-ly/van-ban">
        <div>
          <label htmlFor="tim-so" className="block text-sm font-semibold">Số/ký hiệu</label>
          <input id="tim-so" name="q" defaultValue={q} className="mt-1 rounded border border-gray-400 px-3 py-2" />
        </div>
        {state && <input type="hidden" name="trang_thai" value={state} />}
        <button type="submit" className="rounded border border-gray-400 px-3 py-2">Tìm kiếm</button>
      </form>
      <nav aria-label="Lọc theo trạng thái">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[undefined, ...DOCUMENT_STATES].map((value) => (
            <li key={value ?? "tat-ca"}>
              <Link href={value ? href({ state: value }) : q ? `/quan-ly/van-ban?q=${encodeURIComponent(q)}` : "/quan-ly/van-ban"} aria-current={value === state ? "page" : undefined} className="rounded-full border border-gray-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50">
                {value ? DOCUMENT_STATE_LABELS[value] : "Tất cả"}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p className="text-muted">Chưa có văn bản nào.</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white">
          {list.items.map((item) => (
            <li key={item.id} className="p-3">
              <Link href={`/quan-ly/van-ban/${item.id}`} className="font-semibold text-brand-800 underline">{item.typeLabel} {item.number}</Link>
              <p className="text-sm">{item.summary}</p>
              <p className="text-xs text-muted">
                {DOCUMENT_STATE_LABELS[item.state]} · {EFFECT_LABELS[item.effect]} · {item.unitName} · Cập nhật {formatDateTime(item.updatedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={(page) => href({ page })} />
    </div>
  );
}
