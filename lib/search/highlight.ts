import { foldKeepingPositions } from "./fold";
import { termRegExp, type SearchTerm } from "./query";

/**
 * Where a search matched, as segments of the original text: the page renders them as text and
 * <mark> elements through React, so nothing here is ever HTML. Matching ignores diacritics and case
 * ("phap luat" marks "Pháp luật") because it runs on a folded copy whose positions are the text's.
 */

export type HighlightSegment = { text: string; match: boolean };

type Range = [start: number, end: number];

function matchRanges(folded: string, terms: readonly SearchTerm[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    for (const match of folded.matchAll(termRegExp(term))) {
      if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** The text cut into plain and matched segments (one plain segment when nothing matches). */
export function highlight(text: string, terms: readonly SearchTerm[]): HighlightSegment[] {
  const nfc = text.normalize("NFC");
  if (terms.length === 0 || nfc === "") return nfc === "" ? [] : [{ text: nfc, match: false }];
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(foldKeepingPositions(nfc), terms)) {
    if (start > at) segments.push({ text: nfc.slice(at, start), match: false });
    segments.push({ text: nfc.slice(start, end), match: true });
    at = end;
  }
  if (at < nfc.length) segments.push({ text: nfc.slice(at), match: false });
  return segments;
}

/**
 * A passage of a long text around its first match (the opening when nothing matches), cut at word
 * boundaries with "…" where it was cut, then highlighted.
 */
export function highlightExcerpt(text: string, terms: readonly SearchTerm[], length = 240): HighlightSegment[] {
  const nfc = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (nfc.length <= length) return highlight(nfc, terms);
  const first = matchRanges(foldKeepingPositions(nfc), terms)[0];
  let start = first ? Math.max(0, first[0] - Math.floor(length / 3)) : 0;
  if (start > 0) {
    const space = nfc.indexOf(" ", start);
    start = space === -1 || space > (first?.[0] ?? start) ? start : space + 1;
  }
  let end = Math.min(nfc.length, start + length);
  if (end < nfc.length) {
    const space = nfc.lastIndexOf(" ", end);
    if (space > start && (!first || space >= first[1])) end = space;
  }
  const segments = highlight(nfc.slice(start, end), terms);
  if (start > 0) segments.unshift({ text: "… ", match: false });
  if (end < nfc.length) segments.push({ text: " …", match: false });
  return segments;
}

/** The segments as HTML, every piece escaped (for feeds and tests; pages render segments with React). */
export function segmentsToHtml(segments: readonly HighlightSegment[]): string {
  return segments.map(({ text, match }) => (match ? `<mark>${escapeHtml(text)}</mark>` : escapeHtml(text))).join("");
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
