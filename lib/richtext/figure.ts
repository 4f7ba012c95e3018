import { Node } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { safeImageSrc } from "./urls";

/**
 * An image with its caption, as the news format asks: `<figure><img src alt><figcaption>…</figcaption></figure>`.
 * The caption is inline content (so it can carry italics or a link); the image lives in attributes
 * because it is not editable text.
 */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  content: "inline*",
  draggable: true,
  isolating: true,

  addAttributes() {
    return {
      src: {
        default: null,
        parseHTML: (element) => element.querySelector("img")?.getAttribute("src") ?? null,
        rendered: false,
      },
      alt: {
        default: "",
        parseHTML: (element) => element.querySelector("img")?.getAttribute("alt") ?? "",
        rendered: false,
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => (element.querySelector("img[src]") ? null : false),
        // A pasted figure without a caption still parses, with an empty one.
        contentElement: (element) =>
          element.querySelector("figcaption") ?? element.ownerDocument.createElement("figcaption"),
      },
    ];
  },

  renderHTML({ node }) {
    // Checked again here, not only in the sanitizer: the editor renders with this same code.
    const src = safeImageSrc(node.attrs.src);
    const caption: DOMOutputSpec = ["figcaption", 0];
    if (!src) return ["figure", caption];
    return ["figure", ["img", { src, alt: typeof node.attrs.alt === "string" ? node.attrs.alt : "", loading: "lazy", decoding: "async" }], caption];
  },
});
