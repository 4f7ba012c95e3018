// The production topology under load (issue 17). Three servers answer the same cached article, each
// asked by autocannon (50 connections, Accept-Encoding: gzip as browsers send) for BENCH_DURATION
// seconds: nginx serving the saved page from disk with gzip_static (the ceiling a user would choose
// instead), Varnish in front of two instances (scripts/lib/topology.mjs), and the single-process
// default (`npm start`: the in-process page cache). Then, with BENCH_SOAK_MINUTES > 0, a soak through
// Varnish: readers over the whole archive, staff saving drafts and comments arriving (written to the
// database, as the workspace would), one publication a minute expired through instance A; every
// request's status counted and each instance's memory (RSS) sampled every 10 s.
//
// Options: BENCH_DURATION (10), BENCH_CONNECTIONS (50), BENCH_SOAK_MINUTES (0), NEXT_DIST_DIR (.next),
// BENCH_SKIP_BUILD=1 (use that build as it is),
// BENCH_DATABASE (pbgdpl_bench_topology, demo data). Needs varnish, varnish-modules and nginx-light.
import autocannon from "autocannon";
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { freshDatabase, run } from "../lib/bench-support.mjs";
import { startTopology, varnishInstalled, waitFor, freePort } from "../lib/topology.mjs";
import { ensureBuild, startProductionServer, stopChild } from "./lib/production.mjs";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 0);
const DATABASE = process.env.BENCH_DATABASE ?? "pbgdpl_bench_topology";
const GZIP = { "accept-encoding": "gzip" };

function cannon(url, title) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: GZIP, title }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on("error", reject);
  });
}

async function startNginx(dir, port) {
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/site;
    gzip_static on;
    default_type "text/html; charset=utf-8";
    location / { try_files /article.html =404; }
  }
}
`,
  );
  spawnSync("mkdir", ["-p", `${dir}/tmp`]);
  const child = spawn("nginx", ["-c", `${dir}/nginx.conf`, "-g", "daemon off;"], { stdio: "ignore" });
  await waitFor(`http://127.0.0.1:${port}/`).catch((error) => {
    child.kill("SIGTERM");
    throw error;
  });
  return child;
}

/** RSS of a process in MB (Linux /proc). */
function rssMb(pid) {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : NaN;
}

async function soak(topology, databaseUrl, minutes) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: articles } = await client.query(`SELECT id, slug, "unitId", "categoryId" FROM "Article" WHERE state = 'PUBLISHED'`);
  const { rows: drafts } = await client.query(`SELECT id FROM "Article" WHERE state = 'DRAFT' LIMIT 20`);
  const paths = [...articles.map((a) => `/bai-viet/${a.slug}`), "/", "/tim-kiem?q=luat", "/tim-kiem?q=hoa+giai", "/rss"];
  const statuses = new Map();
  const count = (status) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const end = Date.now() + minutes * 60_000;
  const samples = [];
  const sampler = setInterval(() => samples.push({ at: Date.now(), rss: topology.instances.map((i) => rssMb(i.process.pid)) }), 10_000);
  const reader = async () => {
    while (Date.now() < end) {
      const p = paths[Math.floor(Math.random() * paths.length)];
      try {
        const response = await fetch(`${topology.varnishUrl}${p}`, { headers: GZIP });
        await response.arrayBuffer();
        count(response.status);
      } catch {
        count("error");
      }
      // A steady load, not a saturating one: the soak measures memory over time, not throughput.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const writer = async () => {
    while (Date.now() < end) {
      const draft = drafts[Math.floor(Math.random() * Math.max(drafts.length, 1))];
      if (draft) await client.query(`UPDATE "Article" SET "bodyText" = "bodyText" || ' ', "updatedAt" = now() WHERE id = $1`, [draft.id]);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  const publisher = async () => {
    let i = 0;
    while (Date.now() < end) {
      await new Promise((resolve) => setTimeout(resolve, 60_000));
      const a = articles[i++ % articles.length];
      await client.query(`UPDATE "Article" SET "publishedAt" = now(), "updatedAt" = now() WHERE id = $1`, [a.id]);
      const response = await fetch(`${topology.instances[0].url}/api/noi-bo/lam-moi`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-revalidate-secret": process.env.REVALIDATE_SECRET },
        body: JSON.stringify({ changes: { articles: [{ before: null, after: { id: a.id, slug: a.slug, unitId: a.unitId, categoryId: a.categoryId } }] } }),
      });
      count(`publish ${response.status}`);
    }
  };
  await Promise.all([...Array.from({ length: 8 }, reader), writer(), publisher()]);
  clearInterval(sampler);
  await client.end();
  const warm = samples.find((s) => s.at - samples[0].at >= 60_000) ?? samples[0];
  const last = samples.at(-1);
  console.log(`soak ${minutes} min through Varnish: ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(", ")}`);
  topology.instances.forEach((instance, index) => {
    const peak = Math.max(...samples.map((s) => s.rss[index]));
    console.log(
      `  instance ${instance.name}: RSS after warm-up ${warm.rss[index].toFixed(0)} MB, at the end ${last.rss[index].toFixed(0)} MB ` +
        `(${(((last.rss[index] - warm.rss[index]) / warm.rss[index]) * 100).toFixed(1)} %), peak ${peak.toFixed(0)} MB`,
    );
  });
}

export default async function topologyBench({ databaseUrl }) {
  if (!varnishInstalled() || spawnSync("nginx", ["-v"]).status !== 0) {
    console.log("topology: skipped (needs Debian's varnish, varnish-modules and nginx-light)");
    return;
  }
  const url = await freshDatabase(databaseUrl, DATABASE);
  const work = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-bench-topology-"));
  // nginx's workers run as another user when started by root: they must be able to read the page.
  chmodSync(work, 0o755);
  process.env.REVALIDATE_SECRET ??= "bench-revalidate-secret";
  const env = { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: "bench-secret", STORAGE_DIR: path.join(work, "storage"), NEXT_TELEMETRY_DISABLED: "1", SCHEDULER_DISABLED: "1" };
  await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
  await run("npx", ["tsx", "prisma/seed.ts"], env, { quiet: true });
  // BENCH_SKIP_BUILD=1: use the build in NEXT_DIST_DIR as it is (several people building one checkout).
  if (process.env.BENCH_SKIP_BUILD !== "1") await ensureBuild(env);

  const topology = await startTopology({ env: { ...env, REDIS_KEY_PREFIX: "bench:" }, workDir: path.join(work, "topology") });
  let single;
  let nginx;
  try {
    const reader = new pg.Client({ connectionString: url });
    await reader.connect();
    const { rows } = await reader.query(`SELECT slug FROM "Article" WHERE state = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 1`);
    await reader.end();
    const article = `/bai-viet/${rows[0].slug}`;
    for (let i = 0; i < 3; i++) await fetch(`${topology.varnishUrl}${article}`, { headers: GZIP }).then((r) => r.arrayBuffer());

    // The same page as Varnish gives it, saved for nginx (plain and pre-compressed).
    const page = Buffer.from(await (await fetch(`${topology.varnishUrl}${article}`)).arrayBuffer());
    spawnSync("mkdir", ["-p", path.join(work, "site")]);
    writeFileSync(path.join(work, "site", "article.html"), page);
    writeFileSync(path.join(work, "site", "article.html.gz"), gzipSync(page, { level: 9 }));
    const nginxPort = await freePort();
    nginx = await startNginx(work, nginxPort);

    single = await startProductionServer(env, path.join(work, "single.log"));
    for (let i = 0; i < 3; i++) await fetch(`${single.origin}${article}`, { headers: GZIP }).then((r) => r.arrayBuffer());

    const results = [];
    for (const [name, target] of [
      ["nginx, saved page (gzip_static)", `http://127.0.0.1:${nginxPort}/`],
      ["Varnish → 2 instances", `${topology.varnishUrl}${article}`],
      ["npm start (in-process page cache)", `${single.origin}${article}`],
    ]) {
      const result = await cannon(target, name);
      results.push({ name, rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx });
    }
    const nginxRps = results[0].rps;
    console.log(`cached article, ${CONNECTIONS} connections, ${DURATION} s each, Accept-Encoding: gzip (${page.length} bytes uncompressed)`);
    for (const r of results) {
      console.log(`  ${r.name.padEnd(36)} ${String(Math.round(r.rps)).padStart(7)} req/s  p99 ${String(r.p99).padStart(4)} ms  ${(r.rps / nginxRps).toFixed(2)} × nginx  ${r.errors} errors`);
    }

    if (SOAK_MINUTES > 0) {
      await stopChild(single.child);
      single = null;
      nginx.kill("SIGTERM");
      nginx = null;
      await soak(topology, url, SOAK_MINUTES);
    }
  } finally {
    if (single) await stopChild(single.child);
    nginx?.kill("SIGTERM");
    await topology.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
