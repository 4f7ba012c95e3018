import { randomBytes } from "node:crypto";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password";
import { newResetToken } from "../../lib/auth/password-reset-token";

// Accounts of their own for journeys that end sessions or change passwords, so no demo account
// another journey signs in with is touched. Made straight in the database the server reads.

export type Account = { id: number; email: string; password: string };

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  if (!process.env.DATABASE_URL) throw new Error("These journeys need DATABASE_URL (the database the server reads).");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createAccount(label: string): Promise<Account> {
  const email = `${label}-${randomBytes(4).toString("hex")}@journey.test`;
  const password = `Hành trình ${randomBytes(3).toString("hex")} an toàn`;
  const passwordHash = await hashPassword(password);
  const id = await withDatabase(async (client) => {
    const { rows } = await client.query(
      `INSERT INTO "User" (email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, now()) RETURNING id`,
      [email, `Người thử ${label}`, passwordHash],
    );
    return rows[0].id as number;
  });
  return { id, email, password };
}

/** A "Quên mật khẩu?" link as the request stores it (the journeys have no SMTP server to read). */
export async function createResetLink(userId: number, minutes = 30): Promise<string> {
  const { token, tokenHash } = newResetToken();
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "PasswordResetToken" ("userId", "tokenHash", "expiresAt") VALUES ($1, $2, now() AT TIME ZONE 'UTC' + make_interval(mins => $3))`,
      [userId, tokenHash, minutes],
    ),
  );
  return token;
}

/** The helpdesk the administrator set in Cài đặt. */
export async function siteHelpdesk(): Promise<{ supportPhone?: string; supportEmail?: string }> {
  return withDatabase(async (client) => (await client.query(`SELECT value FROM "Setting" WHERE key = 'site'`)).rows[0]?.value ?? {});
}
