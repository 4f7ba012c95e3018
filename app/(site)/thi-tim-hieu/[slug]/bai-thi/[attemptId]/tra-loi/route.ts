import { NextResponse, type NextRequest } from "next/server";
import { contestIdOfAttempt } from "@/lib/contests/attempt-contest";
import { saveAnswer } from "@/lib/contests/save-answer";
import { attemptIdOf, entrantToken, fromOurPages } from "../entrant-request";

// One answer, saved as it is chosen: { questionId, chosen: [indexes] } → { ok } or { ok: false, error }.

export async function POST(request: NextRequest, { params }: { params: Promise<{ attemptId: string }> }) {
  if (!fromOurPages(request)) return NextResponse.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 403 });
  const attemptId = attemptIdOf((await params).attemptId);
  const contestId = attemptId ? await contestIdOfAttempt(attemptId) : null;
  if (!attemptId || !contestId) return NextResponse.json({ ok: false, error: "Không tìm thấy bài thi của bạn." }, { status: 404 });
  let body: { questionId?: unknown; chosen?: unknown };
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 400 });
  }
  const result = await saveAnswer({ token: entrantToken(request, contestId), attemptId, questionId: body.questionId, chosen: body.chosen });
  return NextResponse.json(result, { status: result.ok ? 200 : 409, headers: { "cache-control": "no-store" } });
}
