import Link from "next/link";
import type { PublicQuestionListing } from "@/lib/questions/public-queries";
import { formatDate } from "@/lib/vietnamese";

/** Answered questions as readers see them: title, field, who asked (as allowed) and who answered. */
export function QuestionList({ items }: { items: PublicQuestionListing[] }) {
  return (
    <ul className="divide-y divide-gray-200">
      {items.map((q) => (
        <li key={q.slug} className="py-4">
          <h2 className="text-lg font-semibold leading-snug">
            <Link href={`/hoi-dap/cau-hoi/${q.slug}`} className="text-brand-800 hover:underline">
              {q.title}
            </Link>
          </h2>
          <p className="mt-1 break-words text-sm">{q.excerpt}</p>
          <p className="mt-1 text-xs text-muted">
            {q.field.name} · Người hỏi: {q.asker} · Trả lời: {q.unitName} · {formatDate(q.answeredAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
