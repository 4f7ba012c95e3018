import Link from "next/link";
import type { SiteSettings } from "@/lib/site/settings";

export function SiteFooter({ site }: { site: SiteSettings }) {
  return (
    <footer className="no-print mt-12 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto grid max-w-6xl gap-4 px-4 py-6 text-sm text-muted sm:grid-cols-[1fr_auto]">
        <div className="space-y-1">
          <p className="font-semibold text-ink">{site.name}</p>
          {site.contact && <p className="whitespace-pre-line">{site.contact}</p>}
          {site.footer && <p>{site.footer}</p>}
        </div>
        <ul className="space-y-1">
          <li><Link href="/don-vi" className="underline">Danh bạ đơn vị</Link></li>
          <li><Link href="/tim-kiem" className="underline">Tìm kiếm</Link></li>
          {/* A feed, not a page: a plain link, so the browser loads it rather than the client router. */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <li><a href="/rss" className="underline">Tin mới qua RSS</a></li>
        </ul>
      </div>
    </footer>
  );
}
