import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getWorkingActor } from "@/lib/auth/session";
import { canSomewhere } from "@/lib/policy";
import { QUESTION_STATE_LABELS } from "@/lib/questions/labels";
import { QUEUE_FILTERS, questionQueue, type QueueFilter } from "@/lib/questions/workspace-queries";
import { formatDate } from "@/lib/vietnamese";

export const metadata: Metadata = { title: "Hỏi đáp" };

type Props = { searchParams: Promise<{ loc?: string; trang?: string }> };

/** The questions this person may see (lib/policy.ts scopeOf): the most urgent first, overdue in red. */
export default async function QuestionQueuePage({ searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!canSomewhere(actor, "question.view")) redirect("/quan-ly?khong-co-quyen");
  const query = await searchParams;
  const filter: QueueFilter = QUEUE_FILTERS.some((f) => f.value === query.loc) ? (query.loc as QueueFilter) : "open";
  const page = Math.max(1, Number.parseInt(query.trang ?? "1", 10) || 1);
  const queue = await questionQueue(actor, filter, page);
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold">
        Hỏi đáp <span className="text-base font-normal text-muted">({queue.total} câu hỏi)</span>
      </h1>
      <nav aria-label="Lọc câu hỏi">
        <ul className="flex flex-wrap gap-2 text-sm">
          {QUEUE_FILTERS.map((f) => (
            <li key={f.value}>
              <Link
                href={f.value === "open" ? "/quan-ly/hoi-dap" : `/quan-ly/hoi-dap?loc=${f.value}`}
                aria-current={f.value === filter ? "page" : undefined}
                className="inline-block rounded-full border border-gray-300 px-3 py-1 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {queue.rows.length === 0 ? (
        <p>Không có câu hỏi nào.</p>
      ) : (
        <ul className="space-y-3">
          {queue.rows.map((q) => (
            <li
              key={q.id}
              data-qua-han={q.overdue || undefined}
              className={`rounded border bg-white p-3 ${q.overdue ? "border-red-600 border-l-4" : "border-gray-200"}`}
            >
              <div className="flex flex-wrap items-center gap-2 text-xs">
                <span className="rounded bg-gray-100 px-2 py-0.5 font-semibold">{QUESTION_STATE_LABELS[q.state]}</span>
                {q.overdue && <span className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white">Quá hạn</span>}
                <span className="font-mono text-muted">{q.code}</span>
              </div>
              <p className="mt-1 font-semibold break-words">
                <Link href={`/quan-ly/hoi-dap/${q.id}`} className="text-brand-800 hover:underline">
                  {q.title}
                </Link>
              </p>
              <p className="mt-1 text-sm text-muted">
                {q.fieldName} · {q.communeName} · {q.unitName ?? "Chờ phân công"} · Nhận {formatDate(q.createdAt)} ·{" "}
                <span className={q.overdue ? "font-semibold text-red-700" : undefined}>Hạn {formatDate(q.dueAt)}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {queue.pageCount > 1 && (
        <p className="text-sm">
          Trang {page}/{queue.pageCount}{" "}
          {page < queue.pageCount && (
            <Link href={`/quan-ly/hoi-dap?loc=${filter}&trang=${page + 1}`} className="text-brand-700 underline">
              Trang sau
            </Link>
          )}
        </p>
      )}
    </div>
  );
}
