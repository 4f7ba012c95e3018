// POST /api/nhap-tu-word — Nhập từ Word (components/editor/docx-import-form.tsx).
//
// Request: multipart/form-data with `unitId` BEFORE the part `file` (a .docx), from a signed-in working
// person, same origin. Answer (JSON, never cached):
//   201 { ok: true, draft: { id, title, sapoProposed, images, refusedImages } }
//   400 / 401 / 403 / 413 / 500 { ok: false, error } with the message in Vietnamese.
// A route rather than a server action: a Word file with photos is far above a server action's 1 MB
// body, and the file is streamed to the use case, which stops reading past 20 MB.
import { importDocx } from "@/lib/articles/import-docx/import-docx";
import { DOCX_LIMITS, DOCX_MESSAGES } from "@/lib/articles/import-docx/limits";
import { getWorkingActor } from "@/lib/auth/session";
import { isSameOrigin } from "@/lib/http/same-origin";
import { MalformedUploadError, parseUploadForm } from "../tai-len/multipart";

export const dynamic = "force-dynamic";

const FORM_OVERHEAD_BYTES = 64 * 1024;

const refuse = (status: number, error: string) => Response.json({ ok: false, error }, { status, headers: { "Cache-Control": "no-store", Connection: "close" } });

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return refuse(403, "Yêu cầu không hợp lệ: không gửi từ trang của cổng thông tin.");
  const actor = await getWorkingActor();
  if (!actor) return refuse(401, "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.");
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) return refuse(400, "Chưa chọn tệp Word để nhập.");
  if (Number(request.headers.get("content-length") ?? "0") > DOCX_LIMITS.maxFileBytes + FORM_OVERHEAD_BYTES) return refuse(413, DOCX_MESSAGES.tooLarge);

  const parsing = parseUploadForm(request.body, contentType, DOCX_LIMITS.maxFileBytes);
  try {
    const { fields, file } = await parsing.form;
    if (!file) return refuse(400, "Chưa chọn tệp Word để nhập.");
    const result = await importDocx(actor, { unitId: fields.unitId, fileName: file.fileName, body: file.stream });
    if (!result.ok) return refuse(result.error === DOCX_MESSAGES.tooLarge ? 413 : 400, result.error);
    return Response.json({ ok: true, draft: result.value }, { status: 201, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof MalformedUploadError) return refuse(400, "Dữ liệu tải lên không hợp lệ.");
    console.error("Nhập từ Word thất bại", error);
    return refuse(500, "Không nhập được do lỗi máy chủ. Vui lòng thử lại sau.");
  } finally {
    parsing.stop();
  }
}
