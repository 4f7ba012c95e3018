import { SiteLink as Link } from "@/components/site/site-link";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { JsonLd } from "@/components/site/json-ld";
import { formatDay } from "@/lib/documents/days";
import type { PublishedDocument } from "@/lib/documents/public-queries";
import { absoluteUrl } from "@/lib/site/url";
import { fileTypeLabel } from "@/lib/storage/file-types";
import { fileUrl } from "@/lib/storage/urls";
import { formatFileSize } from "@/lib/vietnamese";
import { EffectBadge } from "./effect-badge";

// One document: its metadata, the PDF shown in the page by the browser's own viewer, downloads, the
// documents it relates to both ways, the articles citing it, and schema.org Legislation data.

export function legislationData(document: PublishedDocument, url: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    name: `${document.typeLabel} ${document.number}`,
    legislationIdentifier: document.number,
    legislationType: document.typeLabel,
    abstract: document.summary,
    legislationDate: document.issuedOn,
    ...(document.effectiveFrom ? { legislationDateVersion: document.effectiveFrom } : {}),
    legislationPassedBy: { "@type": "Organization", name: document.issuer },
    // schema.org's LegalForceStatus has no "not yet": a document not yet in force is not in force.
    legislationLegalForce: `https://schema.org/${document.effect === "IN_FORCE" ? "InForce" : document.effect === "PARTLY_EXPIRED" ? "PartiallyInForce" : "NotInForce"}`,
    inLanguage: "vi",
    url,
    ...(document.files.length > 0 ? { encoding: document.files.map((f) => ({ "@type": "MediaObject", encodingFormat: f.mimeType, contentUrl: absoluteUrl(fileUrl(f.storageKey)) })) } : {}),
  };
}

export function DocumentView({ document, url }: { document: PublishedDocument; url: string }) {
  const pdf = document.files.find((f) => f.mimeType === "application/pdf");
  const rows: [string, React.ReactNode][] = [
    ["Số/ký hiệu", document.number],
    ["Loại văn bản", document.typeLabel],
    ["Cơ quan ban hành", document.issuer],
    ["Người ký", document.signer],
    ["Ngày ban hành", formatDay(document.issuedOn)],
    ["Ngày có hiệu lực", document.effectiveFrom ? formatDay(document.effectiveFrom) : null],
    ["Ngày hết hiệu lực", document.expiresOn ? formatDay(document.expiresOn) : null],
    ["Tình trạng hiệu lực", <EffectBadge key="e" effect={document.effect} />],
    ["Lĩnh vực", document.field ? <Link key="f" href={`/van-ban?linh-vuc=${document.field.slug}`} className="underline">{document.field.name}</Link> : null],
  ];
  return (
    <article>
      <JsonLd data={legislationData(document, url)} />
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Văn bản pháp luật", href: "/van-ban" }, { label: `${document.typeLabel} ${document.number}` }]} />
      <h1 className="break-words text-2xl font-bold">{document.typeLabel} {document.number}</h1>
      <p className="mt-2 text-lg">{document.summary}</p>
      <dl className="mt-4 grid gap-x-4 gap-y-1 rounded border border-gray-200 bg-white p-4 text-sm sm:grid-cols-[11rem_1fr]">
        {rows.filter(([, value]) => value).map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>

      {document.files.length > 0 && (
        <section aria-labelledby="tai-ve" className="mt-6">
          <h2 id="tai-ve" className="text-lg font-bold">Tải về</h2>
          <ul className="mt-2 space-y-1">
            {document.files.map((file) => (
              <li key={file.storageKey}>
                <a href={fileUrl(file.storageKey, true)} className="break-all underline">{file.originalName}</a>{" "}
                <span className="text-sm text-muted">({fileTypeLabel(file.mimeType)}, {formatFileSize(file.size)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {pdf && (
        <section aria-labelledby="xem-van-ban" className="no-print mt-6">
          <h2 id="xem-van-ban" className="text-lg font-bold">Xem văn bản</h2>
          <iframe title={`Nội dung ${document.typeLabel} ${document.number}`} src={fileUrl(pdf.storageKey)} className="mt-2 h-[70vh] w-full rounded border border-gray-300 bg-white" />
          <p className="mt-1 text-sm"><a href={fileUrl(pdf.storageKey)} className="underline" target="_blank" rel="noopener">Mở tệp PDF trong cửa sổ mới</a></p>
        </section>
      )}

      {document.relations.length > 0 && (
        <section aria-labelledby="lien-quan" className="mt-6">
          <h2 id="lien-quan" className="text-lg font-bold">Văn bản liên quan</h2>
          <ul className="mt-2 space-y-2">
            {document.relations.map((r) => (
              <li key={`${r.relation}-${r.slug}`}>
                <span className="font-semibold">{r.relation}:</span>{" "}
                <Link href={`/van-ban/${r.slug}`} className="underline">{r.typeLabel} {r.number}</Link> — {r.summary}
              </li>
            ))}
          </ul>
        </section>
      )}

      {document.citedBy.length > 0 && (
        <section aria-labelledby="bai-trich-dan" className="mt-6">
          <h2 id="bai-trich-dan" className="text-lg font-bold">Bài viết trích dẫn văn bản này</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {document.citedBy.map((a) => <li key={a.slug}><Link href={`/bai-viet/${a.slug}`} className="underline">{a.title}</Link></li>)}
          </ul>
        </section>
      )}
    </article>
  );
}
