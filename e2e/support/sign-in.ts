import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/constants";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/quan-ly/);
}
