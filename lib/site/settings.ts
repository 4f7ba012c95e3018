import { z } from "zod";
import type { Helpdesk } from "@/lib/auth/messages";
import { db } from "@/lib/db";
import { FILE_ROUTE_PREFIX } from "@/lib/storage/urls";

export const SITE_SETTING_KEY = "site";

/** The stored-file key behind a logo path served by the file route ("/tep/<key>"), if it is one. */
export function logoStorageKey(logo: string | undefined): string | null {
  return logo?.startsWith(FILE_ROUTE_PREFIX) ? logo.slice(FILE_ROUTE_PREFIX.length) : null;
}

/**
 * A path on this site ("/tep/logo.png", "/logo.svg"): root-relative, no other host ("//…"), no
 * "." or ".." segment, only characters that need no escaping in a URL path.
 */
export function isSitePath(value: string): boolean {
  if (value.length > 300 || !/^\/(?!\/)[A-Za-z0-9._~%/-]+$/.test(value)) return false;
  return !value.split("/").some((segment) => segment === "." || segment === "..");
}

/** An absolute http(s) address, the only kind a footer link may point to. */
export function isWebAddress(value: string): boolean {
  if (value.length > 500) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

const relatedLinkSchema = z.object({ label: z.string().min(1), url: z.string().refine(isWebAddress) });

export type RelatedLink = z.infer<typeof relatedLinkSchema>;

const siteSettingsSchema = z.object({
  name: z.string().min(1),
  // A bad logo path loses only the logo, not the rest of the settings.
  logo: z.string().refine(isSitePath).optional().catch(undefined),
  contact: z.string().optional(),
  footer: z.string().optional(),
  // The helpdesk people are sent to when they cannot sign in (lock-out, forgotten password).
  supportPhone: z.string().optional().catch(undefined),
  supportEmail: z.email().optional().catch(undefined),
  // The official identity (Decree 42/2022, Art. 4): the masthead's two lines above and below the
  // portal's name, and what the footer must show of the agency that runs the portal.
  agencyParent: z.string().optional().catch(undefined),
  agencyName: z.string().optional().catch(undefined),
  address: z.string().optional().catch(undefined),
  phone: z.string().optional().catch(undefined),
  email: z.email().optional().catch(undefined),
  responsiblePerson: z.string().optional().catch(undefined),
  licence: z.string().optional().catch(undefined),
  // A bad link loses only itself: the footer never shows a javascript: or foreign-scheme URL.
  relatedLinks: z
    .array(z.unknown())
    .transform((links) => links.flatMap((link) => { const parsed = relatedLinkSchema.safeParse(link); return parsed.success ? [parsed.data] : []; }))
    .optional()
    .catch(undefined),
  // The English page (Decree 42/2022, Art. 7): the agency's name and a short description in English.
  englishName: z.string().optional().catch(undefined),
  englishAbout: z.string().optional().catch(undefined),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const DEFAULT_SITE: SiteSettings = { name: "Cổng thông tin Phổ biến, giáo dục pháp luật" };

/** The portal's name, logo, contact details and footer as the administrator set them; defaults when unset or malformed. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const row = await db.setting.findUnique({ where: { key: SITE_SETTING_KEY } });
  const parsed = siteSettingsSchema.safeParse(row?.value);
  if (!parsed.success) return DEFAULT_SITE;
  // Fields dropped by `catch` come back as undefined keys; leave them out altogether.
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) as SiteSettings;
}

/** Who to call or write to when signing in is not possible. */
export function helpdeskOf(site: SiteSettings): Helpdesk {
  return { ...(site.supportPhone && { phone: site.supportPhone }), ...(site.supportEmail && { email: site.supportEmail }) };
}
