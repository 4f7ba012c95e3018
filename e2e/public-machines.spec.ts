import { expect, test } from "@playwright/test";
import { DEMO_UNIT_SLUG } from "../prisma/seed/constants";
import { DEMO_CATEGORY_SLUG } from "./public-support";

// What machines read: feeds, the sitemap, robots.txt, link previews and structured data.

const ORIGIN = /^https?:\/\/[^/]+/;

test("RSS 2.0 for the portal, a category and a unit: absolute links, no email", async ({ request, baseURL }) => {
  for (const path of ["/rss", `/chuyen-muc/${DEMO_CATEGORY_SLUG}/rss`, `/don-vi/${DEMO_UNIT_SLUG}/rss`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const xml = await response.text();
    // The stylesheet instruction lets a person who opens the feed read it as a page (public/rss.xsl).
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<\?xml-stylesheet type="text\/xsl" href="\/rss.xsl"\?>\n<rss version="2.0"/);
    expect(xml).toContain(`<atom:link href="${baseURL}${path}" rel="self"`);
    const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(link).toMatch(ORIGIN);
    expect(xml).not.toMatch(/@demo\.local|@[a-z0-9-]+\.(vn|com|local)/i);
    expect(xml).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
  }
  expect((await request.get("/chuyen-muc/khong-co/rss")).status()).toBe(404);
});

test("sitemap.xml indexes files of at most 50,000 URLs, with every published article", async ({ request, baseURL }) => {
  const index = await request.get("/sitemap.xml");
  expect(index.status()).toBe(200);
  expect(index.headers()["content-type"]).toContain("application/xml");
  const files = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(files).toContain(`${baseURL}/sitemap/trang.xml`);
  expect(files).toContain(`${baseURL}/sitemap/bai-viet-1.xml`);
  const urls: string[] = [];
  for (const file of files) {
    const xml = await (await request.get(new URL(file).pathname)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeLessThanOrEqual(50_000);
    urls.push(...locs);
  }
  expect(urls).toContain(`${baseURL}/`);
  expect(urls).toContain(`${baseURL}/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  expect(urls).toContain(`${baseURL}/don-vi/${DEMO_UNIT_SLUG}`);
  expect(urls.filter((u) => u.includes("/bai-viet/")).length).toBeGreaterThanOrEqual(20);
  expect(urls.some((u) => u.includes("/don-vi/xa-dong-yen"))).toBe(false);
  expect((await request.get("/sitemap/bai-viet-99.xml")).status()).toBe(404);
});

test("robots.txt keeps crawlers out of the workspace, the API and sign-in, and names the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  for (const path of ["/quan-ly", "/api", "/dang-nhap"]) expect(text).toContain(`Disallow: ${path}`);
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("an article has Open Graph and Twitter tags with the cover, a canonical URL and NewsArticle data", async ({ page, request, baseURL }) => {
  // A featured article has a cover image.
  await page.goto("/");
  const href = (await page.locator("section[aria-labelledby=tin-noi-bat] article h3 a").first().getAttribute("href"))!;
  await page.goto(href);
  const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
  const title = (await page.getByRole("heading", { level: 1 }).textContent())!;
  await expect(meta("og:title")).toHaveAttribute("content", title);
  await expect(meta("og:type")).toHaveAttribute("content", "article");
  await expect(meta("og:url")).toHaveAttribute("content", `${baseURL}${href}`);
  await expect(meta("og:site_name")).toHaveAttribute("content", /Cổng thông tin/);
  await expect(meta("og:locale")).toHaveAttribute("content", "vi_VN");
  await expect(meta("og:description")).toHaveAttribute("content", /.{20,}/);
  const image = (await meta("og:image").getAttribute("content"))!;
  expect(image).toMatch(new RegExp(`^${baseURL}/tep/`));
  expect((await request.get(image)).headers()["content-type"]).toMatch(/^image\//);
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary_large_image");
  await expect(meta("twitter:image")).toHaveAttribute("content", image);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${href}`);

  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data["@type"]).toBe("NewsArticle");
  expect(data.headline).toBe(title);
  expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  expect(data.image).toEqual([image]);
  expect(data.author.name).toBeTruthy();
  expect(data.publisher).toMatchObject({ "@type": "Organization", name: expect.stringContaining("Cổng thông tin") });
  // The date shown and the date in the data are the same moment.
  const shown = (await page.locator("article time").first().textContent())!;
  const [, d, m, y, hh, mm] = shown.match(/^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2})$/)!;
  expect(data.datePublished.startsWith(`${y}-${m}-${d}T${hh}:${mm}`)).toBe(true);
});

test("listing pages and the home page have canonical URLs and feeds to discover", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${baseURL}/?$`));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", /\/rss$/);
  await page.goto(`/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/chuyen-muc/${DEMO_CATEGORY_SLUG}`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", new RegExp(`/chuyen-muc/${DEMO_CATEGORY_SLUG}/rss$`));
});
