import { getSiteSettings } from "@/lib/site/settings";

export type SiteSettingsForm = {
  name: string;
  logo: string;
  contact: string;
  footer: string;
  supportPhone: string;
  supportEmail: string;
  agencyParent: string;
  agencyName: string;
  address: string;
  phone: string;
  email: string;
  responsiblePerson: string;
  licence: string;
  /** One "Tên | https://…" per line, as the form edits them. */
  relatedLinks: string;
  englishName: string;
  englishAbout: string;
};

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
    agencyParent: site.agencyParent ?? "",
    agencyName: site.agencyName ?? "",
    address: site.address ?? "",
    phone: site.phone ?? "",
    email: site.email ?? "",
    responsiblePerson: site.responsiblePerson ?? "",
    licence: site.licence ?? "",
    relatedLinks: (site.relatedLinks ?? []).map((link) => `${link.label} | ${link.url}`).join("\n"),
    englishName: site.englishName ?? "",
    englishAbout: site.englishAbout ?? "",
  };
}
