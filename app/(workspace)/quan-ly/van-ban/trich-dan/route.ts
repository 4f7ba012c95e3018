import { NextResponse } from "next/server";
import { getWorkingActor } from "@/lib/auth/session";
import { citationsForEditor, citationsForQuestionEditor, suggestDocuments } from "@/lib/documents/editor-citations";
import { setArticleCitations } from "@/lib/documents/set-article-citations";
import { setQuestionCitations } from "@/lib/questions/set-question-citations";
import { isSameOrigin } from "@/lib/http/same-origin";
import { applyChanges } from "@/lib/site/revalidate";

// The editor's Văn bản được trích dẫn field (components/editor/cited-documents-field.tsx) talks to this
// route, so the article editor needs no new props: GET ?bai-viet=ID lists the citations, GET ?q=…
// suggests published documents, POST { articleId, numbers } replaces the citations. An answer of Hỏi đáp
// uses the same field: GET ?cau-hoi=ID and POST { questionId, numbers }.

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function GET(request: Request): Promise<Response> {
  const actor = await getWorkingActor();
  if (!actor) return NextResponse.json({ error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại." }, { status: 401, headers: NO_STORE });
  const url = new URL(request.url);
  const q = url.searchParams.get("q");
  if (q !== null) return NextResponse.json({ suggestions: await suggestDocuments(q.slice(0, 200)) }, { headers: NO_STORE });
  if (url.searchParams.has("cau-hoi")) {
    const cited = await citationsForQuestionEditor(actor, Number(url.searchParams.get("cau-hoi")));
    if (!cited) return NextResponse.json({ error: "Không tìm thấy câu hỏi." }, { status: 404, headers: NO_STORE });
    return NextResponse.json({ citations: cited }, { headers: NO_STORE });
  }
  const citations = await citationsForEditor(actor, Number(url.searchParams.get("bai-viet")));
  if (!citations) return NextResponse.json({ error: "Không tìm thấy bài viết." }, { status: 404, headers: NO_STORE });
  return NextResponse.json({ citations }, { headers: NO_STORE });
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return NextResponse.json({ error: "Yêu cầu không hợp lệ." }, { status: 403 });
  const actor = await getWorkingActor();
  if (!actor) return NextResponse.json({ error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại." }, { status: 401 });
  const body = (await request.json().catch(() => null)) as { questionId?: unknown } | null;
  if (body && typeof body === "object" && "questionId" in body) {
    const answer = await setQuestionCitations(actor, body);
    if (!answer.ok) return NextResponse.json({ error: answer.error }, { status: 400, headers: NO_STORE });
    return NextResponse.json({ citations: await citationsForQuestionEditor(actor, answer.value.questionId) }, { headers: NO_STORE });
  }
  const result = await setArticleCitations(actor, body);
  if (!result.ok) return NextResponse.json({ error: result.error }, { status: 400, headers: NO_STORE });
  applyChanges(result.changes);
  return NextResponse.json({ citations: await citationsForEditor(actor, result.value.articleId) }, { headers: NO_STORE });
}
