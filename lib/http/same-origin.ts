/**
 * Cookie-authenticated POSTs outside server actions (which Next already checks) must come from our own
 * pages: the browser's Origin header names the page's origin and cannot be set by a script.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
