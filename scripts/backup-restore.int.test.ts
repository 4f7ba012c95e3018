import { execFile } from "node:child_process";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashesUnder } from "./lib/backup-files.mjs";

// Issue 17: `npm run backup` then `npm run restore` into a wiped database and storage folder gives back
// the same rows in every table and the same files, byte for byte. The copy goes to a database of its
// own on the same server, so the demo data the other tests read stays as it is.

const run = promisify(execFile);
const hasTools = spawnSync("pg_dump", ["--version"]).status === 0 && spawnSync("pg_restore", ["--version"]).status === 0;
const source = process.env.DATABASE_URL!;
const copyName = `${new URL(source).pathname.slice(1)}_restore_${process.pid}`;
const copyUrl = Object.assign(new URL(source), { pathname: `/${copyName}` }).toString();
const work = mkdtempSync(path.join(tmpdir(), "pbgdpl-backup-"));
const storage = path.join(work, "storage");
const backup = path.join(work, "backup");
const restoredStorage = path.join(work, "restored-storage");

async function admin<T>(work: (client: pg.Client) => Promise<T>, url = source): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's row count and a digest of all its rows, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  return admin(async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    const result: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`);
      result[name] = `${rows[0].n}:${rows[0].digest}`;
    }
    return result;
  }, url);
}

function script(name: string, args: string[], env: Record<string, string>) {
  return run("node", [`scripts/${name}.mjs`, ...args], { env: { ...process.env, ...env } });
}

describe.skipIf(!hasTools)("backup and restore", () => {
  beforeAll(async () => {
    // A storage folder like the portal's: nested folders, binary and text files.
    mkdirSync(path.join(storage, "ab", "cd"), { recursive: true });
    writeFileSync(path.join(storage, "ab", "cd", "anh.webp"), randomBytes(20_000));
    writeFileSync(path.join(storage, "ab", "tai-lieu.pdf"), randomBytes(3_000));
    writeFileSync(path.join(storage, "ghi-chu.txt"), "Tệp thử nghiệm sao lưu\n");
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`));
  });

  afterAll(async () => {
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`));
    rmSync(work, { recursive: true, force: true });
  });

  it("backup → wipe → restore gives the same rows in every table and the same file hashes", async () => {
    const { stdout } = await script("backup", [backup], { STORAGE_DIR: storage });
    expect(stdout).toContain("Đã sao lưu cơ sở dữ liệu và 3 tệp");

    // The wiped side: an empty database and no storage folder.
    await admin((client) => client.query(`CREATE DATABASE "${copyName}"`));
    await script("restore", [backup], { DATABASE_URL: copyUrl, STORAGE_DIR: restoredStorage });

    const [before, after] = [await fingerprint(source), await fingerprint(copyUrl)];
    expect(Object.keys(before)).toContain("Article");
    expect(after).toEqual(before);
    expect(await hashesUnder(restoredStorage)).toEqual(await hashesUnder(storage));
  });

  it("refuses a database that already holds data, and changes nothing", async () => {
    const before = await fingerprint(copyUrl);
    const refused = script("restore", [backup], { DATABASE_URL: copyUrl, STORAGE_DIR: path.join(work, "other-storage") });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringContaining("Cơ sở dữ liệu đích đã có bảng") });
    expect(await fingerprint(copyUrl)).toEqual(before);
  });

  it("refuses a damaged backup before writing anything", async () => {
    writeFileSync(path.join(backup, "storage", "ghi-chu.txt"), "đã bị sửa\n");
    await admin((client) => client.query(`DROP DATABASE IF EXISTS "${copyName}" WITH (FORCE)`));
    await admin((client) => client.query(`CREATE DATABASE "${copyName}"`));
    const refused = script("restore", [backup], { DATABASE_URL: copyUrl, STORAGE_DIR: path.join(work, "third-storage") });
    await expect(refused).rejects.toMatchObject({ stderr: expect.stringContaining("storage/ghi-chu.txt không khớp mã kiểm tra") });
    expect(await fingerprint(copyUrl)).toEqual({});
  });
});
