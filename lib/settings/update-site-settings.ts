import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { isSitePath, SITE_SETTING_KEY, type SiteSettings } from "@/lib/site/settings";
import type { Prisma } from "@/generated/prisma/client";

export const SUPPORT_PHONE_MESSAGE = "Số điện thoại hỗ trợ chỉ gồm chữ số, dấu cách và các dấu + . - ( ), ví dụ 0210 3 123 456.";
export const SUPPORT_EMAIL_MESSAGE = "Email hỗ trợ không hợp lệ. Ví dụ đúng: hotro@sotuphap.gov.vn";

export const LOGO_PATH_MESSAGE = "Logo phải là đường dẫn trong cổng thông tin, bắt đầu bằng “/”, ví dụ /tep/logo.png.";

const text = (max: number, label: string) =>
  z
    .string({ message: `${label} không hợp lệ.` })
    .transform((value) => value.normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().max(max, `${label} dài tối đa ${max} ký tự.`))
    .default("");

const schema = z.object({
  name: z
    .string({ message: "Vui lòng nhập tên cổng thông tin." })
    .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(z.string().min(1, "Vui lòng nhập tên cổng thông tin.").max(200, "Tên cổng thông tin dài tối đa 200 ký tự.")),
  logo: z
    .string({ message: LOGO_PATH_MESSAGE })
    .trim()
    .refine((logo) => logo === "" || isSitePath(logo), LOGO_PATH_MESSAGE)
    .default(""),
  contact: text(1000, "Thông tin liên hệ"),
  footer: text(1000, "Nội dung chân trang"),
  // Shown inside sign-in messages as written, so only what a phone number is made of.
  supportPhone: z
    .string({ message: SUPPORT_PHONE_MESSAGE })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .refine((value) => value === "" || /^\+?[0-9][0-9 .()-]{5,28}[0-9]$/.test(value), SUPPORT_PHONE_MESSAGE)
    .default(""),
  supportEmail: z
    .string({ message: SUPPORT_EMAIL_MESSAGE })
    .transform((value) => value.trim().toLowerCase())
    .refine((value) => value === "" || (value.length <= 254 && z.email().safeParse(value).success), SUPPORT_EMAIL_MESSAGE)
    .default(""),
});

/** The "site" setting the public pages read through lib/site/settings.ts; empty fields are left out. */
export async function updateSiteSettings(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.settings");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { name, logo, contact, footer, supportPhone, supportEmail } = parsed.data;
  const after: SiteSettings = {
    name,
    ...(logo && { logo }),
    ...(contact && { contact }),
    ...(footer && { footer }),
    ...(supportPhone && { supportPhone }),
    ...(supportEmail && { supportEmail }),
  };

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [row] = await tx.$queryRaw<{ value: Prisma.JsonValue }[]>`SELECT value FROM "Setting" WHERE key = ${SITE_SETTING_KEY} FOR UPDATE`;
    const before = row?.value ?? null;
    if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true };
    await tx.setting.upsert({ where: { key: SITE_SETTING_KEY }, create: { key: SITE_SETTING_KEY, value: after }, update: { value: after } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "settings.site",
      targetType: "Setting",
      targetId: SITE_SETTING_KEY,
      change: { before, after } as Prisma.InputJsonValue,
    });
    return { ok: true, changes: { settings: true } };
  });
}
