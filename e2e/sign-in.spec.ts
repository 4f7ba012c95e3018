import { expect, test, type Page } from "@playwright/test";
import { DEMO_AUTHOR_EMAIL, DEMO_EMAILS, DEMO_PASSWORD } from "../prisma/seed/constants";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

test.describe("Đăng nhập", () => {
  for (const email of DEMO_EMAILS) {
    test(`the demo account ${email} signs in and reaches the workspace`, async ({ page }) => {
      await signIn(page, email, DEMO_PASSWORD);
      await expect(page).toHaveURL(/\/quan-ly$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Xin chào");
      await expect(page.getByRole("heading", { name: "Vai trò của bạn" })).toBeVisible();
    });
  }

  test("a wrong password is refused in Vietnamese and the email stays typed", async ({ page }) => {
    await signIn(page, DEMO_AUTHOR_EMAIL, "sai-mat-khau-1");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Email")).toHaveValue(DEMO_AUTHOR_EMAIL);
    await expect(page).toHaveURL(/\/dang-nhap/);
  });

  test("an unknown account gets the same message as a wrong password", async ({ page }) => {
    await signIn(page, "khong-co-ai@demo.local", DEMO_PASSWORD);
    await expect(page.locator("form").getByRole("alert")).toHaveText("Email hoặc mật khẩu không đúng.");
    await expect(page.getByLabel("Email")).toHaveValue("khong-co-ai@demo.local");
  });

  test("an empty form asks for email and password", async ({ page }) => {
    await page.goto("/dang-nhap");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Vui lòng nhập email và mật khẩu.");
    await page.getByLabel("Email").fill(DEMO_AUTHOR_EMAIL);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("Vui lòng nhập email và mật khẩu.");
    await expect(page.getByLabel("Email")).toHaveValue(DEMO_AUTHOR_EMAIL);
  });

  test("the server refuses an empty password even when the form is bypassed", async ({ request }) => {
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: DEMO_AUTHOR_EMAIL, password: "", json: "true" },
      maxRedirects: 0,
    });
    expect(response.headers()["location"] ?? (await response.text())).toContain("error=EMPTY");
  });

  test("the workspace sends visitors without a session to Đăng nhập", async ({ page }) => {
    await page.goto("/quan-ly");
    await expect(page).toHaveURL(/\/dang-nhap/);
    await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  });

  test("Đăng xuất ends the session", async ({ page }) => {
    await signIn(page, DEMO_AUTHOR_EMAIL, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/quan-ly$/);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/dang-nhap/);
    await page.goto("/quan-ly");
    await expect(page).toHaveURL(/\/dang-nhap/);
  });
});
