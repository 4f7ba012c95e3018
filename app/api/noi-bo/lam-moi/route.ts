import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import {
  findArticleCacheRef,
  revalidateArticle,
  revalidateCategories,
  revalidateComments,
  revalidateSiteSettings,
  revalidateUnits,
} from "@/lib/site/revalidate";

// POST /api/noi-bo/lam-moi: expires the public cache after a change made outside a server action
// (a scheduled job, a script, an operator). Allowed only with the header x-revalidate-secret equal
// to REVALIDATE_SECRET; without that variable the route answers 404 to everyone.
const request = z.union([
  z.object({ articleId: z.number().int().positive() }).strict(),
  z.object({ commentsOf: z.number().int().positive() }).strict(),
  z.object({ scope: z.enum(["units", "categories", "settings"]) }).strict(),
]);

function allowed(given: string | null): boolean {
  const secret = process.env.REVALIDATE_SECRET;
  if (!secret || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function POST(incoming: Request): Promise<Response> {
  if (!process.env.REVALIDATE_SECRET) return new Response(null, { status: 404 });
  if (!allowed(incoming.headers.get("x-revalidate-secret"))) return Response.json({ ok: false, error: "Không có quyền." }, { status: 403 });

  let body: unknown;
  try {
    body = await incoming.json();
  } catch {
    return Response.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 400 });
  }
  const parsed = request.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, error: "Yêu cầu không hợp lệ." }, { status: 400 });

  const input = parsed.data;
  if ("articleId" in input) {
    const article = await findArticleCacheRef(input.articleId);
    if (!article) return Response.json({ ok: false, error: "Không tìm thấy bài viết." }, { status: 404 });
    revalidateArticle(article);
  } else if ("commentsOf" in input) {
    revalidateComments(input.commentsOf);
  } else if (input.scope === "units") {
    revalidateUnits();
  } else if (input.scope === "categories") {
    revalidateCategories();
  } else {
    revalidateSiteSettings();
  }
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
