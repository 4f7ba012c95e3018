/**
 * Tells the production server which cache tags the response being made carries, so that behind
 * Varnish it is sent with them as `xkey` and purged with them (scripts/lib/varnish.mjs). App Router
 * pages need none of this: Next's cache handler notes their tags itself. Outside scripts/server.mjs
 * (tests, `next dev` without it) there is no request context and this does nothing.
 */
const REQUEST_CONTEXT = Symbol.for("pbgdpl.requestContext");

type RequestContext = { getStore(): { cacheTags: string | null } | undefined };

export function noteResponseCacheTags(tags: string[]): void {
  const store = (globalThis as { [REQUEST_CONTEXT]?: RequestContext })[REQUEST_CONTEXT]?.getStore();
  if (store) store.cacheTags = tags.join(",");
}
