import { forgetExpiredTokens } from "./forget-expired-tokens";
import { createHash } from "node:crypto";
import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, type FieldErrors } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { hashAddress } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { checkFormToken, formTokenHash } from "./form-token";
import { readCommentSettings } from "./read-settings";
import { commentContentHash, commentsCloseAt, countLinks, findListedWords, normalizeCommentText, normalizeName } from "./spam-rules";

// A reader's comment: checked against every defence, then stored as waiting for moderation. Nothing
// is stored when a defence refuses it. The rate limits and the duplicate check count rows in
// PostgreSQL under advisory locks, so parallel submissions cannot all slip in under a limit. A form
// token posts one comment: its hash is written in the transaction that stores the comment, so a
// refused comment leaves the token usable and two posts racing with one token store one comment.

export const COMMENT_LIMITS = { contentMin: 10, contentMax: 2000, nameMin: 2, nameMax: 80, emailMax: 254 };

/** Why a comment was refused; the reader sees `error` (and `fieldErrors`), tests and logs the reason. */
export type CommentRefusalReason =
  | "honeypot"
  | "invalid"
  | "token"
  | "token-used"
  | "too-fast"
  | "token-expired"
  | "links"
  | "words"
  | "not-found"
  | "comments-off"
  | "closed"
  | "rate-address"
  | "rate-email"
  | "duplicate";

export type SubmitCommentResult =
  | { ok: true; value: { id: number; heldForWords: boolean } }
  | { ok: false; reason: CommentRefusalReason; error: string; fieldErrors?: FieldErrors };

export const REFUSAL_MESSAGES: Record<Exclude<CommentRefusalReason, "invalid" | "links" | "words">, string> = {
  honeypot: "Không gửi được ý kiến. Vui lòng thử lại.",
  token: "Biểu mẫu không hợp lệ. Vui lòng tải lại trang rồi gửi lại.",
  "token-used": "Biểu mẫu này đã được dùng để gửi một ý kiến. Vui lòng tải lại trang nếu bạn muốn gửi thêm ý kiến.",
  "too-fast": "Bạn gửi hơi nhanh. Vui lòng đợi vài giây rồi bấm Gửi ý kiến lần nữa.",
  "token-expired": "Biểu mẫu đã mở quá lâu. Vui lòng tải lại trang rồi gửi lại.",
  "not-found": "Không tìm thấy bài viết để gửi ý kiến.",
  "comments-off": "Bài viết này không nhận ý kiến.",
  closed: "Bài viết đã hết thời hạn nhận ý kiến.",
  "rate-address": "Bạn đã gửi nhiều ý kiến trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
  "rate-email": "Email này đã gửi nhiều ý kiến. Vui lòng thử lại sau.",
  duplicate: "Ý kiến này đã được gửi trước đó.",
};

const n = (value: number) => value.toLocaleString("vi-VN");

const schema = z.object({
  articleId: z.coerce.number({ message: REFUSAL_MESSAGES["not-found"] }).int(REFUSAL_MESSAGES["not-found"]).positive(REFUSAL_MESSAGES["not-found"]),
  content: z
    .string({ message: "Vui lòng nhập ý kiến của bạn." })
    .transform(normalizeCommentText)
    .pipe(
      z
        .string()
        .min(1, "Vui lòng nhập ý kiến của bạn.")
        .min(COMMENT_LIMITS.contentMin, `Ý kiến cần ít nhất ${COMMENT_LIMITS.contentMin} ký tự.`)
        .max(COMMENT_LIMITS.contentMax, `Ý kiến dài tối đa ${n(COMMENT_LIMITS.contentMax)} ký tự.`),
    ),
  name: z
    .string({ message: "Vui lòng nhập tên của bạn." })
    .transform(normalizeName)
    .pipe(
      z
        .string()
        .min(1, "Vui lòng nhập tên của bạn.")
        .min(COMMENT_LIMITS.nameMin, `Tên cần ít nhất ${COMMENT_LIMITS.nameMin} ký tự.`)
        .max(COMMENT_LIMITS.nameMax, `Tên dài tối đa ${COMMENT_LIMITS.nameMax} ký tự.`),
    ),
  email: z
    .string({ message: "Vui lòng nhập email của bạn." })
    .transform((value) => value.trim().toLowerCase())
    .pipe(
      z
        .string()
        .min(1, "Vui lòng nhập email của bạn.")
        .max(COMMENT_LIMITS.emailMax, "Email không hợp lệ.")
        .pipe(z.email("Email không hợp lệ. Ví dụ đúng: ten@example.com")),
    ),
});

function refuse(reason: Exclude<CommentRefusalReason, "invalid" | "links" | "words">): SubmitCommentResult {
  return { ok: false, reason, error: REFUSAL_MESSAGES[reason] };
}

/** Carries a refusal out of the transaction so that the token written at its start is rolled back. */
class RefusedInTransaction extends Error {
  constructor(readonly result: SubmitCommentResult) {
    super("comment refused");
  }
}

/** A 64-bit key for pg_advisory_xact_lock, from a namespace and a value. */
function lockKey(namespace: string, value: string): bigint {
  return createHash("sha256").update(`${namespace}:${value}`).digest().readBigInt64BE(0);
}

export type SubmitContext = {
  /** The reader's address as the request gives it; only its keyed hash is stored. */
  address: string;
  now?: Date;
};

/**
 * Form fields: articleId, content, name, email, token (from issueFormToken when the form was shown)
 * and `website`, the honeypot, which people never see and so leave empty.
 */
export async function submitComment(input: unknown, context: SubmitContext): Promise<SubmitCommentResult> {
  const now = context.now ?? new Date();
  const fields = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const settings = await readCommentSettings();

  if (settings.honeypot && typeof fields.website === "string" && fields.website.trim() !== "") return refuse("honeypot");

  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsFrom(parsed.error.issues);
    if (fieldErrors.articleId) return refuse("not-found");
    return { ok: false, reason: "invalid", error: INVALID_FORM, fieldErrors };
  }
  const { articleId, content, name, email } = parsed.data;

  const token = checkFormToken(fields.token, articleId, settings.minFillSeconds, now.getTime());
  if (!token.ok) return refuse(token.reason);

  const links = countLinks(content);
  if (links > settings.maxLinks) {
    const message =
      settings.maxLinks === 0
        ? "Ý kiến không được chứa đường liên kết."
        : `Ý kiến chứa quá nhiều đường liên kết (tối đa ${settings.maxLinks}).`;
    return { ok: false, reason: "links", error: message, fieldErrors: { content: message } };
  }

  const listed = findListedWords(`${name}\n${content}`, settings.words);
  if (listed.length > 0 && settings.wordAction === "refuse") {
    const message = "Ý kiến có từ ngữ không phù hợp. Vui lòng sửa lại.";
    return { ok: false, reason: "words", error: message, fieldErrors: { content: message } };
  }

  const article = await db.article.findFirst({
    where: { id: articleId, state: "PUBLISHED", deletedAt: null },
    select: { id: true, commentsEnabled: true, publishedAt: true },
  });
  if (!article) return refuse("not-found");
  if (!article.commentsEnabled) return refuse("comments-off");
  const closesAt = commentsCloseAt(article.publishedAt, settings.closeAfterDays);
  if (closesAt && closesAt <= now) return refuse("closed");

  const addressHash = hashAddress(context.address);
  const contentHash = commentContentHash(content);
  const tokenHash = formTokenHash(fields.token as string);
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  const result = await db.$transaction(
    async (tx): Promise<SubmitCommentResult> => {
      // First, before any lock: a second post with this token waits here on the unique key until the
      // first commits (then it is refused) or rolls back (then it goes on).
      const claimed = await tx.$executeRaw`
        INSERT INTO "UsedFormToken" ("tokenHash", "usedAt") VALUES (${tokenHash}, ${now})
        ON CONFLICT ("tokenHash") DO NOTHING`;
      if (claimed === 0) return refuse("token-used");
      const refuseInside = (reason: Parameters<typeof refuse>[0]): never => {
        throw new RefusedInTransaction(refuse(reason));
      };

      // One global order of keys, so two submissions sharing some of them never wait on each other in a cycle.
      const keys = [lockKey("comment-address", addressHash), lockKey("comment-email", email), lockKey("comment-content", contentHash)].sort(
        (a, b) => (a < b ? -1 : a > b ? 1 : 0),
      );
      for (const key of keys) await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key})`;

      const fromAddress =
        settings.addressLimit > 0
          ? await tx.comment.count({ where: { addressHash, createdAt: { gt: minutesAgo(settings.addressWindowMinutes) } } })
          : 0;
      const fromEmail =
        settings.emailLimit > 0
          ? await tx.comment.count({ where: { authorEmail: email, createdAt: { gt: minutesAgo(settings.emailWindowHours * 60) } } })
          : 0;
      const duplicate = await tx.comment.findFirst({
        where: {
          contentHash,
          OR: [{ articleId }, ...(settings.duplicateWindowHours > 0 ? [{ createdAt: { gt: minutesAgo(settings.duplicateWindowHours * 60) } }] : [])],
        },
        select: { id: true },
      });
      if (settings.addressLimit > 0 && fromAddress >= settings.addressLimit) refuseInside("rate-address");
      if (settings.emailLimit > 0 && fromEmail >= settings.emailLimit) refuseInside("rate-email");
      if (duplicate) refuseInside("duplicate");

      const comment = await tx.comment.create({
        data: { articleId, state: "PENDING", authorName: name, authorEmail: email, content, addressHash, contentHash, flaggedWords: listed, createdAt: now },
        select: { id: true },
      });
      await writeAudit(tx, {
        actorId: null,
        action: "comment.submit",
        targetType: "Comment",
        targetId: comment.id,
        // The reader's email is personal data: the audit log keeps only what moderation needs.
        change: { articleId, state: "PENDING", ...(listed.length > 0 && { flaggedWords: listed }) },
      });
      return { ok: true, value: { id: comment.id, heldForWords: listed.length > 0 } };
    },
    // Submissions from one address or email wait for each other; give them time rather than fail.
    { maxWait: 20_000, timeout: 20_000 },
  ).catch((error: unknown) => {
    if (error instanceof RefusedInTransaction) return error.result;
    throw error;
  });
  if (result.ok) await forgetExpiredTokens(now);
  return result;
}

