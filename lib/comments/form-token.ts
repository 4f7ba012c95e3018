import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The minimum fill time needs to know when the form was shown. The article page is cached, so the
// time cannot be written into its HTML: the form asks for a token when it appears in the browser. The
// token names the article and the time, signed with the server's secret, so it cannot be forged or
// moved to another article. It posts one comment (UsedFormToken, see submit-comment.ts); the random
// part keeps two readers who open the form in the same millisecond from sharing one.

const VERSION = "v2";
/** A form left open longer than this must be reloaded. */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: comment form tokens cannot be signed.");
  return value;
}

function sign(articleId: number, issuedAt: number, nonce: string): string {
  return createHmac("sha256", secret()).update(`comment-form:${VERSION}:${articleId}:${issuedAt}:${nonce}`).digest("base64url");
}

export function issueFormToken(articleId: number, now: number = Date.now()): string {
  const nonce = randomBytes(9).toString("base64url");
  return `${VERSION}.${articleId}.${now}.${nonce}.${sign(articleId, now, nonce)}`;
}

/** What UsedFormToken keeps of a token that has posted its comment. */
export function formTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type FormTokenCheck =
  | { ok: true; ageMs: number }
  | { ok: false; reason: "token" | "too-fast" | "token-expired" };

export function checkFormToken(token: unknown, articleId: number, minFillSeconds: number, now: number = Date.now()): FormTokenCheck {
  if (typeof token !== "string" || token.length > 200) return { ok: false, reason: "token" };
  const parts = token.split(".");
  if (parts.length !== 5 || parts[0] !== VERSION) return { ok: false, reason: "token" };
  const [, idText, issuedText, nonce, signature] = parts;
  const issuedAt = Number(issuedText);
  if (idText !== String(articleId) || !/^\d{1,15}$/.test(issuedText) || !/^[\w-]{12}$/.test(nonce)) return { ok: false, reason: "token" };
  const expected = Buffer.from(sign(articleId, issuedAt, nonce));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "token" };
  const ageMs = now - issuedAt;
  if (ageMs > FORM_TOKEN_MAX_AGE_MS) return { ok: false, reason: "token-expired" };
  if (ageMs < minFillSeconds * 1000) return { ok: false, reason: "too-fast" };
  return { ok: true, ageMs };
}
