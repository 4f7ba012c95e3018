"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";
import { useState } from "react";
import { LinkDialog } from "./link-dialog";
import { TOOLBAR_ICONS } from "./toolbar-icons";

type Button = { label: string; icon: keyof typeof TOOLBAR_ICONS; run: (editor: Editor) => void; active?: (editor: Editor) => boolean };

const BUTTONS: Button[][] = [
  [
    { label: "Đoạn văn", icon: "paragraph", run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive("paragraph") },
    { label: "Đề mục cấp 2", icon: "heading2", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive("heading", { level: 2 }) },
    { label: "Đề mục cấp 3", icon: "heading3", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive("heading", { level: 3 }) },
  ],
  [
    { label: "In đậm", icon: "bold", run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
    { label: "In nghiêng", icon: "italic", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
    { label: "Gạch chân", icon: "underline", run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive("underline") },
  ],
  [
    { label: "Danh sách dấu đầu dòng", icon: "bulletList", run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive("bulletList") },
    { label: "Danh sách đánh số", icon: "orderedList", run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive("orderedList") },
    { label: "Trích dẫn", icon: "quote", run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive("blockquote") },
    { label: "Đường kẻ ngang", icon: "rule", run: (e) => e.chain().focus().setHorizontalRule().run() },
    { label: "Chèn bảng", icon: "table", run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  ],
  [
    { label: "Hoàn tác", icon: "undo", run: (e) => e.chain().focus().undo().run() },
    { label: "Làm lại", icon: "redo", run: (e) => e.chain().focus().redo().run() },
  ],
];

/** Shown only while the cursor is in a table: in words, since they are few and rarely used. */
const TABLE_TOOLS: { label: string; run: (editor: Editor) => void }[] = [
  { label: "Thêm hàng", run: (e) => e.chain().focus().addRowAfter().run() },
  { label: "Thêm cột", run: (e) => e.chain().focus().addColumnAfter().run() },
  { label: "Xóa hàng", run: (e) => e.chain().focus().deleteRow().run() },
  { label: "Xóa cột", run: (e) => e.chain().focus().deleteColumn().run() },
  { label: "Xóa bảng", run: (e) => e.chain().focus().deleteTable().run() },
];

const BUTTON_CLASS =
  "inline-flex h-10 min-w-10 items-center justify-center rounded border border-gray-300 bg-white px-2 text-sm hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-brand-600 aria-pressed:border-brand-700 aria-pressed:bg-brand-50 aria-pressed:text-brand-800";

/**
 * Sticky at the top of the editor, so it stays in reach while a long body scrolls on a phone. Every
 * button is an SVG icon named in words (aria-label, and the same words as its tooltip).
 */
export function RichTextToolbar({ editor }: { editor: Editor }) {
  const [linkOpen, setLinkOpen] = useState(false);
  // Re-render when the selection moves, so pressed states and the table tools follow the cursor.
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      pressed: BUTTONS.flat().map((button) => button.active?.(current) ?? false),
      link: current.isActive("link"),
      inTable: current.isActive("table"),
    }),
  });
  let index = 0;
  const tableTool = (button: (typeof TABLE_TOOLS)[number]) => (
    <button key={button.label} type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => button.run(editor)} className={BUTTON_CLASS}>
      {button.label}
    </button>
  );
  return (
    <div role="toolbar" aria-label="Định dạng nội dung" className="sticky top-0 z-10 space-y-2 rounded-t border-b border-gray-300 bg-gray-50 p-2">
      <div className="flex flex-wrap gap-x-2 gap-y-1">
        {BUTTONS.map((group, groupIndex) => (
          <div key={groupIndex} className="flex flex-wrap gap-1">
            {group.map((button) => {
              const pressed = state.pressed[index++];
              return (
                <button
                  key={button.label}
                  type="button"
                  aria-label={button.label}
                  title={button.label}
                  aria-pressed={button.active ? pressed : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => button.run(editor)}
                  className={BUTTON_CLASS}
                >
                  {TOOLBAR_ICONS[button.icon]}
                </button>
              );
            })}
            {groupIndex === 1 && (
              <button type="button" aria-label="Liên kết" title="Liên kết" aria-pressed={state.link} aria-haspopup="dialog" onMouseDown={(event) => event.preventDefault()} onClick={() => setLinkOpen(true)} className={BUTTON_CLASS}>
                {TOOLBAR_ICONS.link}
              </button>
            )}
          </div>
        ))}
      </div>
      {state.inTable && (
        <div role="group" aria-label="Công cụ bảng" className="flex flex-wrap gap-1 border-t border-gray-200 pt-2">
          {TABLE_TOOLS.map(tableTool)}
        </div>
      )}
      {linkOpen && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
    </div>
  );
}
