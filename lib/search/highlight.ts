import { foldKeepingPositions } from "./fold";
import { termRegExp, type SearchTerm } from "./query";

/**
 * Where a search matched, as segments of the original text: the page renders them as text and
 * <mark> elements through React, so nothing here is ever HTML. Matching ignores diacritics and case
 * ("phap luat" marks "Pháp luật") because it runs on a folded copy whose positions are the text's.
 */

export type HighlightSegment = { text: string; match: boolean };

type Range = [start: number, end: number];

/** Each term's expression, made once: a results page highlights three texts of every hit. */
const expressions = new WeakMap<SearchTerm, RegExp>();

function expressionOf(term: SearchTerm): RegExp {
  let expression = expressions.get(term);
  if (!expression) expressions.set(term, (expression = termRegExp(term)));
  return expression;
}

function matchRanges(folded: string, terms: readonly SearchTerm[]): Range[] {
  const ranges: Range[] = [];
  for (const term of terms) {
    // matchAll works on a copy of the expression, so the shared one keeps no state between texts.
    for (const match of folded.matchAll(expressionOf(term))) {
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

/** The earliest match of any term (only its start and end: a body can be long). */
function firstMatch(folded: string, terms: readonly SearchTerm[]): Range | undefined {
  let first: Range | undefined;
  for (const term of terms) {
    const expression = new RegExp(expressionOf(term));
    for (let match = expression.exec(folded); match; match = expression.exec(folded)) {
      if (match[0].length === 0) {
        expression.lastIndex++;
        continue;
      }
      if (!first || match.index < first[0] || (match.index === first[0] && match.index + match[0].length > first[1])) first = [match.index, match.index + match[0].length];
      break;
    }
  }
  return first;
}

/** The text cut into plain and matched segments (one plain segment when nothing matches). */
export function highlight(text: string, terms: readonly SearchTerm[]): HighlightSegment[] {
  const nfc = text.normalize("NFC");
  if (terms.length === 0 || nfc === "") return nfc === "" ? [] : [{ text: nfc, match: false }];
  return segmentsOf(nfc, foldKeepingPositions(nfc), terms);
}

/** `nfc` cut at the matches found in `folded`, its folded copy (same positions). */
function segmentsOf(nfc: string, folded: string, terms: readonly SearchTerm[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(folded, terms)) {
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
  // Folded once: the passage's folded copy is the same slice of it.
  const folded = foldKeepingPositions(nfc);
  const first = firstMatch(folded, terms);
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
  const segments = segmentsOf(nfc.slice(start, end), folded.slice(start, end), terms);
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
