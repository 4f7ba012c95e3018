// Load benchmark for Hỏi đáp pháp luật (issue 18): 500 questions sent by 20 clients at once through
// the Gửi câu hỏi use case (the same defences as the form: a signed single-use token, per-address and
// per-contact limits under advisory locks, duplicates, routing, the deadline). Each client also sends
// every form a second time, as a double tap would. Pass: exactly 500 questions stored, one per form,
// every tracking code distinct, every second send refused — none lost, none doubled.
// Keeps its data in a database of its own (pbgdpl_bench_questions) on DATABASE_URL's server.
import { freshDatabase, run } from "../lib/bench-support.mjs";
import pg from "pg";

const DATABASE = "pbgdpl_bench_questions";

const SETUP = `
  INSERT INTO "Unit" (name, slug, type, "updatedAt") VALUES ('Sở Tư pháp', 'so-tu-phap', 'PROVINCIAL_JUSTICE', now());
  INSERT INTO "Unit" (name, slug, type, "updatedAt")
    SELECT 'Xã số ' || g, 'xa-so-' || g, 'COMMUNE', now() FROM generate_series(1, 10) AS g;
  INSERT INTO "LegalField" (name, slug, "updatedAt") VALUES ('Đất đai', 'dat-dai', now()), ('Hôn nhân và gia đình', 'hon-nhan-va-gia-dinh', now());
  -- Half the communes route land questions to their own People's Committee; the rest go to triage.
  INSERT INTO "QuestionRoutingRule" ("fieldId", "communeId", "unitId") SELECT 1, id, id FROM "Unit" WHERE type = 'COMMUNE' AND id % 2 = 0;
  INSERT INTO "PublicHoliday" (date, name) VALUES ('2026-09-02', 'Quốc khánh');
  -- A client (one address) may send its 25 questions within the hour; the limit is still checked under its lock.
  INSERT INTO "Setting" (key, value, "updatedAt") VALUES ('questions', '{"addressLimit": 30}', now());
`;

export default async function questionsBench({ databaseUrl }) {
  const url = await freshDatabase(databaseUrl, DATABASE);
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production" };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(SETUP);
  } finally {
    await client.end();
  }
  await run("npx", ["tsx", "scripts/bench/questions-measure.ts"], env);
}
