"use client";

import { useEffect, useId, useState } from "react";

// Văn bản được trích dẫn: the writer links documents of the library by số/ký hiệu ("42/2022/NĐ-CP",
// or words: "nghi dinh 42"); each shows its effect today. Self-contained: it loads and saves through
// /quan-ly/van-ban/trich-dan, so the editor only places it. Saved at once on every change.

type Citation = { number: string; label: string; summary: string; effect: string };

const ENDPOINT = "/quan-ly/van-ban/trich-dan";

/** An article's citations, or (Hỏi đáp) an answer's: the same route, keyed by what is cited from. */
export function CitedDocumentsField(props: { articleId: number } | { questionId: number }) {
  const [listQuery, owner] = "questionId" in props ? [`cau-hoi=${props.questionId}`, { questionId: props.questionId }] : [`bai-viet=${props.articleId}`, { articleId: props.articleId }];
  const id = useId();
  const [citations, setCitations] = useState<Citation[] | null>(null);
  const [query, setQuery] = useState("");
  const [suggestions, setSuggestions] = useState<Citation[]>([]);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    fetch(`${ENDPOINT}?${listQuery}`)
      .then((response) => (response.ok ? response.json() : { citations: [] }))
      .then((data: { citations?: Citation[] }) => live && setCitations(data.citations ?? []))
      .catch(() => live && setCitations([]));
    return () => {
      live = false;
    };
  }, [listQuery]);

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) return;
    const timer = setTimeout(() => {
      fetch(`${ENDPOINT}?q=${encodeURIComponent(text)}`)
        .then((response) => (response.ok ? response.json() : { suggestions: [] }))
        .then((data: { suggestions?: Citation[] }) => setSuggestions(data.suggestions ?? []))
        .catch(() => setSuggestions([]));
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  async function save(numbers: string[], done: string) {
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(ENDPOINT, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ ...owner, numbers }) });
      const data = (await response.json()) as { citations?: Citation[]; error?: string };
      if (!response.ok || !data.citations) setMessage({ error: true, text: data.error ?? "Không lưu được trích dẫn. Vui lòng thử lại." });
      else {
        setCitations(data.citations);
        setQuery("");
        setSuggestions([]);
        setMessage({ error: false, text: done });
      }
    } catch {
      setMessage({ error: true, text: "Không lưu được trích dẫn: mất kết nối tới máy chủ." });
    } finally {
      setBusy(false);
    }
  }

  const numbers = (citations ?? []).map((c) => c.number);
  // Suggestions of an earlier, longer query are not shown once the box is (nearly) empty.
  const shown = query.trim().length >= 2 ? suggestions : [];
  const add = (number: string) => void save([...numbers, number], `Đã thêm văn bản ${number}.`);

  return (
    <fieldset className="rounded border border-gray-200 bg-white p-4">
      <legend className="px-1 text-sm font-semibold">Văn bản được trích dẫn</legend>
      {citations === null ? (
        <p className="text-sm text-muted">Đang tải…</p>
      ) : (
        citations.length > 0 && (
          <ul className="mb-3 space-y-2 text-sm" aria-label="Văn bản đã trích dẫn">
            {citations.map((c) => (
              <li key={c.number} className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">{c.label}</span>
                <span className="rounded border border-gray-400 px-1.5 text-xs">{c.effect}</span>
                <button type="button" disabled={busy} onClick={() => void save(numbers.filter((n) => n !== c.number), `Đã bỏ văn bản ${c.number}.`)} className="ml-auto rounded border px-2 text-red-700" aria-label={`Bỏ trích dẫn ${c.label}`}>Bỏ</button>
              </li>
            ))}
          </ul>
        )
      )}
      <label htmlFor={`${id}-so`} className="block text-sm font-semibold">Số/ký hiệu văn bản</label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={`${id}-so`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              if (query.trim()) add(shown.length === 1 ? shown[0].number : query.trim());
            }
          }}
          placeholder="Ví dụ: 42/2022/NĐ-CP hoặc nghi dinh 42"
          className="min-w-0 flex-1 rounded border border-gray-400 px-3 py-2"
          autoComplete="off"
        />
        <button type="button" disabled={busy || !query.trim()} onClick={() => add(shown.length === 1 ? shown[0].number : query.trim())} className="rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 disabled:opacity-60">Thêm trích dẫn</button>
      </div>
      {shown.length > 0 && (
        <ul className="mt-2 divide-y divide-gray-200 rounded border border-gray-200 text-sm" aria-label="Văn bản phù hợp">
          {shown.map((s) => (
            <li key={s.number}>
              <button type="button" disabled={busy || numbers.includes(s.number)} onClick={() => add(s.number)} className="w-full px-3 py-2 text-left hover:bg-gray-50 disabled:opacity-60">
                <span className="font-semibold">{s.label}</span> — {s.summary} <span className="text-muted">({s.effect})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p role={message.error ? "alert" : "status"} className={`mt-2 text-sm ${message.error ? "text-red-700" : "text-green-800"}`}>{message.text}</p>
      )}
    </fieldset>
  );
}
