import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client";
import { normalizeForSearch } from "../../lib/vietnamese";
import type { InsertedArticle } from "./articles";
import { COMMENTS } from "./content/comments";

type Tx = Prisma.TransactionClient;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** Readers' comments, moderated (and some answered) by the demo comment moderator. */
export async function insertComments(tx: Tx, articles: InsertedArticle[], moderatorId: number, now: Date): Promise<number> {
  const byKey = new Map(articles.map((article) => [article.key, article]));
  const at = (time: number) => new Date(Math.min(time, now.getTime() - MINUTE));

  const data = COMMENTS.map((comment, index) => {
    const article = byKey.get(comment.article);
    if (!article || article.state !== "PUBLISHED" || article.deleted || !article.publishedAt) {
      throw new Error(`Comment ${index + 1} is on "${comment.article}", which is not a published article`);
    }
    const createdAt = at(article.publishedAt.getTime() + comment.hoursAfter * HOUR + index * MINUTE);
    const moderated = comment.state !== "PENDING";
    const moderatedAt = moderated ? at(createdAt.getTime() + 90 * MINUTE) : null;
    const replied = comment.reply !== undefined;
    return {
      articleId: article.id,
      state: comment.state,
      authorName: comment.authorName,
      authorEmail: comment.authorEmail.trim().toLowerCase(),
      content: comment.content,
      // Documentation addresses (RFC 5737): the demo must not look like real readers.
      addressHash: sha256(`198.51.100.${10 + (index % 200)}`),
      contentHash: sha256(normalizeForSearch(comment.content)),
      reply: comment.reply ?? null,
      repliedById: replied ? moderatorId : null,
      repliedAt: replied && moderatedAt ? at(moderatedAt.getTime() + 20 * MINUTE) : null,
      moderatedById: moderated ? moderatorId : null,
      moderatedAt,
      createdAt,
    };
  });
  const { count } = await tx.comment.createMany({ data });
  return count;
}
