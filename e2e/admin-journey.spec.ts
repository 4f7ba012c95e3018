import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "../prisma/seed/constants";
import { startNewArticle } from "./support/articles";
import { signIn } from "./support/sign-in";

// The identity issue's journey in one piece: a new commune, a new author there, and what that author
// can and cannot reach.
test("the administrator creates a commune and its author, who must change the password and sees only that commune", async ({ page }) => {
  const tag = Date.now().toString(36);
  const commune = `Xã Tân Lập ${tag}`;
  const email = `tan-lap-${tag}@e2e.demo.local`;
  await signIn(page, DEMO_ADMIN_EMAIL);

  await page.goto("/quan-ly/quan-tri/don-vi/them-moi");
  await page.getByLabel("Tên đơn vị").fill(commune);
  await page.getByLabel("Loại đơn vị").selectOption({ label: "Xã/phường/thị trấn" });
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(commune);

  await page.goto("/quan-ly/quan-tri/nguoi-dung");
  const create = page.getByRole("region", { name: "Tạo người dùng" });
  await create.getByLabel("Họ và tên", { exact: true }).fill("Hoàng Thị Tân");
  await create.getByLabel("Email", { exact: true }).fill(email);
  await create.getByLabel("Đơn vị", { exact: true }).selectOption({ label: commune });
  await create.getByRole("group", { name: "Vai trò trong đơn vị" }).getByLabel("Người viết", { exact: true }).check();
  await create.getByRole("button", { name: "Tạo người dùng" }).click();
  const box = page.getByRole("region", { name: "Mật khẩu tạm thời — chỉ hiển thị một lần" });
  const temporaryPassword = ((await box.locator("code").textContent()) ?? "").trim();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(14);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(temporaryPassword);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  // Every workspace address leads to the password change first.
  await expect(page).toHaveURL(/\/doi-mat-khau/);
  await page.goto("/quan-ly/bai-viet");
  await expect(page).toHaveURL(/\/doi-mat-khau/);
  await page.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporaryPassword);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill("123");
  await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill("123");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu phải có ít nhất 10 ký tự.")).toBeVisible();
  const newPassword = `Tân Lập vững bước ${tag}`;
  // Password fields are never sent back to the page: after a refusal they are typed again.
  await page.getByLabel("Mật khẩu hiện tại", { exact: true }).fill(temporaryPassword);
  await page.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await page.getByLabel("Nhập lại mật khẩu mới", { exact: true }).fill(newPassword);
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL(/\/quan-ly(\?|$)/);

  const roles = page.getByRole("region", { name: "Vai trò của bạn" });
  await expect(roles.getByRole("listitem")).toHaveText([`Người viết — ${commune}`]);
  const navigation = page.getByRole("navigation", { name: "Bàn làm việc" });
  await expect(navigation.getByRole("link")).toHaveText(["Bàn làm việc", "Bài viết", "Văn bản pháp luật", "Hỏi đáp", "Đổi mật khẩu"]);

  // A new article belongs to the commune, the only unit offered.
  const id = await startNewArticle(page);
  expect(id).toBeGreaterThan(0);
  await expect(page.getByText(`Đơn vị: ${commune}`)).toBeVisible();

  for (const address of ["/quan-ly/quan-tri/don-vi", "/quan-ly/quan-tri/nguoi-dung", "/quan-ly/quan-tri/nhat-ky", "/quan-ly/duyet-bai"]) {
    await page.goto(address);
    await expect(page, address).toHaveURL(/\/quan-ly\?khong-co-quyen/);
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Bạn không có quyền truy cập trang đó.");
  }
});
