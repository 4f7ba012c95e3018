// Integration test of scripts/migrate.mjs against a real PostgreSQL server: DATABASE_URL names any
// database on it (e.g. .../postgres); the test works in a scratch database it creates and drops.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  throw new Error(
    "scripts/migrate.test.ts needs DATABASE_URL (any database on a PostgreSQL server it may create " +
      "databases on), e.g. DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres, or run `npm test`.",
  );
}

const root = fileURLToPath(new URL("..", import.meta.url));
const scratchName = `migrate_test_${process.pid}_${randomBytes(4).toString("hex")}`;
const scratchUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${scratchName}`;
  return url.toString();
})();

type Run = { code: number; output: string };

/** Runs the CLI as `npm run db:*` would, with DATABASE_URL pointing at the scratch database. */
function migrate(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["scripts/migrate.mjs", ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: scratchUrl }, timeout: 20_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        done({ code, output: `${stdout}${stderr}` });
      },
    );
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

let temp: string;
let migrationNames: string[];

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "migrate-test-"));
  const entries = await readdir(join(root, "prisma/migrations"), { withFileTypes: true });
  migrationNames = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
});

afterAll(async () => {
  await query(serverUrl, `DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe("scripts/migrate.mjs", () => {
  it("deploy creates the database and applies every migration", async () => {
    const { code, output } = await migrate("deploy");
    expect(output, output).toContain(`Created database "${scratchName}"`);
    expect(code, output).toBe(0);
    for (const name of migrationNames) expect(output).toContain(name);

    const tables = await query<{ table_name: string }>(
      scratchUrl,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const names = tables.map((t) => t.table_name);
    for (const table of ["Unit", "User", "Article", "Comment", "Setting", "_prisma_migrations"]) {
      expect(names).toContain(table);
    }
  });

  it("installs accent-insensitive search (immutable_unaccent folds đ/Đ too)", async () => {
    const [row] = await query<{ folded: string }>(
      scratchUrl,
      "SELECT immutable_unaccent($1) AS folded",
      ["Đường Nguyễn Thị Hương pháp luật"],
    );
    expect(row.folded).toBe("Duong Nguyen Thi Huong phap luat");
    const indexes = await query<{ indexname: string }>(
      scratchUrl,
      "SELECT indexname FROM pg_indexes WHERE tablename = 'Article' AND indexdef LIKE '%gin_trgm_ops%'",
    );
    expect(indexes).toHaveLength(3);
  });

  it("check: the migrations match schema.prisma", async () => {
    const { code, output } = await migrate("check");
    expect(code, output).toBe(0);
    expect(output).toMatch(/in sync/i);
  });

  it("check fails and prints the SQL when the schema has changed", async () => {
    const schema = await readFile(join(root, "prisma/schema.prisma"), "utf8");
    expect(schema).toContain("model Article {\n");
    const changed =
      schema.replace("model Article {\n", "model Article {\n  migrateTestSubtitle String?\n") +
      "\nmodel MigrateTestNote {\n  id Int @id @default(autoincrement())\n}\n";
    const copy = join(temp, "schema.prisma");
    await writeFile(copy, changed);

    const { code, output } = await migrate("check", "--schema", copy);
    expect(code, output).toBe(1);
    expect(output).toMatch(/ALTER TABLE "Article" ADD COLUMN\s+"migrateTestSubtitle" TEXT/);
    expect(output).toContain('CREATE TABLE "MigrateTestNote"');
    expect(output).toContain("npm run db:migrate -- --name");
  });

  it("status: everything applied", async () => {
    const { code, output } = await migrate("status");
    expect(code, output).toBe(0);
    for (const name of migrationNames) expect(output).toMatch(new RegExp(`applied\\s+${name}`));
  });

  it("status exits 1 when a migration is pending", async () => {
    const copy = join(temp, "migrations");
    await cp(join(root, "prisma/migrations"), copy, { recursive: true });
    await mkdir(join(copy, "29991231235959_pending"));
    await writeFile(join(copy, "29991231235959_pending/migration.sql"), "SELECT 1;\n");

    const { code, output } = await migrate("status", "--migrations", copy);
    expect(code, output).toBe(1);
    expect(output).toMatch(/pending\s+29991231235959_pending/);
  });

  it("reset refuses without --yes", async () => {
    const { code, output } = await migrate("reset");
    expect(code).toBe(1);
    expect(output).toContain("--yes");
  });
});
