import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { getWorkingActor } from "@/lib/auth/session";
import { loadReaderView } from "@/lib/articles/reader-view";
import { STATE_LABELS, type ArticleStateName } from "@/lib/articles/state-machine";
import { getArticleForEditor } from "@/lib/articles/workspace-queries";

export const metadata: Metadata = { title: "Xem trước bài viết", robots: { index: false } };

/** Xem trước: the article through the same component the public page uses. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const id = Number((await params).id);
  const loaded = Number.isInteger(id) ? await getArticleForEditor(actor, id) : null;
  const view = loaded ? await loadReaderView(id) : null;
  if (!loaded || !view) notFound();
  return (
    <div className="space-y-4">
      <div role="note" className="flex flex-wrap items-center justify-between gap-3 rounded border border-amber-300 bg-amber-50 px-4 py-2 text-sm">
        <span>
          Bản xem trước — trạng thái: <strong>{STATE_LABELS[loaded.article.state as ArticleStateName]}</strong>. Bạn đọc chưa thấy những gì chưa được xuất bản.
        </span>
        {loaded.canEdit && <Link href={`/quan-ly/bai-viet/${id}`} className="underline">Quay lại soạn bài</Link>}
      </div>
      <div className="mx-auto max-w-3xl rounded bg-white p-4 sm:p-8">
        <ArticleView article={view} />
      </div>
    </div>
  );
}
