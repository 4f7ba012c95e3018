// Nhập từ Word: one uploaded .docx becomes one draft of the writer's unit — title, sapo, body with its
// headings, lists, tables, links and pictures (stored as the unit's uploads, with their captions).
// Order matters for "a refused file creates nothing": the package is inspected, converted and the body
// sanitized before anything is written; pictures are stored next, and taken back if the draft cannot be
// written.
import { z } from "zod";
import { refused } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { documentFromHtml } from "@/lib/richtext/from-html";
import { plainTextOfSanitized } from "@/lib/richtext/plain-text";
import { cleanFileName } from "@/lib/storage/file-name";
import { readLimited, type ByteSource } from "@/lib/storage/read-limited";
import type { FileStorage } from "@/lib/storage/types";
import { insertDraft, mayCreateIn } from "../create-draft";
import { recordFileKeys } from "../file-keys";
import { revisionData } from "../save-article";
import { convertDocx } from "./convert";
import { discardUploads } from "./discard-uploads";
import { inspectDocxPackage } from "./inspect-package";
import { DOCX_LIMITS, DOCX_MESSAGES } from "./limits";
import { shapeImportedHtml } from "./shape";
import { placeholdersIn, storeImages, StoreImagesError, withStoredImages } from "./store-images";

export type ImportDocxInput = { unitId: unknown; fileName: string; body: ByteSource };
export type ImportedDraft = { id: number; title: string; sapoProposed: boolean; images: number; refusedImages: number };
export type ImportDocxResult = { ok: true; value: ImportedDraft } | { ok: false; error: string };

const unitInput = z.coerce.number().int().positive();

export async function importDocx(actor: PolicyActor | null, input: ImportDocxInput, options: { storage?: FileStorage } = {}): Promise<ImportDocxResult> {
  const unitId = unitInput.safeParse(input.unitId);
  if (!unitId.success) return refused("Vui lòng chọn đơn vị của bài viết.");
  const gate = await mayCreateIn(actor, unitId.data);
  if (!gate.ok) return gate;
  const fileName = cleanFileName(input.fileName || "tai-lieu.docx");

  let read;
  try {
    read = await readLimited(input.body, () => DOCX_LIMITS.maxFileBytes);
  } catch {
    return refused("Tải tệp lên bị gián đoạn. Vui lòng thử lại.");
  }
  if (!read.ok) return refused(DOCX_MESSAGES.tooLarge);
  const inspected = inspectDocxPackage(read.bytes);
  if (!inspected.ok) return refused(inspected.error);

  const converted = await convertDocx(read.bytes);
  if (!converted.ok) return refused(DOCX_MESSAGES.broken);
  const shaped = shapeImportedHtml(converted.html);
  const sanitized = documentFromHtml(shaped.html);
  if (!sanitized.ok) return refused(`Không nhập được: ${sanitized.error}`);
  const used = placeholdersIn(sanitized.doc);
  if (used.size > DOCX_LIMITS.maxImages) return refused(DOCX_MESSAGES.tooManyImages);
  if (!shaped.title && !shaped.sapo && !plainTextOfSanitized(sanitized.doc).trim() && used.size === 0) return refused(DOCX_MESSAGES.noText);

  let images;
  try {
    images = await storeImages(actor!, unitId.data, fileName, converted.images, used, options.storage);
  } catch (error) {
    if (error instanceof StoreImagesError) {
      await discardUploads(error.stored, options.storage);
      throw error.cause;
    }
    throw error;
  }

  const body = withStoredImages(sanitized.doc, images.byIndex);
  const title = shaped.title.slice(0, 300);
  const sapo = shaped.sapo.slice(0, 2000);
  try {
    const draft = await db.$transaction(async (tx) => {
      const created = await insertDraft(tx, actor!.id, unitId.data, { title, sapo, body, bodyText: plainTextOfSanitized(body) }, `Nhập từ Word: ${fileName}`);
      const fields = { title, sapo, body, byline: null, source: null, categoryId: null, tags: [], coverImageId: null, coverCaption: null, coverAlt: null, attachments: [] };
      await recordFileKeys(tx, created.id, fields, true);
      await tx.articleRevision.create({ data: revisionData(created.id, "MANUAL", 1, fields, actor!.id) });
      return created;
    });
    return { ok: true, value: { id: draft.id, title, sapoProposed: sapo !== "", images: images.stored.length, refusedImages: images.refused } };
  } catch (error) {
    await discardUploads(images.stored, options.storage);
    throw error;
  }
}
