/**
 * Rebuilds untrusted Tiptap JSON from the allowlist: the result holds only allowed nodes, marks and
 * attributes, in a shape the schema accepts. It never passes input objects through, so nothing the
 * browser sent survives unless a rule here copied it.
 */
import {
  DISCARDED_WITH_CONTENT,
  MAX_DEPTH,
  MAX_JSON_BYTES,
  MAX_NODES,
  markRule,
  nodeRule,
  stripControlCharacters,
  type AttributeRule,
} from "./allowlist";
import { build, paragraph, splitParagraph, toBlocks, toInline, withAttrs } from "./repair";
import type { RichTextDoc, RichTextMark, RichTextNode, SanitizeResult } from "./types";

const MESSAGES = {
  malformed: "Nội dung bài viết không đúng định dạng.",
  tooLarge: "Nội dung bài viết quá lớn (tối đa 2 MB).",
  tooManyNodes: "Nội dung bài viết quá dài (tối đa 20.000 thành phần).",
  tooDeep: "Nội dung bài viết lồng nhau quá sâu (tối đa 20 cấp).",
};

class LimitExceeded extends Error {}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Accepts the document as an object or as its JSON text (what a form field carries). */
export function sanitizeDocument(input: unknown): SanitizeResult {
  const parsed = parseWithinLimit(input);
  if (!parsed.ok) return parsed;
  if (!isRecord(parsed.value) || parsed.value.type !== "doc") return { ok: false, error: MESSAGES.malformed };

  try {
    const content = toBlocks(new Walker().children(parsed.value.content, 1));
    const doc: RichTextDoc = { type: "doc", content: content.length > 0 ? content : [paragraph([])] };
    return { ok: true, doc };
  } catch (error) {
    if (error instanceof LimitExceeded) return { ok: false, error: error.message };
    throw error;
  }
}

/**
 * Measures the size first, then walks a fresh JSON.parse copy: plain data only, so getters, prototypes
 * or objects shared between branches of the input cannot change what is checked.
 */
function parseWithinLimit(input: unknown): { ok: true; value: unknown } | { ok: false; error: string } {
  let json: string | undefined;
  try {
    json = typeof input === "string" ? input : JSON.stringify(input);
  } catch (error) {
    // Stack overflow on absurd nesting; cycles and BigInt are merely malformed.
    return { ok: false, error: error instanceof RangeError ? MESSAGES.tooDeep : MESSAGES.malformed };
  }
  if (json === undefined) return { ok: false, error: MESSAGES.malformed };
  if (json.length > MAX_JSON_BYTES || new TextEncoder().encode(json).length > MAX_JSON_BYTES) {
    return { ok: false, error: MESSAGES.tooLarge };
  }
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, error: MESSAGES.malformed };
  }
}

class Walker {
  private seen = 0;

  private count(depth: number) {
    if (++this.seen > MAX_NODES) throw new LimitExceeded(MESSAGES.tooManyNodes);
    if (depth > MAX_DEPTH) throw new LimitExceeded(MESSAGES.tooDeep);
  }

  children(raw: unknown, depth: number): RichTextNode[] {
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((child) => this.node(child, depth));
  }

  /** Zero nodes (dropped), one, or several (an unknown wrapper's children, a split paragraph). */
  private node(raw: unknown, depth: number): RichTextNode[] {
    this.count(depth);
    if (!isRecord(raw)) return [];
    const type = raw.type;
    if (type === "text") return this.text(raw);
    if (typeof type !== "string") return this.children(raw.content, depth + 1);
    if (DISCARDED_WITH_CONTENT.has(type.toLowerCase())) return [];

    const rule = nodeRule(type);
    // An unknown wrapper (a div, a custom block) gives way to what it holds.
    if (!rule) return this.children(raw.content, depth + 1);

    const children = rule.content === "none" ? [] : this.children(raw.content, depth + 1);
    const attrs = cleanAttrs(rule.attrs, raw.attrs);
    if (rule.required?.attrs.some((name) => attrs[name] === undefined)) {
      if (rule.required.otherwise === "drop") return [];
      const inline = toInline(children);
      return inline.length > 0 ? [paragraph(inline)] : [];
    }
    if (type === "paragraph") return splitParagraph(children);
    return build(type, rule.content, attrs, children);
  }

  private text(raw: Json): RichTextNode[] {
    if (typeof raw.text !== "string") return [];
    // NFC so that search and slugs see one spelling of each Vietnamese letter, however it was typed.
    const text = stripControlCharacters(raw.text).normalize("NFC");
    if (text === "") return []; // ProseMirror refuses empty text nodes
    const marks = this.marks(raw.marks);
    return [marks.length > 0 ? { type: "text", text, marks } : { type: "text", text }];
  }

  private marks(raw: unknown): RichTextMark[] {
    if (!Array.isArray(raw)) return [];
    const kept: RichTextMark[] = [];
    for (const mark of raw) {
      this.count(0);
      if (!isRecord(mark) || typeof mark.type !== "string") continue;
      const rule = markRule(mark.type);
      if (!rule || kept.some((existing) => existing.type === mark.type)) continue;
      const attrs = cleanAttrs(rule.attrs, mark.attrs);
      // A link whose target was refused is kept as its plain text.
      if (rule.required?.some((name) => attrs[name] === undefined)) continue;
      kept.push(withAttrs<RichTextMark>({ type: mark.type }, attrs));
    }
    return kept;
  }
}

function cleanAttrs(rules: Record<string, AttributeRule> | undefined, raw: unknown): Json {
  const cleaned: Json = {};
  if (!rules) return cleaned;
  const source = isRecord(raw) ? raw : {};
  for (const [name, rule] of Object.entries(rules)) {
    const value = rule(Object.hasOwn(source, name) ? source[name] : undefined);
    // Rules answer null or undefined for "refused"; either way the attribute is left out.
    if (value !== undefined && value !== null) cleaned[name] = value;
  }
  return cleaned;
}
