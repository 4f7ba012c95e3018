import { STORAGE_PATH_PREFIX, safeImageSrc } from "./urls";
import type { RichTextNode } from "./types";

/** The storage keys of the images a body shows (`/tep/<key>` sources), each once, in order. */
export function imageKeysOf(doc: unknown): string[] {
  const keys = new Set<string>();
  const visit = (node: RichTextNode) => {
    const src = safeImageSrc(node.attrs?.src);
    if (src) keys.add(src.slice(STORAGE_PATH_PREFIX.length));
    node.content?.forEach(visit);
  };
  if (doc && typeof doc === "object") visit(doc as RichTextNode);
  return [...keys];
}
