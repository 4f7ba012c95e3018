// The one table of file types the portal accepts: how the bytes are recognised (detect-type.ts), which
// claims a name or MIME type may make for them (their family), what they are stored and sent as, and the
// short label readers recognise beside an attachment's name. Pure: shared by the server and the browser.

export type FileKind = "image" | "document";

/** A group of types that a name or a MIME type may claim. */
export type Family = "image" | "pdf" | "word" | "excel" | "powerpoint" | "odt" | "ods" | "odp";

export type FileType = {
  kind: FileKind;
  mimeType: string;
  /** Lower-case, with the dot. */
  extension: string;
};

type TypeEntry = FileType & { family: Family; label: string };

export const TYPES = {
  jpeg: { kind: "image", mimeType: "image/jpeg", extension: ".jpg", family: "image", label: "Ảnh JPEG" },
  png: { kind: "image", mimeType: "image/png", extension: ".png", family: "image", label: "Ảnh PNG" },
  webp: { kind: "image", mimeType: "image/webp", extension: ".webp", family: "image", label: "Ảnh WebP" },
  gif: { kind: "image", mimeType: "image/gif", extension: ".gif", family: "image", label: "Ảnh GIF" },
  pdf: { kind: "document", mimeType: "application/pdf", extension: ".pdf", family: "pdf", label: "PDF" },
  doc: { kind: "document", mimeType: "application/msword", extension: ".doc", family: "word", label: "Word" },
  docx: { kind: "document", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: ".docx", family: "word", label: "Word" },
  xls: { kind: "document", mimeType: "application/vnd.ms-excel", extension: ".xls", family: "excel", label: "Excel" },
  xlsx: { kind: "document", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: ".xlsx", family: "excel", label: "Excel" },
  ppt: { kind: "document", mimeType: "application/vnd.ms-powerpoint", extension: ".ppt", family: "powerpoint", label: "PowerPoint" },
  pptx: { kind: "document", mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: ".pptx", family: "powerpoint", label: "PowerPoint" },
  odt: { kind: "document", mimeType: "application/vnd.oasis.opendocument.text", extension: ".odt", family: "odt", label: "OpenDocument" },
  ods: { kind: "document", mimeType: "application/vnd.oasis.opendocument.spreadsheet", extension: ".ods", family: "ods", label: "OpenDocument" },
  odp: { kind: "document", mimeType: "application/vnd.oasis.opendocument.presentation", extension: ".odp", family: "odp", label: "OpenDocument" },
} as const satisfies Record<string, TypeEntry>;
export type TypeName = keyof typeof TYPES;

const LABEL_BY_MIME = new Map<string, string>(Object.values(TYPES).map((type) => [type.mimeType, type.label]));
const MIME_BY_EXTENSION = new Map<string, string>(Object.values(TYPES).map((type) => [type.extension, type.mimeType]));

/** The label shown beside an attachment's name ("PDF", "Word", "Ảnh JPEG"…). */
export function fileTypeLabel(mimeType: string): string {
  return LABEL_BY_MIME.get(mimeType) ?? "Tệp";
}

/** The MIME type of a stored key's extension (keys end in the type's extension). */
export function mimeTypeOfExtension(extension: string): string {
  return MIME_BY_EXTENSION.get(extension) ?? "application/octet-stream";
}
