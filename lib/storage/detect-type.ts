// What an uploaded file really is, decided by its bytes; the name and the browser's MIME type are only
// a claim to check against. Pure: no I/O, table-tested in detect-type.test.ts.
//
// Only an allowlist gets through: JPEG, PNG, WebP and GIF images; PDF, Word, Excel, PowerPoint and
// OpenDocument documents. Everything else (SVG, HTML, XML, scripts, programs, plain archives, unknown
// bytes) is refused, and so is a file whose bytes are not what its name says.
//
// Polyglots: a JPEG or PDF may still carry `<script` or `<html` in its first bytes and is accepted as
// what its signature says. That is safe here because images are decoded and re-encoded by sharp (the
// stored bytes are sharp's, not the uploader's), and documents are served with
// `X-Content-Type-Options: nosniff`, their true Content-Type, and a `sandbox` CSP (download-headers.ts),
// so no browser will run them as a page in our origin.
import { TYPES, type Family, type FileType, type TypeName } from "./file-types";

export type { FileKind, FileType } from "./file-types";

export type Detection = { ok: true; type: FileType } | { ok: false; error: string };

const FAMILY_NOUN: Record<Family, string> = {
  image: "ảnh JPEG, PNG, WebP hoặc GIF",
  pdf: "tài liệu PDF",
  word: "tài liệu Word",
  excel: "bảng tính Excel",
  powerpoint: "bản trình chiếu PowerPoint",
  odt: "văn bản OpenDocument",
  ods: "bảng tính OpenDocument",
  odp: "bản trình chiếu OpenDocument",
};

const FAMILY_OF = Object.fromEntries(Object.entries(TYPES).map(([name, type]) => [name, type.family])) as Record<TypeName, Family>;

/** Every accepted MIME type, for `<input accept>` and for checking a claim. */
export const ACCEPTED_MIME_TYPES: readonly string[] = Object.values(TYPES).map((type) => type.mimeType);
export const IMAGE_MIME_TYPES: readonly string[] = Object.values(TYPES)
  .filter((type) => type.kind === "image")
  .map((type) => type.mimeType);

const EXTENSION_FAMILY: Record<string, Family> = {
  ".jpg": "image",
  ".jpeg": "image",
  ".jpe": "image",
  ".jfif": "image",
  ".png": "image",
  ".webp": "image",
  ".gif": "image",
  ".pdf": "pdf",
  ".doc": "word",
  ".docx": "word",
  ".xls": "excel",
  ".xlsx": "excel",
  ".ppt": "powerpoint",
  ".pptx": "powerpoint",
  ".odt": "odt",
  ".ods": "ods",
  ".odp": "odp",
};

/** The legacy binary Office extensions: the only claims under which an OLE2 file is accepted. */
const OLE2_BY_EXTENSION: Record<string, TypeName> = { ".doc": "doc", ".xls": "xls", ".ppt": "ppt" };
const OLE2_BY_MIME: Record<string, TypeName> = {
  "application/msword": "doc",
  "application/vnd.ms-excel": "xls",
  "application/vnd.ms-powerpoint": "ppt",
};

const MIME_FAMILY: Record<string, Family> = Object.fromEntries(
  [
    ...Object.values(TYPES).map((type) => [type.mimeType, type.family]),
    ["image/jpg", "image"],
    ["image/pjpeg", "image"],
  ] as [string, Family][],
);

/** What may be uploaded: images only (a cover, a picture in the body), or any accepted file. */
export type Accept = "image" | "any";

const ACCEPTED_LIST: Record<Accept, string> = {
  any: "ảnh (JPEG, PNG, WebP, GIF) và tài liệu PDF, Word, Excel, PowerPoint, OpenDocument",
  image: "ảnh JPEG, PNG, WebP hoặc GIF",
};

/** What the bytes are when they are something we refuse: only to word the refusal. */
type Refused = "svg" | "html" | "xml" | "script" | "executable" | "archive" | "unknown";

const REFUSED_NOUN: Record<Refused, string> = {
  svg: "ảnh SVG (có thể chứa mã chạy được)",
  html: "trang HTML",
  xml: "tệp XML",
  script: "tập lệnh (script)",
  executable: "chương trình chạy được",
  archive: "tệp nén",
  unknown: "định dạng không được hỗ trợ",
};

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

function normaliseMime(claimedType: string | undefined): string {
  return (claimedType ?? "").split(";")[0].trim().toLowerCase();
}

/**
 * Decides what `bytes` are and checks the claim made by `fileName` and `claimedType` (the browser's
 * MIME type; empty or `application/octet-stream` claims nothing). Images may be claimed under any image
 * name: they are re-encoded, so a PNG saved as `.jpg` is harmless; across families the bytes must match.
 */
export function detectFileType(bytes: Uint8Array, claim: { fileName: string; claimedType?: string; accept?: Accept }): Detection {
  const name = claim.fileName;
  const accepted = ACCEPTED_LIST[claim.accept ?? "any"];
  if (bytes.length === 0) return { ok: false, error: `Tệp “${name}” rỗng (0 byte).` };

  const extension = extensionOf(name);
  const mime = normaliseMime(claim.claimedType);
  const claimedFamily: Family | undefined = EXTENSION_FAMILY[extension] ?? MIME_FAMILY[mime];
  // A name with an extension we do not take (".svg", ".exe", ".zip", ".html") is refused whatever is inside.
  const refusesByName = extension !== "" && !(extension in EXTENSION_FAMILY);

  const found = sniff(bytes);
  // .doc, .xls and .ppt share one container signature; trust the claim only among those three.
  const actual: TypeName | Refused =
    found === "ole2" ? (OLE2_BY_EXTENSION[extension] ?? (extension === "" ? OLE2_BY_MIME[mime] : undefined) ?? "unknown") : found;

  const mismatch = (family: Family) => ({ ok: false as const, error: `Tệp “${name}” không đúng định dạng: nội dung không phải ${FAMILY_NOUN[family]}.` });

  if (isRefused(actual)) {
    if (claimedFamily && !refusesByName) return mismatch(claimedFamily);
    return { ok: false, error: `Không nhận tệp “${name}”: đây là ${REFUSED_NOUN[actual]}. Chỉ nhận ${accepted}.` };
  }
  if (refusesByName) return { ok: false, error: `Không nhận tệp “${name}”: chỉ nhận ${accepted}.` };

  const actualFamily = FAMILY_OF[actual];
  if (claimedFamily && claimedFamily !== actualFamily) return mismatch(claimedFamily);
  // The browser's MIME type must not contradict the bytes either (a JPEG sent as application/pdf).
  const mimeFamily = MIME_FAMILY[mime];
  if (mimeFamily && mimeFamily !== actualFamily) return mismatch(mimeFamily);
  const type = TYPES[actual];
  if (claim.accept === "image" && type.kind !== "image") return { ok: false, error: `Tệp “${name}” không phải ảnh: chỉ nhận ${accepted}.` };
  return { ok: true, type: { kind: type.kind, mimeType: type.mimeType, extension: type.extension } };
}

/** Whether the first bytes are those of an accepted image (to apply the image size limit early). */
export function hasImageSignature(head: Uint8Array): boolean {
  const found = sniff(head.subarray(0, 16));
  return found === "jpeg" || found === "png" || found === "gif" || found === "webp";
}

function isRefused(value: TypeName | Refused): value is Refused {
  return !(value in TYPES);
}

/** The first bytes' verdict. OOXML and ODF are told apart from plain ZIP by looking inside. */
function sniff(bytes: Uint8Array): TypeName | Refused | "ole2" {
  const starts = (signature: readonly number[], offset = 0) =>
    bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
  const ascii = (text: string, offset = 0) => starts([...text].map((c) => c.charCodeAt(0)), offset);

  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii("GIF87a") || ascii("GIF89a")) return "gif";
  if (ascii("RIFF") && ascii("WEBP", 8)) return "webp";
  if (ascii("%PDF-")) return "pdf";
  if (starts([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole2";
  if (ascii("PK\x03\x04") || ascii("PK\x05\x06")) return officeZip(bytes) ?? "archive";

  if (ascii("MZ")) return "executable"; // DOS/Windows PE
  if (starts([0x7f, 0x45, 0x4c, 0x46])) return "executable"; // ELF
  const machO = [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe], // fat Mach-O (and Java class files)
  ];
  if (machO.some((signature) => starts(signature))) return "executable";
  if (ascii("Rar!\x1a\x07")) return "archive";
  if (starts([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return "archive"; // 7z
  if (starts([0x1f, 0x8b])) return "archive"; // gzip
  return sniffText(bytes);
}

/** Markup and scripts, named only so the refusal can say what was sent. */
function sniffText(bytes: Uint8Array): Refused {
  let text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, "");
  text = text.replace(/^[\s\0]+/, "").toLowerCase();
  if (text.startsWith("#!")) return "script";
  const head = text.slice(0, 2048);
  if (/<svg[\s>/]/.test(head)) return "svg";
  if (/<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<script[\s>]|<iframe[\s>]/.test(head)) return "html";
  if (text.startsWith("<?xml") || text.startsWith("<")) return "xml";
  return "unknown";
}

// ---- ZIP: read the central directory (APPNOTE.TXT 4.3.12 and 4.3.16) -----------------------------

type ZipEntry = { name: string; localHeaderOffset: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The names in a ZIP's central directory, or null when it is not a well-formed (non-ZIP64) ZIP. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff || offset + size > eocd) return null;

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > eocd) return null;
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const ODF_TYPES: Record<string, TypeName> = {
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
};

/** An OOXML or ODF document inside a ZIP, or null for any other ZIP. */
function officeZip(bytes: Uint8Array): TypeName | null {
  const entries = zipEntries(bytes);
  if (!entries || entries.length === 0) return null;

  // ODF (OASIS ODF 1.2 part 3, 3.3): the first entry is an uncompressed "mimetype" naming the type.
  const first = entries.reduce((a, b) => (b.localHeaderOffset < a.localHeaderOffset ? b : a));
  if (first.name === "mimetype") {
    const mimetype = storedEntryText(bytes, first.localHeaderOffset, "mimetype");
    return (mimetype && ODF_TYPES[mimetype]) || null;
  }

  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has("[Content_Types].xml")) return null;
  // Macros (vbaProject.bin) would make this a .docm/.xlsm/.pptm under a harmless-looking name.
  if (entries.some((entry) => entry.name.toLowerCase().endsWith("vbaproject.bin"))) return null;
  const has = (folder: string) => entries.some((entry) => entry.name.startsWith(folder));
  if (has("word/")) return "docx";
  if (has("xl/")) return "xlsx";
  if (has("ppt/")) return "pptx";
  return null;
}

/** The content of a STORED (uncompressed) entry, read from its local header; null otherwise. */
function storedEntryText(bytes: Uint8Array, offset: number, expectedName: string): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== LOCAL_SIGNATURE) return null;
  const method = view.getUint16(offset + 8, true);
  const compressedSize = view.getUint32(offset + 18, true);
  const nameLength = view.getUint16(offset + 26, true);
  const extraLength = view.getUint16(offset + 28, true);
  const name = new TextDecoder().decode(bytes.subarray(offset + 30, offset + 30 + nameLength));
  const start = offset + 30 + nameLength + extraLength;
  if (method !== 0 || name !== expectedName || compressedSize > 200 || start + compressedSize > bytes.length) return null;
  return new TextDecoder().decode(bytes.subarray(start, start + compressedSize)).trim();
}
