import { getPublicSiteSettings } from "./public-settings";

/**
 * What every page's Open Graph tags repeat. Next merges metadata one key deep: a page that sets
 * openGraph replaces the layout's whole openGraph, so pages spread this into theirs.
 */
export async function openGraphBase(): Promise<{ siteName: string; locale: string }> {
  const site = await getPublicSiteSettings();
  return { siteName: site.name, locale: "vi_VN" };
}
