import type { ArticleChange } from "@/lib/changes";
import { db } from "@/lib/db";
import { cacheRefOf, lockArticle } from "./locked-article";
import { publishLocked } from "./publish-locked";

/**
 * The scheduler's tick: publishes every scheduled article whose time has come, exactly once even with
 * several server instances ticking together. Each due row is claimed with FOR UPDATE SKIP LOCKED in
 * its own transaction: another instance skips the rows being published, and a row already published
 * is no longer SCHEDULED when the next instance looks. Returns each published article before and after.
 */
export async function publishDueArticles(now = new Date(), limit = 50): Promise<ArticleChange[]> {
  const published: ArticleChange[] = [];
  for (let i = 0; i < limit; i++) {
    const change = await db.$transaction(async (tx) => {
      const due = await tx.$queryRaw<{ id: number }[]>`
        SELECT id FROM "Article"
        WHERE state = 'SCHEDULED' AND "scheduledAt" <= ${now} AND "deletedAt" IS NULL
        ORDER BY "scheduledAt", id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (due.length === 0) return null;
      const article = await lockArticle(tx, due[0].id);
      if (!article || article.state !== "SCHEDULED") return null;
      const after = await publishLocked(tx, article, null, "PUBLISH_SCHEDULED", now);
      return { before: cacheRefOf(article), after };
    });
    if (change === null) break;
    published.push(change);
  }
  return published;
}
