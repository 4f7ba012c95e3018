import { expect, test, type APIRequestContext } from "@playwright/test";
import { siteHelpdesk } from "./support/accounts";

// Throttling lives in the credential check, so no spelling of the sign-in URL can go around it.
// Every request here comes from this machine's one address (the server takes the socket's, whatever
// headers say), so each test uses an email of its own: the rules per (email, address) pair throttle
// it without touching the demo accounts other journeys sign in with, and the few emails tried stay
// far under the per-address ceiling on distinct accounts.

async function attempt(request: APIRequestContext, path: string, email: string, password: string) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post(path, { form: { csrfToken, email, password, json: "true" }, maxRedirects: 0 });
  // next-auth answers `json: true` with { url }, and a redirect otherwise; the error code is in that URL.
  const body = await response.text();
  const target = response.headers()["location"] ?? (body.startsWith("{") ? (JSON.parse(body).url as string) : "");
  const error = target ? new URL(target, "http://x").searchParams.get("error") ?? "" : "";
  return { status: response.status(), error, signedIn: (response.headers()["set-cookie"] ?? "").includes("session-token") };
}

test("three wrong passwords through varied URLs and email spellings are free, then the pair waits a minute", async ({ request }) => {
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
  const answers: string[] = [];
  for (let i = 0; i < 6; i++) {
    for (const path of [paths[i % paths.length], paths[0]]) {
      const result = await attempt(request, path, spellings[i % spellings.length], `sai-${i}-${path.length}`);
      expect(result.signedIn).toBe(false);
      answers.push(result.error);
    }
  }
  // Whichever URL an attempt used, exactly three wrong passwords were checked; after them, every
  // attempt that reached the check was held back, the canonical URL each round included.
  expect(answers.filter((error) => error === "INVALID")).toHaveLength(3);
  const canonical = answers.filter((_, i) => i % 2 === 1);
  expect(canonical.slice(2)).toEqual(Array(4).fill("THROTTLED:1"));
});

test("the sign-in form says how long to wait and whom to contact, in Vietnamese", async ({ page }) => {
  const email = `form-${Date.now()}@throttle.e2e`;
  const { supportPhone, supportEmail } = await siteHelpdesk();
  expect(supportPhone && supportEmail).toBeTruthy();
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 3; i++) {
    await page.getByLabel("Mật khẩu").fill(`sai-mat-khau-${i}`);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
  }
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau-lan-cuoi");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "Đã có quá nhiều lần đăng nhập không thành công. Vì an toàn, vui lòng thử lại sau 1 phút, " +
      `hoặc liên hệ bộ phận hỗ trợ của cổng thông tin: điện thoại ${supportPhone}, email ${supportEmail}.`,
  );
  await expect(page).toHaveURL(/\/dang-nhap/);
});
