"use client";

import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { choiceLetter } from "@/lib/contests/labels";

export type QuizQuestion = { id: number; kind: "SINGLE" | "MULTIPLE"; text: string; options: string[]; chosen: number[] };

type Props = {
  attemptId: number;
  /** The attempt's page; answers go to `${base}/tra-loi`, Nộp bài to `${base}/nop-bai`. */
  base: string;
  questions: QuizQuestion[];
  remainingMs: number;
  tieBreakQuestion: string | null;
};

type Status = "saved" | "saving" | "waiting" | { refused: string };

const OFFLINE = "Mất kết nối mạng: câu trả lời được giữ trên máy này và sẽ tự gửi lại khi có mạng.";

function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * The questions of one attempt. Each choice is saved at once by a small POST; a choice that cannot
 * be sent (no connection) waits in localStorage and is sent again when the browser is back online or
 * the page is opened again — and with Nộp bài. The clock shows the server's deadline; the server
 * refuses anything after it. Without JavaScript the same form posts every answer with Nộp bài.
 */
export function Quiz({ attemptId, base, questions, remainingMs, tieBreakQuestion }: Props) {
  const storageKey = `bai-thi-${attemptId}`;
  const [answers, setAnswers] = useState<Record<number, number[]>>(() => Object.fromEntries(questions.map((q) => [q.id, q.chosen])));
  const [status, setStatus] = useState<Record<number, Status>>(() => Object.fromEntries(questions.filter((q) => q.chosen.length > 0).map((q) => [q.id, "saved" as Status])));
  const [remaining, setRemaining] = useState(remainingMs);
  const [notice, setNotice] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const pending = useRef(new Map<number, number[]>());
  const flushing = useRef(false);
  const deadline = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  const autoSubmitted = useRef(false);
  const submitRef = useRef<() => Promise<void>>(async () => {});

  const persist = useCallback(() => {
    try {
      if (pending.current.size === 0) localStorage.removeItem(storageKey);
      else localStorage.setItem(storageKey, JSON.stringify([...pending.current]));
    } catch {
      // Private browsing may refuse storage; the answers still wait in memory.
    }
  }, [storageKey]);

  const flush = useCallback(async () => {
    if (flushing.current) return;
    flushing.current = true;
    try {
      // Until nothing waits: a choice changed while its answer travelled is sent again.
      while (pending.current.size > 0) {
        for (const [questionId, chosen] of [...pending.current]) {
          setStatus((s) => ({ ...s, [questionId]: "saving" }));
          let answer: { ok: boolean; error?: string };
          try {
            const response = await fetch(`${base}/tra-loi`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ questionId, chosen }) });
            answer = await response.json();
          } catch {
            setStatus((s) => ({ ...s, [questionId]: "waiting" }));
            setNotice(OFFLINE);
            return;
          }
          if (pending.current.get(questionId) === chosen) pending.current.delete(questionId);
          persist();
          setStatus((s) => ({ ...s, [questionId]: answer.ok ? "saved" : { refused: answer.error ?? "Không lưu được câu trả lời." } }));
          if (answer.ok) setNotice(null);
        }
      }
    } finally {
      flushing.current = false;
    }
  }, [base, persist]);

  useEffect(() => {
    deadline.current = Date.now() + remainingMs;
    try {
      const kept = JSON.parse(localStorage.getItem(storageKey) ?? "[]") as [number, number[]][];
      const known = new Set(questions.map((q) => q.id));
      for (const [questionId, chosen] of kept) if (known.has(questionId)) pending.current.set(questionId, chosen);
    } catch {
      // Nothing kept.
    }
    if (pending.current.size > 0) {
      setAnswers((a) => ({ ...a, ...Object.fromEntries(pending.current) }));
      void flush();
    }
    const online = () => void flush();
    const offline = () => setNotice(OFFLINE);
    window.addEventListener("online", online);
    window.addEventListener("offline", offline);
    // The server counts the deadline anyway; the page submits what it has when the clock runs out.
    const timer = window.setInterval(() => {
      const left = Math.max(0, deadline.current - Date.now());
      setRemaining(left);
      if (left === 0 && !autoSubmitted.current) {
        autoSubmitted.current = true;
        void submitRef.current();
      }
    }, 1000);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("offline", offline);
      window.clearInterval(timer);
    };
  }, [flush, questions, remainingMs, storageKey]);

  const choose = (question: QuizQuestion, index: number, checked: boolean) => {
    const before = answers[question.id] ?? [];
    const chosen = question.kind === "SINGLE" ? [index] : (checked ? [...before, index] : before.filter((i) => i !== index)).sort((a, b) => a - b);
    setAnswers((a) => ({ ...a, [question.id]: chosen }));
    if (chosen.length === 0) return;
    pending.current.set(question.id, chosen);
    persist();
    setStatus((s) => ({ ...s, [question.id]: "waiting" }));
    void flush();
  };

  const submit = useCallback(async () => {
    if (submitting) return;
    setSubmitting(true);
    const form = formRef.current ? new FormData(formRef.current) : null;
    const body = { answers: [...pending.current].map(([questionId, chosen]) => ({ questionId, chosen })), tieBreakGuess: String(form?.get("tieBreakGuess") ?? "") };
    try {
      const response = await fetch(`${base}/nop-bai`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      const answer = (await response.json()) as { ok: boolean; error?: string };
      if (answer.ok || response.status === 409) {
        pending.current.clear();
        persist();
      }
      if (!answer.ok) setNotice(answer.error ?? "Không nộp được bài.");
      window.location.assign(base);
    } catch {
      setNotice("Mất kết nối mạng: bài chưa được nộp. Các câu trả lời vẫn được giữ; hãy bấm Nộp bài lại khi có mạng.");
      setSubmitting(false);
    }
  }, [base, persist, submitting]);

  useEffect(() => {
    submitRef.current = submit;
  }, [submit]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  const answered = questions.filter((q) => (answers[q.id] ?? []).length > 0).length;
  const saved = questions.filter((q) => status[q.id] === "saved").length;

  return (
    <form ref={formRef} data-hydrate method="post" action={`${base}/nop-bai`} onSubmit={onSubmit} className="space-y-5">
      <div className="sticky top-0 z-10 -mx-4 flex flex-wrap items-center justify-between gap-2 border-b border-gray-200 bg-white px-4 py-2">
        <p>
          Thời gian còn lại: <strong role="timer" aria-label="Thời gian còn lại">{clock(remaining)}</strong>
        </p>
        <p aria-live="polite" className="text-sm">Đã trả lời {answered}/{questions.length} · đã lưu {saved}</p>
      </div>
      {notice && <p role="alert" className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">{notice}</p>}
      <ol className="space-y-5">
        {questions.map((question, number) => {
          const state = status[question.id];
          return (
            <li key={question.id}>
              <fieldset className="rounded border border-gray-200 bg-white p-3" aria-describedby={`trang-thai-${question.id}`}>
                <legend className="px-1 font-semibold">
                  Câu {number + 1}. {question.text}
                  {question.kind === "MULTIPLE" && <span className="font-normal text-muted"> (chọn tất cả phương án đúng)</span>}
                </legend>
                <div className="mt-2 space-y-2">
                  {question.options.map((option, index) => (
                    <label key={index} className="flex cursor-pointer items-start gap-2 rounded px-1 py-1 hover:bg-gray-50">
                      <input
                        type={question.kind === "SINGLE" ? "radio" : "checkbox"}
                        name={`q${question.id}`}
                        value={index}
                        checked={(answers[question.id] ?? []).includes(index)}
                        onChange={(event) => choose(question, index, event.target.checked)}
                        className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                      />
                      <span>
                        {choiceLetter(index)}. {option}
                      </span>
                    </label>
                  ))}
                </div>
                <p id={`trang-thai-${question.id}`} className="mt-1 text-xs text-muted">
                  {state === "saved" ? "Đã lưu" : state === "saving" ? "Đang lưu…" : state === "waiting" ? "Chưa lưu – sẽ gửi lại" : state ? state.refused : "Chưa trả lời"}
                </p>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {tieBreakQuestion && (
        <div>
          <label htmlFor="du-doan" className="block font-semibold">Câu hỏi phụ: {tieBreakQuestion}</label>
          <input id="du-doan" name="tieBreakGuess" inputMode="numeric" pattern="[0-9]*" className="mt-1 w-40 rounded border border-gray-400 bg-white px-3 py-2" />
        </div>
      )}
      <button type="submit" disabled={submitting} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
        Nộp bài
      </button>
    </form>
  );
}
