import { db } from "@/lib/db";

export type CategoryRow = { id: number; name: string; slug: string; hidden: boolean; sortOrder: number; articleCount: number };

/** Every category, hidden ones included, in the order the public site lists them. */
export async function listCategoriesForAdmin(): Promise<CategoryRow[]> {
  const categories = await db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true, hidden: true, sortOrder: true, _count: { select: { articles: true } } },
  });
  return categories.map(({ _count, ...category }) => ({ ...category, articleCount: _count.articles }));
}
