import { randomInt } from "node:crypto";

// Mã tra cứu: what the asker keeps instead of an account. Ten characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), so it can be read over the phone; 29^10 ≈ 4·10^14 codes make guessing
// another asker's code hopeless, and the lookup page never shows contact details anyway.

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

/** A new code, shown as "HD-XXXXX-XXXXX". */
export function newTrackingCode(): string {
  let raw = "";
  for (let i = 0; i < LENGTH; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  return `HD-${raw.slice(0, 5)}-${raw.slice(5)}`;
}

/** What the asker typed, as stored: upper case, dashes and spaces tolerated; null when it cannot be a code. */
export function normalizeTrackingCode(typed: unknown): string | null {
  if (typeof typed !== "string") return null;
  const bare = typed.toUpperCase().replace(/[\s-]/g, "").replace(/^HD/, "");
  if (bare.length !== LENGTH || [...bare].some((c) => !ALPHABET.includes(c))) return null;
  return `HD-${bare.slice(0, 5)}-${bare.slice(5)}`;
}
