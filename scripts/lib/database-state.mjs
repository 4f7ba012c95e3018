// Small questions about a database's contents, asked before seeding or wiping it.
import pg from "pg";

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** "empty" (no users yet), "demo" (holds the demo data marker) or "other" (someone's real data). */
export async function describeContents(url) {
  const [{ exists }] = await query(url, `SELECT to_regclass('public."User"') IS NOT NULL AS exists`);
  if (!exists) return "empty";
  const [{ users, marked }] = await query(
    url,
    `SELECT (SELECT count(*) FROM "User")::int AS users,
            EXISTS (SELECT 1 FROM "Setting" WHERE key = 'seed') AS marked`,
  );
  if (marked) return "demo";
  return users === 0 ? "empty" : "other";
}
