import { z } from "zod";
import type { Helpdesk } from "@/lib/auth/messages";
import { db } from "@/lib/db";

export const SITE_SETTING_KEY = "site";

/**
 * A path on this site ("/tep/logo.png", "/logo.svg"): root-relative, no other host ("//…"), no
 * "." or ".." segment, only characters that need no escaping in a URL path.
 */
export function isSitePath(value: string): boolean {
  if (value.length > 300 || !/^\/(?!\/)[A-Za-z0-9._~%/-]+$/.test(value)) return false;
  return !value.split("/").some((segment) => segment === "." || segment === "..");
}

const siteSettingsSchema = z.object({
  name: z.string().min(1),
  // A bad logo path loses only the logo, not the rest of the settings.
  logo: z.string().refine(isSitePath).optional().catch(undefined),
  contact: z.string().optional(),
  footer: z.string().optional(),
  // The helpdesk people are sent to when they cannot sign in (lock-out, forgotten password).
  supportPhone: z.string().optional().catch(undefined),
  supportEmail: z.email().optional().catch(undefined),
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
