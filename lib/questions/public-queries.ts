import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { Prisma } from "@/generated/prisma/client";
import { QUESTIONS_TAG, UNITS_TAG } from "@/lib/cache-tags";
import { renderArticleHtml } from "@/lib/richtext";
import { parseSearchQuery, termFoldedText } from "@/lib/search/query";
import { shownAskerName, QUESTION_STATE_LABELS, type QuestionStateName } from "./labels";

// What readers see of Hỏi đáp pháp luật: answered questions only, with the asker's name as they
// allowed (else initials) and never their contact. Read through Next's data cache under the questions
// tag (expired when an answer is published) and the units tag (the answering unit's name). Plain
// data only: dates as ISO strings.

const SAFETY_REVALIDATE_SECONDS = 3600;
export const QUESTIONS_PER_PAGE = 15;

function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), ["public-questions", name, JSON.stringify(args)], {
      tags: [QUESTIONS_TAG, UNITS_TAG],
      revalidate: SAFETY_REVALIDATE_SECONDS,
    })();
}

export type PublicQuestionListing = {
  slug: string;
  title: string;
  asker: string;
  field: { name: string; slug: string };
  unitName: string;
  answeredAt: string;
  excerpt: string;
};

const listingSelect = {
  slug: true,
  title: true,
  askerName: true,
  showName: true,
  content: true,
  answeredAt: true,
  field: { select: { name: true, slug: true } },
  unit: { select: { name: true } },
} satisfies Prisma.QuestionSelect;

function toListing(row: Prisma.QuestionGetPayload<{ select: typeof listingSelect }>): PublicQuestionListing {
  return {
    slug: row.slug,
    title: row.title,
    asker: shownAskerName(row),
    field: row.field,
    unitName: row.unit?.name ?? "",
    answeredAt: row.answeredAt?.toISOString() ?? "",
    excerpt: row.content.length > 220 ? `${row.content.slice(0, 219)}…` : row.content,
  };
}

const answered = { state: "ANSWERED" } satisfies Prisma.QuestionWhereInput;

export type FieldWithCount = { id: number; name: string; slug: string; count: number };

/** The fields with at least one answered question, for the filter on /hoi-dap. */
export const getAnsweredFields = cached("fields", async (): Promise<FieldWithCount[]> => {
  const groups = await db.question.groupBy({ by: ["fieldId"], where: answered, _count: { _all: true } });
  const fields = await db.legalField.findMany({ where: { id: { in: groups.map((g) => g.fieldId) } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  return fields.map((f) => ({ id: f.id, name: f.name, slug: f.slug, count: groups.find((g) => g.fieldId === f.id)?._count._all ?? 0 }));
});

/** Answered questions, newest first, of one field or all; with a query, those matching it without diacritics. */
export const getAnsweredQuestions = cached(
  "list",
  async (options: { fieldSlug?: string; query?: string; page?: number }): Promise<{ items: PublicQuestionListing[]; total: number; page: number; pageCount: number }> => {
    const page = Math.max(1, Math.floor(options.page ?? 1));
    const where: Prisma.QuestionWhereInput = { ...answered, ...(options.fieldSlug && { field: { slug: options.fieldSlug } }) };
    const ids = options.query ? await matchingIds(options.query) : null;
    if (ids) where.id = { in: ids };
    const [total, rows] = await Promise.all([
      db.question.count({ where }),
      db.question.findMany({
        where,
        select: listingSelect,
        orderBy: [{ answeredAt: "desc" }, { id: "desc" }],
        skip: (page - 1) * QUESTIONS_PER_PAGE,
        take: QUESTIONS_PER_PAGE,
      }),
    ]);
    return { items: rows.map(toListing), total, page, pageCount: Math.max(1, Math.ceil(total / QUESTIONS_PER_PAGE)) };
  },
);

/**
 * Answered questions containing every term of the query, ignoring diacritics (lib/search/query.ts reads
 * the query the same way as the article search), in the title, the question or the answer.
 */
async function matchingIds(raw: string): Promise<number[]> {
  const { terms } = parseSearchQuery(raw);
  if (terms.length === 0) return [];
  const conditions = terms.map((term) => {
    const pattern = `%${termFoldedText(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return Prisma.sql`(lower(public.immutable_unaccent(title)) LIKE ${pattern}
      OR lower(public.immutable_unaccent(content)) LIKE ${pattern}
      OR lower(public.immutable_unaccent("answerText")) LIKE ${pattern})`;
  });
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "Question" WHERE state = 'ANSWERED' AND ${Prisma.join(conditions, " AND ")} LIMIT 1000`;
  return rows.map((r) => r.id);
}

export type PublicQuestion = PublicQuestionListing & { content: string; answerHtml: string; answerText: string; askedAt: string; unitSlug: string | null };

export const getAnsweredQuestion = cached("page", async (slug: string): Promise<PublicQuestion | null> => {
  const row = await db.question.findFirst({
    where: { ...answered, slug },
    select: { ...listingSelect, answerBody: true, answerText: true, createdAt: true, unit: { select: { name: true, slug: true } } },
  });
  if (!row) return null;
  return {
    ...toListing(row),
    content: row.content,
    answerHtml: renderArticleHtml(row.answerBody),
    answerText: row.answerText,
    askedAt: row.createdAt.toISOString(),
    unitSlug: row.unit?.slug ?? null,
  };
});

/** For the sitemap and RSS: every answered question's address and date. */
export const getAnsweredForFeeds = cached("feeds", async (limit: number): Promise<{ slug: string; title: string; answeredAt: string; excerpt: string }[]> => {
  const rows = await db.question.findMany({ where: answered, select: { slug: true, title: true, answeredAt: true, content: true }, orderBy: { answeredAt: "desc" }, take: limit });
  return rows.map((r) => ({ slug: r.slug, title: r.title, answeredAt: r.answeredAt?.toISOString() ?? "", excerpt: r.content.slice(0, 300) }));
});

export type QuestionStatus = {
  code: string;
  title: string;
  state: QuestionStateName;
  stateLabel: string;
  receivedAt: string;
  dueAt: string;
  unitName: string | null;
  declineReason: string | null;
  slug: string | null;
};

/**
 * Tra cứu câu hỏi by its code: the state, where it is and what happened, never the contact details
 * (whoever holds the code sees only what the asker would). Not cached: it changes with every step.
 */
export async function findQuestionStatus(code: string): Promise<QuestionStatus | null> {
  const row = await db.question.findUnique({
    where: { code },
    select: { code: true, title: true, state: true, createdAt: true, dueAt: true, declineReason: true, slug: true, unit: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    code: row.code,
    title: row.title,
    state: row.state,
    stateLabel: QUESTION_STATE_LABELS[row.state],
    receivedAt: row.createdAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    unitName: row.unit?.name ?? null,
    declineReason: row.state === "DECLINED" ? row.declineReason : null,
    slug: row.state === "ANSWERED" ? row.slug : null,
  };
}

/** The form's lists: active communes and wards, and the fields not hidden. */
export async function getQuestionFormOptions(): Promise<{ communes: { id: number; name: string }[]; fields: { id: number; name: string }[] }> {
  const [communes, fields] = await Promise.all([
    db.unit.findMany({ where: { type: "COMMUNE", status: "ACTIVE" }, select: { id: true, name: true }, orderBy: [{ name: "asc" }] }),
    db.legalField.findMany({ where: { hidden: false }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  return { communes, fields };
}
