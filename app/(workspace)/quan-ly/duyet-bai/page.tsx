import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ArticleStateChip } from "@/components/workspace/article-state-chip";
import { ResponsiveList } from "@/components/workspace/responsive-list";
import { getWorkingActor } from "@/lib/auth/session";
import { describeWait, listReviewQueue } from "@/lib/articles/review-queue";
import { canSomewhere } from "@/lib/policy";
import { formatDateTime } from "@/lib/vietnamese";
import { doneNotice, publishedArticleOf } from "@/lib/workspace/notices";
import { publishedArticleLink } from "@/lib/workspace/published-link";

export const metadata: Metadata = { title: "Duyệt bài" };

type Props = { searchParams: Promise<{ don_vi?: string; chuyen_muc?: string; xong?: string; so?: string; bai?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!canSomewhere(actor, "article.approve")) redirect("/quan-ly?khong-co-quyen");
  const query = await searchParams;
  const all = await listReviewQueue(actor);
  const unitId = Number(query.don_vi) || undefined;
  const categoryId = Number(query.chuyen_muc) || undefined;
  const shown = all.filter((a) => (!unitId || a.unit.id === unitId) && (!categoryId || a.category?.id === categoryId));
  const units = [...new Map(all.map((a) => [a.unit.id, a.unit.name])).entries()];
  const categories = [...new Map(all.flatMap((a) => (a.category ? [[a.category.id, a.category.name] as const] : []))).entries()];
  const now = new Date();
  const done = doneNotice(query);
  const publishedId = publishedArticleOf(query);
  const published = publishedId ? await publishedArticleLink(publishedId) : null;
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Duyệt bài <span className="text-base font-normal text-muted">({all.length} bài đang chờ)</span></h1>
      {done && (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">
          {done}
          {published && (
            <>
              {" "}
              <a href={published.href} className="font-semibold underline">
                Xem bài trên cổng thông tin<span className="sr-only">: {published.title}</span>
              </a>
            </>
          )}
        </p>
      )}
      <form className="flex flex-wrap items-end gap-3" aria-label="Lọc bài chờ duyệt">
        <div>
          <label htmlFor="loc-don-vi" className="block text-sm font-semibold">Đơn vị</label>
          <select id="loc-don-vi" name="don_vi" defaultValue={unitId ?? ""} className="mt-1 rounded border border-gray-400 px-3 py-2">
            <option value="">Tất cả</option>
            {units.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="loc-chuyen-muc" className="block text-sm font-semibold">Chuyên mục</label>
          <select id="loc-chuyen-muc" name="chuyen_muc" defaultValue={categoryId ?? ""} className="mt-1 rounded border border-gray-400 px-3 py-2">
            <option value="">Tất cả</option>
            {categories.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-gray-400 px-3 py-2">Lọc</button>
      </form>
      <ResponsiveList
        caption="Bài viết chờ duyệt"
        rows={shown}
        rowKey={(a) => a.id}
        empty="Không có bài viết nào đang chờ bạn duyệt."
        columns={[
          {
            header: "Tiêu đề",
            card: "title",
            cell: (a) => (
              <>
                <Link href={`/quan-ly/duyet-bai/${a.id}`} className="font-semibold text-brand-800 underline">{a.title || "(Chưa có tiêu đề)"}</Link>
                <span className="block text-xs font-normal text-muted">{a.writer.name}</span>
              </>
            ),
          },
          { header: "Trạng thái", card: "plain", cell: (a) => <ArticleStateChip state={a.state} label={a.correctionSubmittedAt ? "Sửa đổi chờ duyệt" : undefined} /> },
          { header: "Đơn vị", card: units.length > 1 ? "labelled" : "hidden", cell: (a) => a.unit.name },
          { header: "Chuyên mục", card: "hidden", cell: (a) => a.category?.name ?? "—" },
          { header: "Đã chờ", cell: (a) => <span title={formatDateTime(a.waitingSince)}>{describeWait(a.waitingSince, now)}</span> },
        ]}
      />
    </div>
  );
}
