import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { AttemptResult } from "@/components/site/contests/attempt-result";
import { Quiz } from "@/components/site/contests/quiz";
import { contestIdOfAttempt } from "@/lib/contests/attempt-contest";
import { contestCookieName } from "@/lib/contests/entrant-token";
import { attemptForEntrant } from "@/lib/contests/entrant-queries";
import { finishIfExpired } from "@/lib/contests/grading";
import { messageOf } from "@/lib/contests/labels";
import { formatDateTime } from "@/lib/vietnamese";
import { attemptIdOf } from "./entrant-request";

// One attempt, for the browser that started it (its cookie): the questions with what was saved so
// far, or the score after Nộp bài. Per entrant, so rendered for every request and never cached.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Bài thi", robots: { index: false } };

type Props = { params: Promise<{ slug: string; attemptId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AttemptPage({ params, searchParams }: Props) {
  const { slug, attemptId: raw } = await params;
  const attemptId = attemptIdOf(raw);
  const contestId = attemptId ? await contestIdOfAttempt(attemptId) : null;
  const token = contestId ? (await cookies()).get(contestCookieName(contestId))?.value : undefined;
  let attempt = attemptId ? await attemptForEntrant(attemptId, token) : null;
  if (attempt && !attempt.submittedAt && attempt.remainingMs === 0) {
    await finishIfExpired(attempt.id);
    attempt = await attemptForEntrant(attempt.id, token);
  }
  const back = `/thi-tim-hieu/${encodeURIComponent(decodeURIComponent(slug))}/du-thi`;
  if (!attempt) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">Không tìm thấy bài thi</h1>
        <p>Bài thi chỉ mở được trên trình duyệt đã đăng ký dự thi.</p>
        <Link href={back} className="text-brand-700 underline">Về trang dự thi</Link>
      </div>
    );
  }
  const refusal = messageOf((await searchParams).loi);
  const base = `/thi-tim-hieu/${attempt.contestSlug}/bai-thi/${attempt.id}`;
  return (
    <div className="max-w-2xl space-y-4">
      <Breadcrumb items={[{ label: "Thi tìm hiểu pháp luật", href: "/thi-tim-hieu" }, { label: attempt.contestName, href: `/thi-tim-hieu/${attempt.contestSlug}` }, { label: attempt.roundName }]} />
      <h1 className="text-2xl font-bold">
        {attempt.roundName} — lượt {attempt.number}/{attempt.attemptsAllowed}
      </h1>
      {refusal && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{refusal}</p>}
      {attempt.submittedAt ? (
        <>
          <AttemptResult attempt={attempt} />
          <Link href={`/thi-tim-hieu/${attempt.contestSlug}/du-thi`} className="text-brand-700 underline">Về trang dự thi</Link>
        </>
      ) : (
        <>
          <p className="text-sm text-muted">Hạn nộp bài: {formatDateTime(attempt.deadline)} (giờ Việt Nam). Câu trả lời được lưu ngay khi bạn chọn.</p>
          <Quiz attemptId={attempt.id} base={base} questions={attempt.questions} remainingMs={attempt.remainingMs} tieBreakQuestion={attempt.tieBreakQuestion} />
        </>
      )}
    </div>
  );
}
