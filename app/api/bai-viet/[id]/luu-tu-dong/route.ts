import { getWorkingActor } from "@/lib/auth/session";
import { saveArticle } from "@/lib/articles/save-article";
import { isSameOrigin } from "@/lib/http/same-origin";

// The editor's last autosave when the page is closed or hidden, sent with navigator.sendBeacon
// (a server action cannot be sent that way). Same rules as any save: session, policy, version check.
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return Response.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 403 });
  const actor = await getWorkingActor();
  if (!actor) return Response.json({ ok: false, error: "Phiên đăng nhập đã hết." }, { status: 401 });
  let body: { baseVersion?: unknown; fields?: unknown };
  try {
    body = await request.json();
  } catch {
    return Response.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 400 });
  }
  const result = await saveArticle(actor, { articleId: (await params).id, baseVersion: body.baseVersion, kind: "AUTOSAVE", fields: body.fields });
  return Response.json(result, { status: result.ok ? 200 : 409 });
}
