import type { Metadata } from "next";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { listPublicCategories } from "@/lib/site/directory";
import { getPublicSiteSettings } from "@/lib/site/public-settings";
import { absoluteUrl, siteUrl } from "@/lib/site/url";

// Public pages are cached (see lib/cache-tags.ts): each renders on its first request, from cached
// queries, and is kept until a tag it carries is expired or an hour has passed.

export async function generateMetadata(): Promise<Metadata> {
  const site = await getPublicSiteSettings();
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: site.name, template: `%s | ${site.name}` },
    description: "Tin tức, văn bản và hỏi đáp pháp luật của các sở, ngành, địa phương trong tỉnh.",
    openGraph: { siteName: site.name, locale: "vi_VN", type: "website" },
    alternates: { types: { "application/rss+xml": [{ url: absoluteUrl("/rss"), title: `${site.name} – Tin mới` }] } },
    icons: { icon: "/favicon.svg" },
  };
}

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [site, categories] = await Promise.all([getPublicSiteSettings(), listPublicCategories()]);
  return (
    <>
      <SiteHeader site={site} categories={categories} />
      <main id="noi-dung" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter site={site} />
      {/* The behaviour of the drawer, reader tools, copy link and view count, without React: public/js/site.js. */}
      <script src="/js/site.js" defer />
    </>
  );
}
