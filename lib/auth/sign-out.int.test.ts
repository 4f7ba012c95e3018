import { randomUUID } from "node:crypto";
import NextAuth from "next-auth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextHeadersMock, signInAs } from "@/test-support/next-request";

vi.mock("next/headers", () => nextHeadersMock());

// Sign-in and sign-out through next-auth's own request handling with the portal's options (its
// Node request/response form, which needs no Next request scope); the session is then read the way
// every page reads it.
process.env.NEXTAUTH_URL ??= "http://localhost:3000";
const { cookies } = await import("next/headers");
const { db } = await import("@/lib/db");
const { authOptions } = await import("./options");
const { getActor } = await import("./session");
const { hashPassword } = await import("./password");

const PASSWORD = "Ruộng bậc thang Mù Cang Chải";
let user: { id: number; email: string };

type Jar = Record<string, string>;

async function nextAuth(path: string, jar: Jar, body?: Record<string, string>) {
  let answer: unknown;
  const headers: Record<string, string | string[]> = {};
  const res = {
    status: () => res,
    getHeader: (name: string) => headers[name.toLowerCase()],
    setHeader: (name: string, value: string | string[]) => ((headers[name.toLowerCase()] = value), res),
    json: (value: unknown) => ((answer = value), res),
    send: (value: unknown) => ((answer = value), res),
    end: () => res,
  };
  const req = {
    method: body ? "POST" : "GET",
    query: { nextauth: path.split("/") },
    cookies: { ...jar },
    headers: { host: new URL(process.env.NEXTAUTH_URL!).host },
    body: body && { ...body, json: "true" },
  };
  await NextAuth(req as never, res as never, authOptions);
  for (const line of [headers["set-cookie"] ?? []].flat()) {
    const [pair] = line.split(";");
    const at = pair.indexOf("=");
    jar[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
  }
  return answer as Record<string, string>;
}

/** A browser's cookie jar after signing in with the form. */
async function signedInBrowser(): Promise<Jar> {
  const jar: Jar = {};
  const { csrfToken } = await nextAuth("csrf", jar);
  await nextAuth("callback/credentials", jar, { csrfToken, email: user.email, password: PASSWORD });
  expect(jar["next-auth.session-token"]).toBeTruthy();
  return jar;
}

async function signOut(jar: Jar) {
  const { csrfToken } = await nextAuth("csrf", jar);
  return nextAuth("signout", jar, { csrfToken });
}

/** Who a page sees with this session cookie. */
async function actorWith(sessionToken: string | undefined) {
  await signInAs(null);
  if (sessionToken) (await cookies()).set("next-auth.session-token", sessionToken);
  return getActor();
}

const version = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;

beforeAll(async () => {
  user = await db.user.create({
    data: { email: `dang-xuat-${randomUUID().slice(0, 8)}@signout.test`, name: "Người đăng xuất", passwordHash: await hashPassword(PASSWORD) },
  });
});
afterAll(async () => {
  await db.signInAttempt.deleteMany({ where: { email: user.email } });
  await db.user.delete({ where: { id: user.id } });
});

describe("Đăng xuất", () => {
  it("ends the session everywhere: a copy of the cookie taken before no longer opens anything", async () => {
    const browser = await signedInBrowser();
    const copied = browser["next-auth.session-token"];
    const otherDevice = (await signedInBrowser())["next-auth.session-token"];
    expect(await actorWith(copied)).toMatchObject({ id: user.id });
    expect(await actorWith(otherDevice)).toMatchObject({ id: user.id });
    const before = await version();

    expect(await signOut(browser)).toEqual({ url: expect.stringContaining(process.env.NEXTAUTH_URL!) });
    expect(browser["next-auth.session-token"]).toBe("");
    expect(await version()).toBe(before + 1);
    expect(await actorWith(copied)).toBeNull();
    expect(await actorWith(otherDevice)).toBeNull();
  });

  it("signing out with a token that no longer works changes nothing, so an old copy cannot keep throwing its owner out", async () => {
    const stale = await signedInBrowser();
    await signOut(await signedInBrowser());
    const current = await signedInBrowser();
    const before = await version();

    await signOut(stale);
    expect(await version()).toBe(before);
    expect(await actorWith(current["next-auth.session-token"])).toMatchObject({ id: user.id });
  });

  it("a client's session update cannot bring an old token's version up to date", async () => {
    const browser = await signedInBrowser();
    const copied = { ...browser };
    await signOut(browser);
    const { csrfToken } = await nextAuth("csrf", copied);
    await nextAuth("session", copied, { csrfToken, data: "{}" });
    expect(await actorWith(copied["next-auth.session-token"])).toBeNull();
  });
});
