// `npm run backup [-- <folder>]`: the whole portal in one folder — the database (pg_dump, custom
// format) and the storage folder (STORAGE_DIR, default ./storage) file by file — with a SHA256SUMS list
// of every file in it, so `npm run restore` (or `sha256sum -c SHA256SUMS`) can tell an intact backup.
// Default folder: backups/<UTC date and time>. Uploads written during the backup may be missing from
// it; take it at a quiet hour, or from a storage snapshot.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expectedMigrations } from "./lib/database-probe.mjs";
import { filesUnder, formatChecksums, postgresTool, runTool, sha256File } from "./lib/backup-files.mjs";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL chưa được đặt.");
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const out = path.resolve(process.argv[2] ?? path.join("backups", stamp));
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`Thư mục ${out} đã có dữ liệu: chọn một thư mục trống.`);
  mkdirSync(out, { recursive: true });
  const storageDir = path.resolve(process.env.STORAGE_DIR ?? "storage");

  const started = Date.now();
  await runTool(postgresTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", "--file", path.join(out, "database.dump"), `--dbname=${url}`]);

  const checksums = { "database.dump": await sha256File(path.join(out, "database.dump")) };
  const files = filesUnder(storageDir);
  for (const file of files) {
    const target = path.join(out, "storage", file);
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(storageDir, file), target);
    checksums[`storage/${file}`] = await sha256File(target);
  }
  writeFileSync(
    path.join(out, "manifest.json"),
    `${JSON.stringify({ createdAt: new Date().toISOString(), files: files.length, migrations: expectedMigrations() }, null, 2)}\n`,
  );
  checksums["manifest.json"] = await sha256File(path.join(out, "manifest.json"));
  writeFileSync(path.join(out, "SHA256SUMS"), formatChecksums(checksums));
  console.log(`Đã sao lưu cơ sở dữ liệu và ${files.length} tệp vào ${out} trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`Sao lưu thất bại: ${error.message}`);
    process.exit(1);
  },
);
