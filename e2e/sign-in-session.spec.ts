import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { createAccount } from "./support/accounts";
import { signIn } from "./support/sign-in";

// A session cookie copied to a second browser (a shared computer, a stolen backup) lives only as
// long as the session it was copied from. Own accounts: signing out ends every session of a person.

async function copiedInto(browser: Browser, cookies: Awaited<ReturnType<BrowserContext["cookies"]>>) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context.newPage();
}

test("a session copied before Đăng xuất no longer opens /quan-ly", async ({ page, browser }) => {
  const account = await createAccount("dang-xuat");
  await signIn(page, account.email, account.password);
  const copy = await copiedInto(browser, await page.context().cookies());
  await copy.goto("/quan-ly");
  await expect(copy).toHaveURL(/\/quan-ly$/);
  await expect(copy.getByRole("heading", { level: 1 })).toContainText("Xin chào");

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await copy.goto("/quan-ly");
  await expect(copy).toHaveURL(/\/dang-nhap/);
});

test("Đổi mật khẩu keeps this browser signed in and ends the copied session", async ({ page, browser }) => {
  const account = await createAccount("doi-mat-khau");
  await signIn(page, account.email, account.password);
  const copy = await copiedInto(browser, await page.context().cookies());
  await copy.goto("/quan-ly");
  await expect(copy).toHaveURL(/\/quan-ly$/);

  await page.goto("/doi-mat-khau");
  await page.getByLabel("Mật khẩu hiện tại").fill(account.password);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Cánh đồng điện gió Bạc Liêu");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Cánh đồng điện gió Bạc Liêu");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/\/quan-ly\?da-doi-mat-khau/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Xin chào");
  await page.goto("/quan-ly");
  await expect(page).toHaveURL(/\/quan-ly$/);

  await copy.goto("/quan-ly");
  await expect(copy).toHaveURL(/\/dang-nhap/);
});
