import { foldForSearch } from "./fold";

/**
 * What a reader typed into Tìm kiếm, read as terms that must all match (in any order): single words,
 * and "quoted phrases" whose words must follow one another. Pure, shared by the SQL and the
 * highlighter so both look for the same thing.
 */

export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;

export type SearchTerm = {
  kind: "word" | "phrase";
  /** The words as typed, lower-cased NFC: for ranking exact-accent matches first. */
  words: string[];
  /** The same words without diacritics ("đất" → "dat"). */
  folded: string[];
};

export type ParsedQuery = {
  /** The query as it is shown back to the reader (trimmed, NFC, cut to the maximum length). */
  text: string;
  terms: SearchTerm[];
};

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Typographic quotes count as quotes: phones and word processors put them in.
const QUOTES = /[“”„‟«»]/g;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.toLowerCase().normalize("NFC"));
}

/** Reads a query; words and phrases beyond MAX_TERMS are dropped, repeats counted once. */
export function parseSearchQuery(raw: string | null | undefined): ParsedQuery {
  const text = (raw ?? "").normalize("NFC").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (kind: SearchTerm["kind"], words: string[]) => {
    if (words.length === 0 || terms.length >= MAX_TERMS) return;
    // A quoted single word is just a word.
    const actualKind = words.length === 1 ? "word" : kind;
    // A stray combining mark that did not compose with its letter is dropped, as unaccent drops it.
    const folded = words.map((word) => foldForSearch(word).replace(/\p{M}/gu, ""));
    if (folded.some((word) => word === "")) return;
    const key = `${actualKind}:${folded.join(" ")}`;
    if (seen.has(key)) return;
    seen.add(key);
    terms.push({ kind: actualKind, words, folded });
  };

  const unquoted: string[] = [];
  const parts = text.replace(QUOTES, '"').split('"');
  // Even parts are outside quotes, odd parts inside; an unclosed quote leaves its words as plain words.
  const closed = parts.length % 2 === 1;
  parts.forEach((part, index) => {
    const insideQuotes = index % 2 === 1 && (closed || index < parts.length - 1);
    if (insideQuotes) add("phrase", wordsOf(part));
    else unquoted.push(part);
  });
  for (const word of wordsOf(unquoted.join(" "))) add("word", [word]);
  return { text, terms };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The term in folded text, for highlighting: whole words, a phrase's words separated by anything that
 * is not a letter or digit ("đất-đai", "đất  đai"), as the search index reads them (migration
 * search_vector: words are what lies between such characters).
 */
export function termRegExp(term: SearchTerm): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${term.folded.map(escapeRegExp).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`, "gu");
}

/**
 * The term as typed (words joined by one space): for the exact-accent ranking, and what the index's
 * tsquery is built from (the database folds it as it folded the articles).
 */
export function termExactText(term: SearchTerm): string {
  return term.words.join(" ");
}

/** The term folded, for the folded ranking. */
export function termFoldedText(term: SearchTerm): string {
  return term.folded.join(" ");
}
