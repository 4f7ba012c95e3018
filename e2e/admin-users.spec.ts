import { expect, test, type Page } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD } from "../prisma/seed/constants";

// A commune directly under the province (prisma/seed/content/units.ts).
const COMMUNE = "Xã An Phú";
const USERS_PAGE = "/quan-ly/quan-tri/nguoi-dung";
const TEMPORARY_PASSWORD_BOX = "Mật khẩu tạm thời — chỉ hiển thị một lần";

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
}

const uniqueEmail = () => `tac-gia-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.demo.local`;

test.describe("Quản trị → Người dùng", () => {
  test("the administrator creates an author, who signs in with the temporary password, replaces it and works in their commune only", async ({ page }) => {
    const email = uniqueEmail();
    await signIn(page, DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/quan-ly$/);

    await page.goto(USERS_PAGE);
    await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
    const create = page.getByRole("region", { name: "Tạo người dùng" });
    await create.getByLabel("Họ và tên", { exact: true }).fill("Lê Thị Tác Giả");
    await create.getByLabel("Email", { exact: true }).fill(`  ${email.toUpperCase()} `);
    await create.getByLabel("Đơn vị", { exact: true }).selectOption({ label: COMMUNE });
    await create.getByRole("group", { name: "Vai trò trong đơn vị" }).getByLabel("Người viết", { exact: true }).check();
    await create.getByRole("button", { name: "Tạo người dùng" }).click();

    const box = page.getByRole("region", { name: TEMPORARY_PASSWORD_BOX });
    await expect(box).toBeVisible();
    await expect(box).toContainText(email);
    const temporaryPassword = ((await box.locator("code").textContent()) ?? "").trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    // The form is empty again, ready for the next person.
    await expect(create.getByLabel("Email", { exact: true })).toHaveValue("");

    // The list finds the new person, with the role in the commune; the password is not shown again.
    await page.getByLabel("Tìm kiếm").fill(email);
    await page.getByRole("button", { name: "Tìm kiếm" }).click();
    const row = page.getByRole("row", { name: new RegExp(email.replace(/[.]/g, "\\.")) });
    await expect(row).toContainText("Lê Thị Tác Giả");
    await expect(row).toContainText(`Người viết — ${COMMUNE}`);
    await expect(row).toContainText("Chờ đổi mật khẩu tạm thời");
    await expect(page.getByRole("region", { name: TEMPORARY_PASSWORD_BOX })).toHaveCount(0);

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/dang-nhap/);

    await signIn(page, email, temporaryPassword);
    await expect(page).toHaveURL(/\/doi-mat-khau/);
    const newPassword = `Pháp luật ${Date.now()}`;
    await page.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporaryPassword);
    await page.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
    await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(newPassword);
    await page.getByRole("button", { name: "Đổi mật khẩu" }).click();

    await expect(page).toHaveURL(/\/quan-ly(\?|$)/);
    await expect(page.getByRole("region", { name: "Vai trò của bạn" })).toContainText(`Người viết — ${COMMUNE}`);

    await page.goto(USERS_PAGE);
    await expect(page).toHaveURL(/\/quan-ly\?khong-co-quyen/);
    await expect(page.getByRole("heading", { name: "Người dùng" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Tạo người dùng" })).toHaveCount(0);
  });

  test("a refused form says why beside the field and keeps what was typed", async ({ page }) => {
    await signIn(page, DEMO_ADMIN_EMAIL, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/quan-ly$/);
    await page.goto(USERS_PAGE);
    const create = page.getByRole("region", { name: "Tạo người dùng" });
    await create.getByLabel("Họ và tên", { exact: true }).fill("Người Trùng Email");
    await create.getByLabel("Email", { exact: true }).fill(DEMO_ADMIN_EMAIL.toUpperCase());
    const unit = create.getByLabel("Đơn vị", { exact: true });
    await unit.selectOption({ label: COMMUNE });
    const chosenUnit = await unit.inputValue();
    const author = create.getByRole("group", { name: "Vai trò trong đơn vị" }).getByLabel("Người viết", { exact: true });
    await author.check();
    await create.getByRole("button", { name: "Tạo người dùng" }).click();

    await expect(create.getByRole("alert")).toHaveText("Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.");
    const emailField = create.getByLabel("Email", { exact: true });
    await expect(emailField).toHaveAttribute("aria-invalid", "true");
    await expect(emailField).toHaveAccessibleDescription("Email này đã được dùng cho một tài khoản khác.");
    await expect(emailField).toHaveValue(DEMO_ADMIN_EMAIL.toUpperCase());
    await expect(create.getByLabel("Họ và tên", { exact: true })).toHaveValue("Người Trùng Email");
    await expect(unit).toHaveValue(chosenUnit);
    await expect(author).toBeChecked();
    await expect(page.getByRole("region", { name: TEMPORARY_PASSWORD_BOX })).toHaveCount(0);
  });
});
