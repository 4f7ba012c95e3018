// A file may go on an article only if the person saving it may see it: they uploaded it for the
// article's unit, the article already uses (or used) it, or readers can already see it. File ids are
// sequential and keys end up in the editor, so without this anyone could attach another unit's draft
// file to their own article and read it.
import type { FieldErrors } from "@/lib/action-result";
import type { Prisma } from "@/generated/prisma/client";
import type { PolicyActor } from "@/lib/policy";
import { imageKeysOf } from "@/lib/richtext/image-keys";
import { publiclyShownKeys } from "@/lib/storage/file-access";
import type { ArticleFields } from "./article-fields";

const COVER_REFUSED = "Ảnh đại diện không dùng được cho bài viết này. Vui lòng tải ảnh lên lại.";
const ATTACHMENT_REFUSED = "Có tệp đính kèm không dùng được cho bài viết này. Vui lòng tải tệp lên lại.";
const BODY_IMAGE_REFUSED = "Có ảnh trong nội dung không dùng được cho bài viết này. Vui lòng tải ảnh lên lại.";

type Target = { id: number; unitId: number };

/**
 * Field errors for the files the fields name that this person may not use on this article. A file that
 * does not exist gets the same message as one they may not use, so ids cannot be probed.
 */
export async function checkFileReferences(
  tx: Prisma.TransactionClient,
  actor: PolicyActor,
  article: Target,
  fields: Pick<ArticleFields, "coverImageId" | "attachments" | "body">,
): Promise<FieldErrors | null> {
  const ids = [fields.coverImageId, ...fields.attachments.map((file) => file.fileId)].filter((id): id is number => id !== null);
  const bodyKeys = imageKeysOf(fields.body);
  if (ids.length === 0 && bodyKeys.length === 0) return null;

  const files = new Map(
    (await tx.storedFile.findMany({ where: { id: { in: ids } }, select: { id: true, storageKey: true, mimeType: true, uploadedById: true, unitId: true } })).map(
      (file) => [file.id, file],
    ),
  );
  const used = new Set(
    (await tx.articleFileKey.findMany({ where: { articleId: article.id }, select: { storageKey: true } })).map((row) => row.storageKey),
  );
  const candidates = [...new Set([...[...files.values()].map((file) => file.storageKey), ...bodyKeys])].filter((key) => !used.has(key));
  const visible = new Set([...used, ...(await publiclyShownKeys(tx, candidates))]);
  const ownUpload = (file: { uploadedById: number | null; unitId: number | null }) => file.uploadedById === actor.id && file.unitId === article.unitId;
  const mayUse = (id: number) => {
    const file = files.get(id);
    return file !== undefined && (ownUpload(file) || visible.has(file.storageKey));
  };

  if (fields.coverImageId !== null && (!mayUse(fields.coverImageId) || !files.get(fields.coverImageId)!.mimeType.startsWith("image/"))) {
    return { coverImageId: COVER_REFUSED };
  }
  if (!fields.attachments.every((file) => mayUse(file.fileId))) return { attachments: ATTACHMENT_REFUSED };

  const unseen = bodyKeys.filter((key) => !visible.has(key));
  if (unseen.length > 0) {
    // Images in the body are named by key (main bytes or a smaller size) rather than by id.
    const uploaded = await tx.storedFile.findMany({
      where: { uploadedById: actor.id, unitId: article.unitId, OR: unseen.map((storageKey) => ({ OR: [{ storageKey }, { variants: { array_contains: [{ storageKey }] } }] })) },
      select: { storageKey: true, variants: true },
    });
    const ownKeys = new Set(uploaded.flatMap((file) => [file.storageKey, ...((file.variants ?? []) as { storageKey: string }[]).map((v) => v.storageKey)]));
    if (!unseen.every((key) => ownKeys.has(key))) return { body: BODY_IMAGE_REFUSED };
  }
  return null;
}
