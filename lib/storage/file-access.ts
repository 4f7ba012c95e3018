// Who may have a stored file (app/tep/[...key]). Readers: while an article they can read shows it.
// Staff: what they uploaded themselves, and every file of an article the policy lets them view,
// including its earlier revisions and a correction waiting for review, and the attachment of a question
// they may view (lib/questions/file-access.ts; never public). Everyone else: 404, as if the
// file did not exist.
import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { can, holdsPortalWide, type PolicyActor } from "@/lib/policy";
import { findServedFile, type ServedFile } from "./served-file";
import { isSiteFileKey } from "./site-files";
import { findPublishedDocumentFile, staffMayHaveDocumentFile } from "@/lib/documents/file-access";
import { staffMayHaveQuestionFile } from "@/lib/questions/file-access";

type Client = Prisma.TransactionClient | typeof db;

/** Published, not in the bin: what readers can read (lib/articles/public-queries.ts `visibleToReaders`). */
const readable = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.ArticleWhereInput;

/** Of `keys`, those a published article currently shows. */
export async function publiclyShownKeys(client: Client, keys: readonly string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const rows = await client.articleFileKey.findMany({
    where: { storageKey: { in: [...keys] }, current: true, article: readable },
    select: { storageKey: true },
    distinct: ["storageKey"],
  });
  return rows.map((row) => row.storageKey);
}

export type FileAccess = { file: ServedFile; audience: "public" | "staff" };

/** The file behind `storageKey` and who it is served as, or null when this requester may not have it. */
export async function findAccessibleFile(storageKey: string, actor: PolicyActor | null): Promise<FileAccess | null> {
  if ((await publiclyShownKeys(db, [storageKey])).length > 0) {
    // Identical bytes uploaded twice share a key: readers get the name a published article gave it,
    // never the name of someone's unpublished upload.
    const file = await findServedFile(storageKey, { OR: [{ attachedTo: { some: { article: readable } } }, { coverOf: { some: readable } }] });
    return file ? { file, audience: "public" } : null;
  }
  // The emblem chosen in Cài đặt is on every public page (site-files.ts).
  if (await isSiteFileKey(storageKey)) {
    const file = await findServedFile(storageKey);
    return file ? { file, audience: "public" } : null;
  }
  // Văn bản pháp luật: a published document's files are public like a published article's.
  const documentFile = await findPublishedDocumentFile(storageKey);
  if (documentFile) return { file: documentFile, audience: "public" };
  if (!actor) return null;
  const file = await findServedFile(storageKey);
  if (!file) return null;
  if (await uploadedBy(storageKey, actor.id)) return { file, audience: "staff" };
  if (await staffMayHaveDocumentFile(storageKey, actor)) return { file, audience: "staff" };
  // Hỏi đáp: a question's attachment is never public, only for staff who may view the question.
  if (await staffMayHaveQuestionFile(storageKey, actor)) return { file, audience: "staff" };
  // Only articles of the person's own units can pass, unless the policy grants viewing portal-wide.
  const units = holdsPortalWide(actor, "article.view") ? undefined : { in: actor.memberships.map((m) => m.unitId) };
  const users = await db.articleFileKey.findMany({
    where: { storageKey, article: { unitId: units } },
    select: { article: { select: { unitId: true, writerId: true, state: true } } },
  });
  return users.some(({ article }) => can(actor, "article.view", article)) ? { file, audience: "staff" } : null;
}

async function uploadedBy(storageKey: string, userId: number): Promise<boolean> {
  const count = await db.storedFile.count({
    where: { uploadedById: userId, OR: [{ storageKey }, { variants: { array_contains: [{ storageKey }] } }] },
  });
  return count > 0;
}
