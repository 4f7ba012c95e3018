import type { Prisma } from "@/generated/prisma/client";
import { slugify } from "@/lib/vietnamese";

/** Sets an article's tags by name; a tag is one per slug, so "Luật đất đai" and "luật Đất Đai" are one tag. */
export async function replaceTags(tx: Prisma.TransactionClient, articleId: number, names: string[]): Promise<void> {
  const tagIds: number[] = [];
  for (const name of names) {
    const slug = slugify(name, 60);
    const tag = await tx.tag.upsert({ where: { slug }, update: {}, create: { name, slug }, select: { id: true } });
    if (!tagIds.includes(tag.id)) tagIds.push(tag.id);
  }
  await tx.articleTag.deleteMany({ where: { articleId, tagId: { notIn: tagIds } } });
  await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId, tagId })), skipDuplicates: true });
}
