import { STORAGE_PATH_PREFIX } from "@/lib/richtext/urls";

// Until the pictures are stored, the body names them by position with an address of the shape the
// sanitizer accepts (so figures survive it); store-images.ts swaps each for the stored file's address.
const PREFIX = `${STORAGE_PATH_PREFIX}nhap-tu-word-anh-`;

export const placeholderSrc = (index: number) => `${PREFIX}${index}`;

export function placeholderIndex(src: unknown): number | null {
  if (typeof src !== "string" || !src.startsWith(PREFIX)) return null;
  const index = Number(src.slice(PREFIX.length));
  return Number.isInteger(index) && index >= 0 ? index : null;
}
