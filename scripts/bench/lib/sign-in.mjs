// Signing in over HTTP as the sign-in form does (next-auth's credentials flow, what signIn("credentials",
// { redirect: false }) sends): ask /api/auth/csrf for the token and its cookie, then POST the email,
// password and token to /api/auth/callback/credentials. The session cookie it sets is what a signed-in
// browser sends to the workspace.

/** Cookie pairs (name=value) from a response's Set-Cookie headers. */
function cookiePairs(response) {
  return response.headers.getSetCookie().map((line) => line.split(";")[0]);
}

/**
 * @param {string} origin where the portal is reached, e.g. Varnish's http://127.0.0.1:6081
 * @param {{ email: string, password: string }} account
 * @returns {Promise<string>} the Cookie header of the signed-in browser
 */
export async function signIn(origin, { email, password }) {
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  if (csrf.status !== 200) throw new Error(`sign-in of ${email}: /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = await csrf.json();
  const jar = cookiePairs(csrf);
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin, cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${origin}/quan-ly`, json: "true" }),
    redirect: "manual",
  });
  await response.arrayBuffer();
  const session = cookiePairs(response).find((pair) => /^(__Secure-)?next-auth\.session-token=./.test(pair));
  if (!session) {
    throw new Error(`sign-in of ${email} refused (${response.status} ${response.headers.get("location") ?? ""})`);
  }
  return [...jar, session].join("; ");
}
