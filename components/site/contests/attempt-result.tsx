import type { AttemptView, ReviewedQuestion } from "@/lib/contests/entrant-queries";
import { choiceLetter, describeDuration } from "@/lib/contests/labels";

const letters = (indexes: number[]) => (indexes.length ? indexes.map(choiceLetter).join(", ") : "không trả lời");

/** After Nộp bài: the score and, when the rules say so, each question with the right answer and why. */
export function AttemptResult({ attempt }: { attempt: AttemptView }) {
  const reviewed = attempt.showResults ? (attempt.questions as ReviewedQuestion[]) : null;
  return (
    <div className="space-y-5">
      <section aria-labelledby="ket-qua-bai" className="rounded border border-green-300 bg-green-50 p-4">
        <h2 id="ket-qua-bai" className="text-xl font-bold">Bạn đã nộp bài</h2>
        {reviewed ? (
          <p className="mt-1 text-lg">
            Kết quả: đúng <strong>{attempt.correctCount}/{attempt.questions.length}</strong> câu, thời gian làm bài {describeDuration(attempt.durationMs ?? 0)}.
          </p>
        ) : (
          <p className="mt-1">Ban tổ chức sẽ công bố kết quả theo thể lệ cuộc thi.</p>
        )}
      </section>
      {reviewed && (
        <section aria-labelledby="dap-an">
          <h2 id="dap-an" className="mb-2 text-xl font-bold text-brand-800">Đáp án và giải thích</h2>
          <ol className="space-y-4">
            {reviewed.map((q, i) => {
              const right = q.chosen.length === q.correct.length && q.correct.every((c) => q.chosen.includes(c));
              return (
                <li key={q.id} className="rounded border border-gray-200 bg-white p-3">
                  <p className="font-semibold">Câu {i + 1}. {q.text}</p>
                  <ul className="mt-1 text-sm">
                    {q.options.map((option, index) => (
                      <li key={index}>{choiceLetter(index)}. {option}</li>
                    ))}
                  </ul>
                  <p className={`mt-2 text-sm font-semibold ${right ? "text-green-800" : "text-red-800"}`}>
                    {right ? "Đúng" : "Sai"} — bạn chọn {letters(q.chosen)}; đáp án đúng: {letters(q.correct)}
                  </p>
                  <p className="mt-1 text-sm">Giải thích: {q.explanation}</p>
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </div>
  );
}
