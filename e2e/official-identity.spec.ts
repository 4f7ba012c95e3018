import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DEMO_ADMIN_EMAIL } from "../prisma/seed/constants";
import { database } from "./public-support";
import { signIn } from "./support/sign-in";

// Issue 14, part 2: the portal shows the agency's identity from Cài đặt — emblem, two-line masthead,
// the Decree 42 footer, the same identity on sign-in, an English page — and a change made in Cài đặt
// shows on the public site.

type Site = {
  logo?: string;
  agencyParent?: string;
  agencyName?: string;
  address?: string;
  phone?: string;
  email?: string;
  responsiblePerson?: string;
  licence?: string;
  relatedLinks?: { label: string; url: string }[];
  englishName?: string;
};

async function storedSite(): Promise<Site> {
  const client = database();
  await client.connect();
  try {
    const { rows } = await client.query<{ value: Site }>(`SELECT value FROM "Setting" WHERE key = 'site'`);
    return rows[0].value;
  } finally {
    await client.end();
  }
}

test.use({ viewport: { width: 375, height: 740 } });

test("the header shows the emblem and the two-line masthead; the footer the Decree 42 fields", async ({ page, request }) => {
  const site = await storedSite();
  expect(site.logo).toMatch(/^\/tep\//);
  await page.goto("/");
  const header = page.locator("header").first();
  await expect(header.getByText(site.agencyParent!, { exact: true })).toBeVisible();
  await expect(header.getByText(site.agencyName!, { exact: true })).toBeVisible();
  const emblem = header.locator(`img[src="${site.logo}"]`);
  await expect(emblem).toBeVisible();
  expect(await emblem.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // Served to anyone, like an article's picture.
  expect((await request.get(site.logo!)).status()).toBe(200);

  const footer = page.locator("footer");
  for (const text of [site.address!, site.phone!, site.email!, site.responsiblePerson!, site.licence!]) await expect(footer).toContainText(text);
  await expect(footer).toContainText("Người chịu trách nhiệm");
  await expect(footer.getByRole("link", { name: site.email! })).toHaveAttribute("href", `mailto:${site.email}`);
  const related = footer.getByRole("navigation", { name: "Liên kết website" });
  expect(site.relatedLinks!.length).toBeGreaterThan(0);
  for (const link of site.relatedLinks!) await expect(related.getByRole("link", { name: link.label })).toHaveAttribute("href", link.url);
});

test("the sign-in page carries the same identity", async ({ page }) => {
  const site = await storedSite();
  await page.goto("/dang-nhap");
  await expect(page.getByText(site.agencyParent!, { exact: true })).toBeVisible();
  await expect(page.getByText(site.agencyName!, { exact: true })).toBeVisible();
  await expect(page.locator(`img[src="${site.logo}"]`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeVisible();
});

test("the English page, linked from the footer, gives the organisation and contacts in English", async ({ page }) => {
  const site = await storedSite();
  await page.goto("/");
  await page.locator("footer").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1, name: "About the agency" })).toBeVisible();
  const english = page.locator('main [lang="en"]').first();
  await expect(english).toContainText(site.englishName!);
  await expect(english).toContainText("Contacts");
  await expect(english).toContainText(site.email!);
  await expect(english).toContainText("Organisation");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("axe finds no violation on the home page and sign-in with the new header and footer", async ({ page }) => {
  for (const path of ["/", "/dang-nhap"]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(violations.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("the RSS feed names its stylesheet, which is served", async ({ request }) => {
  const feed = await (await request.get("/rss")).text();
  expect(feed).toContain('<?xml-stylesheet type="text/xsl" href="/rss.xsl"?>');
  const xsl = await request.get("/rss.xsl");
  expect(xsl.status()).toBe(200);
  expect(await xsl.text()).toContain("Đây là kênh tin RSS");
});

test("the RSS feed opened in Chromium reads as a page: the feed's title as a heading, its articles as links", async ({ page, request }) => {
  const feed = await (await request.get("/rss")).text();
  const title = feed.match(/<channel>\s*<title>(?:<!\[CDATA\[)?([^<\]]+)/)?.[1]?.trim();
  const firstItem = feed.match(/<item>\s*<title>(?:<!\[CDATA\[)?([^<\]]+)/)?.[1]?.trim();
  expect(title).toBeTruthy();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/rss");
  // Text a person reads, not the XML tree: Chromium asks for HTML and gets the feed as a page
  // (lib/site/rss-page.ts; since Chromium 155 it no longer applies the feed's XSL stylesheet).
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(decodeXml(title!));
  await expect(page.getByText("Đây là kênh tin RSS", { exact: false })).toBeVisible();
  if (firstItem) await expect(page.getByRole("link", { name: decodeXml(firstItem), exact: true }).first()).toBeVisible();
  // A feed reader asking for the feed at the same address still gets RSS.
  const reader = await request.get("/rss", { headers: { Accept: "application/rss+xml, application/xml;q=0.9" } });
  expect(reader.headers()["content-type"]).toContain("application/rss+xml");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

test.describe("Cài đặt", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("a masthead line changed in Cài đặt shows on the public site", async ({ page }) => {
    const before = await storedSite();
    const line = `UBND TỈNH THỬ NGHIỆM ${Date.now().toString(36).toUpperCase()}`;
    await signIn(page, DEMO_ADMIN_EMAIL);
    await page.goto("/quan-ly/quan-tri/cai-dat");
    await expect(page.getByRole("img", { name: "Quốc huy / biểu trưng đang dùng" })).toBeVisible();
    await expect(page.getByLabel("Tải ảnh quốc huy / biểu trưng")).toBeVisible();
    const field = page.getByLabel("Dòng 1: cơ quan cấp trên");
    await field.fill(line);
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Đã lưu cài đặt.")).toBeVisible();
    try {
      await page.goto("/");
      await expect(page.locator("header").first().getByText(line, { exact: true })).toBeVisible();
      await expect(page.locator("footer")).toContainText(line);
      // The rest of the identity is kept.
      expect(await storedSite()).toMatchObject({ ...before, agencyParent: line });
    } finally {
      await page.goto("/quan-ly/quan-tri/cai-dat");
      await page.getByLabel("Dòng 1: cơ quan cấp trên").fill(before.agencyParent!);
      await page.getByRole("button", { name: "Lưu" }).click();
      await expect(page.getByText("Đã lưu cài đặt.")).toBeVisible();
    }
  });
});
