// Runs server actions in vitest as Next would for a signed-in person: a real next-auth session
// token (encoded with the server's secret) in the request's cookies. Tests call `vi.mock` with the
// factories below, then `signInAs(user)` before calling the real action function.
import { encode } from "next-auth/jwt";

const cookieJar = new Map<string, string>();

export const SECRET = "test-secret-for-actions";
process.env.NEXTAUTH_SECRET ??= SECRET;

export function nextHeadersMock() {
  return {
    cookies: async () => ({
      getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
      set: (name: string, value: string) => void cookieJar.set(name, value),
      delete: (name: string) => void cookieJar.delete(name),
    }),
    headers: async () => new Headers(),
  };
}

/** Cache invalidation needs Next's request store; in these tests there is no cache to invalidate. */
export function nextCacheMock() {
  return { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} };
}

export async function signInAs(user: { id: number; sessionVersion: number } | null): Promise<void> {
  cookieJar.clear();
  if (!user) return;
  const token = await encode({ token: { uid: String(user.id), sv: user.sessionVersion }, secret: process.env.NEXTAUTH_SECRET! });
  cookieJar.set("next-auth.session-token", token);
}

/** Calls an action that may end in `redirect()`, returning where it redirected instead of throwing. */
export async function runAction<T>(action: () => Promise<T>): Promise<{ redirectedTo: string } | { result: T }> {
  try {
    return { result: await action() };
  } catch (error) {
    const digest = (error as { digest?: string }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { redirectedTo: digest.split(";")[2] };
    throw error;
  }
}
