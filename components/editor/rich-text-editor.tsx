"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { richTextExtensions } from "@/lib/richtext/extensions";
import { cleanPastedHtml } from "./clean-pasted-html";
import { RichTextToolbar } from "./rich-text-toolbar";

type Props = {
  /** The document to start from; a new value (e.g. a restored revision) replaces the content. */
  content: unknown;
  contentKey: number;
  onChange: (doc: unknown) => void;
  onReady?: (editor: Editor) => void;
  labelledBy: string;
};

export function RichTextEditor({ content, contentKey, onChange, onReady, labelledBy }: Props) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  const editor = useEditor({
    extensions: richTextExtensions,
    content: content as object,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        class: "article-body min-h-80 px-4 py-3 focus:outline-none",
      },
      transformPastedHTML: cleanPastedHtml,
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

  return (
    <div className="rounded border border-gray-400 bg-white focus-within:outline-2 focus-within:outline-brand-600">
      {editor && <RichTextToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
