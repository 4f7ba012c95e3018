// Tải tệp lên: one uploaded file becomes one StoredFile row. Images are re-encoded (reencode-image.ts),
// documents are kept as sent; either way nothing is stored until the bytes are known to be an accepted
// type within the limits, and a failure half-way leaves no bytes behind.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { detectFileType, hasImageSignature } from "./detect-type";
import { cleanFileName } from "./file-name";
import { getStorage } from "./index";
import { readLimited, type ByteSource } from "./read-limited";
import { reencodeImage } from "./reencode-image";
import type { FileStorage } from "./types";
import { DOCUMENT_MAX_BYTES, DOCUMENT_TOO_LARGE, IMAGE_MAX_BYTES, IMAGE_TOO_LARGE } from "./upload-limits";

// "site" (issue 14): the portal's own images, i.e. the emblem chosen in Cài đặt. They belong to no unit,
// so the administrator's `admin.settings` right stands in for `file.upload` in a unit.
export type UploadPurpose = "image" | "attachment" | "site";

export type UploadInput = {
  /** Not sent for "site" uploads. */
  unitId?: number;
  /** "image": a cover or a picture in the body (images only); "attachment": documents and images. */
  purpose: UploadPurpose;
  /** The name on the uploader's machine; cleaned before it is kept. */
  fileName: string;
  /** The browser's MIME type for the file, if any: a claim checked against the bytes. */
  claimedType?: string;
  /** The file: its bytes, or a stream read with a byte counter that stops at the size limit. */
  body: ByteSource;
};

/** Another stored size of an image (the StoredFile's `variants`), narrower than the main one. */
export type ImageVariant = { width: number; height: number; storageKey: string; mimeType: string; size: number };

export type UploadedFile = {
  id: number;
  storageKey: string;
  originalName: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  variants: ImageVariant[];
};

/** Why an upload was refused, so the route can answer with the right HTTP status. */
export type UploadRefusalReason = "forbidden" | "invalid" | "too-large" | "unsupported-type";

export type UploadResult = { ok: true; value: UploadedFile } | { ok: false; error: string; fieldErrors?: Record<string, string>; reason: UploadRefusalReason };

const inputSchema = z.object({
  unitId: z.coerce.number({ message: "Chưa chọn đơn vị." }).int("Chưa chọn đơn vị.").positive("Chưa chọn đơn vị."),
  purpose: z.enum(["image", "attachment"], { message: "Mục đích tải lên không hợp lệ." }),
  fileName: z.string({ message: "Thiếu tên tệp." }),
  claimedType: z.string().optional(),
});
const siteInputSchema = inputSchema.extend({ unitId: z.unknown().optional().transform(() => null), purpose: z.literal("site") });

function refusal(reason: UploadRefusalReason, error: string): UploadResult {
  return { ...refused(error), reason };
}

/**
 * Stores one uploaded file for `unitId` (policy `file.upload` in that unit) and records who sent it.
 * Refusals are results with a Vietnamese message; only failures nobody caused (the database, the disk)
 * throw, after removing whatever this upload had written. `options.storage` replaces the configured
 * storage (tests).
 */
export async function uploadFile(actor: PolicyActor | null, input: UploadInput, options: { storage?: FileStorage } = {}): Promise<UploadResult> {
  const parsed = (input.purpose === "site" ? siteInputSchema : inputSchema).safeParse(input);
  if (!parsed.success) return refusal("invalid", parsed.error.issues[0].message);
  const { unitId, purpose, claimedType } = parsed.data;
  const allowed = unitId === null ? check(actor, "admin.settings") : check(actor, "file.upload", { unitId });
  if (!allowed.ok) return refusal("forbidden", allowed.error);
  const read = await readUpload(input.body, { fileName: parsed.data.fileName, claimedType, accept: purpose === "attachment" ? "any" : "image" });
  if (!read.ok) return refusal(read.reason, read.error);
  const file = await storeAndRecord(actor!, { unitId, purpose, originalName: read.originalName, pieces: read.pieces }, options.storage ?? getStorage());
  return { ok: true, value: file };
}

export type ReadUploadResult = { ok: true; originalName: string; pieces: Piece[] } | { ok: false; reason: UploadRefusalReason; error: string };

/**
 * Reads one upload and checks it, storing nothing: the bytes within the limit (images and documents have
 * their own, unless `maxBytes` sets one for both), a type of the one table recognised from the bytes,
 * images re-encoded. Shared by uploadFile and forms that store a file with their own row (Gửi câu hỏi).
 */
export async function readUpload(
  body: ByteSource,
  options: { fileName: string; claimedType?: string; accept: "any" | "image"; maxBytes?: { bytes: number; message: string } },
): Promise<ReadUploadResult> {
  const originalName = cleanFileName(options.fileName);
  const fail = (reason: UploadRefusalReason, error: string): ReadUploadResult => ({ ok: false, reason, error });
  let read;
  try {
    read = await readLimited(body, (head) =>
      options.maxBytes ? options.maxBytes.bytes : options.accept !== "any" || hasImageSignature(head) ? IMAGE_MAX_BYTES : DOCUMENT_MAX_BYTES,
    );
  } catch {
    return fail("invalid", "Tải tệp lên bị gián đoạn. Vui lòng thử lại.");
  }
  if (!read.ok) return fail("too-large", options.maxBytes ? options.maxBytes.message : read.limit === IMAGE_MAX_BYTES ? IMAGE_TOO_LARGE : DOCUMENT_TOO_LARGE);

  const detected = detectFileType(read.bytes, { fileName: originalName, claimedType: options.claimedType, accept: options.accept });
  if (!detected.ok) return fail(read.bytes.length === 0 ? "invalid" : "unsupported-type", detected.error);

  if (detected.type.kind === "image") {
    const encoded = await reencodeImage(read.bytes, originalName);
    if (!encoded.ok) return fail("unsupported-type", encoded.error);
    return { ok: true, originalName, pieces: encoded.images };
  }
  return { ok: true, originalName, pieces: [{ bytes: read.bytes, mimeType: detected.type.mimeType, width: null, height: null }] };
}

export type Piece = { bytes: Buffer; mimeType: string; width: number | null; height: number | null };

/**
 * Writes the pieces (widest first) and the StoredFile row in one transaction that holds an advisory
 * lock per content hash, so a concurrent upload of the same bytes cannot have its bytes removed by this
 * upload's clean-up (nor the reverse). Identical bytes are stored once (keys are content hashes) but
 * each upload gets its own row, so every unit's attachment keeps the name it was uploaded under.
 */
async function storeAndRecord(
  actor: PolicyActor,
  upload: { unitId: number | null; purpose: UploadPurpose; originalName: string; pieces: Piece[] },
  storage: FileStorage,
): Promise<UploadedFile> {
  const hashes = contentHashes(upload.pieces);
  const written: string[] = [];
  try {
    return await db.$transaction(
      async (tx) => {
        const row = await writeStoredFile(tx, storage, written, { ...upload, uploadedById: actor.id });
        await writeAudit(tx, {
          actorId: actor.id,
          action: "file.upload",
          targetType: "StoredFile",
          targetId: row.id,
          change: {
            unitId: upload.unitId,
            purpose: upload.purpose,
            originalName: upload.originalName,
            mimeType: row.mimeType,
            size: row.size,
          },
        });
        return row;
      },
      // Storage writes happen inside: give a slow disk or remote store time.
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    await removeUnreferenced(written, hashes, storage).catch((cleanupError) => {
      console.error("Không dọn được tệp của lần tải lên thất bại", cleanupError);
    });
    throw error;
  }
}

export function contentHashes(pieces: Piece[]): string[] {
  return pieces.map((piece) => createHash("sha256").update(piece.bytes).digest("hex"));
}

/**
 * Inside the caller's transaction: locks the pieces' content hashes, writes their bytes (pushing each key
 * onto `written`, for the caller's clean-up with removeUnreferenced when the transaction fails) and
 * records the StoredFile row.
 */
export async function writeStoredFile(
  tx: Prisma.TransactionClient,
  storage: FileStorage,
  written: string[],
  upload: { unitId: number | null; originalName: string; pieces: Piece[]; uploadedById: number | null },
): Promise<UploadedFile> {
  await lockContent(tx, contentHashes(upload.pieces));
  const stored = [];
  for (const piece of upload.pieces) {
    const object = await storage.put(piece.bytes);
    written.push(object.storageKey);
    stored.push({ ...piece, ...object });
  }
  const [main, ...others] = stored;
  const variants: ImageVariant[] = others.map((v) => ({ width: v.width!, height: v.height!, storageKey: v.storageKey, mimeType: v.mimeType, size: v.size }));
  const row = await tx.storedFile.create({
    data: {
      storageKey: main.storageKey,
      originalName: upload.originalName,
      mimeType: main.mimeType,
      size: main.size,
      sha256: main.sha256,
      width: main.width,
      height: main.height,
      variants: variants as Prisma.InputJsonValue,
      uploadedById: upload.uploadedById,
      unitId: upload.unitId,
    },
  });
  return toUploadedFile(row);
}

function toUploadedFile(row: {
  id: number;
  storageKey: string;
  originalName: string;
  mimeType: string;
  size: number;
  width: number | null;
  height: number | null;
  variants: Prisma.JsonValue;
}): UploadedFile {
  const { id, storageKey, originalName, mimeType, size, width, height } = row;
  return { id, storageKey, originalName, mimeType, size, width, height, variants: (row.variants ?? []) as ImageVariant[] };
}

async function lockContent(tx: Prisma.TransactionClient, hashes: string[]): Promise<void> {
  // Sorted, so two uploads sharing several hashes always lock them in the same order (no deadlock).
  for (const hash of [...new Set(hashes)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`stored-file:${hash}`}, 0))`;
  }
}

/** Removes the keys this upload wrote that no StoredFile uses, as main file or as variant. */
export async function removeUnreferenced(keys: string[], hashes: string[], storage: FileStorage): Promise<void> {
  if (keys.length === 0) return;
  await db.$transaction(
    async (tx) => {
      await lockContent(tx, hashes);
      for (const storageKey of new Set(keys)) {
        const references = await tx.storedFile.count({
          where: { OR: [{ storageKey }, { variants: { array_contains: [{ storageKey }] } }] },
        });
        if (references === 0) await storage.remove(storageKey);
      }
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
}
