// Hints in the body, shown as placeholders and never saved: the Mẫu tin's advice under each of its
// headings while the paragraph below is empty, and a general hint in an empty body. They are
// decorations (CSS ::before from data-goi-y), so the document, what is saved and what readers see hold
// no trace of them; typing the first letter makes them go.
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { sectionHint } from "@/lib/articles/templates";

export const HINT_CLASS = "goi-y-mau";

export function hintPlaceholders(emptyBodyHint: string | undefined) {
  return Extension.create({
    name: "hintPlaceholders",
    addProseMirrorPlugins() {
      return [
        new Plugin({
          key: new PluginKey("hintPlaceholders"),
          props: {
            decorations(state) {
              const decorations: Decoration[] = [];
              const { doc } = state;
              const onlyEmptyParagraph = doc.childCount === 1 && doc.firstChild?.type.name === "paragraph" && doc.firstChild.content.size === 0;
              if (onlyEmptyParagraph && emptyBodyHint) {
                decorations.push(Decoration.node(0, doc.firstChild!.nodeSize, { class: HINT_CLASS, "data-goi-y": emptyBodyHint }));
              }
              let previous: { name: string; text: string } | null = null;
              doc.forEach((node, offset) => {
                if (node.type.name === "paragraph" && node.content.size === 0 && previous?.name === "heading") {
                  const hint = sectionHint(previous.text);
                  if (hint) decorations.push(Decoration.node(offset, offset + node.nodeSize, { class: HINT_CLASS, "data-goi-y": hint }));
                }
                previous = { name: node.type.name, text: node.textContent };
              });
              return DecorationSet.create(doc, decorations);
            },
          },
        }),
      ];
    },
  });
}
