// Where each checklist item leads: the field it is about, focused and scrolled clear of the sticky
// toolbar and save bar; for the body, the place in the text (the empty template section, the image
// without a caption, the http link) rather than just the top of the editor.
import type { Editor } from "@tiptap/react";
import { sectionHint } from "@/lib/articles/templates";

const FIELDS: [prefix: string, id: string][] = [
  ["title.", "truong-tieu-de"],
  ["sapo.", "truong-sapo"],
  ["category.", "truong-chuyen-muc"],
  ["cover.caption", "truong-chu-thich-anh"],
  ["cover.alt", "truong-mo-ta-anh"],
  ["attachment.", "truong-tep-dinh-kem"],
];

export function goToChecklistItem(code: string, editor: Editor | null): void {
  const field = FIELDS.find(([prefix]) => code.startsWith(prefix));
  if (field) {
    const element = document.getElementById(field[1]);
    const target = element?.matches("input, textarea, select") ? element : element?.querySelector<HTMLElement>("input, select, textarea, button");
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
    return;
  }
  if (!editor) return;
  const position = bodyPosition(code, editor);
  editor.chain().focus(position ?? "end").scrollIntoView().run();
  editor.view.dom.closest("[data-editor-frame]")?.scrollIntoView({ block: "nearest" });
}

function bodyPosition(code: string, editor: Editor): number | null {
  const { doc } = editor.state;
  let found: number | null = null;
  if (code === "template.empty") {
    let previousHeading: string | null = null;
    doc.forEach((node, offset) => {
      if (found !== null) return;
      if (previousHeading !== null && sectionHint(previousHeading) && node.textContent.trim() === "") found = offset + 1;
      previousHeading = node.type.name === "heading" ? node.textContent : null;
    });
    return found;
  }
  doc.descendants((node, position) => {
    if (found !== null) return false;
    if (code === "images.caption" && (node.type.name === "image" || (node.type.name === "figure" && node.textContent.trim() === ""))) {
      found = position + 1;
    }
    if (code === "links.http" && node.isText && node.marks.some((mark) => mark.type.name === "link" && String(mark.attrs.href).toLowerCase().startsWith("http:"))) {
      found = position;
    }
    return true;
  });
  return found;
}
