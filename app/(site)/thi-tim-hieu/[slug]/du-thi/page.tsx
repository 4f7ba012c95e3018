import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { RegistrationForm } from "@/components/site/contests/registration-form";
import { RoundTable } from "@/components/site/contests/round-table";
import { contestCookieName } from "@/lib/contests/entrant-token";
import { entryCodeRequired } from "@/lib/contests/entry-code";
import { findEntrant, type EntrantAttempt } from "@/lib/contests/entrant-queries";
import { describeDuration, messageOf } from "@/lib/contests/labels";
import { getPublicContest, listCommunes, phaseOf, type PublicRound } from "@/lib/contests/public-queries";
import { registerAction, requestCodeAction, startAttemptAction } from "./actions";

// Dự thi: per entrant (it reads their cookie), so Next renders it for each request and marks it
// private — neither Next's cache nor the page cache in front of it keeps it.

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Dự thi", robots: { index: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function RoundActions({ round, attempts, slug, contestId }: { round: PublicRound; attempts: EntrantAttempt[]; slug: string; contestId: number }) {
  const mine = attempts.filter((a) => a.roundId === round.id);
  const unfinished = mine.find((a) => !a.submittedAt && a.deadline > new Date());
  const left = round.attemptsAllowed - mine.length;
  const open = phaseOf(round) === "open";
  return (
    <div className="mt-2 space-y-2">
      {mine.filter((a) => a.submittedAt).map((a) => (
        <p key={a.id} className="text-sm">
          Lượt {a.number}: {a.correctCount === null ? "đã nộp bài" : `đúng ${a.correctCount}/${a.total} câu`}, {describeDuration(a.durationMs ?? 0)} ·{" "}
          <Link href={`/thi-tim-hieu/${slug}/bai-thi/${a.id}`} className="text-brand-700 underline">Xem bài</Link>
        </p>
      ))}
      {open && (unfinished || left > 0) ? (
        <form action={startAttemptAction}>
          <input type="hidden" name="slug" value={slug} />
          <input type="hidden" name="contestId" value={contestId} />
          <input type="hidden" name="roundId" value={round.id} />
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {unfinished ? "Làm tiếp bài thi" : "Bắt đầu làm bài"}
          </button>
        </form>
      ) : open ? (
        <p className="text-sm text-muted">Bạn đã dùng hết số lượt thi của vòng này.</p>
      ) : null}
    </div>
  );
}

export default async function EntryPage({ params, searchParams }: Props) {
  const slug = decodeURIComponent((await params).slug);
  const contest = await getPublicContest(slug);
  if (!contest) notFound();
  const token = (await cookies()).get(contestCookieName(contest.id))?.value;
  const [entrant, communes] = await Promise.all([findEntrant(contest.id, token), listCommunes()]);
  const refusal = messageOf((await searchParams).loi);
  const phase = phaseOf(contest);
  return (
    <div className="max-w-2xl space-y-6">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Thi tìm hiểu pháp luật", href: "/thi-tim-hieu" }, { label: contest.name, href: `/thi-tim-hieu/${contest.slug}` }, { label: "Dự thi" }]} />
      <h1 className="text-2xl font-bold">Dự thi: {contest.name}</h1>
      {refusal && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{refusal}</p>}
      {entrant ? (
        <>
          <p>
            Người dự thi: <strong>{entrant.fullName}</strong> · {entrant.groupName}
          </p>
          <RoundTable rounds={contest.rounds} actions={(round) => <RoundActions round={round} attempts={entrant.attempts} slug={contest.slug} contestId={contest.id} />} />
        </>
      ) : phase !== "open" ? (
        <p role="status">Cuộc thi chưa mở hoặc đã kết thúc: không nhận đăng ký.</p>
      ) : (
        <section aria-labelledby="dang-ky" className="rounded border border-gray-200 bg-white p-4">
          <h2 id="dang-ky" className="mb-3 text-xl font-bold text-brand-800">Đăng ký dự thi</h2>
          <RegistrationForm
            contest={{ id: contest.id, slug: contest.slug }}
            groups={contest.groups}
            communes={communes}
            needsCode={entryCodeRequired()}
            register={registerAction}
            requestCode={requestCodeAction}
          />
        </section>
      )}
    </div>
  );
}
