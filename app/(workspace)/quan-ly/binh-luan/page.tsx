import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CommentBulkActions } from "@/components/workspace/comment-bulk-actions";
import { DateField } from "@/components/ui/date-input";
import { CommentRowActions } from "@/components/workspace/comment-row-actions";
import { CommentReplyForm } from "@/components/workspace/comment-reply-form";
import { getWorkingActor } from "@/lib/auth/session";
import { moderationHref, parseModerationFilters } from "@/lib/comments/filters";
import { COMMENT_STATE_LABELS, COMMENT_STATE_SLUGS, COMMENT_STATES } from "@/lib/comments/labels";
import { listModerationQueue } from "@/lib/comments/queries";
import { canSomewhere } from "@/lib/policy";
import { sitePaths } from "@/lib/site/url";
import { formatDateTime, parseVietnamDay } from "@/lib/vietnamese";
import { doneNotice } from "@/lib/workspace/notices";
import { moderateCommentsAction, replyToCommentAction } from "./actions";

export const metadata: Metadata = { title: "Bình luận" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const BULK_FORM = "binh-luan-hang-loat";
const field = "mt-1 rounded border border-gray-400 bg-white px-3 py-2";
const typedDay = (value: string | string[] | undefined) => (typeof value === "string" ? value.trim().slice(0, 40) : "");

export default async function CommentQueuePage({ searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!canSomewhere(actor, "comment.moderate")) redirect("/quan-ly?khong-co-quyen");
  const params = await searchParams;
  const filters = parseModerationFilters(params);
  const queue = await listModerationQueue(actor, filters);
  if (!queue) redirect("/quan-ly?khong-co-quyen");
  const done = doneNotice(params);
  const here = moderationHref(filters, { page: queue.page });
  // A day typed wrongly is left out of the filter, and the page says why.
  const badDays = [typedDay(params.tu_ngay), typedDay(params.den_ngay)].flatMap((text) => {
    const parsed = text ? parseVietnamDay(text) : null;
    return parsed && !parsed.ok ? [parsed.error] : [];
  });
  const filtered = Boolean(filters.unitId || filters.articleId || filters.from || filters.to || filters.q);

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">
        Bình luận <span className="text-base font-normal text-muted">({queue.counts.PENDING} bình luận chờ duyệt)</span>
      </h1>
      {done && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{done}</p>}

      <nav aria-label="Trạng thái bình luận">
        <ul className="flex flex-wrap gap-1 border-b border-gray-300">
          {COMMENT_STATES.map((state) => (
            <li key={state}>
              <Link
                href={moderationHref(filters, { state, page: 1 })}
                aria-current={state === filters.state ? "page" : undefined}
                className="inline-block border-b-2 border-transparent px-3 py-2 text-sm hover:text-brand-700 aria-[current=page]:border-brand-600 aria-[current=page]:font-semibold"
              >
                {COMMENT_STATE_LABELS[state]} ({queue.counts[state]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {badDays.length > 0 && (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">Ngày không hợp lệ đã được bỏ qua: {badDays.join(" ")}</p>
      )}
      <form className="flex flex-wrap items-start gap-3" aria-label="Lọc bình luận">
        {filters.state !== "PENDING" && <input type="hidden" name="trang_thai" value={COMMENT_STATE_SLUGS[filters.state]} />}
        <div>
          <label htmlFor="loc-tim-kiem" className="block text-sm font-semibold">Tìm kiếm</label>
          <input id="loc-tim-kiem" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Nội dung hoặc tên" className={field} />
        </div>
        <div>
          <label htmlFor="loc-don-vi" className="block text-sm font-semibold">Đơn vị</label>
          <select id="loc-don-vi" name="don_vi" defaultValue={filters.unitId ?? ""} className={`${field} max-w-60`}>
            <option value="">Tất cả</option>
            {queue.units.map((unit) => <option key={unit.id} value={unit.id}>{unit.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="loc-bai-viet" className="block text-sm font-semibold">Bài viết</label>
          <select id="loc-bai-viet" name="bai_viet" defaultValue={filters.articleId ?? ""} className={`${field} max-w-72`}>
            <option value="">Tất cả</option>
            {queue.articles.map((article) => <option key={article.id} value={article.id}>{article.title}</option>)}
          </select>
        </div>
        <DateField id="loc-tu-ngay" label="Từ ngày" name="tu_ngay" defaultValue={filters.from ?? typedDay(params.tu_ngay)} className="w-40" />
        <DateField id="loc-den-ngay" label="Đến ngày" name="den_ngay" defaultValue={filters.to ?? typedDay(params.den_ngay)} className="w-40" />
        <button type="submit" className="mt-6 rounded border border-gray-400 bg-white px-3 py-2">Lọc</button>
        {filtered && <Link href={moderationHref({ state: filters.state, page: 1 })} className="mt-6 py-2 text-sm underline">Bỏ lọc</Link>}
      </form>

      {queue.items.length === 0 ? (
        <p className="rounded border border-gray-200 bg-white p-4 text-muted">
          Không có bình luận nào {COMMENT_STATE_LABELS[filters.state].toLowerCase()}{filtered ? " khớp bộ lọc" : ""}.
        </p>
      ) : (
        <>
          <CommentBulkActions formId={BULK_FORM} back={here} action={moderateCommentsAction} />
          <ul className="space-y-3" aria-label={`Bình luận ${COMMENT_STATE_LABELS[filters.state].toLowerCase()}`}>
            {queue.items.map((comment) => (
              <li key={comment.id} className="rounded border border-gray-200 bg-white p-4">
                <div className="flex gap-3">
                  <input
                    type="checkbox"
                    name="ids"
                    value={comment.id}
                    form={BULK_FORM}
                    id={`chon-${comment.id}`}
                    aria-label={`Chọn bình luận của ${comment.authorName}`}
                    className="mt-1 h-4 w-4 shrink-0"
                  />
                  <div className="min-w-0 flex-1">
                    <p className="text-sm">
                      <span className="font-bold">{comment.authorName}</span>
                      {comment.authorEmail && <span className="text-muted"> · {comment.authorEmail}</span>}
                      <span className="text-muted"> · {formatDateTime(comment.createdAt)}</span>
                    </p>
                    <p className="mt-1 whitespace-pre-line break-words">{comment.content}</p>
                    {comment.flaggedWords.length > 0 && (
                      <p className="mt-2 text-sm font-semibold text-red-800">Chứa từ cần xem xét: {comment.flaggedWords.join(", ")}</p>
                    )}
                    <p className="mt-2 text-xs text-muted">
                      Bài viết:{" "}
                      {comment.article.state === "PUBLISHED" ? (
                        <a href={sitePaths.article(comment.article.slug)} target="_blank" rel="noopener" className="text-brand-800 underline">
                          {comment.article.title}
                        </a>
                      ) : (
                        comment.article.title
                      )}{" "}
                      · {comment.article.unitName}
                      {comment.moderatedBy && comment.moderatedAt && (
                        <> · {COMMENT_STATE_LABELS[comment.state]} bởi {comment.moderatedBy} lúc {formatDateTime(comment.moderatedAt)}</>
                      )}
                    </p>
                    {comment.reply && (
                      <div className="mt-2 border-l-4 border-brand-600 bg-brand-50 px-3 py-2 text-sm">
                        <p className="font-semibold text-brand-800">
                          Trả lời của {comment.article.unitName}
                          {comment.repliedBy && <span className="font-normal text-muted"> ({comment.repliedBy}{comment.repliedAt && `, ${formatDateTime(comment.repliedAt)}`})</span>}
                        </p>
                        <p className="mt-1 whitespace-pre-line break-words">{comment.reply}</p>
                      </div>
                    )}
                    <div className="mt-3">
                      <CommentRowActions commentId={comment.id} authorName={comment.authorName} state={comment.state} back={here} action={moderateCommentsAction} />
                    </div>
                    {(comment.state === "PENDING" || comment.state === "APPROVED") && (
                      <CommentReplyForm commentId={comment.id} reply={comment.reply ?? ""} unitName={comment.article.unitName} back={here} action={replyToCommentAction} />
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
          {queue.pageCount > 1 && (
            <nav aria-label="Trang" className="flex items-center gap-3 text-sm">
              {queue.page > 1 && <Link href={moderationHref(filters, { page: queue.page - 1 })} className="underline">Trang trước</Link>}
              <span>Trang {queue.page}/{queue.pageCount} ({queue.total} bình luận)</span>
              {queue.page < queue.pageCount && <Link href={moderationHref(filters, { page: queue.page + 1 })} className="underline">Trang sau</Link>}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
