"use client";

import { useId, useState } from "react";

/** Từ khóa: type and press Enter (or a comma); existing tags are suggested as you type. */
export function TagsInput({ tags, suggestions, onChange }: { tags: string[]; suggestions: string[]; onChange: (tags: string[]) => void }) {
  const [draft, setDraft] = useState("");
  const listId = useId();
  const add = () => {
    const tag = draft.replace(/,/g, " ").replace(/\s+/g, " ").trim();
    if (tag && !tags.some((t) => t.toLocaleLowerCase("vi") === tag.toLocaleLowerCase("vi"))) onChange([...tags, tag]);
    setDraft("");
  };
  return (
    <div>
      <label htmlFor="truong-tu-khoa" className="block text-sm font-semibold">Từ khóa</label>
      {tags.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label="Từ khóa đã chọn">
          {tags.map((tag) => (
            <li key={tag} className="flex items-center gap-1 rounded-full bg-gray-100 px-3 py-1 text-sm">
              {tag}
              <button type="button" aria-label={`Bỏ từ khóa ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))} className="text-muted hover:text-red-700">
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id="truong-tu-khoa"
        list={listId}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === ",") {
            event.preventDefault();
            add();
          }
        }}
        onBlur={add}
        placeholder="Nhập từ khóa rồi nhấn Enter"
        className="mt-1 w-full rounded border border-gray-400 px-3 py-2"
      />
      <datalist id={listId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </div>
  );
}
