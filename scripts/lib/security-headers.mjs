// The headers the production server (scripts/server.mjs) adds in front of Next: the
// Content-Security-Policy of each HTML page, and Strict-Transport-Security for https requests. The
// headers that never change (Permissions-Policy, nosniff, Referrer-Policy, X-Frame-Options) are in
// next.config.ts, so `next dev` sends them too.
//
// Why the policy is made here and not by Next: a nonce must be new on every request, which would
// render every public page on every request and leave nothing to cache. Instead the page's own inline
// scripts are hashed (inline-scripts.mjs says which ones), which needs the whole page before its
// headers go out: an HTML response is held until Next ends it, then sent at once with its policy.
// This wrapper sits behind the page cache, so a cached page is stored with its header and a HIT
// costs nothing more; workspace pages, which Next streams, arrive in one piece instead (they are
// small, and nothing in them is shown before it is complete anyway).
//
// `next dev` gets no policy: its hot reload needs eval and scripts this file does not know.
import { contentCoders, headerText, holdResponse, isHtml } from "./held-response.mjs";
import { createScriptJudge, hashSource, inlineScripts } from "./inline-scripts.mjs";

export const STRICT_TRANSPORT_SECURITY = "strict-transport-security";

/**
 * One year, this host only: subdomains of a provincial domain may still serve plain http, and
 * preload lists are a decision for whoever runs the domain.
 */
const STRICT_TRANSPORT_VALUE = "max-age=31536000";

/**
 * The policy of one page, given the hash sources of its inline scripts.
 *
 * @param {string[]} scriptHashes
 */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    // 'self' for Next's chunks (and the chunks they load); the page's own inline scripts by hash.
    // No 'strict-dynamic': it would make browsers ignore 'self'.
    ["script-src 'self'", ...scriptHashes].join(" "),
    // Styles may be inline: React and next/image write style attributes, Tiptap and ProseMirror add
    // a <style> and set style attributes in the editor, Next's error page is styled inline. CSS
    // cannot run code; what it could leak is limited by img-src and connect-src below.
    "style-src 'self' 'unsafe-inline'",
    // Files, covers and their stored sizes all come from this server (/tep/…),
    // uploadthing's included: app/tep proxies its bytes. data: and blob: for previews.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'self'",
    // Sign-in posts to this server (next-auth); share links are links, not forms.
    "form-action 'self'",
  ].join("; ");
}

/** The policy for a small page with no script at all (the 400 answer of malformed-path.mjs). */
export const SCRIPTLESS_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

/**
 * Did this request reach us over https? From the socket, or, behind TRUSTED_PROXY_COUNT proxies,
 * from the X-Forwarded-Proto the outermost of them wrote (N places from the right when each
 * appends; the only value when they overwrite). Without a trusted proxy the header is the client's
 * word and is ignored.
 *
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustedProxies
 */
export function requestIsHttps(req, trustedProxies) {
  if (/** @type {{ encrypted?: boolean }} */ (req.socket)?.encrypted) return true;
  if (trustedProxies <= 0) return false;
  const protocols = headerText(req.headers["x-forwarded-proto"]).split(",").map((value) => value.trim().toLowerCase()).filter(Boolean);
  if (protocols.length === 0) return false;
  return protocols[Math.max(protocols.length - trustedProxies, 0)] === "https";
}

/**
 * Wraps a request handler so that https requests carry Strict-Transport-Security. (A browser
 * ignores the header over plain http, but there it would also be untrue.)
 *
 * @param {number} trustedProxies
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 */
export function withTransportSecurity(trustedProxies, handler) {
  return (req, res) => {
    if (requestIsHttps(req, trustedProxies)) res.setHeader(STRICT_TRANSPORT_SECURITY, STRICT_TRANSPORT_VALUE);
    return handler(req, res);
  };
}

/**
 * The Content-Security-Policy for an HTML body as Next sent it (maybe compressed), or null when it
 * cannot be read.
 *
 * @param {Buffer} body
 * @param {string | string[] | number | undefined} contentEncoding
 * @param {(text: string) => boolean} isFrameworkScript
 * @param {(text: string) => void} [onUnknownScript]
 */
export function policyForPage(body, contentEncoding, isFrameworkScript, onUnknownScript = () => {}) {
  const html = contentCoders(contentEncoding)?.decode(body);
  if (!html) return null;
  const hashes = new Set();
  for (const script of inlineScripts(html.toString("utf8"))) {
    if (isFrameworkScript(script)) hashes.add(hashSource(script));
    else onUnknownScript(script);
  }
  return contentSecurityPolicy([...hashes]);
}

/** Says once per process which unknown inline script was refused (a Next upgrade may add one). */
function warnOnce() {
  const seen = new Set();
  return (script) => {
    const start = script.slice(0, 80);
    if (seen.has(start) || seen.size > 50) return;
    seen.add(start);
    console.warn(`[security-headers] inline script not written by Next or React, left out of the policy (the browser will refuse it): ${JSON.stringify(start)}`);
  };
}

/**
 * Wraps a request handler (Next's) so that every HTML page it answers carries the
 * Content-Security-Policy made from its own inline scripts. Other responses pass untouched, and so
 * does a response that already has a policy of its own (app/tep sets a sandbox).
 *
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handler
 * @param {{ isFrameworkScript?: (text: string) => boolean, onUnknownScript?: (text: string) => void }} [options]
 */
export function withPagePolicy(handler, { isFrameworkScript = createScriptJudge(), onUnknownScript = warnOnce() } = {}) {
  return (req, res) => {
    // Next's own files are never pages; not wrapping them keeps them as fast as before.
    if (req.url?.startsWith("/_next/static/")) return handler(req, res);

    holdResponse(res, {
      hold: () => isHtml(res) && res.getHeader("content-security-policy") === undefined,
      send: (body, end) => {
        // No body (HEAD, a 304): no policy either, or a browser would take its empty list of hashes
        // for the page it already holds.
        if (body.length > 0) {
          try {
            const policy = policyForPage(body, res.getHeader("content-encoding"), isFrameworkScript, onUnknownScript);
            if (policy) res.setHeader("content-security-policy", policy);
            else console.warn(`[security-headers] cannot read a page sent as ${String(res.getHeader("content-encoding"))}: no Content-Security-Policy for ${req.url}`);
          } catch (error) {
            console.error(`[security-headers] no Content-Security-Policy for ${req.url}:`, error);
          }
        }
        return end(body);
      },
    });
    return handler(req, res);
  };
}
