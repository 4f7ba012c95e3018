import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, createResetLink, siteHelpdesk } from "./support/accounts";
import { signIn } from "./support/sign-in";

// "Quên mật khẩu?" on a 375 px phone. The journeys' server runs without SMTP_URL, so what a browser
// can check is the helpdesk page; the emailed link's page is opened with a link stored the way the
// request stores it (the email itself, sent through a real SMTP server, is checked in
// lib/auth/password-reset.int.test.ts).
test.use({ viewport: { width: 375, height: 740 } });

async function expectAccessibleAndNarrow(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

const NEW_PASSWORD = "Mùa xuân trên đỉnh Tà Xùa";

test("without email sending, Quên mật khẩu? sends people to the helpdesk instead of promising an email", async ({ page }) => {
  test.skip(Boolean(process.env.SMTP_URL), "the journeys' server would send email: this page then shows the form");
  const { supportPhone, supportEmail } = await siteHelpdesk();
  await page.goto("/dang-nhap");
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await expect(page).toHaveURL(/\/quen-mat-khau$/);
  await expect(page.getByRole("heading", { level: 1, name: "Quên mật khẩu?" })).toBeVisible();
  await expect(page.getByText("Cổng thông tin hiện chưa gửi thư tự động")).toBeVisible();
  await expect(page.getByRole("link", { name: supportPhone! })).toHaveAttribute("href", `tel:${supportPhone!.replace(/[^0-9+]/g, "")}`);
  await expect(page.getByRole("link", { name: supportEmail! })).toHaveAttribute("href", `mailto:${supportEmail}`);
  await expect(page.getByLabel("Email")).toHaveCount(0);
  await expectAccessibleAndNarrow(page);
});

test("the emailed link sets a new password once and ends the sessions opened before", async ({ page, browser }) => {
  const account = await createAccount("quen-mat-khau");
  const elsewhere = await (await browser.newContext({ viewport: { width: 375, height: 740 } })).newPage();
  await signIn(elsewhere, account.email, account.password);
  const token = await createResetLink(account.id);

  await page.goto(`/dat-lai-mat-khau/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Đặt lại mật khẩu" })).toBeVisible();
  await expect(page.getByText(account.email)).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("Matkhau@123");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("Matkhau@123");
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page.getByText("Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.")).toBeVisible();
  await expectAccessibleAndNarrow(page);

  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page).toHaveURL(/\/dang-nhap\?da-dat-lai-mat-khau/);
  await expect(page.getByRole("status")).toHaveText("Đã đặt mật khẩu mới. Vui lòng đăng nhập bằng mật khẩu mới.");
  await signIn(page, account.email, NEW_PASSWORD);

  // The session opened before the reset is over.
  await elsewhere.goto("/quan-ly");
  await expect(elsewhere).toHaveURL(/\/dang-nhap/);

  // A second use of the same link is refused, and says what to do.
  await page.goto(`/dat-lai-mat-khau/${token}`);
  await expect(page.locator("main").getByRole("alert")).toHaveText(
    "Liên kết này đã được dùng để đặt mật khẩu mới. Mỗi liên kết chỉ dùng được một lần; nếu cần, hãy yêu cầu một liên kết mới.",
  );
  await expect(page.getByRole("link", { name: "Yêu cầu liên kết mới" })).toHaveAttribute("href", "/quen-mat-khau");
  await expect(page.getByLabel("Mật khẩu mới", { exact: true })).toHaveCount(0);
  await expectAccessibleAndNarrow(page);
});

test("an expired link says so and offers a new one", async ({ page }) => {
  const account = await createAccount("het-han");
  await page.goto(`/dat-lai-mat-khau/${await createResetLink(account.id, -1)}`);
  await expect(page.locator("main").getByRole("alert")).toHaveText("Liên kết đã hết hạn hoặc không còn hiệu lực. Vui lòng yêu cầu một liên kết mới.");
  await page.getByRole("link", { name: "Yêu cầu liên kết mới" }).click();
  await expect(page).toHaveURL(/\/quen-mat-khau$/);
});
