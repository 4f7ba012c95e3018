import type { SiteSettings } from "@/lib/site/settings";

/**
 * The emblem and the agency's two lines above the portal's name, as on a provincial portal's header.
 * The same on the public pages and on the sign-in page; `tone` follows the background it sits on.
 */
export function Masthead({ site, tone = "light" }: { site: SiteSettings; tone?: "light" | "dark" }) {
  return (
    <span className="flex min-w-0 items-center gap-3">
      {site.logo && (
        // eslint-disable-next-line @next/next/no-img-element -- a small square emblem from the settings, possibly an SVG path
        <img src={site.logo} alt="" width={56} height={56} className="h-12 w-12 shrink-0 object-contain sm:h-14 sm:w-14" />
      )}
      <span className="flex min-w-0 flex-col leading-tight">
        {site.agencyParent && <span className="text-xs font-semibold uppercase tracking-wide sm:text-sm">{site.agencyParent}</span>}
        {site.agencyName && (
          <span className={`text-sm font-bold uppercase sm:text-base ${tone === "light" ? "text-yellow-200" : "text-brand-700"}`}>{site.agencyName}</span>
        )}
        <span className="mt-0.5 text-base font-bold sm:text-lg">{site.name}</span>
      </span>
    </span>
  );
}
