// `npm run dev` / `npm start`: the portal on a ready database — migrations applied, demo data seeded
// when the database is empty — served by Next.js through scripts/server.mjs (`npm start`: behind the page cache).
// Without DATABASE_URL it runs the embedded PostgreSQL.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describeContents } from "./lib/database-state.mjs";
import { run, withDatabase } from "./lib/database-session.mjs";

const mode = process.argv[2];
if (mode !== "dev" && mode !== "start") {
  console.error("usage: node scripts/portal.mjs dev|start");
  process.exit(2);
}

/** A development secret kept in .data so sessions survive restarts; production must set its own. */
function developmentSecret() {
  const file = ".data/nextauth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const port = process.env.PORT ?? "3000";
if (mode === "start" && !process.env.NEXTAUTH_SECRET) {
  console.error("NEXTAUTH_SECRET chưa được đặt: production needs its own secret (e.g. `openssl rand -base64 32`).");
  process.exit(2);
}

const code = await withDatabase("pbgdpl", async (env) => {
  env.NEXTAUTH_SECRET ??= developmentSecret();
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  env.NEXT_TELEMETRY_DISABLED = "1";
  const deployed = await run("node", ["scripts/migrate.mjs", "deploy"], env);
  if (deployed !== 0) return deployed;
  if ((await describeContents(env.DATABASE_URL)) === "empty") {
    console.log("[portal] empty database: adding the demo data");
    const seeded = await run("npx", ["tsx", "prisma/seed.ts"], env);
    if (seeded !== 0) return seeded;
  }
  env.PORT = port;
  // Both run scripts/server.mjs, which hands Next the client's address; production adds the page cache.
  return run("node", mode === "dev" ? ["scripts/server.mjs", "--dev"] : ["scripts/server.mjs"], env);
});
process.exit(code);
