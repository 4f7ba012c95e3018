import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { findQuestionStatus } from "@/lib/questions/public-queries";
import { normalizeTrackingCode } from "@/lib/questions/tracking-code";
import { formatDate } from "@/lib/vietnamese";

// Tra cứu câu hỏi: the state of a question by its tracking code, never the asker's contact. Per
// request (the state changes with each step) and not indexed.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tra cứu câu hỏi – Hỏi đáp pháp luật", robots: { index: false } };

export default async function TrackPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  const typed = typeof (await searchParams).ma === "string" ? (await searchParams).ma!.slice(0, 40) : "";
  const code = typed ? normalizeTrackingCode(typed) : null;
  const status = code ? await findQuestionStatus(code) : null;
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Hỏi đáp pháp luật", href: "/hoi-dap" }, { label: "Tra cứu câu hỏi" }]} />
      <h1 className="border-b-2 border-brand-600 pb-1 text-2xl font-bold text-brand-800">Tra cứu câu hỏi</h1>
      <form action="/hoi-dap/tra-cuu" method="get" className="mt-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor="ma-tra-cuu" className="block text-sm font-semibold">Mã tra cứu</label>
          <input id="ma-tra-cuu" name="ma" defaultValue={typed} placeholder="HD-XXXXX-XXXXX" autoComplete="off" maxLength={40} aria-describedby={typed && !status ? "tra-cuu-loi" : undefined} className="mt-1 w-full rounded border border-gray-400 px-3 py-2 font-mono uppercase" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Tra cứu</button>
      </form>
      {typed && !status && (
        <p id="tra-cuu-loi" role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          {code ? "Không tìm thấy câu hỏi có mã tra cứu này. Vui lòng kiểm tra lại mã." : "Mã tra cứu không đúng dạng. Mã có dạng HD-XXXXX-XXXXX."}
        </p>
      )}
      {status && (
        <section aria-labelledby="tinh-trang" className="mt-6 rounded border border-gray-300 p-4">
          <h2 id="tinh-trang" className="text-lg font-semibold break-words">{status.title}</h2>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            <dt className="font-semibold">Mã tra cứu</dt>
            <dd className="break-all font-mono">{status.code}</dd>
            <dt className="font-semibold">Tình trạng</dt>
            <dd data-tinh-trang>{status.stateLabel}</dd>
            <dt className="font-semibold">Ngày gửi</dt>
            <dd>{formatDate(status.receivedAt)}</dd>
            <dt className="font-semibold">Đơn vị trả lời</dt>
            <dd>{status.unitName ?? "Đang chờ Sở Tư pháp phân công"}</dd>
            {status.state !== "ANSWERED" && status.state !== "DECLINED" && (
              <>
                <dt className="font-semibold">Hạn trả lời</dt>
                <dd>{formatDate(status.dueAt)}</dd>
              </>
            )}
          </dl>
          {status.declineReason && <p className="mt-3 rounded bg-gray-50 p-3 text-sm"><span className="font-semibold">Lý do từ chối:</span> {status.declineReason}</p>}
          {status.slug && (
            <p className="mt-3">
              <Link href={`/hoi-dap/cau-hoi/${status.slug}`} className="font-semibold text-brand-700 underline">Xem câu trả lời</Link>
            </p>
          )}
        </section>
      )}
    </div>
  );
}
