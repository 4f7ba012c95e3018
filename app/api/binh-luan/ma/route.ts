// GET /api/binh-luan/ma?bai=<articleId> — a comment form's token (public/js/binh-luan.js asks for one
// when the form is shown and again after each comment sent, since a token posts one comment).
// The article page is cached and the same for everyone: the moment the form was shown cannot be in its
// HTML, so it comes from here, signed (lib/comments/form-token.ts). Answer, never cached:
//   200 { token }   ·   400 { ok: false, error } when `bai` is not an article id.
import { issueFormToken } from "@/lib/comments/form-token";
import { REFUSAL_MESSAGES } from "@/lib/comments/submit-comment";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export function GET(request: Request): Response {
  const bai = new URL(request.url).searchParams.get("bai") ?? "";
  const articleId = /^\d{1,9}$/.test(bai) ? Number(bai) : 0;
  if (articleId <= 0) return Response.json({ ok: false, error: REFUSAL_MESSAGES["not-found"] }, { status: 400, headers: NO_STORE });
  return Response.json({ token: issueFormToken(articleId) }, { headers: NO_STORE });
}
