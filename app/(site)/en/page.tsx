import type { Metadata } from "next";
import Link from "next/link";
import { listUnitDirectory } from "@/lib/site/directory";
import { getPublicSiteSettings } from "@/lib/site/public-settings";

// The agency's organisation and contacts in English (Decree 42/2022, Art. 7), from Cài đặt. Names of
// people and units stay in Vietnamese and are marked so, for screen readers' pronunciation.

export const revalidate = 3600;

export async function generateMetadata(): Promise<Metadata> {
  const site = await getPublicSiteSettings();
  return { title: "About the agency", description: `${site.englishName ?? "The agency"}: organisation and contacts.`, alternates: { canonical: "/en" } };
}

export default async function EnglishPage() {
  const [site, units] = await Promise.all([getPublicSiteSettings(), listUnitDirectory()]);
  const paragraphs = (site.englishAbout ?? "").split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return (
    <div lang="en" className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">About the agency</h1>
      <section aria-labelledby="en-agency" className="space-y-3">
        <h2 id="en-agency" className="text-xl font-bold text-brand-800">
          {site.englishName ?? <span lang="vi">{site.agencyName ?? site.name}</span>}
        </h2>
        {(site.agencyParent || site.agencyName) && (
          <p className="text-sm text-muted">
            Vietnamese name: <span lang="vi">{[site.agencyName, site.agencyParent].filter(Boolean).join(", ")}</span>
          </p>
        )}
        {paragraphs.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <p>
          This portal, <span lang="vi">{site.name}</span>, publishes legal-education news, documents and answers in Vietnamese.
        </p>
      </section>
      <section aria-labelledby="en-contacts">
        <h2 id="en-contacts" className="text-xl font-bold text-brand-800">Contacts</h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] [overflow-wrap:anywhere]">
          {site.address && (
            <>
              <dt className="font-semibold">Address</dt>
              <dd lang="vi">{site.address}</dd>
            </>
          )}
          {site.phone && (
            <>
              <dt className="font-semibold">Telephone</dt>
              <dd><a href={`tel:${site.phone.replace(/[^+0-9]/g, "")}`} className="text-brand-700 underline">{site.phone}</a></dd>
            </>
          )}
          {site.email && (
            <>
              <dt className="font-semibold">Email</dt>
              <dd><a href={`mailto:${site.email}`} className="text-brand-700 underline">{site.email}</a></dd>
            </>
          )}
          {site.responsiblePerson && (
            <>
              <dt className="font-semibold">Person responsible</dt>
              <dd lang="vi">{site.responsiblePerson}</dd>
            </>
          )}
          {site.licence && (
            <>
              <dt className="font-semibold">Licence</dt>
              <dd lang="vi">{site.licence}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="en-organisation">
        <h2 id="en-organisation" className="text-xl font-bold text-brand-800">Organisation</h2>
        <p className="mt-2">Provincial agencies and districts that publish on this portal (names in Vietnamese):</p>
        <ul className="mt-2 list-disc space-y-1 pl-6" lang="vi">
          {units.map((unit) => (
            <li key={unit.id}>
              <Link href={`/don-vi/${unit.slug}`} className="text-brand-700 underline">{unit.name}</Link>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/" className="text-brand-700 underline" lang="vi" hrefLang="vi">Trang chủ (tiếng Việt)</Link>
      </p>
    </div>
  );
}
