// Looks inside an uploaded .docx before any converter touches it. A .docx is a zip: its central
// directory says how big each part unpacks, but a hostile file can lie there (a "zip bomb" declares a
// few kilobytes and inflates to gigabytes), so every part is actually inflated here with a hard cap on
// the output, and the whole package must unpack within one budget. Only then does mammoth read it.
import { inflateRawSync } from "node:zlib";
import { DOCX_LIMITS, DOCX_MESSAGES } from "./limits";

export type PackageCheck = { ok: true; imageCount: number; unpackedBytes: number } | { ok: false; error: string };

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** An old Word file (.doc) and other OLE compound documents start with these bytes. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

type Entry = { name: string; method: number; compressedSize: number; localOffset: number };

export function inspectDocxPackage(bytes: Buffer): PackageCheck {
  if (bytes.length === 0) return { ok: false, error: DOCX_MESSAGES.empty };
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte)) return { ok: false, error: DOCX_MESSAGES.oldWord };
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== LOCAL_HEADER) return { ok: false, error: DOCX_MESSAGES.notDocx };

  const entries = readCentralDirectory(bytes);
  if (!entries) return { ok: false, error: DOCX_MESSAGES.broken };
  if (entries.length > DOCX_LIMITS.maxParts) return { ok: false, error: DOCX_MESSAGES.tooManyParts };
  if (!entries.some((entry) => entry.name === "word/document.xml")) return { ok: false, error: DOCX_MESSAGES.notDocx };

  let unpackedBytes = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) return { ok: false, error: DOCX_MESSAGES.broken };
    const budget = DOCX_LIMITS.maxUnpackedBytes - unpackedBytes;
    if (entry.method === 0) {
      unpackedBytes += data.length;
    } else if (entry.method === 8) {
      try {
        // One byte over the budget is enough to know the package is too big; nothing more is inflated.
        unpackedBytes += inflateRawSync(data, { maxOutputLength: budget + 1 }).length;
      } catch (error) {
        if (error instanceof RangeError) return { ok: false, error: DOCX_MESSAGES.bomb };
        return { ok: false, error: DOCX_MESSAGES.broken };
      }
    } else {
      return { ok: false, error: DOCX_MESSAGES.broken };
    }
    if (unpackedBytes > DOCX_LIMITS.maxUnpackedBytes) return { ok: false, error: DOCX_MESSAGES.bomb };
  }
  const imageCount = entries.filter((entry) => entry.name.startsWith("word/media/")).length;
  if (imageCount > DOCX_LIMITS.maxImages) return { ok: false, error: DOCX_MESSAGES.tooManyImages };
  return { ok: true, imageCount, unpackedBytes };
}

function readCentralDirectory(bytes: Buffer): Entry[] | null {
  // The end record sits in the last 22 bytes plus a comment of up to 65 535 bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  const start = bytes.readUInt32LE(end + 16);
  // 0xffff / 0xffffffff mean ZIP64, which no .docx within our size limit needs.
  if (count === 0xffff || start === 0xffffffff || start >= bytes.length) return null;
  const entries: Entry[] = [];
  let at = start;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_ENTRY) return null;
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    entries.push({ name, method, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
    if (entries.length > DOCX_LIMITS.maxParts) break;
  }
  return entries;
}

function entryData(bytes: Buffer, entry: Entry): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER) return null;
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const stop = start + entry.compressedSize;
  return stop <= bytes.length ? bytes.subarray(start, stop) : null;
}
