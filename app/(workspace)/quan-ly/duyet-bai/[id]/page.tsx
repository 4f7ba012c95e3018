import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ArticleView } from "@/components/site/article-view";
import { ArrowLeftIcon, CheckIcon, CrossIcon, WarningIcon } from "@/components/ui/icons";
import { ArticleTimeline } from "@/components/workspace/article-timeline";
import { ReviewActions, type ReviewStepActions } from "@/components/workspace/review-actions";
import * as steps from "../actions";
import { TextChanges } from "@/components/workspace/text-changes";
import { getWorkingActor } from "@/lib/auth/session";
import { loadReaderView } from "@/lib/articles/reader-view";
import { loadReviewDetails } from "@/lib/articles/review-details";
import { STATE_LABELS } from "@/lib/articles/state-machine";
import { hasChanges } from "@/lib/articles/text-diff";

const REVIEW_STEPS: ReviewStepActions = {
  approve: steps.approveAction,
  schedule: steps.scheduleAction,
  return: steps.returnAction,
  takeDown: steps.takeDownAction,
  feature: steps.featureAction,
  approveCorrection: steps.approveCorrectionAction,
  returnCorrection: steps.returnCorrectionAction,
};

export const metadata: Metadata = { title: "Duyệt bài viết" };

export default async function ReviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const id = Number((await params).id);
  const details = Number.isInteger(id) ? await loadReviewDetails(actor, id) : null;
  const view = details ? await loadReaderView(id, { correction: details.correction }) : null;
  if (!details || !view) notFound();
  const { article, state, allowed, checklist, changes } = details;
  const anyDecision = Object.entries(allowed).some(([key, value]) => key !== "endorsing" && value);
  return (
    <div className="space-y-4">
      <Link href="/quan-ly/duyet-bai" className="text-sm underline"><ArrowLeftIcon /> Duyệt bài</Link>
      <h1 className="text-2xl font-bold">Duyệt bài viết</h1>
      <p className="text-sm text-muted">
        {article.unit.name} · Người viết: {article.writer.name} · Trạng thái: <strong className="text-ink">{STATE_LABELS[state]}</strong>
        {details.correction && <strong className="text-ink"> · Có bản sửa đổi chờ duyệt</strong>}
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          {changes && (
            <section aria-labelledby="thay-doi" className="rounded border border-gray-200 bg-white p-4">
              <h2 id="thay-doi" className="font-bold">
                {changes.against === "published" ? "Thay đổi so với bản đã xuất bản" : "Thay đổi so với lần gửi duyệt trước"}
              </h2>
              {hasChanges(changes.parts) ? <TextChanges parts={changes.parts} /> : <p className="mt-1 text-sm text-muted">Không có thay đổi về nội dung.</p>}
            </section>
          )}
          <section aria-label={details.correction ? "Bản sửa đổi như bạn đọc sẽ thấy" : "Bài viết như bạn đọc sẽ thấy"} className="rounded bg-white p-4 sm:p-8">
            <ArticleView article={view} />
          </section>
        </div>
        <aside className="space-y-4">
          {anyDecision ? (
            <ReviewActions articleId={article.id} version={article.version} allowed={allowed} featuredOrder={article.featuredOrder} actions={REVIEW_STEPS} />
          ) : (
            <p className="rounded border border-gray-200 bg-white p-4 text-sm text-muted">Bạn không có thao tác duyệt nào với bài viết ở trạng thái này.</p>
          )}
          {(state === "SUBMITTED" || state === "ENDORSED" || state === "PUBLISHED") && (
            <Link href={`/quan-ly/bai-viet/${article.id}`} className="block rounded border border-gray-300 bg-white px-4 py-2 text-center text-sm hover:bg-gray-100">
              {state === "PUBLISHED" ? "Sửa bài đã xuất bản" : "Biên tập lại bài viết"}
            </Link>
          )}
          <section aria-labelledby="kiem-tra-duyet" className="rounded border border-gray-200 bg-white p-4 text-sm">
            <h2 id="kiem-tra-duyet" className="font-bold">Kiểm tra trước khi gửi</h2>
            {checklist.errors.length + checklist.warnings.length === 0 ? (
              <p className="mt-1 text-green-800"><CheckIcon /> Bài viết đạt yêu cầu.</p>
            ) : (
              <ul className="mt-1 space-y-1">
                {checklist.errors.map((e) => <li key={e.code} className="text-red-800"><CrossIcon label="Lỗi:" /> {e.message}</li>)}
                {checklist.warnings.map((w) => <li key={w.code} className="text-amber-900"><WarningIcon label="Cảnh báo:" /> {w.message}</li>)}
              </ul>
            )}
          </section>
          <ArticleTimeline events={details.events} />
        </aside>
      </div>
    </div>
  );
}
