import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "../prisma/seed/constants";
import { database } from "./public-support";
import { signIn } from "./support/sign-in";

// Issue 14: an administrator gives a unit its contacts on a phone; a bad phone number is refused in
// Vietnamese and keeps what was saved; readers then find the contacts on the unit's public page.

test.use({ viewport: { width: 375, height: 740 } });

test("the administrator sets a unit's contacts at 375 px and readers see them", async ({ page }) => {
  const client = database();
  await client.connect();
  let unit: { id: number; name: string; slug: string; address: string | null; phone: string | null; email: string | null };
  try {
    // A commune of the demo data, its contacts put back afterwards.
    ({ rows: [unit] } = await client.query(
      `SELECT id, name, slug, address, phone, email FROM "Unit" WHERE status = 'ACTIVE' AND type = 'COMMUNE' ORDER BY id DESC LIMIT 1`,
    ));
  } finally {
    await client.end();
  }
  try {
    await signIn(page, DEMO_ADMIN_EMAIL);
    await page.goto(`/quan-ly/quan-tri/don-vi/${unit.id}`);
    const section = page.getByRole("region", { name: "Liên hệ" });
    await section.getByLabel("Điện thoại").fill("0200 38ab 123");
    await section.getByRole("button", { name: "Lưu" }).click();
    await expect(section.getByText("Số điện thoại chỉ gồm chữ số", { exact: false })).toBeVisible();
    await expect(section.getByLabel("Điện thoại")).toHaveValue("0200 38ab 123");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    await section.getByLabel("Địa chỉ").fill("Số 5 đường Hòa Bình");
    await section.getByLabel("Điện thoại").fill("0200 3899 001");
    await section.getByLabel("Email").fill("ubnd.thu@thanhnguyen.example.vn");
    await section.getByRole("button", { name: "Lưu" }).click();
    await expect(section.getByText("Đã lưu", { exact: false })).toBeVisible();

    await page.goto(`/don-vi/${unit.slug}`);
    const main = page.getByRole("main");
    await expect(main.getByText("Số 5 đường Hòa Bình")).toBeVisible();
    await expect(main.getByRole("link", { name: "0200 3899 001" })).toHaveAttribute("href", "tel:02003899001");
    await expect(main.getByRole("link", { name: "ubnd.thu@thanhnguyen.example.vn" })).toHaveAttribute("href", "mailto:ubnd.thu@thanhnguyen.example.vn");
  } finally {
    const restore = database();
    await restore.connect();
    await restore.query(`UPDATE "Unit" SET address = $2, phone = $3, email = $4 WHERE id = $1`, [unit.id, unit.address, unit.phone, unit.email]).finally(() => restore.end());
  }
});
