import { db } from "@/lib/db";
import { articleScopeWhere, unitsInScope } from "@/lib/articles/scope";
import { can, type PolicyActor } from "@/lib/policy";
import type { Prisma } from "@/generated/prisma/client";
import { dayRange, type ModerationFilters } from "./filters";
import { COMMENT_STATES, type CommentStateName } from "./labels";

// Bình luận, the moderation queue: what a moderator may see. A portal-wide moderator sees every
// comment; one limited to some units sees only comments under those units' articles.

export const QUEUE_PAGE_SIZE = 50;

/** Which comments this person moderates; null when none. */
export function moderationScope(actor: PolicyActor): Prisma.CommentWhereInput | null {
  const units = unitsInScope(actor, "comment.moderate");
  if (units === "all") return {};
  return units.length > 0 ? { article: articleScopeWhere(actor, "comment.moderate") } : null;
}

/** How many comments wait for this person (the count beside Bình luận in the workspace menu). */
export async function countPendingComments(actor: PolicyActor): Promise<number> {
  const scope = moderationScope(actor);
  return scope ? db.comment.count({ where: { ...scope, state: "PENDING" } }) : 0;
}

export type QueueComment = {
  id: number;
  state: CommentStateName;
  authorName: string;
  /** Null when this person may not see it. */
  authorEmail: string | null;
  content: string;
  flaggedWords: string[];
  createdAt: Date;
  reply: string | null;
  repliedAt: Date | null;
  repliedBy: string | null;
  moderatedAt: Date | null;
  moderatedBy: string | null;
  article: { id: number; title: string; slug: string; state: string; unitName: string };
};

export type ModerationQueue = {
  items: QueueComment[];
  counts: Record<CommentStateName, number>;
  total: number;
  page: number;
  pageCount: number;
  /** What the filters offer: units and articles in this person's scope that have comments. */
  units: { id: number; name: string }[];
  articles: { id: number; title: string }[];
};

function filterWhere(filters: ModerationFilters): Prisma.CommentWhereInput {
  const where: Prisma.CommentWhereInput = {};
  if (filters.articleId) where.articleId = filters.articleId;
  if (filters.unitId) where.article = { unitId: filters.unitId };
  const range = dayRange(filters);
  if (range.gte || range.lt) where.createdAt = range;
  if (filters.q) {
    where.OR = [
      { content: { contains: filters.q, mode: "insensitive" } },
      { authorName: { contains: filters.q, mode: "insensitive" } },
    ];
  }
  return where;
}

export async function listModerationQueue(actor: PolicyActor, filters: ModerationFilters): Promise<ModerationQueue | null> {
  const scope = moderationScope(actor);
  if (!scope) return null;
  // Both conditions may name the article (scope: its unit among mine; filter: one unit): AND keeps both.
  const base: Prisma.CommentWhereInput = { AND: [scope, filterWhere(filters)] };
  const where: Prisma.CommentWhereInput = { ...base, state: filters.state };

  const [grouped, total] = await Promise.all([
    db.comment.groupBy({ by: ["state"], where: base, _count: { _all: true } }),
    db.comment.count({ where }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const [rows, units, articles] = await Promise.all([
    db.comment.findMany({
      where,
      // The waiting ones oldest first (the queue is worked through in order); the others newest first.
      orderBy: [{ createdAt: filters.state === "PENDING" ? "asc" : "desc" }, { id: "asc" }],
      skip: (page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
      select: {
        id: true,
        state: true,
        authorName: true,
        authorEmail: true,
        content: true,
        flaggedWords: true,
        createdAt: true,
        reply: true,
        repliedAt: true,
        repliedBy: { select: { name: true } },
        moderatedAt: true,
        moderatedBy: { select: { name: true } },
        article: { select: { id: true, title: true, slug: true, state: true, unitId: true, unit: { select: { name: true } } } },
      },
    }),
    db.unit.findMany({
      where: { articles: { some: { comments: { some: scope } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.article.findMany({
      where: { comments: { some: scope }, ...(filters.unitId ? { unitId: filters.unitId } : {}) },
      orderBy: { publishedAt: "desc" },
      take: 300,
      select: { id: true, title: true },
    }),
  ]);

  const counts = Object.fromEntries(COMMENT_STATES.map((state) => [state, 0])) as Record<CommentStateName, number>;
  for (const group of grouped) counts[group.state] = group._count._all;

  return {
    items: rows.map((row) => ({
      id: row.id,
      state: row.state,
      authorName: row.authorName,
      authorEmail: can(actor, "comment.viewEmail", { unitId: row.article.unitId }) ? row.authorEmail : null,
      content: row.content,
      flaggedWords: row.flaggedWords,
      createdAt: row.createdAt,
      reply: row.reply,
      repliedAt: row.repliedAt,
      repliedBy: row.repliedBy?.name ?? null,
      moderatedAt: row.moderatedAt,
      moderatedBy: row.moderatedBy?.name ?? null,
      article: { id: row.article.id, title: row.article.title, slug: row.article.slug, state: row.article.state, unitName: row.article.unit.name },
    })),
    counts,
    total,
    page,
    pageCount,
    units,
    articles,
  };
}
