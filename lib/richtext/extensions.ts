import type { Extensions } from "@tiptap/core";
import { Image } from "@tiptap/extension-image";
import { Table, TableCell, TableHeader, TableRow } from "@tiptap/extension-table";
import { StarterKit } from "@tiptap/starter-kit";
import { Figure } from "./figure";
import { safeImageSrc, safeLinkHref } from "./urls";

/**
 * Tables render as plain `<table><tbody>`: Tiptap's default adds a colgroup and inline width styles,
 * which readers' CSS should decide and which would keep inline styles in the published HTML.
 */
const ArticleTable = Table.extend({
  renderHTML({ HTMLAttributes }) {
    return ["table", HTMLAttributes, ["tbody", 0]];
  },
});

/** Only images from our own storage render, in the editor as on the public page. */
const ArticleImage = Image.extend({
  renderHTML({ HTMLAttributes }) {
    const src = safeImageSrc(HTMLAttributes.src);
    // Lazily: a phone on a slow connection fetches a picture only when the reader scrolls near it.
    return ["img", { src: src ?? "", alt: typeof HTMLAttributes.alt === "string" ? HTMLAttributes.alt : "", loading: "lazy", decoding: "async" }];
  },
}).configure({ inline: false, allowBase64: false });

/**
 * The one list of extensions behind both the browser editor and the server renderer, so what an editor
 * can make is exactly what the public page can show. Must not import anything server-only.
 * StarterKit 3 already contains Link and Underline: they are configured here, never added again.
 */
export const richTextExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      HTMLAttributes: { rel: "noopener noreferrer nofollow" },
      // The same rule as the sanitizer, so the editor refuses what the server would strip anyway.
      isAllowedUri: (url) => safeLinkHref(url) !== null,
    },
    underline: {},
  }),
  ArticleTable,
  TableRow,
  TableHeader,
  TableCell,
  ArticleImage,
  Figure,
];
