import { expect, test, type Page } from "@playwright/test";
import { HOSTILE_INPUTS } from "../lib/richtext/hostile-inputs.fixture";
import { DEMO_AUTHOR_EMAIL, DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { sql, startNewArticle } from "./support/articles";
import { signIn } from "./support/sign-in";

// Every hostile body of the corpus is stored as it came — bypassing the editor and the save check, as
// a row written by hand or before a rule was tightened would be — and then rendered by the public
// page. Nothing may run: no dialog opens, no handler or script URL reaches the page.

async function assertNothingExecutable(page: Page) {
  const found = await page.evaluate(() => {
    const body = document.querySelector(".article-body");
    const problems: string[] = [];
    for (const element of body?.querySelectorAll("*") ?? []) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name) || attribute.name === "style") problems.push(`${element.tagName} ${attribute.name}`);
        if ((attribute.name === "href" || attribute.name === "src") && /^\s*(javascript|data|vbscript):/i.test(attribute.value)) problems.push(`${element.tagName} ${attribute.value}`);
      }
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|SVG|STYLE)$/i.test(element.tagName)) problems.push(element.tagName);
    }
    return problems;
  });
  expect(found).toEqual([]);
}

test("the hostile corpus is stored and rendered without anything executable reaching the page", async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const [{ unitId, writerId }] = await sql<{ unitId: number; writerId: number }>(
    `SELECT u.id AS "unitId", w.id AS "writerId" FROM "Unit" u, "User" w WHERE u.slug = $1 AND w.email = $2`,
    [DEMO_UNIT_SLUG, DEMO_AUTHOR_EMAIL],
  );
  const run = Date.now().toString(36);
  const slugs: string[] = [];
  for (const [index, input] of HOSTILE_INPUTS.entries()) {
    const slug = `thu-noi-dung-doc-hai-${run}-${index}`;
    slugs.push(slug);
    // Published long ago, so the corpus never shows in the demo's latest news.
    await sql(
      `INSERT INTO "Article" (slug, title, sapo, body, "unitId", "originalUnitId", "writerId", state, "publishedAt", "updatedAt")
       VALUES ($1, $2, 'Sapo thử.', $3::jsonb, $4, $4, $5, 'PUBLISHED', '2001-01-01', now())`,
      // jsonb cannot hold NUL at all; another control character takes its place.
      [slug, `Nội dung độc hại ${index}`, JSON.stringify(input.doc).replaceAll("\\u0000", "\\u0001"), unitId, writerId],
    );
  }
  try {
    for (const [index, slug] of slugs.entries()) {
      const response = await page.goto(`/bai-viet/${slug}`);
      expect(response?.status(), HOSTILE_INPUTS[index].name).toBe(200);
      await assertNothingExecutable(page);
      // Every link left in the body is followed: none may run anything.
      for (const link of await page.locator(".article-body a").all()) {
        expect(await link.getAttribute("href")).toMatch(/^(https?:|mailto:|tel:|\/|#)/);
      }
    }
    expect(dialogs).toEqual([]);
  } finally {
    await sql(`DELETE FROM "Article" WHERE slug = ANY($1)`, [slugs]);
  }
});

test("hostile HTML pasted into the editor is cleaned, saved and previewed without running", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signIn(page, DEMO_AUTHOR_EMAIL);
  const id = await startNewArticle(page);
  await page.getByLabel("Tiêu đề", { exact: true }).fill("Bài thử dán nội dung từ trang web khác");
  const editor = page.getByRole("textbox", { name: "Nội dung" });
  await editor.click();
  const pasted =
    '<p onclick="alert(1)" style="color:red">Đoạn <b>đậm</b> <a href="javascript:alert(2)">liên kết xấu</a> và <a href="https://moj.gov.vn">liên kết tốt</a></p>' +
    '<img src="x" onerror="alert(3)"><svg onload="alert(4)"><circle r="5"/></svg><script>alert(5)</script>' +
    '<iframe src="javascript:alert(6)"></iframe><ul><li>Mục một</li></ul><table><tr><td>Ô</td></tr></table>';
  await editor.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Đoạn");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, pasted);
  await expect(editor.locator("a[href='https://moj.gov.vn']")).toHaveText("liên kết tốt");
  await expect(editor.locator("li")).toHaveText("Mục một");
  await page.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu lúc" })).toBeVisible();

  const [{ body }] = await sql<{ body: unknown }>(`SELECT body FROM "Article" WHERE id = $1`, [id]);
  expect(JSON.stringify(body)).not.toMatch(/javascript|onerror|onclick|onload|<script|svg|iframe|color:red/i);
  expect(JSON.stringify(body)).toContain("liên kết tốt");

  await page.goto(`/quan-ly/bai-viet/${id}/xem-truoc`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bài thử dán nội dung từ trang web khác");
  await expect(page.locator(".article-body table")).toContainText("Ô");
  await assertNothingExecutable(page);
  expect(dialogs).toEqual([]);
});
