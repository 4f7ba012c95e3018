import type { DiffPart } from "@/lib/articles/text-diff";

/** What changed, word by word: additions underlined in green, removals struck through in red. */
export function TextChanges({ parts }: { parts: DiffPart[] }) {
  return (
    <p className="whitespace-pre-wrap text-sm leading-relaxed">
      {parts.map((part, index) =>
        part.kind === "same" ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={index} className="bg-green-100 text-green-900 underline decoration-green-700">
            <span className="sr-only">[thêm: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : (
          <del key={index} className="bg-red-100 text-red-900">
            <span className="sr-only">[bỏ: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ),
      )}
    </p>
  );
}
