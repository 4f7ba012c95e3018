import { requestContext } from "@/scripts/lib/request-log.mjs";

/**
 * Tells the production server which cache tags the response being made carries, so that behind
 * Varnish it is sent with them as `xkey` and purged with them (scripts/lib/varnish.mjs). App Router
 * pages need none of this: Next's cache handler notes their tags itself. Outside scripts/server.mjs
 * (tests, `next dev` without it) there is no request context and this does nothing.
 */
export function noteResponseCacheTags(tags: string[]): void {
  const store = requestContext.getStore();
  if (store) store.cacheTags = tags.join(",");
}
