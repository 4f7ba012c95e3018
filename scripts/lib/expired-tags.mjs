// When each cache tag was last expired, by this instance or (told through Redis) another one; kept a
// minute. A page whose render began before one of its tags expired shows what was there before the
// change: the server then keeps it out of Varnish (varnish.mjs) and Next's shared cache stores it as
// made at that start, so the next read renders it again (next-cache-handler.mjs). The in-process page
// cache does the same with its generation counter (page-cache.mjs).
const KEY = Symbol.for("pbgdpl.expiredTags");
const KEEP_MS = 60_000;

/** tag → when it was expired (ms). */
const expiries = (globalThis[KEY] ??= new Map());

export function noteExpired(tags, at = Date.now()) {
  for (const tag of [tags].flat()) expiries.set(tag, at);
  if (expiries.size > 10_000) prune(at);
}

function prune(now) {
  for (const [tag, at] of expiries) if (now - at > KEEP_MS) expiries.delete(tag);
}

/** Was any of these tags (Next's comma-separated list, or an array) expired at or after `since`? */
export function expiredSince(tags, since) {
  const list = Array.isArray(tags) ? tags : String(tags ?? "").split(",");
  return list.some((tag) => (expiries.get(tag) ?? -Infinity) >= since);
}
