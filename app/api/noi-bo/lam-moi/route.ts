import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Changes } from "@/lib/changes";
import { applyChanges } from "@/lib/site/revalidate";

// POST /api/noi-bo/lam-moi: expires the public cache after a change made outside a server action
// (a scheduled job, a script, an operator), given what changed as the use case reported it
// ({ changes: { articles: [{ before, after }], comments, units, categories, settings } }). Allowed
// only with the header x-revalidate-secret equal to REVALIDATE_SECRET; without that variable the
// route answers 404 to everyone.
const id = z.number().int().positive();
const articleRef = z
  .object({ id, slug: z.string().min(1).max(300), unitId: id, originalUnitId: id.nullable().optional(), categoryId: id.nullable() })
  .strict();
const request = z
  .object({
    changes: z
      .object({
        articles: z.array(z.object({ before: articleRef.nullable(), after: articleRef.nullable() }).strict()).max(500).optional(),
        comments: z.array(id).max(500).optional(),
        units: z.literal(true).optional(),
        categories: z.literal(true).optional(),
        settings: z.literal(true).optional(),
      })
      .strict(),
  })
  .strict();
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

  applyChanges(parsed.data.changes satisfies Changes);
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
