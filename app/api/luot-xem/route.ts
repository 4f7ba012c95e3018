import { z } from "zod";
import { clientAddress } from "@/lib/http/client-address";
import { isSameOrigin } from "@/lib/http/same-origin";
import { shouldCount } from "@/lib/site/counted-visit";
import { viewCounter } from "@/lib/site/view-counter";

// The article page's beacon (navigator.sendBeacon) lands here. The page itself stays cached; views
// are tallied in memory and written in batches (lib/site/view-counter.ts). A view counts once per
// reader's address and article in 30 minutes (lib/site/counted-visit.ts), and only from our own
// pages: another site could otherwise make every one of its visitors' browsers count views here.
const beacon = z.object({ articleId: z.coerce.number().int().positive().max(2_147_483_647) });

const MAX_BYTES = 256;

/** The body as text, or null once it grows past MAX_BYTES (without reading the rest). */
async function readSmallBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The browser says where the request comes from: Sec-Fetch-Site (when it sends it) and Origin, which a page cannot set. */
function fromOurPages(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  return (site === null || site === "same-origin") && isSameOrigin(request);
}

export async function POST(request: Request): Promise<Response> {
  if (!fromOurPages(request)) return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  // A beacon is a few bytes; refuse anything that is not.
  const text = await readSmallBody(request);
  if (text === null) return new Response(null, { status: 413 });
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return new Response(null, { status: 400 });
  }
  const parsed = beacon.safeParse(payload);
  if (!parsed.success) return new Response(null, { status: 400 });
  const { articleId } = parsed.data;
  if (await shouldCount("view", articleId, clientAddress(request.headers))) viewCounter().record(articleId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
