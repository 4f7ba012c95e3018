import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ArrowLeftIcon, ArrowRightIcon } from "@/components/ui/icons";
import { ArticleStateChip } from "@/components/workspace/article-state-chip";
import { ResponsiveList } from "@/components/workspace/responsive-list";
import { getWorkingActor } from "@/lib/auth/session";
import { ARTICLE_STATES, STATE_LABELS, type ArticleStateName } from "@/lib/articles/state-machine";
import { listWorkspaceArticles } from "@/lib/articles/workspace-queries";
import { canSomewhere, unitsWithRole } from "@/lib/policy";
import { formatDateTime } from "@/lib/vietnamese";
import { articleListHref as listHref } from "@/lib/workspace/article-list-href";
import { errorNotice } from "@/lib/workspace/notices";
import { createDraftAction, restoreArticleAction } from "./actions";

export const metadata: Metadata = { title: "Bài viết" };

type Props = { searchParams: Promise<{ trang?: string; trang_thai?: string; loi?: string; ky?: string; "da-gui"?: string; "thung-rac"?: string; "thong-bao"?: string; "cua-toi"?: string }> };

const DONE: Record<string, string> = { "da-xoa": "Đã chuyển bài viết vào thùng rác.", "da-khoi-phuc": "Đã khôi phục bài viết." };

export default async function ArticlesPage({ searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const query = await searchParams;
  const state = ARTICLE_STATES.includes(query.trang_thai as ArticleStateName) ? (query.trang_thai as ArticleStateName) : undefined;
  const bin = "thung-rac" in query;
  const mine = "cua-toi" in query;
  const list = await listWorkspaceArticles(actor, { state, page: Number(query.trang) || 1, bin, mine });
  const writableUnits = actor.memberships.filter((m) => unitsWithRole(actor, ["AUTHOR", "APPROVER"]).includes(m.unitId));
  const units = [...new Map(writableUnits.map((m) => [m.unitId, m.unitName])).entries()];
  const refusal = errorNotice(query);
  const manyUnits = new Set(list.articles.map((a) => a.unit.name)).size > 1;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">Bài viết</h1>
        {canSomewhere(actor, "article.create") && units.length > 0 && (
          <form action={createDraftAction} className="flex flex-wrap items-end gap-2">
            {units.length > 1 ? (
              <div>
                <label htmlFor="don-vi-bai-moi" className="block text-sm font-semibold">Đơn vị</label>
                <select id="don-vi-bai-moi" name="unitId" className="mt-1 rounded border border-gray-400 px-3 py-2">
                  {units.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
                </select>
              </div>
            ) : (
              <input type="hidden" name="unitId" value={units[0][0]} />
            )}
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Viết bài mới</button>
            <Link href="/quan-ly/bai-viet/viet-bai-moi" className="inline-flex min-h-10 items-center rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50">Mẫu tin</Link>
            <Link href="/quan-ly/bai-viet/nhap-tu-word" className="inline-flex min-h-10 items-center rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50">Nhập từ Word</Link>
          </form>
        )}
      </div>
      {refusal && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{refusal}</p>}
      {query["da-gui"] && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">Đã gửi bài viết đi duyệt.</p>}
      {query["thong-bao"] && DONE[query["thong-bao"]] && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{DONE[query["thong-bao"]]}</p>
      )}
      {mine && (
        <p className="text-sm">
          Chỉ hiện bài do bạn viết. <Link href={listHref({ state })} className="underline">Hiện mọi bài</Link>
        </p>
      )}
      <nav aria-label="Lọc theo trạng thái">
        <ul className="flex flex-wrap gap-2 text-sm">
          {[undefined, ...ARTICLE_STATES].map((value) => (
            <li key={value ?? "tat-ca"}>
              <Link href={listHref({ state: value, mine })} aria-current={!bin && value === state ? "page" : undefined} className="rounded-full border border-gray-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50">
                {value ? STATE_LABELS[value] : "Tất cả"}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/quan-ly/bai-viet?thung-rac" aria-current={bin ? "page" : undefined} className="rounded-full border border-gray-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50">
              Thùng rác
            </Link>
          </li>
        </ul>
      </nav>
      <ResponsiveList
        caption={bin ? "Bài viết trong thùng rác" : "Danh sách bài viết"}
        rows={list.articles}
        rowKey={(a) => a.id}
        empty="Không có bài viết nào."
        columns={[
          {
            header: "Tiêu đề",
            card: "title",
            cell: (a) =>
              bin ? (
                <form action={restoreArticleAction} className="flex flex-wrap items-center gap-2">
                  <span className="font-semibold">{a.title || "(Chưa có tiêu đề)"}</span>
                  <input type="hidden" name="articleId" value={a.id} />
                  <button type="submit" className="rounded border border-gray-400 px-2 py-0.5 text-xs">Khôi phục</button>
                </form>
              ) : (
                <Link href={`/quan-ly/bai-viet/${a.id}`} className="font-semibold text-brand-800 underline">{a.title || "(Chưa có tiêu đề)"}</Link>
              ),
          },
          { header: "Trạng thái", card: "plain", cell: (a) => <ArticleStateChip state={a.state} /> },
          // A writer of one unit needs no unit on every card; someone working for several units does.
          { header: "Đơn vị", card: manyUnits ? "labelled" : "hidden", cell: (a) => a.unit.name },
          { header: "Người viết", card: "hidden", cell: (a) => a.writer.name },
          { header: "Cập nhật", className: "md:whitespace-nowrap", cell: (a) => formatDateTime(a.updatedAt) },
        ]}
      />
      {list.pageCount > 1 && (
        <nav aria-label="Phân trang" className="flex gap-3 text-sm">
          {list.page > 1 && <Link href={listHref({ state, mine, bin, page: list.page - 1 })} className="underline"><ArrowLeftIcon /> Trang trước</Link>}
          <span>Trang {list.page}/{list.pageCount}</span>
          {list.page < list.pageCount && <Link href={listHref({ state, mine, bin, page: list.page + 1 })} className="underline">Trang sau <ArrowRightIcon /></Link>}
        </nav>
      )}
    </div>
  );
}
