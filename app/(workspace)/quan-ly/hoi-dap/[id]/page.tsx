import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AnswerEditor } from "@/components/workspace/questions/answer-editor";
import { ApproveStep, DeclineStep, ReturnStep, RouteStep } from "@/components/workspace/questions/question-steps";
import { getWorkingActor } from "@/lib/auth/session";
import { can, holdsPortalWide } from "@/lib/policy";
import { DECLINE_REASONS, isOverdue, QUESTION_STATE_LABELS } from "@/lib/questions/labels";
import { questionForWorkspace, routableUnits } from "@/lib/questions/workspace-queries";
import { renderArticleHtml } from "@/lib/richtext";
import { fileTypeLabel } from "@/lib/storage/file-types";
import { fileUrl } from "@/lib/storage/urls";
import { formatDate, formatDateTime, formatFileSize } from "@/lib/vietnamese";
import { doneNotice } from "@/lib/workspace/notices";
import { approveAnswerAction, declineAction, returnAnswerAction, routeAction, saveAnswerAction } from "../actions";

export const metadata: Metadata = { title: "Câu hỏi" };

const EVENT_LABELS: Record<string, string> = {
  submit: "Người dân gửi câu hỏi",
  route: "Phân công",
  forward: "Chuyển đơn vị khác",
  "submit-answer": "Gửi duyệt câu trả lời",
  endorse: "Đơn vị duyệt, chuyển cấp tỉnh",
  publish: "Duyệt và công bố",
  return: "Trả lại câu trả lời",
  decline: "Từ chối",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ xong?: string }> };

export default async function QuestionWorkspacePage({ params, searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const question = await questionForWorkspace(actor, Number((await params).id));
  if (!question) notFound();
  const done = doneNotice(await searchParams);
  const target = { unitId: question.unitId ?? undefined, writerId: question.answerWriterId ?? undefined, allowSelfApproval: question.unit?.allowSelfApproval ?? false };
  const state = question.state;
  const mayRoute = can(actor, "question.route", target) && (state === "NEW" || state === "ROUTED");
  const mayAnswer = can(actor, "question.answer", target) && state === "ROUTED";
  const mayApprove =
    (state === "SUBMITTED" && can(actor, "question.approve", target)) || (state === "ENDORSED" && holdsPortalWide(actor, "question.approve") && can(actor, "question.approve", target));
  const mayReturn = (state === "SUBMITTED" || state === "ENDORSED") && can(actor, "question.approve", { ...target, allowSelfApproval: true });
  const mayDecline = can(actor, "question.decline", target) && (state === "NEW" || state === "ROUTED");
  const ownAnswerBlocked = state === "SUBMITTED" && !mayApprove && can(actor, "question.approve", { ...target, allowSelfApproval: true });
  const units = mayRoute ? await routableUnits() : [];
  const overdue = isOverdue(question);

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/quan-ly/hoi-dap" className="text-brand-700 underline">← Hỏi đáp</Link>
      </p>
      {done && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{done}</p>}
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded bg-gray-100 px-2 py-0.5 font-semibold" data-trang-thai>{QUESTION_STATE_LABELS[state]}</span>
        {overdue && <span className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white">Quá hạn</span>}
        <span className="font-mono">{question.code}</span>
      </div>
      <h1 className="text-2xl font-bold break-words">{question.title}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">Lĩnh vực</dt>
        <dd>{question.field.name}</dd>
        <dt className="font-semibold">Xã/phường</dt>
        <dd>{question.commune.name}</dd>
        <dt className="font-semibold">Đơn vị trả lời</dt>
        <dd>{question.unit?.name ?? "Chờ phân công (Sở Tư pháp)"}</dd>
        <dt className="font-semibold">Nhận lúc</dt>
        <dd>{formatDateTime(question.createdAt)}</dd>
        <dt className="font-semibold">Hạn trả lời</dt>
        <dd className={overdue ? "font-semibold text-red-700" : undefined}>
          {formatDate(question.dueAt)} ({question.dueDays} ngày làm việc)
        </dd>
        <dt className="font-semibold">Người hỏi</dt>
        <dd className="break-words">
          {question.askerName}
          {question.showName ? " (đồng ý hiển thị tên)" : " (chỉ hiển thị chữ cái đầu)"}
          {question.askerEmail && <> · {question.askerEmail}</>}
          {question.askerPhone && <> · {question.askerPhone}</>}
        </dd>
      </dl>
      <section className="rounded border border-gray-200 bg-gray-50 p-4">
        <h2 className="font-semibold">Nội dung câu hỏi</h2>
        <p className="mt-2 whitespace-pre-line break-words">{question.content}</p>
        {question.attachment && (
          <p className="mt-3 text-sm">
            <span className="font-semibold">Tệp đính kèm:</span>{" "}
            <a href={fileUrl(question.attachment.storageKey, true)} className="break-all text-brand-700 underline">
              {question.attachment.originalName}
            </a>{" "}
            <span className="text-muted">
              ({fileTypeLabel(question.attachment.mimeType)}, {formatFileSize(question.attachment.size)})
            </span>
          </p>
        )}
      </section>
      {question.declineReason && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <span className="font-semibold">Lý do từ chối:</span> {question.declineReason}
        </p>
      )}

      {mayAnswer ? (
        <AnswerEditor action={saveAnswerAction} questionId={question.id} initial={question.answerBody} />
      ) : (
        question.answerBody && (
          <section className="rounded border border-gray-200 bg-white p-4">
            <h2 className="font-semibold">Câu trả lời{question.unit ? ` của ${question.unit.name}` : ""}</h2>
            {question.answerWriter && <p className="text-sm text-muted">Người soạn: {question.answerWriter.name}</p>}
            <div className="article-body mt-2 break-words" dangerouslySetInnerHTML={{ __html: renderArticleHtml(question.answerBody) }} />
          </section>
        )
      )}

      <div className="grid gap-4 md:grid-cols-2">
        {mayApprove && <ApproveStep action={approveAnswerAction} questionId={question.id} endorsing={state === "SUBMITTED" && question.unit?.approvalLevels === 2} />}
        {ownAnswerBlocked && <p className="text-sm">Bạn không thể tự duyệt câu trả lời của mình; đơn vị chưa cho phép tự duyệt.</p>}
        {mayReturn && <ReturnStep action={returnAnswerAction} questionId={question.id} />}
        {mayRoute && <RouteStep action={routeAction} questionId={question.id} units={units} forwarding={state === "ROUTED"} />}
        {mayDecline && (
          <DeclineStep action={declineAction} questionId={question.id} reasons={Object.entries(DECLINE_REASONS).map(([value, label]) => ({ value, label }))} />
        )}
      </div>

      <section>
        <h2 className="text-lg font-semibold">Quá trình xử lý</h2>
        <ol className="mt-2 space-y-2 text-sm">
          {question.events.map((e) => (
            <li key={e.id} className="border-l-2 border-gray-300 pl-3">
              <span className="font-semibold">{EVENT_LABELS[e.action] ?? e.action}</span> · {formatDateTime(e.createdAt)}
              {e.actor && <> · {e.actor.name}</>}
              {e.note && <p className="break-words text-muted">{e.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
