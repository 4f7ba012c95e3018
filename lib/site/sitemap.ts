import { countPublishedArticles, listSitemapArticles } from "@/lib/articles/public-queries";
import { getAnsweredForFeeds } from "@/lib/questions/public-queries";
import { listSitemapDocuments } from "@/lib/documents/public-queries";
import { listPublicContests } from "@/lib/contests/public-queries";
import { listPublicCategories, listUnitDirectory, type DirectoryUnit } from "./directory";
import { buildSitemapIndex, buildUrlSet, type SitemapEntry } from "./rss";
import { absoluteUrl, sitePaths } from "./url";

/**
 * The sitemap: /sitemap.xml is an index of /sitemap/trang.xml (home, categories, units) and
 * /sitemap/bai-viet-1.xml, -2.xml, … with ARTICLES_PER_FILE articles each, oldest first so a file's
 * contents only change when an article in it does (well under the 50,000 URLs a file may list).
 */
export const ARTICLES_PER_FILE = 10_000;

export const PAGES_FILE = "trang.xml";

export function articlesFileName(index: number): string {
  return `bai-viet-${index}.xml`;
}

/** 1-based number of an articles file, or null when the name is not one. */
export function parseArticlesFileName(name: string): number | null {
  const match = /^bai-viet-(\d{1,6})\.xml$/.exec(name);
  return match && Number(match[1]) >= 1 ? Number(match[1]) : null;
}

export async function sitemapIndexXml(): Promise<string> {
  const total = await countPublishedArticles();
  const files = Math.max(1, Math.ceil(total / ARTICLES_PER_FILE));
  const entries: SitemapEntry[] = [{ url: absoluteUrl(`/sitemap/${PAGES_FILE}`) }];
  for (let index = 1; index <= files; index++) entries.push({ url: absoluteUrl(`/sitemap/${articlesFileName(index)}`) });
  return buildSitemapIndex(entries);
}

export async function pagesSitemapXml(): Promise<string> {
  const [categories, units, questions, documents] = await Promise.all([listPublicCategories(), listUnitDirectory(), getAnsweredForFeeds(10_000), listSitemapDocuments()]);
  const unitSlugs: string[] = [];
  const walk = (list: DirectoryUnit[]) => list.forEach((unit) => (unitSlugs.push(unit.slug), walk(unit.children)));
  walk(units);
  return buildUrlSet([
    { url: absoluteUrl("/") },
    { url: absoluteUrl(sitePaths.units()) },
    ...categories.map((category) => ({ url: absoluteUrl(sitePaths.category(category.slug)) })),
    ...unitSlugs.map((slug) => ({ url: absoluteUrl(sitePaths.unit(slug)) })),
    // Hỏi đáp pháp luật: the section and every answered question.
    { url: absoluteUrl("/hoi-dap") },
    ...questions.map((q) => ({ url: absoluteUrl(`/hoi-dap/cau-hoi/${q.slug}`), lastModified: q.answeredAt })),
    // Văn bản pháp luật: the library and every published document.
    { url: absoluteUrl("/van-ban") },
    ...documents.map((d) => ({ url: absoluteUrl(`/van-ban/${d.slug}`), lastModified: d.lastModified })),
    // Thi tìm hiểu pháp luật: the section and each contest's page (not the per-entrant pages).
    { url: absoluteUrl("/thi-tim-hieu") },
    ...(await listPublicContests()).map((c) => ({ url: absoluteUrl(`/thi-tim-hieu/${c.slug}`) })),
  ]);
}

/** Null when the file is past the last article. */
export async function articlesSitemapXml(index: number): Promise<string | null> {
  const articles = await listSitemapArticles((index - 1) * ARTICLES_PER_FILE, ARTICLES_PER_FILE);
  if (articles.length === 0 && index > 1) return null;
  return buildUrlSet(articles.map((article) => ({ url: absoluteUrl(sitePaths.article(article.slug)), lastModified: article.lastModified })));
}
