import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { isSitePath, isWebAddress, logoStorageKey, SITE_SETTING_KEY, type RelatedLink, type SiteSettings } from "@/lib/site/settings";
import type { Prisma } from "@/generated/prisma/client";

export const SUPPORT_PHONE_MESSAGE = "Số điện thoại hỗ trợ chỉ gồm chữ số, dấu cách và các dấu + . - ( ), ví dụ 0210 3 123 456.";
export const SUPPORT_EMAIL_MESSAGE = "Email hỗ trợ không hợp lệ. Ví dụ đúng: hotro@sotuphap.gov.vn";

export const LOGO_PATH_MESSAGE = "Logo phải là đường dẫn trong cổng thông tin, bắt đầu bằng “/”, ví dụ /tep/logo.png.";

export const LOGO_FILE_MESSAGE = "Không tìm thấy ảnh logo đã tải lên. Vui lòng tải ảnh lên lại.";
export const PHONE_MESSAGE = "Số điện thoại chỉ gồm chữ số, dấu cách và các dấu + . - ( ), ví dụ 0210 3 123 456.";
export const EMAIL_MESSAGE = "Email không hợp lệ. Ví dụ đúng: sotuphap@thanhnguyen.gov.vn";
export const RELATED_LINKS_MESSAGE = "Mỗi dòng một liên kết: tên trang, dấu “|”, rồi địa chỉ bắt đầu bằng https://, ví dụ: Cổng Dịch vụ công quốc gia | https://dichvucong.gov.vn";
const RELATED_LINKS_MAX = 20;

const phone = (message: string) =>
  z
    .string({ message })
    .transform((value) => value.trim().replace(/\s+/g, " "))
    .refine((value) => value === "" || /^\+?[0-9][0-9 .()-]{5,28}[0-9]$/.test(value), message)
    .default("");

const email = (message: string) =>
  z
    .string({ message })
    .transform((value) => value.trim().toLowerCase())
    .refine((value) => value === "" || (value.length <= 254 && z.email().safeParse(value).success), message)
    .default("");

/** One line of the masthead or a name: no line breaks, spaces collapsed. */
const line = (max: number, label: string) =>
  z
    .string({ message: `${label} không hợp lệ.` })
    .transform((value) => value.normalize("NFC").trim().replace(/\s+/g, " "))
    .pipe(z.string().max(max, `${label} dài tối đa ${max} ký tự.`))
    .default("");

/** "Tên | https://…" per line, as the administrator types them in Cài đặt. */
export function parseRelatedLinks(value: string): RelatedLink[] | null {
  const lines = value.split(/\r\n?|\n/).map((entry) => entry.trim()).filter(Boolean);
  if (lines.length > RELATED_LINKS_MAX) return null;
  const links: RelatedLink[] = [];
  for (const entry of lines) {
    const bar = entry.lastIndexOf("|");
    if (bar < 0) return null;
    const label = entry.slice(0, bar).normalize("NFC").trim().replace(/\s+/g, " ");
    const url = entry.slice(bar + 1).trim();
    if (!label || label.length > 120 || !isWebAddress(url)) return null;
    links.push({ label, url });
  }
  return links;
}

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
  supportPhone: phone(SUPPORT_PHONE_MESSAGE),
  supportEmail: email(SUPPORT_EMAIL_MESSAGE),
  agencyParent: line(120, "Cơ quan chủ quản"),
  agencyName: line(120, "Tên cơ quan"),
  address: line(300, "Địa chỉ"),
  phone: phone(PHONE_MESSAGE),
  email: email(EMAIL_MESSAGE),
  responsiblePerson: line(200, "Người chịu trách nhiệm"),
  licence: line(300, "Giấy phép"),
  relatedLinks: z
    .string({ message: RELATED_LINKS_MESSAGE })
    .transform((value, context) => {
      const links = parseRelatedLinks(value);
      if (!links) context.addIssue({ code: "custom", message: RELATED_LINKS_MESSAGE });
      return links ?? [];
    })
    .default([]),
  englishName: line(200, "Tên cơ quan bằng tiếng Anh"),
  englishAbout: text(2000, "Giới thiệu bằng tiếng Anh"),
});

/** The "site" setting the public pages read through lib/site/settings.ts; empty fields are left out. */
export async function updateSiteSettings(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.settings");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { relatedLinks, ...fields } = parsed.data;
  const after = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== "")) as unknown as SiteSettings;
  if (relatedLinks.length > 0) after.relatedLinks = relatedLinks;
  // An uploaded logo is served to everyone (lib/storage/site-files.ts): only an image that was uploaded.
  const logoKey = logoStorageKey(after.logo);
  if (logoKey && !(await db.storedFile.findFirst({ where: { storageKey: logoKey, mimeType: { startsWith: "image/" } }, select: { id: true } }))) {
    return refused(INVALID_FORM, { logo: LOGO_FILE_MESSAGE });
  }

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
