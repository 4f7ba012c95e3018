import type { Prisma } from "../../generated/prisma/client";
import { bulletList, doc, figure, h2, p, table } from "../../lib/richtext/build";
import { extractPlainText } from "../../lib/richtext/render";
import { recordFileKeys } from "../../lib/articles/file-keys";
import { sanitizeDocument } from "../../lib/richtext/sanitize";
import type { RichTextDoc } from "../../lib/richtext/types";
import { slugify, uniqueSlug } from "../../lib/vietnamese";
import { CATEGORIES } from "./content/categories";
import { DEMO_PROVINCIAL_EDITOR_EMAIL } from "./constants";
import type { People, UnitRow } from "./people";
import type { PreparedFile, PreparedFiles } from "./stored-files";
import { buildTimeline, type ArticleActors } from "./timeline";
import type { ArticleSeed, Block, CategoryKey } from "./types";

type Tx = Prisma.TransactionClient;

export interface InsertedArticle {
  id: number;
  key: string;
  state: ArticleSeed["state"];
  publishedAt: Date | null;
  deleted: boolean;
}

function toDoc(blocks: Block[], files: PreparedFiles): RichTextDoc {
  return doc(
    blocks.map((block) => {
      if (typeof block === "string") return p(block);
      if ("h2" in block) return h2(block.h2);
      if ("list" in block) return bulletList(block.list);
      if ("table" in block) return table(block.table);
      return figure(`/tep/${files.scenes.get(block.figure)!.storageKey}`, block.alt, block.caption);
    }),
  );
}

/** Who wrote, reviewed and published an article, following the unit's memberships and approval levels. */
function resolveActors(article: ArticleSeed, unit: UnitRow, people: People): ArticleActors {
  const writerId = people.users.get(article.writer);
  if (writerId === undefined) throw new Error(`Unknown writer ${article.writer} of "${article.key}"`);
  const provincialEditorId = people.users.get(DEMO_PROVINCIAL_EDITOR_EMAIL)!;
  // Staff of a merged commune now belong to its successor.
  const home = unit.successorId === null ? unit : people.unitsById.get(unit.successorId)!;
  const members = people.memberships.filter((membership) => membership.unitId === home.id);
  if (!members.some((membership) => membership.userId === writerId)) {
    throw new Error(`${article.writer} wrote "${article.key}" but is not a member of ${home.name}`);
  }
  const approvers = members.filter((membership) => membership.role === "APPROVER").map((membership) => membership.userId);
  const colleague = approvers.find((id) => id !== writerId);
  const self = home.allowSelfApproval && approvers.includes(writerId) ? writerId : undefined;
  // A provincial editor may approve in any unit: the fallback for units without an approver of their own.
  const unitApproverId = colleague ?? self ?? provincialEditorId;
  const twoLevels = home.approvalLevels === 2;
  return { writerId, unitApproverId, publisherId: twoLevels ? provincialEditorId : unitApproverId, provincialEditorId, twoLevels };
}

/** Stored files, tags and articles with their workflow history, attachments and tags. */
export async function insertArticles(
  tx: Tx,
  articles: ArticleSeed[],
  people: People,
  files: PreparedFiles,
  now: Date,
): Promise<InsertedArticle[]> {
  const categoryRows = await tx.category.createManyAndReturn({
    data: CATEGORIES.map((category, index) => ({
      name: category.name,
      slug: slugify(category.name),
      description: category.description,
      sortOrder: index + 1,
    })),
  });
  const categoryIds = new Map<CategoryKey, number>(CATEGORIES.map((category, index) => [category.key, categoryRows[index].id]));

  const plans = articles.map((article, index) => {
    const unit = people.units.get(article.unit);
    if (!unit) throw new Error(`Unknown unit "${article.unit}" of "${article.key}"`);
    const actors = resolveActors(article, unit, people);
    return { article, index, unit, actors, timeline: buildTimeline(article, index, now, actors) };
  });

  // Files: each row names the first person who would have uploaded it.
  const uploaders = new Map<string, { file: PreparedFile; uploadedById: number; unitId: number }>();
  const noteUpload = (file: PreparedFile | undefined, uploadedById: number, unitId: number) => {
    if (file && !uploaders.has(file.storageKey)) uploaders.set(file.storageKey, { file, uploadedById, unitId });
  };
  for (const { article, actors, unit } of plans) {
    noteUpload(files.covers.get(article.key), actors.writerId, unit.id);
    for (const block of article.body) {
      if (typeof block === "object" && "figure" in block) noteUpload(files.scenes.get(block.figure), actors.writerId, unit.id);
    }
    for (const key of article.attachments ?? []) noteUpload(files.attachments.get(key), actors.writerId, unit.id);
  }
  const fileRows = await tx.storedFile.createManyAndReturn({
    data: [...uploaders.values()].map(({ file, uploadedById, unitId }, index) => ({
      storageKey: file.storageKey,
      originalName: file.originalName,
      mimeType: file.mimeType,
      size: file.size,
      sha256: file.sha256,
      width: file.width ?? null,
      height: file.height ?? null,
      variants: (file.variants ?? []) as unknown as Prisma.InputJsonValue,
      uploadedById,
      unitId,
      downloadCount: file.mimeType === "application/pdf" ? 17 + index * 3 : 0,
    })),
  });
  const fileIds = new Map(fileRows.map((row) => [row.storageKey, row.id]));

  const usedSlugs = new Set<string>();
  const rows: Prisma.ArticleCreateManyInput[] = [];
  for (const { article, index, unit, actors, timeline } of plans) {
    const body = toDoc(article.body, files);
    const checked = sanitizeDocument(body);
    if (!checked.ok) throw new Error(`The body of "${article.key}" does not pass the allowlist: ${checked.error}`);
    const slug = await uniqueSlug(slugify(article.title), async (candidate) => usedSlugs.has(candidate));
    usedSlugs.add(slug);
    const cover = files.covers.get(article.key);
    const seenByReaders = article.state === "PUBLISHED" || article.state === "TAKEN_DOWN";
    rows.push({
      slug,
      title: article.title,
      sapo: article.sapo,
      body: body as unknown as Prisma.InputJsonValue,
      bodyText: extractPlainText(body),
      byline: article.byline,
      source: article.source ?? null,
      state: article.state,
      unitId: unit.successorId ?? unit.id,
      originalUnitId: unit.id,
      categoryId: categoryIds.get(article.category)!,
      writerId: actors.writerId,
      coverImageId: cover ? fileIds.get(cover.storageKey)! : null,
      coverCaption: article.cover?.caption ?? null,
      coverAlt: article.cover?.alt ?? null,
      publishedAt: timeline.publishedAt,
      scheduledAt: timeline.scheduledAt,
      submittedAt: timeline.submittedAt,
      featuredOrder: article.state === "PUBLISHED" ? (article.featured ?? null) : null,
      version: 1,
      viewCount: seenByReaders ? Math.round((150 + ((index * 7919) % 1300)) * Math.min(1, (article.daysAgo + 1) / 8)) : 0,
      deletedAt: timeline.deletedAt,
      createdAt: timeline.createdAt,
      updatedAt: timeline.updatedAt,
    });
  }
  const articleRows = await tx.article.createManyAndReturn({ data: rows, select: { id: true, slug: true } });
  const idBySlug = new Map(articleRows.map((row) => [row.slug, row.id]));
  const ids = rows.map((row) => idBySlug.get(row.slug)!);

  await tx.workflowEvent.createMany({
    data: plans.flatMap(({ timeline }, i) => timeline.events.map((event) => ({ ...event, articleId: ids[i] }))),
  });

  await tx.articleAttachment.createMany({
    data: plans.flatMap(({ article }, i) =>
      (article.attachments ?? []).map((key, sortOrder) => {
        const file = files.attachments.get(key)!;
        return { articleId: ids[i], fileId: fileIds.get(file.storageKey)!, sortOrder, title: file.title };
      }),
    ),
  });

  // What the file route reads to decide who may have each file.
  for (const [i, row] of rows.entries()) {
    const attachments = await tx.articleAttachment.findMany({ where: { articleId: ids[i] }, select: { fileId: true } });
    await recordFileKeys(tx, ids[i], { coverImageId: row.coverImageId ?? null, attachments: attachments.map((a) => ({ ...a, title: null })), body: row.body }, true);
  }

  const tagNames = [...new Set(articles.flatMap((article) => article.tags))];
  const tagRows = await tx.tag.createManyAndReturn({ data: tagNames.map((name) => ({ name, slug: slugify(name) })) });
  const tagIds = new Map(tagRows.map((row) => [row.name, row.id]));
  await tx.articleTag.createMany({
    data: plans.flatMap(({ article }, i) => article.tags.map((name) => ({ articleId: ids[i], tagId: tagIds.get(name)! }))),
  });

  return plans.map(({ article, timeline }, i) => ({
    id: ids[i],
    key: article.key,
    state: article.state,
    publishedAt: timeline.publishedAt,
    deleted: Boolean(article.deleted),
  }));
}
