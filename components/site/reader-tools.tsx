"use client";

import { useEffect, useRef, useState } from "react";

const SCALE_KEY = "pbgdpl:co-chu";
const SCALES = [0.9, 1, 1.15, 1.3, 1.5] as const;
const DEFAULT_INDEX = 1;

function readScaleIndex(): number {
  try {
    const stored = Number(window.localStorage.getItem(SCALE_KEY));
    return Number.isInteger(stored) && stored >= 0 && stored < SCALES.length ? stored : DEFAULT_INDEX;
  } catch {
    return DEFAULT_INDEX;
  }
}

function applyScale(index: number) {
  document.documentElement.style.setProperty("--article-scale", String(SCALES[index]));
}

/** The parts of the article to read aloud, in order: title, sapo, then each block of the body. */
function readableParts(root: Element | null): string[] {
  if (!root) return [];
  return [...root.querySelectorAll("[data-doc], [data-doc-than] > *")]
    .map((element) => element.textContent?.replace(/\s+/g, " ").trim() ?? "")
    .filter(Boolean);
}

/**
 * Lets a reader enlarge the text (remembered on this device), listen to the article through the
 * browser's speech synthesis (a Vietnamese voice when the device has one; hidden where there is no
 * speech synthesis) and print it.
 */
export function ReaderTools({ articleSelector }: { articleSelector: string }) {
  const [scaleIndex, setScaleIndex] = useState(DEFAULT_INDEX);
  const [canSpeak, setCanSpeak] = useState(false);
  const [speaking, setSpeaking] = useState(false);
  const [status, setStatus] = useState("");
  const queue = useRef<SpeechSynthesisUtterance[]>([]);

  useEffect(() => {
    // Read after mounting: localStorage and speechSynthesis exist only in the browser.
    /* eslint-disable react-hooks/set-state-in-effect -- syncing with browser-only state once, on mount */
    const index = readScaleIndex();
    setScaleIndex(index);
    applyScale(index);
    setCanSpeak(typeof window.speechSynthesis !== "undefined" && typeof window.SpeechSynthesisUtterance !== "undefined");
    /* eslint-enable react-hooks/set-state-in-effect */
    return () => {
      if (typeof window.speechSynthesis !== "undefined") window.speechSynthesis.cancel();
    };
  }, []);

  function changeScale(step: number) {
    const index = Math.min(SCALES.length - 1, Math.max(0, scaleIndex + step));
    setScaleIndex(index);
    applyScale(index);
    setStatus(`Cỡ chữ ${Math.round(SCALES[index] * 100)}%`);
    try {
      window.localStorage.setItem(SCALE_KEY, String(index));
    } catch {
      // Private browsing may refuse storage: the size still applies to this page.
    }
  }

  function toggleSpeech() {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      queue.current = [];
      setSpeaking(false);
      setStatus("Đã dừng đọc bài.");
      return;
    }
    const parts = readableParts(document.querySelector(articleSelector));
    if (parts.length === 0) return;
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().replace("_", "-").startsWith("vi"));
    // One utterance per paragraph: some browsers stop long utterances part-way.
    queue.current = parts.map((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = "vi-VN";
      if (voice) utterance.voice = voice;
      if (index === parts.length - 1) {
        utterance.onend = () => setSpeaking(false);
      }
      utterance.onerror = () => setSpeaking(false);
      return utterance;
    });
    synth.cancel();
    for (const utterance of queue.current) synth.speak(utterance);
    setSpeaking(true);
    setStatus(voice ? "Đang đọc bài." : "Đang đọc bài (thiết bị không có giọng tiếng Việt, âm đọc có thể chưa chuẩn).");
  }

  const button =
    "inline-flex min-h-10 min-w-10 items-center justify-center rounded border border-gray-300 bg-white px-3 text-sm font-semibold hover:border-brand-600 hover:text-brand-700 disabled:opacity-50";
  return (
    <div className="no-print flex flex-wrap items-center gap-2" role="group" aria-label="Công cụ đọc bài">
      <button type="button" className={button} onClick={() => changeScale(-1)} disabled={scaleIndex === 0}>
        {/* The accessible name starts with the visible text (WCAG 2.5.3), then says what it does. */}
        A−<span className="sr-only"> Giảm cỡ chữ</span>
      </button>
      <button type="button" className={button} onClick={() => changeScale(1)} disabled={scaleIndex === SCALES.length - 1}>
        A+<span className="sr-only"> Tăng cỡ chữ</span>
      </button>
      {canSpeak && (
        <button type="button" className={button} onClick={toggleSpeech} aria-pressed={speaking}>
          {speaking ? "Dừng đọc" : "Nghe đọc bài"}
        </button>
      )}
      <button type="button" className={button} onClick={() => window.print()}>
        In bài viết
      </button>
      {/* Visible, not only announced: a reader hearing a foreign voice should see why. */}
      <p role="status" className="w-full text-sm text-muted">
        {status}
      </p>
    </div>
  );
}
