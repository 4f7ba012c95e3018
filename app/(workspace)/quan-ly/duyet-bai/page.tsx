import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getWorkingActor } from "@/lib/auth/session";
import { describeWait, listReviewQueue } from "@/lib/articles/review-queue";
import { STATE_LABELS, type ArticleStateName } from "@/lib/articles/state-machine";
import { canSomewhere } from "@/lib/policy";
import { formatDateTime } from "@/lib/vietnamese";
import { doneNotice } from "@/lib/workspace/notices";

export const metadata: Metadata = { title: "Duyệt bài" };

type Props = { searchParams: Promise<{ don_vi?: string; chuyen_muc?: string; xong?: string; so?: string }> };

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
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">Duyệt bài <span className="text-base font-normal text-muted">({all.length} bài đang chờ)</span></h1>
      {done && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{done}</p>}
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
      {shown.length === 0 ? (
        <p className="rounded border border-gray-200 bg-white p-4 text-muted">Không có bài viết nào đang chờ bạn duyệt.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-gray-300 text-left">
              <th className="p-2">Tiêu đề</th>
              <th className="p-2">Đơn vị</th>
              <th className="p-2">Chuyên mục</th>
              <th className="p-2">Trạng thái</th>
              <th className="p-2">Đã chờ</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id} className="border-b border-gray-100">
                <td className="p-2">
                  <Link href={`/quan-ly/duyet-bai/${a.id}`} className="font-semibold text-brand-800 underline">{a.title || "(Chưa có tiêu đề)"}</Link>
                  <span className="block text-xs text-muted">{a.writer.name}</span>
                </td>
                <td className="p-2">{a.unit.name}</td>
                <td className="p-2">{a.category?.name ?? "—"}</td>
                <td className="p-2">{a.correctionSubmittedAt ? "Sửa đổi chờ duyệt" : STATE_LABELS[a.state as ArticleStateName]}</td>
                <td className="p-2" title={formatDateTime(a.waitingSince)}>{describeWait(a.waitingSince, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
