import { unstable_cache } from "next/cache";
import { SETTINGS_TAG } from "@/lib/cache-tags";
import { getSiteSettings, type SiteSettings } from "./settings";

/**
 * The site settings for public pages, from the data cache. The workspace keeps reading
 * getSiteSettings directly, so the Cài đặt form always starts from the stored values.
 */
export const getPublicSiteSettings: () => Promise<SiteSettings> = unstable_cache(getSiteSettings, ["public", "site-settings"], {
  tags: [SETTINGS_TAG],
  revalidate: 3600,
});
