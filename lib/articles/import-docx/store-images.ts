// The pictures of an imported document become uploads of the article's unit through the same code as
// any upload (type check, re-encoding, sizes, audit). A picture the upload refuses (Word's EMF/WMF
// drawings, a broken image) is left out of the body and counted, so the writer is told.
import type { PolicyActor } from "@/lib/policy";
import type { RichTextDoc, RichTextNode } from "@/lib/richtext/types";
import type { FileStorage } from "@/lib/storage/types";
import { uploadFile, type UploadedFile } from "@/lib/storage/upload-file";
import { fileUrl } from "@/lib/storage/urls";
import type { ExtractedImage } from "./convert";
import { placeholderIndex } from "./placeholders";

export type StoredImages = { stored: UploadedFile[]; byIndex: Map<number, UploadedFile>; refused: number };

const EXTENSIONS: Record<string, string> = { "image/jpeg": "jpg", "image/png": "png", "image/gif": "gif", "image/webp": "webp" };

/**
 * Stores the pictures the body still shows. Throws only on failures nobody caused (database, disk),
 * after the caller has been handed nothing: what was stored so far is in `stored` of the error.
 */
export async function storeImages(
  actor: PolicyActor,
  unitId: number,
  documentName: string,
  images: ExtractedImage[],
  used: Set<number>,
  storage?: FileStorage,
): Promise<StoredImages> {
  const result: StoredImages = { stored: [], byIndex: new Map(), refused: 0 };
  const base = documentName.replace(/\.docx$/i, "");
  for (const image of images) {
    if (!used.has(image.index)) continue;
    let upload;
    try {
      upload = await uploadFile(
        actor,
        {
          unitId,
          purpose: "image",
          fileName: `${base} - ảnh ${image.index + 1}.${EXTENSIONS[image.contentType] ?? "bin"}`,
          claimedType: image.contentType,
          body: image.bytes,
        },
        { storage },
      );
    } catch (error) {
      throw new StoreImagesError(result.stored, error);
    }
    if (upload.ok) {
      result.stored.push(upload.value);
      result.byIndex.set(image.index, upload.value);
    } else {
      result.refused++;
    }
  }
  return result;
}

export class StoreImagesError extends Error {
  constructor(
    readonly stored: UploadedFile[],
    readonly cause: unknown,
  ) {
    super("Storing an imported document's pictures failed");
  }
}

/** The placeholder indexes the sanitized body still shows. */
export function placeholdersIn(doc: RichTextDoc): Set<number> {
  const found = new Set<number>();
  const visit = (node: RichTextNode) => {
    const index = placeholderIndex(node.attrs?.src);
    if (index !== null) found.add(index);
    node.content?.forEach(visit);
  };
  doc.content.forEach(visit);
  return found;
}

/** The body with each placeholder replaced by its stored picture's address, refused pictures left out. */
export function withStoredImages(doc: RichTextDoc, byIndex: Map<number, UploadedFile>): RichTextDoc {
  const replace = (nodes: RichTextNode[]): RichTextNode[] =>
    nodes.flatMap((node) => {
      const index = placeholderIndex(node.attrs?.src);
      if (index !== null) {
        const file = byIndex.get(index);
        if (!file) return [];
        return [{ ...node, attrs: { ...node.attrs, src: fileUrl(file.storageKey) } }];
      }
      return [node.content ? { ...node, content: replace(node.content) } : node];
    });
  return { ...doc, content: replace(doc.content) };
}
