import type { PublicComments } from "@/lib/comments/public-queries";
import { formatDateTime, toIsoInVietnam } from "@/lib/vietnamese";
import { CommentForm } from "./comment-form";

type Props = {
  articleId: number;
  comments: PublicComments;
  /** Null when the article takes comments; otherwise why it does not. */
  closedBecause: string | null;
};

/** Under an article: its approved comments with their official answers, then the comment form. */
export function CommentSection({ articleId, comments, closedBecause }: Props) {
  return (
    <section id="binh-luan" aria-labelledby="binh-luan-tieu-de" className="no-print mt-10">
      <h2 id="binh-luan-tieu-de" className="border-b-2 border-brand-600 pb-1 text-lg font-bold text-brand-800">
        Bình luận <span className="font-normal text-muted">({comments.count.toLocaleString("vi-VN")})</span>
      </h2>
      {comments.items.length === 0 ? (
        <p className="mt-3 text-sm text-muted">Chưa có bình luận nào.</p>
      ) : (
        <ol className="mt-3 space-y-4" aria-label="Các bình luận đã duyệt">
          {comments.count > comments.items.length && (
            <li className="text-sm text-muted">Đang hiển thị {comments.items.length.toLocaleString("vi-VN")} bình luận mới nhất.</li>
          )}
          {comments.items.map((comment) => (
            <li key={comment.id} className="rounded border border-gray-200 bg-white p-3">
              <p className="text-sm">
                <span className="font-bold">{comment.authorName}</span>
                <span aria-hidden="true" className="text-muted"> · </span>
                <time dateTime={toIsoInVietnam(comment.createdAt)} className="text-muted">{formatDateTime(comment.createdAt)}</time>
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{comment.content}</p>
              {comment.reply && (
                <div className="mt-3 border-l-4 border-brand-600 bg-brand-50 px-3 py-2">
                  <p className="text-sm font-semibold text-brand-800">Trả lời của {comment.reply.unitName}</p>
                  <p className="mt-1 whitespace-pre-line break-words">{comment.reply.text}</p>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3 className="mt-8 text-base font-bold">Gửi bình luận</h3>
      {closedBecause ? (
        <p className="mt-2 text-sm text-muted">{closedBecause}</p>
      ) : (
        <CommentForm articleId={articleId} />
      )}
    </section>
  );
}
