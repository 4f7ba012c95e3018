// `npm run restore -- <backup folder>`: puts a backup made by `npm run backup` back — into an EMPTY
// database (DATABASE_URL; no table in it yet) and an empty or missing storage folder (STORAGE_DIR,
// default ./storage). It refuses, changing nothing, when the backup's checksums do not match or when
// either target already holds data; it checks every restored file against the checksums again.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { filesUnder, postgresTool, readChecksums, runTool, sha256File } from "./lib/backup-files.mjs";

async function tablesIn(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL chưa được đặt.");
  const from = process.argv[2] && path.resolve(process.argv[2]);
  if (!from || !existsSync(path.join(from, "SHA256SUMS"))) throw new Error("Cần chỉ ra thư mục sao lưu (có tệp SHA256SUMS): npm run restore -- <thư mục>.");
  const storageDir = path.resolve(process.env.STORAGE_DIR ?? "storage");

  // Everything is checked before anything is written.
  const checksums = readChecksums(path.join(from, "SHA256SUMS"));
  if (!checksums["database.dump"]) throw new Error("Bản sao lưu thiếu database.dump.");
  for (const [file, hash] of Object.entries(checksums)) {
    const actual = existsSync(path.join(from, file)) ? await sha256File(path.join(from, file)) : "missing";
    if (actual !== hash) throw new Error(`Bản sao lưu bị hỏng: ${file} không khớp mã kiểm tra.`);
  }
  if ((await tablesIn(url)) > 0) throw new Error("Cơ sở dữ liệu đích đã có bảng: chỉ khôi phục vào cơ sở dữ liệu trống.");
  if (filesUnder(storageDir).length > 0) throw new Error(`Thư mục lưu tệp ${storageDir} đã có tệp: chỉ khôi phục vào thư mục trống.`);

  const started = Date.now();
  await runTool(postgresTool("pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", `--dbname=${url}`, path.join(from, "database.dump")]);
  const stored = Object.keys(checksums).filter((file) => file.startsWith("storage/"));
  for (const file of stored) {
    const target = path.join(storageDir, file.slice("storage/".length));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(from, file), target);
    if ((await sha256File(target)) !== checksums[file]) throw new Error(`Tệp ${target} không khớp mã kiểm tra sau khi chép.`);
  }
  console.log(`Đã khôi phục cơ sở dữ liệu và ${stored.length} tệp từ ${from} trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Khôi phục thất bại: ${error.message}`);
    process.exit(1);
  },
);
