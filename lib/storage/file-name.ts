// The name an uploaded file keeps: shown beside attachments and offered when downloading.

const MAX_LENGTH = 255;
/** C0 and C1 controls, and the bidirectional overrides that make "gpj.exe" look like "exe.jpg". */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * NFC (one code point per Vietnamese letter, as typed on another machine it may be decomposed), without
 * the folders a browser or an old client may send, without control characters, at most 255 characters
 * (the extension kept when shortened). An empty result becomes "tệp".
 */
export function cleanFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const name = base.replace(UNSAFE, "").trim();
  const characters = Array.from(name);
  if (characters.length === 0 || name === "." || name === "..") return "tệp";
  if (characters.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= 16 ? extension : [];
  return characters.slice(0, MAX_LENGTH - keep.length).join("").trimEnd() + keep.join("");
}
