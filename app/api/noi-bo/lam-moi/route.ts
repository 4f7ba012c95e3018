import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { Changes } from "@/lib/changes";
import { applyChanges } from "@/lib/site/revalidate";

// POST /api/noi-bo/lam-moi: expires the public cache after a change made outside a server action
// (a scheduled job, a script, an operator), given what changed as the use case reported it
// ({ changes: { articles: [{ before, after }], comments, units, …, contests } }). Allowed
// only with the header x-revalidate-secret equal to REVALIDATE_SECRET; without that variable the
// route answers 404 to everyone.
const id = z.number().int().positive();
const articleRef = z
  .object({ id, slug: z.string().min(1).max(300), unitId: id, originalUnitId: id.nullable().optional(), categoryId: id.nullable() })
  .strict();
const flag = z.literal(true).optional();
// One entry per kind of change a use case can report: `satisfies` fails the build when a kind is added
// to Changes and not here, which would turn a scheduled job's report into a 400 and leave pages stale.
const kinds = {
  articles: z.array(z.object({ before: articleRef.nullable(), after: articleRef.nullable() }).strict()).max(500).optional(),
  comments: z.array(id).max(500).optional(),
  units: flag,
  categories: flag,
  settings: flag,
  documents: flag,
  questions: flag,
  contests: flag,
} satisfies Record<keyof Changes, z.ZodType>;
const request = z.object({ changes: z.object(kinds).strict() }).strict();
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
