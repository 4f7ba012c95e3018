import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { SESSION_MAX_AGE_SECONDS } from "./session-version";

// next-auth's names for the session cookie: the second when NEXTAUTH_URL is https.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Re-issues this request's session token with a new session version, after a change that ends every
 * other session but not this one (a password change). Done on the server, in the same response: a
 * client-side `update()` would ask next-auth's session endpoint to refresh the version, and any
 * copied cookie could ask the same. Only a token of `userId` is renewed.
 */
export async function renewSessionToken(userId: number, sessionVersion: number): Promise<boolean> {
  const secret = process.env.NEXTAUTH_SECRET;
  const jar = await cookies();
  const name = SESSION_COOKIES.find((candidate) => jar.get(candidate));
  if (!secret || !name) return false;
  const token = await decode({ token: jar.get(name)!.value, secret }).catch(() => null);
  if (!token || token.uid !== String(userId)) return false;
  // encode() stamps its own issue time, expiry and id over the old ones.
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    expires: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
  });
  return true;
}
