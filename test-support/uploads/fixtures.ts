// Real small files for the upload tests, built in memory: images by sharp, a minimal PDF, and Office /
// OpenDocument files written by a tiny STORE-only ZIP writer (no compression; every reader accepts it).
import { deflateRawSync } from "node:zlib";
import sharp from "sharp";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP of the given entries, in order. `deflate` compresses entries (except ODF's `mimetype`). */
export function zip(entries: [name: string, content: string | Uint8Array][], { deflate = false } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const nameBytes = Buffer.from(name, "utf8");
    const method = deflate && name !== "mimetype" ? 8 : 0;
    const stored = method === 8 ? deflateRawSync(data) : data;
    const crc = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}"/></Types>`;
const RELS = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;

export function docx(text = "Kế hoạch tuyên truyền pháp luật"): Buffer {
  const body = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
  return zip([["[Content_Types].xml", CONTENT_TYPES("word/document.xml")], ["_rels/.rels", RELS("word/document.xml")], ["word/document.xml", body]], { deflate: true });
}

export function xlsx(): Buffer {
  const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Số liệu</t></is></c></row></sheetData></worksheet>`;
  return zip([["[Content_Types].xml", CONTENT_TYPES("xl/workbook.xml")], ["_rels/.rels", RELS("xl/workbook.xml")], ["xl/workbook.xml", "<workbook/>"], ["xl/worksheets/sheet1.xml", sheet]]);
}

export function pptx(): Buffer {
  return zip([["[Content_Types].xml", CONTENT_TYPES("ppt/presentation.xml")], ["_rels/.rels", RELS("ppt/presentation.xml")], ["ppt/presentation.xml", "<p:presentation/>"]]);
}

export function odf(kind: "text" | "spreadsheet" | "presentation"): Buffer {
  return zip(
    [
      ["mimetype", `application/vnd.oasis.opendocument.${kind}`],
      ["META-INF/manifest.xml", `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>`],
      ["content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content/>`],
    ],
    { deflate: true },
  );
}

/** A ZIP that is only an archive. */
export function plainZip(): Buffer {
  return zip([["readme.txt", "Tài liệu"], ["word/notes.txt", "not a docx: no [Content_Types].xml"]]);
}

/** An OLE2 compound file header followed by padding (what .doc, .xls and .ppt start with). */
export function ole2(): Buffer {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  return bytes;
}

/** The smallest PDF readers open: one empty page. */
export function pdf(extra = ""): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = `%PDF-1.4\n${extra}`;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

/** A noisy picture (so encoders cannot shrink it to nothing), `width`×`height`. */
export async function picture(width: number, height: number, format: "jpeg" | "png" | "webp" | "gif" = "jpeg"): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 }, noise: { type: "gaussian", mean: 128, sigma: 40 } } });
  const image = sharp(await base.png().toBuffer());
  if (format === "jpeg") return image.jpeg({ quality: 85 }).toBuffer();
  if (format === "png") return image.png().toBuffer();
  if (format === "webp") return image.webp().toBuffer();
  return image.gif().toBuffer();
}

/** A JPEG carrying EXIF with a camera, a GPS position and orientation 6 (rotate 90° to view). */
export async function jpegWithGps(width = 1200, height = 800): Promise<Buffer> {
  return sharp(await picture(width, height, "png"))
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "KiemThu", Model: "Camera GPS", Artist: "Nguyen Van A" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 30/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" },
    })
    .toBuffer();
}

/**
 * A decompression bomb: a real small PNG whose header claims `width`×`height` pixels (the IHDR chunk
 * rewritten, its CRC fixed). Decoders that trust the header would allocate gigabytes.
 */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } }).png().toBuffer());
  // Signature (8) + length (4) + "IHDR" (4), then width and height, then the CRC over type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** An animated GIF of `frames` frames. */
export async function animatedGif(width = 120, height = 80, frames = 3): Promise<Buffer> {
  const strips = await Promise.all(
    Array.from({ length: frames }, (_, i) =>
      sharp({ create: { width, height, channels: 3, background: { r: 60 * i, g: 120, b: 200 - 50 * i } } }).png().toBuffer(),
    ),
  );
  return sharp(strips, { join: { animated: true } }).gif({ delay: 200, loop: 0 }).toBuffer();
}

export const SVG = Buffer.from(
  `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>`,
);
export const HTML = Buffer.from(`<!DOCTYPE html><html><body><script>fetch("/api")</script></body></html>`);
export const SHELL = Buffer.from("#!/bin/sh\nrm -rf / --no-preserve-root\n");
export const JS = Buffer.from("alert(document.cookie);\n");
export const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
export const MZ = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1"), Buffer.alloc(120)]);
export const MACHO = Buffer.concat([Buffer.from([0xcf, 0xfa, 0xed, 0xfe]), Buffer.alloc(60)]);
export const RAR = Buffer.concat([Buffer.from("Rar!\x1a\x07\x01\x00", "latin1"), Buffer.alloc(40)]);
export const SEVEN_ZIP = Buffer.concat([Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), Buffer.alloc(40)]);
