import { SiteLink as Link } from "@/components/site/site-link";
import type { SiteSettings } from "@/lib/site/settings";

/** The agency's details a state portal shows on every page (Decree 42/2022, Art. 4), from Cài đặt. */
export function SiteFooter({ site }: { site: SiteSettings }) {
  const links = site.relatedLinks ?? [];
  return (
    <footer className="no-print mt-12 border-t-4 border-brand-600 bg-gray-50">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 text-sm text-gray-700 md:grid-cols-[2fr_1fr_1fr]">
        <div className="min-w-0 space-y-1 [overflow-wrap:anywhere]">
          {site.agencyParent && <p className="font-semibold uppercase">{site.agencyParent}</p>}
          {site.agencyName && <p className="font-bold uppercase text-brand-800">{site.agencyName}</p>}
          <p className="font-semibold text-ink">{site.name}</p>
          <dl className="mt-2 space-y-1">
            {site.address && <FooterItem term="Địa chỉ">{site.address}</FooterItem>}
            {site.phone && (
              <FooterItem term="Điện thoại">
                <a href={`tel:${site.phone.replace(/[^+0-9]/g, "")}`} className="underline">{site.phone}</a>
              </FooterItem>
            )}
            {site.email && (
              <FooterItem term="Email">
                <a href={`mailto:${site.email}`} className="underline">{site.email}</a>
              </FooterItem>
            )}
            {site.responsiblePerson && <FooterItem term="Người chịu trách nhiệm">{site.responsiblePerson}</FooterItem>}
          </dl>
          {site.licence && <p>{site.licence}</p>}
          {site.contact && <p className="whitespace-pre-line">{site.contact}</p>}
          {site.footer && <p>{site.footer}</p>}
        </div>
        {links.length > 0 && (
          <nav aria-labelledby="lien-ket-website" className="min-w-0">
            <h2 id="lien-ket-website" className="font-semibold text-ink">Liên kết website</h2>
            <ul className="mt-2 space-y-1">
              {links.map((link) => (
                <li key={`${link.label}-${link.url}`}>
                  <a href={link.url} className="underline" rel="noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <nav aria-labelledby="tien-ich" className="min-w-0">
          <h2 id="tien-ich" className="font-semibold text-ink">Tiện ích</h2>
          <ul className="mt-2 space-y-1">
            <li><Link href="/don-vi" className="underline">Danh bạ đơn vị</Link></li>
            <li><Link href="/tim-kiem" className="underline">Tìm kiếm</Link></li>
            {/* A feed, not a page: a plain link, so the browser loads it rather than the client router. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <li><a href="/rss" className="underline">Tin mới qua RSS</a></li>
            <li>
              <Link href="/en" lang="en" hrefLang="en" className="underline">English</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}

function FooterItem({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="inline font-semibold">{term}: </dt>
      <dd className="inline">{children}</dd>
    </div>
  );
}
