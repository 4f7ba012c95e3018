import type { SiteSettings } from "@/lib/site/settings";

export function SiteFooter({ site }: { site: SiteSettings }) {
  return (
    <footer className="no-print mt-12 border-t border-gray-200 bg-gray-50">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-6 text-sm text-muted">
        <p className="font-semibold text-ink">{site.name}</p>
        {site.contact && <p>{site.contact}</p>}
        {site.footer && <p>{site.footer}</p>}
      </div>
    </footer>
  );
}
