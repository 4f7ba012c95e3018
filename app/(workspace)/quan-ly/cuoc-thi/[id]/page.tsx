import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ContestForm } from "@/components/workspace/contests/contest-form";
import { QuestionImportForm } from "@/components/workspace/contests/question-import-form";
import { RoundForm } from "@/components/workspace/contests/round-form";
import { getWorkingActor } from "@/lib/auth/session";
import { choiceLetter, DIFFICULTY_LABELS, KIND_LABELS } from "@/lib/contests/labels";
import { contestForEditors, listContestQuestions } from "@/lib/contests/workspace-queries";
import { can } from "@/lib/policy";
import { deleteQuestionAction, importQuestionsAction, saveContestAction, saveRoundAction } from "../actions";

export const metadata: Metadata = { title: "Cuộc thi" };

const SAVED: Record<string, string> = {
  "cuoc-thi": "Đã lưu cuộc thi.",
  "vong-thi": "Đã lưu vòng thi.",
  "xoa-cau-hoi": "Đã xóa câu hỏi.",
};

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContestAdminPage({ params, searchParams }: Props) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "contest.manage")) redirect("/quan-ly?khong-co-quyen");
  const contest = await contestForEditors(Number((await params).id));
  if (!contest) redirect("/quan-ly/cuoc-thi");
  const query = await searchParams;
  const saved = typeof query["da-luu"] === "string" ? SAVED[query["da-luu"]] : undefined;
  const questions = await listContestQuestions(contest.id);
  const hour = 60 * 60 * 1000;
  const lastClose = contest.rounds.at(-1)?.closesAt ?? contest.opensAt;
  return (
    <div className="space-y-8">
      <div>
        <Link href="/quan-ly/cuoc-thi" className="text-sm text-brand-700 underline">← Các cuộc thi</Link>
        <h1 className="mt-1 text-2xl font-bold">{contest.name}</h1>
        <p className="text-sm">
          <Link href={`/thi-tim-hieu/${contest.slug}`} className="text-brand-700 underline">Trang công khai</Link> ·{" "}
          <Link href={`/quan-ly/cuoc-thi/${contest.id}/ket-qua`} className="text-brand-700 underline">Kết quả</Link>
        </p>
      </div>
      {saved && <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900">{saved}</p>}
      {query["loi-cau-hoi"] && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">Không thể xóa câu hỏi đã được rút cho bài thi hoặc đã có người trả lời.</p>}

      <section aria-labelledby="vong-thi" className="max-w-3xl space-y-4">
        <h2 id="vong-thi" className="text-lg font-bold">Vòng thi</h2>
        {contest.rounds.map((round) => (
          <details key={round.id} className="rounded border border-gray-200 bg-white p-3">
            <summary className="cursor-pointer font-semibold">
              {round.name}: {round.questionCount} câu, {round.timeLimitSeconds / 60} phút, {round.attemptsAllowed} lượt · {round._count.attempts} lượt đã thi
            </summary>
            <div className="mt-3">
              <RoundForm
                idPrefix={`vong-${round.id}`}
                contestId={contest.id}
                action={saveRoundAction}
                stored={{ roundId: round.id, name: round.name, opensAt: round.opensAt, closesAt: round.closesAt, questionCount: round.questionCount, timeLimitMinutes: round.timeLimitSeconds / 60, attemptsAllowed: round.attemptsAllowed }}
              />
            </div>
          </details>
        ))}
        <div className="rounded border border-gray-200 bg-white p-3">
          <h3 className="mb-2 font-semibold">Thêm vòng thi</h3>
          <RoundForm
            idPrefix="vong-moi"
            contestId={contest.id}
            action={saveRoundAction}
            stored={{ name: `Vòng ${contest.rounds.length + 1}`, opensAt: new Date(Math.max(lastClose.getTime(), contest.opensAt.getTime())), closesAt: new Date(Math.min(contest.closesAt.getTime(), lastClose.getTime() + 7 * 24 * hour)), questionCount: 20, timeLimitMinutes: 15, attemptsAllowed: 1 }}
          />
        </div>
      </section>

      <section id="ngan-hang" aria-labelledby="ngan-hang-tieu-de" className="max-w-3xl space-y-4">
        <h2 id="ngan-hang-tieu-de" className="text-lg font-bold">Ngân hàng câu hỏi</h2>
        <ul className="text-sm">
          <li>Dùng chung cho mọi đối tượng: {contest.sharedQuestions} câu</li>
          {contest.groups.map((g) => (
            <li key={g.id}>
              {g.name}: {g._count.questions} câu riêng, {g._count.questions + contest.sharedQuestions} câu có thể rút · {g._count.entrants} người dự thi
            </li>
          ))}
        </ul>
        <div className="rounded border border-gray-200 bg-white p-3">
          <h3 className="mb-2 font-semibold">Nhập câu hỏi từ Excel</h3>
          <QuestionImportForm contestId={contest.id} action={importQuestionsAction} />
        </div>
        {questions.length > 0 && (
          <details className="rounded border border-gray-200 bg-white p-3">
            <summary className="cursor-pointer font-semibold">Xem {questions.length} câu hỏi{contest._count.questions > questions.length ? ` đầu tiên (trong ${contest._count.questions})` : ""}</summary>
            <ol className="mt-3 space-y-3">
              {questions.map((q) => (
                <li key={q.id} className="border-b border-gray-100 pb-2 text-sm">
                  <p className="font-semibold">{q.text}</p>
                  <p className="text-muted">
                    {KIND_LABELS[q.kind]} · {q.group?.name ?? "Mọi đối tượng"} · {q.legalField?.name ?? "Chưa có lĩnh vực"} · {DIFFICULTY_LABELS[q.difficulty]} · đáp án {q.correct.map(choiceLetter).join(", ")}
                  </p>
                  <form action={deleteQuestionAction}>
                    <input type="hidden" name="contestId" value={contest.id} />
                    <input type="hidden" name="questionId" value={q.id} />
                    <button type="submit" className="text-red-800 underline" disabled={q._count.answers > 0}>Xóa câu hỏi</button>
                  </form>
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>

      <section aria-labelledby="thong-tin" className="max-w-3xl rounded border border-gray-200 bg-white p-4">
        <h2 id="thong-tin" className="mb-3 text-lg font-bold">Thông tin cuộc thi</h2>
        <ContestForm
          action={saveContestAction}
          stored={{
            id: contest.id,
            name: contest.name,
            rules: contest.rules,
            opensAt: contest.opensAt,
            closesAt: contest.closesAt,
            showResults: contest.showResults,
            resultsPublished: contest.resultsPublished,
            tieBreakQuestion: contest.tieBreakQuestion ?? "",
            groups: contest.groups.map((g) => g.name).join("\n"),
          }}
        />
      </section>
    </div>
  );
}
