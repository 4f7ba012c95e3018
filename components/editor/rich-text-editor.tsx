"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef } from "react";
import { richTextExtensions } from "@/lib/richtext/extensions";
import { cleanPastedHtml } from "./clean-pasted-html";
import { hintPlaceholders } from "./hint-placeholders";
import { RichTextToolbar } from "./rich-text-toolbar";

type Props = {
  /** The document to start from; a new value (e.g. a restored revision) replaces the content. */
  content: unknown;
  contentKey: number;
  onChange: (doc: unknown) => void;
  onReady?: (editor: Editor) => void;
  labelledBy: string;
  /** A hint shown in an empty body (never saved); Mẫu tin hints under template headings show anyway. */
  placeholder?: string;
};

// The hints are CSS ::before content from data-goi-y, so they are not text of the document.
const HINT_STYLE =
  "[&_.goi-y-mau]:before:pointer-events-none [&_.goi-y-mau]:before:float-left [&_.goi-y-mau]:before:h-0 [&_.goi-y-mau]:before:italic [&_.goi-y-mau]:before:text-gray-600 [&_.goi-y-mau]:before:content-[attr(data-goi-y)]";

export function RichTextEditor({ content, contentKey, onChange, onReady, labelledBy, placeholder }: Props) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  const extensions = useMemo(() => [...richTextExtensions, hintPlaceholders(placeholder)], [placeholder]);

  const editor = useEditor({
    extensions,
    content: content as object,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        class: `article-body min-h-80 px-4 py-3 focus:outline-none ${HINT_STYLE}`,
      },
      transformPastedHTML: cleanPastedHtml,
      // Keep the cursor clear of the sticky toolbar above and the sticky save bar below.
      scrollMargin: { top: 130, bottom: 120, left: 8, right: 8 },
      scrollThreshold: { top: 130, bottom: 120, left: 8, right: 8 },
    },
    onUpdate: ({ editor: current }) => onChangeRef.current(current.getJSON()),
  });

  useEffect(() => {
    if (editor) onReady?.(editor);
  }, [editor, onReady]);

  // Restoring a revision hands in new content under a new key.
  const shownKey = useRef(contentKey);
  useEffect(() => {
    if (editor && shownKey.current !== contentKey) {
      shownKey.current = contentKey;
      editor.commands.setContent(content as object, { emitUpdate: false });
    }
  }, [editor, content, contentKey]);

  // No overflow clipping here: it would stop the toolbar's position: sticky at this box.
  return (
    <div className="rounded border border-gray-400 bg-white focus-within:outline-2 focus-within:outline-brand-600">
      {editor && <RichTextToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
