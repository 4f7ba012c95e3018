import { expect, test, type APIRequestContext } from "@playwright/test";

// Throttling lives in the credential check, so no spelling of the sign-in URL can go around it.
// The requests carry their own X-Forwarded-For, so this test's failures do not count against the
// address the other journeys sign in from.

async function attempt(request: APIRequestContext, path: string, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post(path, {
    form: { csrfToken, email, password, json: "true" },
    headers: { "x-forwarded-for": "198.51.100.23" },
    maxRedirects: 0,
  });
  // next-auth answers `json: true` with { url }, and a redirect otherwise; the error code is in that URL.
  const body = await response.text();
  const target = response.headers()["location"] ?? (body.startsWith("{") ? (JSON.parse(body).url as string) : "");
  const error = target ? new URL(target, "http://x").searchParams.get("error") ?? "" : "";
  return { status: response.status(), error, signedIn: (response.headers()["set-cookie"] ?? "").includes("session-token") };
}

test("eleven wrong passwords through varied URLs and email spellings are throttled after the fifth", async ({ request }) => {
  const email = `thu-${Date.now()}@throttle.e2e`;
  const spellings = [email, email.toUpperCase(), `  ${email} `, email.replace(/^t/, "T")];
  const paths = [
    "/api/auth/callback/credentials",
    "/api/auth/callback/credentials/",
    "/api/auth/callback/credentials?x=1",
    "/API/AUTH/CALLBACK/CREDENTIALS",
    "/api/auth/callback/Credentials",
    "/api//auth/callback/credentials",
  ];
  const canonical: string[] = [];
  for (let i = 0; i < 11; i++) {
    const result = await attempt(request, paths[i % paths.length], spellings[i % spellings.length], `sai-${i}`);
    expect(result.signedIn).toBe(false);
    const response = await attempt(request, paths[0], spellings[i % spellings.length], `sai-lan-nua-${i}`);
    expect(response.signedIn).toBe(false);
    canonical.push(response.error);
  }
  // Every attempt that reached the check counted: by the third round the account is throttled, and stays so.
  expect(canonical.slice(0, 2)).toEqual(["INVALID", "INVALID"]);
  expect(canonical.slice(5)).toEqual(Array(6).fill("THROTTLED"));
});

test("the sign-in form shows the throttling message in Vietnamese", async ({ page }) => {
  const email = `form-${Date.now()}@throttle.e2e`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.24" });
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 6; i++) {
    await page.getByLabel("Mật khẩu").fill(`sai-mat-khau-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form").getByRole("alert")).toBeVisible();
    await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
  }
  await expect(page.locator("form").getByRole("alert")).toHaveText("Bạn đã đăng nhập sai quá nhiều lần. Vì an toàn, vui lòng thử lại sau 15 phút.");
});
