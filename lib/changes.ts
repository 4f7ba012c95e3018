// What a use case changed that readers can see, reported from inside its transaction so the caller
// never has to read the database again to know which public pages to expire. Pure: lib/site/
// revalidate.ts (applyChanges) turns it into cache tags; the internal route accepts it as JSON.

/** What the public pages of an article are stored under. */
export type ArticleCacheRef = {
  id: number;
  slug: string;
  /** The owning unit (its pages list the article). */
  unitId: number;
  /** The unit that wrote it, when it differs (after a merge). */
  originalUnitId?: number | null;
  categoryId: number | null;
};

/** One article as it was before the change and as it is after (null: not before readers). */
export type ArticleChange = { before: ArticleCacheRef | null; after: ArticleCacheRef | null };

export type Changes = {
  articles?: ArticleChange[];
  /** Articles whose approved comments changed. */
  comments?: number[];
  units?: true;
  categories?: true;
  settings?: true;
  /** Văn bản pháp luật: a published document (or its effect) changed; its list, pages and citations expire. */
  documents?: true;
  /** Hỏi đáp pháp luật: a question's answer was published; /hoi-dap, its pages, RSS and sitemap expire. */
  questions?: true;
  /** Thi tìm hiểu pháp luật: a contest, its rounds, question bank, results or prizes changed. */
  contests?: true;
};

/** The article seen before and after, e.g. a correction that moved it to another category. */
export function articleChanged(before: ArticleCacheRef | null, after: ArticleCacheRef | null): Changes {
  return { articles: [{ before, after }] };
}
