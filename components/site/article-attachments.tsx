import type { PublishedArticle } from "@/lib/articles/public-queries";
import { fileUrl } from "@/lib/storage/urls";
import { fileTypeLabel } from "@/lib/storage/file-types";
import { formatFileSize } from "@/lib/vietnamese";

export function ArticleAttachments({ attachments }: { attachments: PublishedArticle["attachments"] }) {
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="tep-dinh-kem" className="mt-8 rounded border border-gray-200 bg-gray-50 p-4">
      <h2 id="tep-dinh-kem" className="text-base font-bold">Tệp đính kèm</h2>
      <ul className="mt-2 space-y-2">
        {attachments.map((file) => (
          <li key={file.storageKey} className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <a href={fileUrl(file.storageKey, true)} className="font-semibold text-brand-700 underline" download={file.originalName}>
              {file.title ?? file.originalName}
            </a>
            <span className="text-muted">
              ({fileTypeLabel(file.mimeType)}, {formatFileSize(file.size)})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
