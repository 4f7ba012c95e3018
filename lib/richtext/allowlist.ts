/**
 * Everything an article body may contain: node types, marks, and for each the attributes kept and how
 * their values are checked. Anything not named here is dropped by the sanitizer. Kept in step with
 * extensions.ts: a type allowed here must exist there, or rendering would fail.
 */
import { safeImageSrc, safeLinkHref } from "./urls";

/** Cleans one attribute value; undefined means "leave the attribute out". */
export type AttributeRule = (value: unknown) => unknown;

/** Where a node may stand, which decides how a misplaced one is repaired. */
export type NodeRole = "block" | "inline" | "listItem" | "tableRow" | "tableCell";

/** What a node may contain, mirroring the schema's content expressions. */
export type ContentRule = "blocks" | "listItemBlocks" | "inline" | "listItems" | "tableRows" | "tableCells" | "none";

export interface NodeRule {
  role: NodeRole;
  content: ContentRule;
  attrs?: Record<string, AttributeRule>;
  /** Attributes the node means nothing without; when one is refused the node becomes `otherwise`. */
  required?: { attrs: string[]; otherwise: "drop" | "paragraph" };
}

export interface MarkRule {
  attrs?: Record<string, AttributeRule>;
  required?: string[];
}

export const MAX_DEPTH = 20;
export const MAX_NODES = 20_000;
export const MAX_JSON_BYTES = 2 * 1024 * 1024;

function boundedInteger(min: number, max: number, omitted: number): AttributeRule {
  return (value) =>
    typeof value === "number" && Number.isInteger(value) && value >= min && value <= max && value !== omitted
      ? value
      : undefined;
}

/**
 * Plain text kept in an attribute (alt, title). Angle brackets go: the serializer may leave them
 * unescaped inside quoted attributes, which is valid HTML but trips every filter downstream of us
 * (feed readers, mail clients) and is never needed in a caption or tooltip.
 */
function attributeText(maxLength: number): AttributeRule {
  return (value) =>
    typeof value === "string" ? stripControlCharacters(value).replace(/[<>]/g, "").trim().slice(0, maxLength) : undefined;
}

/** Levels 1–2 read as 2 and 4–6 as 3, so pasted h1/h4 headings keep their rank; anything else is no heading. */
const headingLevel: AttributeRule = (value) => {
  if (value === undefined) return 2;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 6) return undefined;
  return value <= 2 ? 2 : 3;
};

export function stripControlCharacters(text: string): string {
  // Tab and line feeds are ordinary text; the other C0/C1 controls only ever hide things.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "");
}

const imageAttrs = { src: safeImageSrc, alt: attributeText(500) };

export const NODE_RULES: Readonly<Record<string, NodeRule>> = {
  paragraph: { role: "block", content: "inline" },
  heading: { role: "block", content: "inline", attrs: { level: headingLevel }, required: { attrs: ["level"], otherwise: "paragraph" } },
  blockquote: { role: "block", content: "blocks" },
  bulletList: { role: "block", content: "listItems" },
  orderedList: { role: "block", content: "listItems", attrs: { start: boundedInteger(0, 100_000, 1) } },
  listItem: { role: "listItem", content: "listItemBlocks" },
  horizontalRule: { role: "block", content: "none" },
  hardBreak: { role: "inline", content: "none" },
  image: { role: "block", content: "none", attrs: imageAttrs, required: { attrs: ["src"], otherwise: "drop" } },
  figure: { role: "block", content: "inline", attrs: imageAttrs, required: { attrs: ["src"], otherwise: "paragraph" } },
  table: { role: "block", content: "tableRows" },
  tableRow: { role: "tableRow", content: "tableCells" },
  tableCell: { role: "tableCell", content: "blocks", attrs: { colspan: boundedInteger(1, 50, 1), rowspan: boundedInteger(1, 500, 1) } },
  tableHeader: { role: "tableCell", content: "blocks", attrs: { colspan: boundedInteger(1, 50, 1), rowspan: boundedInteger(1, 500, 1) } },
};

export const MARK_RULES: Readonly<Record<string, MarkRule>> = {
  bold: {},
  italic: {},
  underline: {},
  strike: {},
  // target and rel are not taken from input: the Link extension's defaults (noopener…) always apply.
  link: { attrs: { href: safeLinkHref, title: attributeText(300) }, required: ["href"] },
};

/** Unknown nodes are unwrapped to their text, except these, whose content is never meant as reading matter. */
export const DISCARDED_WITH_CONTENT = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math",
  "template", "noscript", "head", "meta", "base", "title",
]);

export function nodeRule(type: string): NodeRule | undefined {
  // hasOwn, not `in`: "constructor" or "__proto__" must not find Object.prototype's members.
  return Object.hasOwn(NODE_RULES, type) ? NODE_RULES[type] : undefined;
}

export function markRule(type: string): MarkRule | undefined {
  return Object.hasOwn(MARK_RULES, type) ? MARK_RULES[type] : undefined;
}
