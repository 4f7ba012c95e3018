import sharp from "sharp";
import { foldDiacritics } from "../../lib/vietnamese";
import type { SceneKey } from "./types";

// Images and documents made at seed time, so the repository holds no binary files. Everything is
// deterministic: the same seed run produces the same bytes, hence the same content-addressed keys.
// Pictures are shapes only (plus ASCII), since the machine may lack fonts with Vietnamese glyphs.

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 675;
export const SCENE_WIDTH = 1200;
export const SCENE_HEIGHT = 800;

/** A small deterministic pseudo-random sequence (mulberry32), so covers differ but never change. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function toJpeg(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, optimiseCoding: false }).toBuffer();
}

/** Scales of justice in white, the portal's motif, centred on (0, 0). */
const SCALES = `
  <g fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round">
    <line x1="0" y1="-150" x2="0" y2="150"/>
    <line x1="-80" y1="150" x2="80" y2="150"/>
    <line x1="-160" y1="-105" x2="160" y2="-105"/>
    <line x1="-160" y1="-105" x2="-210" y2="15"/><line x1="-160" y1="-105" x2="-110" y2="15"/>
    <line x1="160" y1="-105" x2="110" y2="15"/><line x1="160" y1="-105" x2="210" y2="15"/>
  </g>
  <g fill="#ffffff">
    <circle cx="0" cy="-160" r="16"/>
    <path d="M-225 15 H-95 A65 45 0 0 1 -225 15 Z"/>
    <path d="M95 15 H225 A65 45 0 0 1 95 15 Z"/>
  </g>`;

/** A 1200×675 JPEG cover: the category's gradient, soft circles placed by `seed`, the scales motif. */
export function renderCover(seed: number, colors: [string, string]): Promise<Buffer> {
  const next = random(seed);
  const circles = Array.from({ length: 7 }, () => {
    const r = 60 + next() * 220;
    return `<circle cx="${(next() * COVER_WIDTH).toFixed(0)}" cy="${(next() * COVER_HEIGHT).toFixed(0)}" r="${r.toFixed(0)}" fill="#ffffff" fill-opacity="${(0.05 + next() * 0.12).toFixed(2)}"/>`;
  }).join("");
  const angle = Math.round(next() * 60);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${COVER_WIDTH}" height="${COVER_HEIGHT}" viewBox="0 0 ${COVER_WIDTH} ${COVER_HEIGHT}">
  <defs>
    <linearGradient id="bg" gradientTransform="rotate(${angle} 0.5 0.5)">
      <stop offset="0" stop-color="${colors[0]}"/><stop offset="1" stop-color="${colors[1]}"/>
    </linearGradient>
  </defs>
  <rect width="100%" height="100%" fill="url(#bg)"/>
  ${circles}
  <rect x="0" y="${COVER_HEIGHT - 90}" width="${COVER_WIDTH}" height="90" fill="#000000" fill-opacity="0.18"/>
  <g transform="translate(${840 + Math.round(next() * 120)} 330) scale(${(0.85 + next() * 0.3).toFixed(2)})">${SCALES}</g>
</svg>`;
  return toJpeg(svg);
}

const SCENES: Record<SceneKey, (next: () => number) => string> = {
  // A hall: a screen, a lectern and rows of people seen from behind.
  "hoi-nghi": (next) => {
    const heads: string[] = [];
    for (let row = 0; row < 4; row++) {
      for (let seat = 0; seat < 11; seat++) {
        const x = 90 + seat * 100 + (row % 2) * 40 + next() * 12;
        const y = 520 + row * 70;
        heads.push(`<circle cx="${x.toFixed(0)}" cy="${y}" r="24" fill="#3b2f2a"/><rect x="${(x - 36).toFixed(0)}" y="${y + 18}" width="72" height="60" rx="24" fill="${row % 2 ? "#2f5d8a" : "#f1f1f1"}"/>`);
      }
    }
    return `<rect width="100%" height="100%" fill="#d9cbb0"/><rect y="0" width="100%" height="420" fill="#8b1e1e"/>
      <rect x="300" y="70" width="600" height="300" fill="#1d3f6e"/><rect x="330" y="100" width="540" height="40" fill="#f2c94c"/>
      <rect x="330" y="170" width="380" height="18" fill="#ffffff" opacity="0.8"/><rect x="330" y="210" width="460" height="18" fill="#ffffff" opacity="0.8"/>
      <rect x="960" y="250" width="120" height="170" fill="#6b3e1f"/>${heads.join("")}`;
  },
  // A school: the building, its windows, a flag and a schoolyard.
  "truong-hoc": (next) => {
    const windows: string[] = [];
    for (let floor = 0; floor < 3; floor++) {
      for (let i = 0; i < 8; i++) windows.push(`<rect x="${200 + i * 105}" y="${150 + floor * 110}" width="60" height="70" fill="#9fd3f5"/>`);
    }
    const pupils = Array.from({ length: 30 }, (_, i) => {
      const x = 80 + (i % 15) * 72 + next() * 20;
      const y = 600 + Math.floor(i / 15) * 90;
      return `<circle cx="${x.toFixed(0)}" cy="${y}" r="18" fill="#2b2b2b"/><rect x="${(x - 25).toFixed(0)}" y="${y + 14}" width="50" height="50" rx="16" fill="#ffffff"/>`;
    }).join("");
    return `<rect width="100%" height="100%" fill="#bfe3f7"/><rect y="520" width="100%" height="280" fill="#c9c3b6"/>
      <rect x="160" y="110" width="880" height="400" fill="#f4d58d"/><rect x="160" y="90" width="880" height="30" fill="#b5452b"/>
      ${windows.join("")}<rect x="560" y="420" width="80" height="90" fill="#6b3e1f"/>
      <line x1="1100" y1="100" x2="1100" y2="520" stroke="#555" stroke-width="8"/><rect x="1100" y="100" width="80" height="54" fill="#da251d"/>${pupils}`;
  },
  // The highlands: layered mountains, terraced fields and a house on stilts.
  "vung-cao": (next) => {
    const terraces = Array.from({ length: 6 }, (_, i) => {
      const y = 560 + i * 40;
      return `<path d="M0 ${y} Q 600 ${y - 40 - next() * 30} 1200 ${y} V ${y + 40} H 0 Z" fill="${i % 2 ? "#7fb24a" : "#a3c95c"}"/>`;
    }).join("");
    return `<rect width="100%" height="100%" fill="#f7e3b5"/><circle cx="980" cy="140" r="70" fill="#f2994a"/>
      <path d="M0 420 L220 200 L430 380 L640 170 L900 400 L1200 230 V800 H0 Z" fill="#4f6d7a"/>
      <path d="M0 520 L300 330 L560 500 L820 320 L1200 520 V800 H0 Z" fill="#5f8b4c"/>${terraces}
      <g transform="translate(420 380)"><rect x="0" y="80" width="260" height="90" fill="#8d5a2b"/>
      <path d="M-40 90 L130 0 L300 90 Z" fill="#5b3a1a"/><rect x="10" y="170" width="12" height="70" fill="#5b3a1a"/>
      <rect x="124" y="170" width="12" height="70" fill="#5b3a1a"/><rect x="238" y="170" width="12" height="70" fill="#5b3a1a"/></g>`;
  },
  // Legal aid: a desk, an aide with papers, people waiting.
  "tro-giup": (next) => {
    const queue = Array.from({ length: 6 }, (_, i) => {
      const x = 700 + i * 80 + next() * 10;
      return `<circle cx="${x.toFixed(0)}" cy="430" r="28" fill="#3b2f2a"/><rect x="${(x - 34).toFixed(0)}" y="455" width="68" height="150" rx="26" fill="${["#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085"][i]}"/>`;
    }).join("");
    return `<rect width="100%" height="100%" fill="#eef2f5"/><rect y="600" width="100%" height="200" fill="#b8a58c"/>
      <rect x="120" y="90" width="440" height="70" fill="#7b1c5a"/><rect x="150" y="115" width="380" height="20" fill="#ffffff" opacity="0.85"/>
      <circle cx="300" cy="370" r="36" fill="#3b2f2a"/><rect x="250" y="400" width="100" height="150" rx="30" fill="#1f4e79"/>
      <rect x="120" y="500" width="460" height="30" fill="#6b3e1f"/><rect x="140" y="530" width="20" height="120" fill="#6b3e1f"/><rect x="540" y="530" width="20" height="120" fill="#6b3e1f"/>
      <rect x="380" y="470" width="90" height="30" fill="#ffffff"/><rect x="390" y="460" width="90" height="30" fill="#f5f5f5" stroke="#ccc"/>${queue}`;
  },
};

/** A 1200×800 JPEG illustration for figures inside article bodies. */
export function renderScene(scene: SceneKey, seed: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SCENE_WIDTH}" height="${SCENE_HEIGHT}" viewBox="0 0 ${SCENE_WIDTH} ${SCENE_HEIGHT}">${SCENES[scene](random(seed))}</svg>`;
  return toJpeg(svg);
}

// ─── PDF ───

/** Text for a PDF literal string in WinAnsi: diacritics folded, delimiters escaped. */
function pdfText(value: string): string {
  return foldDiacritics(value)
    .replace(/[–—]/g, "-")
    .replace(/[“”]/g, '"')
    .replace(/[^\x20-\x7e]/g, "?")
    .replace(/[\\()]/g, (character) => `\\${character}`);
}

/** A metadata string as UTF-16BE with a byte-order mark, so the document title keeps its diacritics. */
function pdfUnicodeString(value: string): string {
  const utf16 = Buffer.from(value.normalize("NFC"), "utf16le").swap16();
  return `<FEFF${utf16.toString("hex").toUpperCase()}>`;
}

function wrap(line: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of line.split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * A minimal valid PDF 1.4: one A4 page, a bold title and wrapped paragraphs in the standard Helvetica
 * fonts (which cannot show Vietnamese, hence the folded text), and the real title in the metadata.
 */
export function renderPdf(title: string, paragraphs: string[]): Buffer {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    lines.push(...wrap(pdfText(paragraph), 88), "");
  }
  const content = [
    "BT",
    "/F2 15 Tf",
    "56 780 Td",
    ...wrap(pdfText(title), 60).flatMap((line, index) => (index === 0 ? [`(${line}) Tj`] : ["0 -20 Td", `(${line}) Tj`])),
    "/F1 11 Tf",
    "15 TL",
    "0 -30 Td",
    ...lines.map((line) => `(${line}) '`),
    "ET",
  ].join("\n");

  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfUnicodeString(title)} /Producer (PBGDPL Portal demo data) >>`,
  ];

  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

export const EMBLEM_SIZE = 256;

/** Points of a five-pointed star of outer radius `r` centred on (0, 0), one point up. */
function starPoints(r: number): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    return `${(radius * Math.cos(angle)).toFixed(1)},${(radius * Math.sin(angle)).toFixed(1)}`;
  }).join(" ");
}

/**
 * The demo portal's emblem, a 256×256 PNG drawn here (not the real national emblem, which the
 * province's administrator uploads in Cài đặt): a gold ring, a red disc and a gold star.
 */
export function renderEmblem(): Promise<Buffer> {
  const half = EMBLEM_SIZE / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${EMBLEM_SIZE}" height="${EMBLEM_SIZE}" viewBox="${-half} ${-half} ${EMBLEM_SIZE} ${EMBLEM_SIZE}">
  <circle r="124" fill="#e8b923"/>
  <circle r="110" fill="#c8102e"/>
  <circle r="100" fill="none" stroke="#e8b923" stroke-width="3"/>
  <polygon points="${starPoints(72)}" fill="#ffcd00"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
