import { getSiteSettings } from "@/lib/site/settings";

export type SiteSettingsForm = { name: string; logo: string; contact: string; footer: string; supportPhone: string; supportEmail: string };

/** The values the Cài đặt form starts from: what the public site shows now. */
export async function getSiteSettingsForm(): Promise<SiteSettingsForm> {
  const site = await getSiteSettings();
  return {
    name: site.name,
    logo: site.logo ?? "",
    contact: site.contact ?? "",
    footer: site.footer ?? "",
    supportPhone: site.supportPhone ?? "",
    supportEmail: site.supportEmail ?? "",
  };
}
