import type { Prisma } from "@/generated/prisma/client";
import { numberKeyOf } from "./search-words";

// What an article and a Hỏi đáp answer share when their staff set the documents they cite
// (set-article-citations.ts, lib/questions/set-question-citations.ts): the số/ký hiệu typed, and
// the published documents those numbers name, in the order given.

/** The numbers as typed: strings only, trimmed, without blanks or repeats. */
export function citedNumbers(raw: unknown): string[] {
  return Array.isArray(raw) ? [...new Set(raw.filter((n): n is string => typeof n === "string").map((n) => n.trim()).filter(Boolean))] : [];
}

/** The published documents' ids, in the order of the numbers; the first number the library lacks refuses them all. */
export async function publishedDocumentIds(tx: Prisma.TransactionClient, numbers: string[]): Promise<{ ok: true; ids: number[] } | { ok: false; error: string }> {
  const documents = await tx.legalDocument.findMany({
    where: { numberKey: { in: numbers.map(numberKeyOf) }, state: "PUBLISHED" },
    orderBy: { id: "asc" },
    select: { id: true, numberKey: true },
  });
  const ids: number[] = [];
  for (const number of numbers) {
    const found = documents.find((d) => d.numberKey === numberKeyOf(number));
    if (!found) return { ok: false, error: `Không tìm thấy văn bản số ${number} trong thư viện văn bản đã xuất bản.` };
    if (!ids.includes(found.id)) ids.push(found.id);
  }
  return { ok: true, ids };
}
