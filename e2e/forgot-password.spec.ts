import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { createAccount, createResetLink, siteHelpdesk } from "./support/accounts";
import { startTestSmtpServer, type TestSmtpServer } from "../test-support/smtp";
import { signIn } from "./support/sign-in";

// "Quên mật khẩu?" on a 375 px phone. The journeys' server runs without SMTP_URL: there the page sends
// people to the helpdesk, and the link page is opened with a link stored the way a request stores it.
// The last journey starts a second production server of its own, with SMTP_URL pointing at an SMTP
// server started here, and follows the emailed link itself.
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

test.describe("with email sending", () => {
  let smtp: TestSmtpServer;
  let server: ChildProcess;
  let base = "";

  async function freePort(): Promise<number> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  test.beforeAll(async () => {
    smtp = await startTestSmtpServer();
    const port = await freePort();
    base = `http://localhost:${port}`;
    server = spawn(process.execPath, ["scripts/server.mjs"], {
      env: {
        ...process.env,
        PORT: String(port),
        NEXTAUTH_URL: base,
        SMTP_URL: smtp.url,
        SCHEDULER_DISABLED: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve, reject) => {
      server.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready on") && resolve());
      server.once("exit", (code) => reject(new Error(`the second server stopped (${code})`)));
    });
  });

  test.afterAll(async () => {
    server?.kill("SIGTERM");
    await smtp?.close();
  });

  test("the emailed link arrives, answers are the same for an unknown email, and the link sets the password", async ({ page }) => {
    const account = await createAccount("qua-thu");
    await page.goto(`${base}/dang-nhap`);
    await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
    await expect(page).toHaveURL(`${base}/quen-mat-khau`);
    await expectAccessibleAndNarrow(page);

    const submit = page.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" });
    await submit.click();
    await expect(page.getByText("Vui lòng nhập email.")).toBeVisible();

    const answer = page.getByRole("status");
    const nobody = `khong-co-ai-${Date.now()}@journey.test`;
    await page.getByLabel("Email").fill(nobody);
    await submit.click();
    await expect(answer).toContainText("Nếu đây là email đăng nhập của một tài khoản đang hoạt động");
    const neutral = await answer.textContent();
    await expectAccessibleAndNarrow(page);

    await page.reload();
    await page.getByLabel("Email").fill(account.email.toUpperCase());
    await submit.click();
    await expect(answer).toHaveText(neutral!);

    const inbox = smtp.inbox;
    await expect.poll(() => inbox.filter((mail) => mail.to === account.email).length, { timeout: 15_000 }).toBe(1);
    expect(inbox.filter((mail) => mail.to === nobody)).toEqual([]);
    const link = /(http:\/\/\S+\/dat-lai-mat-khau\/[A-Za-z0-9_-]{43})/.exec(inbox.find((mail) => mail.to === account.email)!.text)?.[1];
    expect(link?.startsWith(`${base}/dat-lai-mat-khau/`)).toBe(true);

    await page.goto(link!);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("Nhập lại mật khẩu mới").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
    await expect(page).toHaveURL(`${base}/dang-nhap?da-dat-lai-mat-khau`);
    await signIn(page, account.email, NEW_PASSWORD);
  });
});
