import { forgetExpiredTokens } from "@/lib/comments/forget-expired-tokens";
import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, type FieldErrors } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { hashAddress } from "@/lib/auth/throttle";
import { checkFormToken, formTokenHash } from "@/lib/comments/form-token";
import { readCommentSettings } from "@/lib/comments/read-settings";
import { commentContentHash, normalizeCommentText, normalizeName } from "@/lib/comments/spam-rules";
import { db } from "@/lib/db";
import { notify } from "@/lib/notifications/notify";
import { getStorage, type FileStorage } from "@/lib/storage";
import type { ByteSource } from "@/lib/storage/read-limited";
import { contentHashes, readUpload, removeUnreferenced, writeStoredFile, type ReadUploadResult } from "@/lib/storage/upload-file";
import { slugify } from "@/lib/vietnamese";
import { deadlineFor } from "./deadline";
import { QUESTION_FORM_SUBJECT } from "./form-subject";
import { routeFor } from "./routing";
import { readQuestionSettings } from "./settings";
import { newTrackingCode } from "./tracking-code";
import { notifyUnitStaff, triageEditors } from "./recipients";

// Gửi câu hỏi: a citizen's question, without an account. The comment defences guard it (honeypot,
// minimum fill time and a single-use form token from lib/comments, per-address and per-contact limits,
// duplicates), all decided before anything is stored; then, in one transaction, the question is routed
// by the rules (or left in triage), given its deadline in working days and its tracking code. A refusal
// stores nothing and leaves the form token usable.

/** The optional attachment: any type of the one table (lib/storage/file-types.ts), one size limit for all. */
export const QUESTION_ATTACHMENT_MAX_MB = 10;
export const QUESTION_ATTACHMENT_TOO_LARGE = `Tệp đính kèm vượt quá ${QUESTION_ATTACHMENT_MAX_MB} MB.`;

export const QUESTION_LIMITS = { nameMin: 2, nameMax: 80, titleMin: 10, titleMax: 200, contentMin: 20, contentMax: 5000, emailMax: 254 };

export type QuestionRefusalReason =
  | "honeypot"
  | "invalid"
  | "token"
  | "token-used"
  | "too-fast"
  | "token-expired"
  | "rate-address"
  | "rate-contact"
  | "duplicate";

export type SubmitQuestionResult =
  | { ok: true; value: { id: number; code: string; routed: boolean } }
  | { ok: false; reason: QuestionRefusalReason; error: string; fieldErrors?: FieldErrors };

export const QUESTION_REFUSALS: Record<Exclude<QuestionRefusalReason, "invalid">, string> = {
  honeypot: "Không gửi được câu hỏi. Vui lòng thử lại.",
  token: "Biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
  "token-used": "Biểu mẫu này đã được dùng để gửi một câu hỏi. Vui lòng tải lại trang nếu bạn muốn gửi câu hỏi khác.",
  "too-fast": "Bạn gửi hơi nhanh. Vui lòng đợi vài giây rồi bấm Gửi câu hỏi lần nữa.",
  "token-expired": "Biểu mẫu đã mở quá lâu. Vui lòng tải lại trang rồi gửi lại.",
  "rate-address": "Bạn đã gửi nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau.",
  "rate-contact": "Email hoặc số điện thoại này đã gửi nhiều câu hỏi trong hôm nay. Vui lòng thử lại sau.",
  duplicate: "Câu hỏi này đã được gửi trước đó. Bạn có thể theo dõi câu hỏi đã gửi bằng mã tra cứu.",
};

const L = QUESTION_LIMITS;
const text = (min: number, max: number, empty: string, short: string, long: string, normalize: (s: string) => string) =>
  z
    .string({ message: empty })
    .transform(normalize)
    .pipe(z.string().min(1, empty).min(min, short).max(max, long));

const optional = (s: unknown) => (typeof s === "string" && s.trim() !== "" ? s : undefined);

const schema = z
  .object({
    name: text(L.nameMin, L.nameMax, "Vui lòng nhập họ tên.", `Họ tên cần ít nhất ${L.nameMin} ký tự.`, `Họ tên dài tối đa ${L.nameMax} ký tự.`, normalizeName),
    email: z.preprocess(
      optional,
      z
        .string()
        .transform((v) => v.trim().toLowerCase())
        .pipe(z.string().max(L.emailMax, "Email không hợp lệ.").pipe(z.email("Email không hợp lệ. Ví dụ đúng: ten@example.com")))
        .optional(),
    ),
    phone: z.preprocess(
      optional,
      z
        .string()
        .transform((v) => v.replace(/[\s.()-]/g, "").replace(/^\+84/, "0"))
        .pipe(z.string().regex(/^0\d{9,10}$/, "Số điện thoại không hợp lệ. Ví dụ đúng: 0912 345 678"))
        .optional(),
    ),
    communeId: z.coerce.number({ message: "Vui lòng chọn xã/phường." }).int().positive("Vui lòng chọn xã/phường."),
    fieldId: z.coerce.number({ message: "Vui lòng chọn lĩnh vực." }).int().positive("Vui lòng chọn lĩnh vực."),
    title: text(L.titleMin, L.titleMax, "Vui lòng nhập tiêu đề câu hỏi.", `Tiêu đề cần ít nhất ${L.titleMin} ký tự.`, `Tiêu đề dài tối đa ${L.titleMax} ký tự.`, normalizeName),
    content: text(
      L.contentMin,
      L.contentMax,
      "Vui lòng nhập nội dung câu hỏi.",
      `Nội dung cần ít nhất ${L.contentMin} ký tự.`,
      `Nội dung dài tối đa ${L.contentMax.toLocaleString("vi-VN")} ký tự.`,
      normalizeCommentText,
    ),
    consent: z.literal(true, { message: "Vui lòng đồng ý với thông báo xử lý dữ liệu cá nhân để gửi câu hỏi." }),
    showName: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "Vui lòng nhập email hoặc số điện thoại để nhận phản hồi." });
    }
  });

function refuse(reason: Exclude<QuestionRefusalReason, "invalid">, fieldErrors?: FieldErrors): SubmitQuestionResult {
  return { ok: false, reason, error: QUESTION_REFUSALS[reason], ...(fieldErrors && { fieldErrors }) };
}

class RefusedInTransaction extends Error {
  constructor(readonly result: SubmitQuestionResult) {
    super("question refused");
  }
}

const checked = (v: unknown) => v === true || v === "on" || v === "true" || v === "1";

export type QuestionAttachmentInput = { fileName: string; claimedType?: string; body: ByteSource };

/** `attachment`: the file sent with the form, if any; `storage` replaces the configured storage (tests). */
export type SubmitQuestionContext = { address: string; now?: Date; attachment?: QuestionAttachmentInput | null; storage?: FileStorage };

/**
 * Form fields: name, email, phone, communeId, fieldId, title, content, consent, showName, token (from
 * issueQuestionToken when the form was shown) and `website`, the honeypot.
 */
export async function submitQuestion(input: unknown, context: SubmitQuestionContext): Promise<SubmitQuestionResult> {
  const now = context.now ?? new Date();
  const fields = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const defences = await readCommentSettings();
  if (defences.honeypot && typeof fields.website === "string" && fields.website.trim() !== "") return refuse("honeypot");

  const parsed = schema.safeParse({ ...fields, consent: checked(fields.consent), showName: checked(fields.showName) });
  if (!parsed.success) return { ok: false, reason: "invalid", error: INVALID_FORM, fieldErrors: fieldErrorsFrom(parsed.error.issues) };
  const q = parsed.data;

  const token = checkFormToken(fields.token, QUESTION_FORM_SUBJECT, defences.minFillSeconds, now.getTime());
  if (!token.ok) return refuse(token.reason);

  // The lists are read outside the transaction: a commune or field chosen from the form must exist and be open.
  const [commune, field] = await Promise.all([
    db.unit.findFirst({ where: { id: q.communeId, type: "COMMUNE", status: "ACTIVE" }, select: { id: true } }),
    db.legalField.findFirst({ where: { id: q.fieldId, hidden: false }, select: { id: true } }),
  ]);
  if (!commune || !field) {
    return {
      ok: false,
      reason: "invalid",
      error: INVALID_FORM,
      fieldErrors: { ...(!commune && { communeId: "Vui lòng chọn xã/phường trong danh sách." }), ...(!field && { fieldId: "Vui lòng chọn lĩnh vực trong danh sách." }) },
    };
  }

  // The file is read and checked before anything is stored: a refused file stores no question (and
  // leaves the form token usable); its bytes are written only inside the question's transaction.
  let upload: Extract<ReadUploadResult, { ok: true }> | null = null;
  if (context.attachment) {
    const read = await readUpload(context.attachment.body, {
      fileName: context.attachment.fileName,
      claimedType: context.attachment.claimedType,
      accept: "any",
      maxBytes: { bytes: QUESTION_ATTACHMENT_MAX_MB * 1024 * 1024, message: QUESTION_ATTACHMENT_TOO_LARGE },
    });
    if (!read.ok) return { ok: false, reason: "invalid", error: read.error, fieldErrors: { attachment: read.error } };
    upload = read;
  }
  const storage = context.storage ?? getStorage();
  const written: string[] = [];

  const settings = await readQuestionSettings();
  const addressHash = hashAddress(context.address);
  const contentHash = commentContentHash(`${q.title}\n${q.content}`);
  const tokenHash = formTokenHash(fields.token as string);
  const contacts = [q.email, q.phone].filter((c): c is string => Boolean(c));
  const since = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  const result = await db
    .$transaction(
      async (tx): Promise<SubmitQuestionResult> => {
        const claimed = await tx.$executeRaw`
          INSERT INTO "UsedFormToken" ("tokenHash", "usedAt") VALUES (${tokenHash}, ${now}) ON CONFLICT ("tokenHash") DO NOTHING`;
        if (claimed === 0) return refuse("token-used");
        const inside = (reason: Exclude<QuestionRefusalReason, "invalid">): never => {
          throw new RefusedInTransaction(refuse(reason));
        };
        // Serialise submissions sharing an address, a contact or a text (sorted: no lock cycles), so
        // parallel posts cannot all slip in under a limit.
        const keys = [`q-address:${addressHash}`, ...contacts.map((c) => `q-contact:${c}`), `q-content:${contentHash}`].sort();
        for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 18))`;

        if (settings.addressLimit > 0) {
          const n = await tx.question.count({ where: { addressHash, createdAt: { gt: since(settings.addressWindowMinutes) } } });
          if (n >= settings.addressLimit) inside("rate-address");
        }
        if (settings.emailLimit > 0) {
          const or = [...(q.email ? [{ askerEmail: q.email }] : []), ...(q.phone ? [{ askerPhone: q.phone }] : [])];
          const n = await tx.question.count({ where: { OR: or, createdAt: { gt: since(settings.emailWindowHours * 60) } } });
          if (n >= settings.emailLimit) inside("rate-contact");
        }
        if (await tx.question.findFirst({ where: { contentHash, state: { not: "DECLINED" } }, select: { id: true } })) inside("duplicate");

        const unitId = await routeFor(tx, q.fieldId, q.communeId);
        const dueAt = await deadlineFor(tx, now, settings.dueDays);
        const state = unitId ? "ROUTED" : "NEW";
        // The asker has no account: the file belongs to no one and no unit; file-access.ts lets only
        // staff who may view the question have it.
        const attachment = upload
          ? await writeStoredFile(tx, storage, written, { unitId: null, originalName: upload.originalName, pieces: upload.pieces, uploadedById: null })
          : null;
        const created = await tx.question.create({
          data: {
            code: newTrackingCode(),
            slug: `tmp-${tokenHash}`,
            state,
            askerName: q.name,
            askerEmail: q.email ?? null,
            askerPhone: q.phone ?? null,
            showName: q.showName,
            consentAt: now,
            communeId: q.communeId,
            fieldId: q.fieldId,
            title: q.title,
            content: q.content,
            attachmentId: attachment?.id ?? null,
            unitId,
            routedAt: unitId ? now : null,
            dueDays: settings.dueDays,
            dueAt,
            addressHash,
            contentHash,
            createdAt: now,
          },
          select: { id: true, code: true },
        });
        await tx.question.update({ where: { id: created.id }, data: { slug: `${slugify(q.title, 70) || "cau-hoi"}-${created.id}` } });
        await tx.questionEvent.create({
          data: { questionId: created.id, action: unitId ? "route" : "submit", toState: state, unitId, note: unitId ? "Phân công theo quy tắc" : null, createdAt: now },
        });
        const link = `/quan-ly/hoi-dap/${created.id}`;
        if (unitId) await notifyUnitStaff(tx, unitId, { kind: "question.new", message: `Câu hỏi mới cần trả lời: ${q.title}`, link });
        else await notify(tx, await triageEditors(tx), { kind: "question.new", message: `Câu hỏi mới chờ phân công: ${q.title}`, link });
        await writeAudit(tx, {
          actorId: null,
          action: "question.submit",
          targetType: "Question",
          targetId: created.id,
          // Contact details are personal data: the record keeps only what handling needs.
          change: { state, unitId, fieldId: q.fieldId, communeId: q.communeId, attachmentId: attachment?.id ?? null },
        });
        return { ok: true, value: { id: created.id, code: created.code, routed: unitId !== null } };
      },
      // Storage writes of the attachment happen inside: give a slow disk or remote store time.
      { maxWait: 20_000, timeout: upload ? 120_000 : 20_000 },
    )
    .catch(async (error: unknown) => {
      // Nothing of a refused or failed question stays: bytes written for it that no row uses go.
      if (upload && written.length > 0) {
        await removeUnreferenced(written, contentHashes(upload.pieces), storage).catch((cleanupError) => {
          console.error("Không dọn được tệp đính kèm của câu hỏi không lưu được", cleanupError);
        });
      }
      if (error instanceof RefusedInTransaction) return error.result;
      throw error;
    });
  if (result.ok) await forgetExpiredTokens(now);
  return result;
}

