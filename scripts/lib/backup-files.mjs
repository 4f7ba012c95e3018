// What backup.mjs and restore.mjs share: walking a folder, SHA-256 of files, the checksum list.
import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { spawn, spawnSync } from "node:child_process";

export function sha256File(file) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    createReadStream(file)
      .on("error", reject)
      .on("data", (chunk) => hash.update(chunk))
      .on("end", () => resolve(hash.digest("hex")));
  });
}

/** Every regular file under `dir`, as paths relative to it with forward slashes, sorted. */
export function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  const found = [];
  const walk = (relative) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  walk("");
  return found.sort();
}

/** relative path → SHA-256, for every file under `dir`. */
export async function hashesUnder(dir) {
  const hashes = {};
  for (const file of filesUnder(dir)) hashes[file] = await sha256File(path.join(dir, file));
  return hashes;
}

/** Reads a SHA256SUMS file (`<hash>  <path>` lines, as sha256sum writes and `sha256sum -c` checks). */
export function readChecksums(file) {
  const entries = {};
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) entries[match[2]] = match[1];
  }
  return entries;
}

export function formatChecksums(entries) {
  return Object.entries(entries)
    .map(([file, hash]) => `${hash}  ${file}\n`)
    .join("");
}

/** A PostgreSQL client program (pg_dump, pg_restore) from the PATH, or a clear refusal. */
export function postgresTool(name) {
  if (spawnSync(name, ["--version"], { stdio: "ignore" }).status !== 0) {
    throw new Error(`${name} không có trên máy này: cài gói PostgreSQL client (apt-get install -y postgresql-client), cùng phiên bản chính với máy chủ.`);
  }
  return name;
}

export function runTool(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "inherit", "pipe"] });
    let errors = "";
    child.stderr.on("data", (chunk) => (errors += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}: ${errors.trim()}`))));
  });
}
