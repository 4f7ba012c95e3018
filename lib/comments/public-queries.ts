import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { commentsTag, SETTINGS_TAG, UNITS_TAG } from "@/lib/cache-tags";
import { readCommentSettings } from "./read-settings";
import type { CommentSettings } from "./settings";
import { commentsCloseAt } from "./spam-rules";
import { REFUSAL_MESSAGES } from "./submit-comment";

// What readers see of comments, read through Next's data cache like lib/articles/public-queries.ts.
// Approving, rejecting or answering a comment expires commentsTag(articleId) (lib/site/revalidate.ts),
// and with it the article's cached page. Nothing here ever selects a commenter's email.

const SAFETY_REVALIDATE_SECONDS = 3600;

export type PublicComment = {
  id: number;
  authorName: string;
  content: string;
  /** ISO 8601 (UTC). */
  createdAt: string;
  /** The official answer, signed with the name of the unit that owns the article. */
  reply: { text: string; unitName: string; repliedAt: string | null } | null;
};

export type PublicComments = { count: number; items: PublicComment[] };

/** The newest approved comments shown under an article, and how many there are in all. */
export const SHOWN_COMMENTS = 200;

async function readApprovedComments(articleId: number): Promise<PublicComments> {
  const where = { articleId, state: "APPROVED" as const };
  const [count, rows, article] = await Promise.all([
    db.comment.count({ where }),
    db.comment.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: SHOWN_COMMENTS,
      select: { id: true, authorName: true, content: true, createdAt: true, reply: true, repliedAt: true },
    }),
    db.article.findUnique({ where: { id: articleId }, select: { unit: { select: { name: true } } } }),
  ]);
  const unitName = article?.unit.name ?? "";
  return {
    count,
    // The newest ones, shown in the order they were written.
    items: rows.reverse().map((row) => ({
      id: row.id,
      authorName: row.authorName,
      content: row.content,
      createdAt: row.createdAt.toISOString(),
      reply: row.reply ? { text: row.reply, unitName, repliedAt: row.repliedAt?.toISOString() ?? null } : null,
    })),
  };
}

export function listApprovedComments(articleId: number): Promise<PublicComments> {
  // The unit's name signs the answers, so a renamed or merged unit expires these too (UNITS_TAG).
  return unstable_cache(() => readApprovedComments(articleId), ["public", "comments", String(articleId)], {
    tags: [commentsTag(articleId), UNITS_TAG],
    revalidate: SAFETY_REVALIDATE_SECONDS,
  })();
}

/** The comment settings the public page needs (when an article's comments close). */
export const getCommentSettingsForReaders = unstable_cache(
  async (): Promise<Pick<CommentSettings, "closeAfterDays">> => ({ closeAfterDays: (await readCommentSettings()).closeAfterDays }),
  ["public", "comment-settings"],
  { tags: [SETTINGS_TAG], revalidate: SAFETY_REVALIDATE_SECONDS },
);

/**
 * Why the article's form is not shown (null: it is). The page is cached, so an article that closes
 * while its page is cached shows the form a little longer; the server then refuses with the same reason.
 */
export function whyCommentsAreClosed(
  article: { commentsEnabled: boolean; publishedAt: Date | string | null },
  closeAfterDays: number,
  now: Date = new Date(),
): string | null {
  if (!article.commentsEnabled) return REFUSAL_MESSAGES["comments-off"];
  const closesAt = commentsCloseAt(article.publishedAt, closeAfterDays);
  return closesAt && closesAt <= now ? REFUSAL_MESSAGES.closed : null;
}
