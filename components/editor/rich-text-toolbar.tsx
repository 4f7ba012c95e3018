"use client";

import type { Editor } from "@tiptap/react";
import { useEditorState } from "@tiptap/react";

type Button = { label: string; text: string; run: (editor: Editor) => void; active?: (editor: Editor) => boolean };

function askForLink(editor: Editor) {
  const previous = editor.getAttributes("link").href as string | undefined;
  const href = window.prompt("Địa chỉ liên kết (https://…). Để trống để bỏ liên kết:", previous ?? "https://");
  if (href === null) return;
  if (href.trim() === "") editor.chain().focus().extendMarkRange("link").unsetLink().run();
  else if (!editor.chain().focus().extendMarkRange("link").setLink({ href: href.trim() }).run()) {
    window.alert("Địa chỉ liên kết không hợp lệ. Chỉ dùng http, https, mailto hoặc tel.");
  }
}

const BUTTONS: Button[][] = [
  [
    { label: "Đoạn văn", text: "¶", run: (e) => e.chain().focus().setParagraph().run(), active: (e) => e.isActive("paragraph") },
    { label: "Đề mục cấp 2", text: "H2", run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(), active: (e) => e.isActive("heading", { level: 2 }) },
    { label: "Đề mục cấp 3", text: "H3", run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(), active: (e) => e.isActive("heading", { level: 3 }) },
  ],
  [
    { label: "In đậm", text: "B", run: (e) => e.chain().focus().toggleBold().run(), active: (e) => e.isActive("bold") },
    { label: "In nghiêng", text: "I", run: (e) => e.chain().focus().toggleItalic().run(), active: (e) => e.isActive("italic") },
    { label: "Gạch chân", text: "U", run: (e) => e.chain().focus().toggleUnderline().run(), active: (e) => e.isActive("underline") },
    { label: "Liên kết", text: "🔗", run: askForLink, active: (e) => e.isActive("link") },
  ],
  [
    { label: "Danh sách dấu đầu dòng", text: "•", run: (e) => e.chain().focus().toggleBulletList().run(), active: (e) => e.isActive("bulletList") },
    { label: "Danh sách đánh số", text: "1.", run: (e) => e.chain().focus().toggleOrderedList().run(), active: (e) => e.isActive("orderedList") },
    { label: "Trích dẫn", text: "❝", run: (e) => e.chain().focus().toggleBlockquote().run(), active: (e) => e.isActive("blockquote") },
    { label: "Đường kẻ ngang", text: "—", run: (e) => e.chain().focus().setHorizontalRule().run() },
  ],
  [
    { label: "Chèn bảng", text: "▦", run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
    { label: "Thêm hàng", text: "+hàng", run: (e) => e.chain().focus().addRowAfter().run() },
    { label: "Thêm cột", text: "+cột", run: (e) => e.chain().focus().addColumnAfter().run() },
    { label: "Xóa bảng", text: "−bảng", run: (e) => e.chain().focus().deleteTable().run() },
  ],
  [
    { label: "Hoàn tác", text: "↶", run: (e) => e.chain().focus().undo().run() },
    { label: "Làm lại", text: "↷", run: (e) => e.chain().focus().redo().run() },
  ],
];

export function RichTextToolbar({ editor }: { editor: Editor }) {
  // Re-render when the selection moves, so pressed states follow the cursor.
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => BUTTONS.flat().map((button) => button.active?.(current) ?? false),
  });
  let index = 0;
  return (
    <div role="toolbar" aria-label="Định dạng nội dung" className="flex flex-wrap gap-2 border-b border-gray-300 bg-gray-50 p-2">
      {BUTTONS.map((group, groupIndex) => (
        <div key={groupIndex} className="flex gap-1">
          {group.map((button) => {
            const pressed = active[index++];
            return (
              <button
                key={button.label}
                type="button"
                aria-label={button.label}
                title={button.label}
                aria-pressed={button.active ? pressed : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => button.run(editor)}
                className="min-w-9 rounded border border-gray-300 bg-white px-2 py-1 text-sm hover:bg-gray-100 aria-pressed:border-brand-600 aria-pressed:bg-brand-50"
              >
                {button.text}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
