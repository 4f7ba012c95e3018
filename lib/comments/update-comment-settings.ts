import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import type { Prisma } from "@/generated/prisma/client";
import { COMMENT_SETTING_KEY, commentSettingsFrom, type CommentSettings } from "./settings";

// Cài đặt bình luận: the administrator tunes the spam defences. The whole setting is stored, so what
// the form showed is exactly what applies.

const whole = (label: string, max: number) =>
  z
    .string({ message: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .regex(/^\d+$/, `${label[0].toUpperCase()}${label.slice(1)} phải là số nguyên không âm.`)
    .transform(Number)
    .pipe(z.number().max(max, `${label[0].toUpperCase()}${label.slice(1)} tối đa là ${max.toLocaleString("vi-VN")}.`));

const positive = (label: string, max: number) => whole(label, max).pipe(z.number().min(1, `${label[0].toUpperCase()}${label.slice(1)} phải lớn hơn 0.`));

const schema = z.object({
  honeypot: z.unknown().optional().transform((value) => value === "on" || value === true || value === "true"),
  minFillSeconds: whole("thời gian điền tối thiểu", 600),
  addressLimit: whole("số ý kiến tối đa từ một địa chỉ", 10_000),
  addressWindowMinutes: positive("khoảng thời gian tính theo địa chỉ", 7 * 24 * 60),
  emailLimit: whole("số ý kiến tối đa từ một email", 10_000),
  emailWindowHours: positive("khoảng thời gian tính theo email", 24 * 30),
  maxLinks: whole("số liên kết tối đa", 100),
  duplicateWindowHours: whole("thời gian chặn ý kiến trùng", 24 * 365),
  words: z
    .string()
    .default("")
    .transform((text) => [...new Set(text.split(/[\n,;]/).map((word) => word.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")).filter(Boolean))])
    .pipe(
      z
        .array(z.string().max(100, "Mỗi từ trong danh sách dài tối đa 100 ký tự."))
        .max(1000, "Danh sách có tối đa 1.000 từ."),
    ),
  wordAction: z.enum(["hold", "refuse"], { message: "Vui lòng chọn cách xử lý từ trong danh sách." }),
  closeAfterDays: whole("số ngày nhận ý kiến", 3650),
});

export async function updateCommentSettings(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.settings");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(0, 1) }))));
  const after: CommentSettings = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [row] = await tx.$queryRaw<{ value: Prisma.JsonValue }[]>`SELECT value FROM "Setting" WHERE key = ${COMMENT_SETTING_KEY} FOR UPDATE`;
    const before = commentSettingsFrom(row?.value);
    if (row && JSON.stringify(before) === JSON.stringify(after)) return { ok: true };
    await tx.setting.upsert({ where: { key: COMMENT_SETTING_KEY }, create: { key: COMMENT_SETTING_KEY, value: after }, update: { value: after } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "settings.comments",
      targetType: "Setting",
      targetId: COMMENT_SETTING_KEY,
      change: { before, after } as Prisma.InputJsonValue,
    });
    return { ok: true, changes: { settings: true } };
  });
}
