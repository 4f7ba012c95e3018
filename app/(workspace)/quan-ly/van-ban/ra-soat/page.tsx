import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getWorkingActor } from "@/lib/auth/session";
import { EFFECT_LABELS } from "@/lib/documents/types";
import { listArticlesToReview } from "@/lib/documents/workspace-queries";
import { listAnswersToReview } from "@/lib/questions/answers-to-review";

export const metadata: Metadata = { title: "Bài cần rà soát" };

/** Articles citing a document that is no longer in force: their units check what they tell readers. */
export default async function ArticlesToReviewPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const [rows, answers] = await Promise.all([listArticlesToReview(actor), listAnswersToReview(actor)]);
  return (
    <div className="space-y-4">
      <Link href="/quan-ly/van-ban" className="text-sm underline">← Văn bản pháp luật</Link>
      <h1 className="text-2xl font-bold">Bài cần rà soát</h1>
      <p className="text-sm text-muted">Bài viết trích dẫn văn bản đã hết hiệu lực: kiểm tra nội dung và cập nhật trích dẫn nếu cần.</p>
      {rows.length === 0 ? (
        <p>Không có bài viết nào cần rà soát.</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white" aria-label="Bài cần rà soát">
          {rows.map((row) => (
            <li key={`${row.articleId}-${row.documentId}`} className="p-3">
              <Link href={`/quan-ly/bai-viet/${row.articleId}`} className="font-semibold text-brand-800 underline">{row.title}</Link>
              <p className="text-sm">
                {row.unitName} · trích dẫn <Link href={`/quan-ly/van-ban/${row.documentId}`} className="underline">{row.documentNumber}</Link> ({EFFECT_LABELS[row.effect]})
              </p>
            </li>
          ))}
        </ul>
      )}
      <h2 className="text-lg font-semibold">Câu trả lời hỏi đáp cần rà soát</h2>
      {answers.length === 0 ? (
        <p>Không có câu trả lời nào cần rà soát.</p>
      ) : (
        <ul className="divide-y divide-gray-200 rounded border border-gray-200 bg-white" aria-label="Câu trả lời cần rà soát">
          {answers.map((row) => (
            <li key={`${row.questionId}-${row.documentId}`} className="p-3">
              <Link href={`/quan-ly/hoi-dap/${row.questionId}`} className="font-semibold text-brand-800 underline">{row.title}</Link>
              <p className="text-sm">
                {row.unitName} · trích dẫn <Link href={`/quan-ly/van-ban/${row.documentId}`} className="underline">{row.documentNumber}</Link> ({EFFECT_LABELS[row.effect]})
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
