// POST /api/binh-luan — a reader's comment, from the article page's script (public/js/binh-luan.js).
//
// Request: the form's fields articleId, token (from GET /api/binh-luan/ma), content, name, email and
// website (the honeypot), as application/x-www-form-urlencoded or multipart/form-data, from our own
// pages. Answer (JSON, never cached):
//   200 { ok: true }
//   400 / 403 / 404 / 409 / 413 / 415 / 429 { ok: false, error, fieldErrors? } with the messages in Vietnamese.
// Every check is submitComment's (lib/comments/submit-comment.ts); the address it limits by is the one
// the server in front decided (clientAddress). Nothing here expires the page: a comment waits for
// moderation.
import { clientAddress } from "@/lib/http/client-address";
import { isSameOrigin } from "@/lib/http/same-origin";
import { submitComment, type CommentRefusalReason } from "@/lib/comments/submit-comment";
import { readLimited } from "@/lib/storage/read-limited";

export const dynamic = "force-dynamic";

/** The largest form a reader can send (2,000 characters of Vietnamese, a name, an email, the token), with room to spare. */
const MAX_BYTES = 32 * 1024;

const STATUS: Record<CommentRefusalReason, number> = {
  honeypot: 400,
  invalid: 400,
  links: 400,
  words: 400,
  token: 400,
  "too-fast": 400,
  "token-expired": 400,
  "token-used": 409,
  duplicate: 409,
  "not-found": 404,
  "comments-off": 403,
  closed: 403,
  "rate-address": 429,
  "rate-email": 429,
};

const answer = (status: number, body: object) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
const refuse = (status: number, error: string) => answer(status, { ok: false, error });

/** The form's text fields, or null when the body is not a form or is larger than any comment. */
async function readForm(request: Request): Promise<Record<string, string> | "too-large" | null> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(contentType)) return null;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return "too-large";
  const read = await readLimited(request.body ?? new Uint8Array(), () => MAX_BYTES);
  if (!read.ok) return "too-large";
  try {
    const form = await new Response(new Uint8Array(read.bytes), { headers: { "content-type": contentType } }).formData();
    return Object.fromEntries([...form].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return null;
  }
}

export async function POST(request: Request): Promise<Response> {
  // A server action had Next's own check; another site's page must not post comments in its visitors' names.
  if (!isSameOrigin(request)) return refuse(403, "Yêu cầu không hợp lệ: không gửi từ trang của cổng thông tin.");
  const fields = await readForm(request);
  if (fields === "too-large") return refuse(413, "Ý kiến quá dài. Vui lòng rút gọn rồi gửi lại.");
  if (!fields) return refuse(415, "Biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.");
  try {
    const result = await submitComment(fields, { address: clientAddress(request.headers) });
    if (result.ok) return answer(200, { ok: true });
    // Only the message and the fields to fix go back, never anything stored.
    return answer(STATUS[result.reason], { ok: false, error: result.error, ...(result.fieldErrors && { fieldErrors: result.fieldErrors }) });
  } catch (error) {
    console.error("Gửi bình luận thất bại", error);
    return refuse(500, "Không gửi được ý kiến do lỗi máy chủ. Vui lòng thử lại sau.");
  }
}
