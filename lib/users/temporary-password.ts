import { randomInt } from "node:crypto";
import { passwordProblem } from "@/lib/auth/password-policy";

// Letters and digits that cannot be mistaken for one another when read aloud or copied by hand
// (no 0/O, 1/l/I).
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const GROUPS = 4;
const GROUP_LENGTH = 4;

function group(): string {
  let text = "";
  for (let i = 0; i < GROUP_LENGTH; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}

/**
 * A temporary password such as "Kx7p-Qm2z-T9rw-b4Hn": 4 groups of 4 (19 characters, about 93 bits),
 * that passes the password policy for `email`. It is shown once to the administrator and stored hashed.
 */
export function generateTemporaryPassword(email: string): string {
  for (;;) {
    const password = Array.from({ length: GROUPS }, group).join("-");
    if (!passwordProblem(password, email)) return password;
  }
}
