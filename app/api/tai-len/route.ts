// POST /api/tai-len — the editor's uploads (components/editor/file-upload.tsx).
//
// Request: multipart/form-data with the fields `unitId` and `purpose` ("image" | "attachment") BEFORE the
// part `file`, from a signed-in working person, same origin. Answer (JSON, never cached):
//   201 { ok: true, file: { id, storageKey, originalName, mimeType, size, width, height, variants } }
//   400 / 401 / 403 / 413 / 415 / 500 { ok: false, error } with the message in Vietnamese.
//
// The body is never buffered whole: a Content-Length above the largest allowed file is refused before
// reading, and the file part is streamed into uploadFile, which stops reading past the limit. (Next
// hands route handlers the request as a stream; it only buffers bodies for the proxy (proxy.ts), whose
// matcher does not include this path.) `request.formData()` is not used because it reads everything.
import { getWorkingActor } from "@/lib/auth/session";
import { uploadFile, type UploadPurpose, type UploadRefusalReason } from "@/lib/storage/upload-file";
import { DOCUMENT_MAX_BYTES, DOCUMENT_TOO_LARGE } from "@/lib/storage/upload-limits";
import { MalformedUploadError, parseUploadForm } from "./multipart";

export const dynamic = "force-dynamic";

/** Room for the multipart boundaries, part headers and the two small fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const STATUS: Record<UploadRefusalReason, number> = { invalid: 400, forbidden: 403, "too-large": 413, "unsupported-type": 415 };

function answer(status: number, body: object, closeConnection = false): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  // After a refusal the rest of the body is not read: ask the client to stop sending it.
  if (closeConnection) headers.Connection = "close";
  return Response.json(body, { status, headers });
}

const refuse = (status: number, error: string, closeConnection = false) => answer(status, { ok: false, error }, closeConnection);

/**
 * A cookie-authenticated POST must come from our own pages (CSRF): browsers always send Origin on a
 * POST, and a cross-site page cannot forge it. Behind a reverse proxy the public host is X-Forwarded-Host.
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const hosts = [request.headers.get("x-forwarded-host"), request.headers.get("host")]
    .filter((host): host is string => Boolean(host))
    .map((host) => host.split(",")[0].trim().toLowerCase());
  if (!hosts.includes(originHost.toLowerCase())) return false;
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin";
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return refuse(403, "Yêu cầu tải lên không hợp lệ: không gửi từ trang của cổng thông tin.", true);
  const actor = await getWorkingActor();
  if (!actor) return refuse(401, "Bạn cần đăng nhập để tải tệp lên.", true);

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) {
    return refuse(415, "Yêu cầu phải gửi tệp dưới dạng multipart/form-data.", true);
  }
  const declaredLength = Number(request.headers.get("content-length") ?? "0");
  if (declaredLength > DOCUMENT_MAX_BYTES + FORM_OVERHEAD_BYTES) return refuse(413, DOCUMENT_TOO_LARGE, true);

  const parsing = parseUploadForm(request.body, contentType, DOCUMENT_MAX_BYTES);
  try {
    const { fields, file } = await parsing.form;
    if (!file) return refuse(400, "Chưa chọn tệp để tải lên.", true);
    const result = await uploadFile(actor, {
      unitId: fields.unitId === undefined ? undefined : Number(fields.unitId),
      purpose: fields.purpose as UploadPurpose,
      fileName: file.fileName,
      claimedType: file.mimeType,
      body: file.stream,
    });
    if (!result.ok) return refuse(STATUS[result.reason], result.error, true);
    return answer(201, { ok: true, file: result.value });
  } catch (error) {
    if (error instanceof MalformedUploadError) return refuse(400, "Dữ liệu tải lên không hợp lệ.", true);
    console.error("Tải tệp lên thất bại", error);
    return refuse(500, "Không lưu được tệp do lỗi máy chủ. Vui lòng thử lại sau.", true);
  } finally {
    parsing.stop();
  }
}
