import { z } from "zod";
import { db } from "@/lib/db";

const siteSettingsSchema = z.object({
  name: z.string().min(1),
  contact: z.string().optional(),
  footer: z.string().optional(),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const DEFAULT_SITE: SiteSettings = { name: "Cổng thông tin Phổ biến, giáo dục pháp luật" };

/** The portal's name and footer as the administrator set them; defaults when unset or malformed. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const row = await db.setting.findUnique({ where: { key: "site" } });
  const parsed = siteSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_SITE;
}
