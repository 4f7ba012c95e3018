import { foldDiacritics } from "@/lib/vietnamese";
import { documentType } from "./types";

// Search over số/ký hiệu and trích yếu without diacritics. Each document stores the folded words of
// its type (with the abbreviation its number uses), number, issuer and trích yếu in `searchWords`
// (GIN-indexed); a query matches the documents holding every one of its words, so "42/2022/nd-cp",
// "nghi dinh 42" and "NĐ 42" all find Nghị định 42/2022/NĐ-CP.

const MAX_QUERY_WORDS = 8;

function words(text: string): string[] {
  return foldDiacritics(text).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

export function searchWordsFor(document: { type: string; number: string; issuer: string; summary: string }): string[] {
  const type = documentType(document.type);
  return [...new Set([...(type ? [...words(type.label), type.abbreviation] : []), ...words(document.number), ...words(document.issuer), ...words(document.summary)])];
}

/** The words of what a reader typed, at most eight. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query))].slice(0, MAX_QUERY_WORDS);
}

/** One form of a number for finding duplicates: "42/2022/NĐ-CP", "42/2022/nđ-cp " → "42/2022/nd-cp". */
export function numberKeyOf(number: string): string {
  return foldDiacritics(number).toLowerCase().replace(/\s+/g, "");
}
