import { expect, test, type Page } from "@playwright/test";
import { DEMO_ADMIN_EMAIL, DEMO_APPROVER_EMAIL, DEMO_PASSWORD } from "../prisma/seed/constants";

async function signIn(page: Page, email: string) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-ly$/);
}

test.describe("Quản trị → Đơn vị", () => {
  test("the administrator creates a commune under the province, renames it and finds it in the tree", async ({ page }) => {
    const tag = Date.now().toString(36);
    const name = `Xã Thử Nghiệm ${tag}`;
    const renamed = `Xã Hòa Bình Mới ${tag}`;
    await signIn(page, DEMO_ADMIN_EMAIL);

    await page.getByRole("link", { name: "Đơn vị", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Đơn vị" })).toBeVisible();
    await page.getByRole("link", { name: "Thêm đơn vị" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Thêm đơn vị" })).toBeVisible();

    // A name of spaces is refused; what was chosen stays.
    await page.getByLabel("Loại đơn vị").selectOption({ label: "Xã/phường/thị trấn" });
    await page.getByLabel("Tên đơn vị").fill("   ");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Vui lòng nhập tên đơn vị.")).toBeVisible();
    await expect(page.getByLabel("Loại đơn vị")).toHaveValue("COMMUNE");
    await expect(page.getByLabel("Đơn vị cấp trên").locator("option:checked")).toHaveText("— Không có (đơn vị cấp tỉnh) —");

    await page.getByLabel("Tên đơn vị").fill(name);
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page).toHaveURL(/\/quan-ly\/quan-tri\/don-vi\/\d+\?da-them/);
    await expect(page.getByRole("status")).toHaveText("Đã thêm đơn vị.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

    const rename = page.getByRole("region", { name: "Đổi tên" });
    await rename.getByLabel("Tên đơn vị").fill(renamed);
    await rename.getByRole("button", { name: "Lưu" }).click();
    await expect(rename.getByRole("status")).toHaveText("Đã lưu.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);

    await page.getByRole("link", { name: "Đơn vị", exact: true }).last().click();
    await expect(page).toHaveURL(/\/quan-ly\/quan-tri\/don-vi$/);
    await expect(page.getByRole("link", { name: renamed })).toBeVisible();
    await expect(page.getByRole("link", { name })).toHaveCount(0);

    // Leave the demo data as the other journeys expect it: the new commune goes to the archive.
    await page.getByRole("link", { name: renamed }).click();
    await page.getByRole("region", { name: "Lưu trữ" }).getByRole("button", { name: "Lưu trữ" }).click();
    await expect(page.getByRole("region", { name: "Khôi phục" }).getByRole("button", { name: "Khôi phục" })).toBeVisible();
  });

  test("merging a unit into itself is refused in Vietnamese and changes nothing", async ({ page }) => {
    await signIn(page, DEMO_ADMIN_EMAIL);
    await page.goto("/quan-ly/quan-tri/don-vi");
    await page.getByRole("link", { name: "Xã An Phú", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xã An Phú");
    const unitId = /\/don-vi\/(\d+)/.exec(page.url())![1];

    // The form offers only other units; send the unit's own id, as a crafted request would.
    const merge = page.getByRole("region", { name: "Sáp nhập" });
    await merge.getByLabel("Sáp nhập vào").evaluate((select: HTMLSelectElement, id: string) => {
      const option = select.options[select.options.length - 1];
      option.value = id;
      select.value = id;
    }, unitId);
    await merge.getByLabel("Tôi hiểu việc sáp nhập không thể hoàn tác").check();
    await merge.getByRole("button", { name: "Sáp nhập" }).click();
    await expect(merge.getByRole("alert")).toHaveText("Không thể sáp nhập đơn vị vào chính nó.");

    await page.reload();
    await expect(page.getByRole("region", { name: "Sáp nhập" })).toBeVisible();
    await expect(page.getByText("Đơn vị đã được sáp nhập")).toHaveCount(0);
  });

  test("a unit approver is sent back to the workspace", async ({ page }) => {
    await signIn(page, DEMO_APPROVER_EMAIL);
    await expect(page.getByRole("link", { name: "Đơn vị", exact: true })).toHaveCount(0);
    await page.goto("/quan-ly/quan-tri/don-vi");
    await expect(page).toHaveURL(/\/quan-ly\?khong-co-quyen/);
  });
});
