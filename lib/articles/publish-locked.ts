import type { Prisma, WorkflowAction } from "@/generated/prisma/client";
import type { ArticleCacheRef } from "@/lib/changes";
import { notify } from "@/lib/notifications/notify";
import { slugify, uniqueSlug } from "@/lib/vietnamese";
import type { LockedArticle } from "./locked-article";
import { recordStep } from "./record-step";

/**
 * Puts a locked article before readers: its public address is made from the title the first time,
 * the first publication time is kept (a re-publication is not re-dated), and the published text is
 * kept as a revision. Returns where its public pages are now stored.
 */
export async function publishLocked(
  tx: Prisma.TransactionClient,
  article: LockedArticle,
  actorId: number | null,
  action: Extract<WorkflowAction, "APPROVE" | "PUBLISH_SCHEDULED">,
  now = new Date(),
): Promise<ArticleCacheRef> {
  const current = await tx.article.findUniqueOrThrow({ where: { id: article.id } });
  const slug = current.slug.startsWith("nhap-")
    ? await uniqueSlug(slugify(current.title), async (candidate) => (await tx.article.count({ where: { slug: candidate } })) > 0)
    : current.slug;
  const version = article.version + 1;
  const revision = await tx.articleRevision.create({
    data: {
      articleId: article.id,
      kind: "PUBLISHED",
      version,
      title: current.title,
      sapo: current.sapo,
      body: current.body as Prisma.InputJsonValue,
      authorId: actorId ?? current.writerId,
    },
  });
  await tx.article.update({
    where: { id: article.id },
    data: { state: "PUBLISHED", slug, publishedAt: current.publishedAt ?? now, scheduledAt: null, version, publishedRevisionId: revision.id },
  });
  await recordStep(tx, { articleId: article.id, actorId, action, from: article.state, to: "PUBLISHED" });
  await notify(tx, [current.writerId], { kind: "article.published", message: `Bài viết “${current.title}” đã được xuất bản.`, link: `/bai-viet/${slug}` });
  return { id: article.id, slug, unitId: current.unitId, originalUnitId: current.originalUnitId, categoryId: current.categoryId };
}
