import { createHash, randomBytes } from "node:crypto";

// An entrant has no account: registering gives the browser a random secret (in an httpOnly cookie per
// contest) and only its SHA-256 is stored, so a copy of the database cannot be used to answer for them.

export function contestCookieName(contestId: number): string {
  return `du-thi-${contestId}`;
}

export function newEntrantToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, hash: entrantTokenHash(token) };
}

export function entrantTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
