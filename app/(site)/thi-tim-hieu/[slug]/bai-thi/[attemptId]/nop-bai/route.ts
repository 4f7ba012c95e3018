import { NextResponse, type NextRequest } from "next/server";
import { contestIdOfAttempt } from "@/lib/contests/attempt-contest";
import { messageKey } from "@/lib/contests/labels";
import { submitAttempt } from "@/lib/contests/submit-attempt";
import { attemptIdOf, entrantToken, fromOurPages, isJson } from "../entrant-request";

// Nộp bài. From the page's script: JSON { answers: [{ questionId, chosen }], tieBreakGuess } → { ok }
// or the refusal. From the page without JavaScript: the form's fields q<id> (one per choice ticked) and
// tieBreakGuess, then back to the attempt's page (303), which shows the score or the refusal.

function answersFromForm(form: FormData) {
  const byQuestion = new Map<number, number[]>();
  for (const [name, value] of form) {
    const match = /^q(\d{1,9})$/.exec(name);
    if (match && typeof value === "string") byQuestion.set(Number(match[1]), [...(byQuestion.get(Number(match[1])) ?? []), Number(value)]);
  }
  return [...byQuestion].map(([questionId, chosen]) => ({ questionId, chosen }));
}

export async function POST(request: NextRequest, { params }: { params: Promise<{ attemptId: string }> }) {
  if (!fromOurPages(request)) return NextResponse.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 403 });
  const attemptId = attemptIdOf((await params).attemptId);
  const contestId = attemptId ? await contestIdOfAttempt(attemptId) : null;
  if (!attemptId || !contestId) return NextResponse.json({ ok: false, error: "Không tìm thấy bài thi của bạn." }, { status: 404 });
  const token = entrantToken(request, contestId);
  if (isJson(request)) {
    let body: { answers?: unknown; tieBreakGuess?: unknown };
    try {
      body = await request.json();
    } catch {
      return NextResponse.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 400 });
    }
    const result = await submitAttempt({ token, attemptId, answers: body.answers, tieBreakGuess: body.tieBreakGuess });
    // The score is never in the reply: the attempt's page shows it, when the contest's rules say so.
    return NextResponse.json(result.ok ? { ok: true } : result, { status: result.ok ? 200 : 409, headers: { "cache-control": "no-store" } });
  }
  const form = await request.formData();
  const result = await submitAttempt({ token, attemptId, answers: answersFromForm(form), tieBreakGuess: String(form.get("tieBreakGuess") ?? "") });
  // A relative Location: the address the browser used, whatever proxy is in front.
  const page = request.nextUrl.pathname.replace(/\/nop-bai$/, "") + (result.ok ? "" : `?loi=${messageKey(result.error)}`);
  return new NextResponse(null, { status: 303, headers: { location: page } });
}
