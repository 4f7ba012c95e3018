/** Tiptap/ProseMirror JSON as stored in the database, after sanitizing. */
export interface RichTextMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichTextNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

export interface RichTextDoc extends RichTextNode {
  type: "doc";
  content: RichTextNode[];
}

export type SanitizeResult = { ok: true; doc: RichTextDoc } | { ok: false; error: string };
