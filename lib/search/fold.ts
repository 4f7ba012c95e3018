/**
 * Folding that keeps positions: "Đất đai" → "dat dai", one UTF-16 code unit out for every one in, so an
 * index found in the folded text is the same index in the original. Vietnamese letters are single code
 * points in NFC and each folds to one ASCII letter, so text is taken to NFC first. A character whose
 * fold would not be one code unit (ß → "ss", a ligature) is only lower-cased, or kept as it is.
 *
 * The database folds with lower(immutable_unaccent(…)); both agree on Vietnamese, which is what
 * matters for finding and highlighting.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const foldedUnits = new Map<string, string>();

function foldUnit(unit: string): string {
  if (unit < "\u0080") return unit.toLowerCase();
  const known = foldedUnits.get(unit);
  if (known !== undefined) return known;
  let folded = unit === "đ" || unit === "Đ" ? "d" : unit.normalize("NFD").replace(COMBINING_MARKS, "").toLowerCase();
  if (folded.length !== 1) {
    const lower = unit.toLowerCase();
    folded = lower.length === 1 ? lower : unit;
  }
  if (foldedUnits.size < 10_000) foldedUnits.set(unit, folded);
  return folded;
}

/** The folded form of NFC text, exactly as long as the text. Call on `text.normalize("NFC")`. */
export function foldKeepingPositions(nfcText: string): string {
  let out = "";
  for (let i = 0; i < nfcText.length; i++) out += foldUnit(nfcText[i]);
  return out;
}

/** Folded and lower-cased, for comparing a query with stored text (NFC first, then folded). */
export function foldForSearch(text: string): string {
  return foldKeepingPositions(text.normalize("NFC"));
}
