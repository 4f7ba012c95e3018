// Lighthouse 12, mobile profile (its default: a mid-range phone on slow 4G, simulated), against the
// production build served by scripts/server.mjs: the home page, an article with a cover, and a search
// page. Each page is measured LIGHTHOUSE_RUNS times (3) and the median of each figure reported, since
// a busy machine moves single runs by ten points. Also the article's first-load weight (every byte
// the browser fetched), split by type.
//
// Database: pbgdpl_lighthouse (the demo data) on the server DATABASE_URL names, rebuilt each run and
// dropped afterwards. LIGHTHOUSE_URL=<origin> measures a server already running instead (no database,
// no build). Chromium: CHROME_PATH (/usr/bin/chromium), headless=new, no sandbox.
//
// Targets (issue 14): performance ≥ 90, LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.05, accessibility,
// best practices and SEO 100, article ≤ 250 KB. LIGHTHOUSE_STRICT=1 fails the run when one is missed.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freshDatabase, run, withDatabaseName } from "../lib/bench-support.mjs";
import { ensureBuild, startProductionServer, stopChild } from "./lib/production.mjs";

const DATABASE = process.env.LIGHTHOUSE_DATABASE ?? "pbgdpl_lighthouse";
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking";
const TARGETS = { performance: 90, lcpMs: 2500, tbtMs: 200, cls: 0.05, scores: 100, articleKb: 250 };

async function articlePath(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT slug FROM "Article" WHERE state = 'PUBLISHED' AND "deletedAt" IS NULL AND "coverImageId" IS NOT NULL ORDER BY "publishedAt" DESC LIMIT 1`,
    );
    return `/bai-viet/${rows[0].slug}`;
  } finally {
    await client.end();
  }
}

/** One Lighthouse run in a process of its own (its CLI), answering the report as an object. */
function lighthouse(url) {
  const cli = path.resolve("node_modules/lighthouse/cli/index.js");
  const args = [cli, url, "--output=json", "--output-path=stdout", "--quiet", `--chrome-flags=${CHROME_FLAGS}`, "--only-categories=performance,accessibility,best-practices,seo"];
  return new Promise((resolve, reject) => {
    execFile("node", args, { env: { ...process.env, CHROME_PATH }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`lighthouse ${url} failed: ${stderr.slice(-2000) || error.message}`));
      try {
        resolve(JSON.parse(stdout));
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

function figures(report) {
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  const bytesOf = (type) => report.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === type)?.transferSize ?? 0;
  const failing = ["accessibility", "best-practices", "seo"].flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.score !== null && report.audits[ref.id]?.score < 1)
      .map((ref) => `${category}: ${ref.id}`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: audit("largest-contentful-paint"),
    fcpMs: audit("first-contentful-paint"),
    tbtMs: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    totalKb: audit("total-byte-weight") / 1024,
    scriptKb: bytesOf("script") / 1024,
    fontKb: bytesOf("font") / 1024,
    imageKb: bytesOf("image") / 1024,
    documentKb: bytesOf("document") / 1024,
    stylesheetKb: bytesOf("stylesheet") / 1024,
    failing,
  };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(origin, pages) {
  const results = [];
  for (const page of pages) {
    // The reader's usual case: the page was made before, so it comes from the page cache.
    for (let i = 0; i < 2; i++) await fetch(`${origin}${page.path}`);
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(figures(await lighthouse(`${origin}${page.path}`)));
    const summary = { name: page.name, path: page.path, runs: runs.length, failing: [...new Set(runs.flatMap((r) => r.failing))] };
    for (const key of Object.keys(runs[0]).filter((k) => k !== "failing")) summary[key] = median(runs.map((r) => r[key]));
    summary.performanceRange = `${Math.min(...runs.map((r) => r.performance))}–${Math.max(...runs.map((r) => r.performance))}`;
    results.push(summary);
  }
  return results;
}

function report(results) {
  const widths = [8, 12, 7, 7, 6, 5, 4, 4, 9, 27];
  const line = (cells) => cells.map((cell, i) => String(cell).padEnd(widths[i])).join(" | ");
  console.log(`\nLighthouse 12, mobile, median of ${RUNS} runs per page (performance: median, and the range of the runs)`);
  console.log(line(["page", "performance", "LCP s", "TBT ms", "CLS", "a11y", "BP", "SEO", "weight KB", "JS / fonts / images / HTML KB"]));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const r of results) {
    console.log(
      line([
        r.name,
        `${r.performance} (${r.performanceRange})`,
        (r.lcpMs / 1000).toFixed(2),
        Math.round(r.tbtMs),
        r.cls.toFixed(3),
        r.accessibility,
        r.bestPractices,
        r.seo,
        Math.round(r.totalKb),
        [r.scriptKb, r.fontKb, r.imageKb, r.documentKb].map((kb) => Math.round(kb)).join(" / "),
      ]),
    );
  }
  const misses = [];
  for (const r of results) {
    if (r.performance < TARGETS.performance) misses.push(`${r.name}: performance ${r.performance} < ${TARGETS.performance}`);
    if (r.lcpMs > TARGETS.lcpMs) misses.push(`${r.name}: LCP ${(r.lcpMs / 1000).toFixed(2)} s > 2.5 s`);
    if (r.tbtMs > TARGETS.tbtMs) misses.push(`${r.name}: TBT ${Math.round(r.tbtMs)} ms > ${TARGETS.tbtMs} ms`);
    if (r.cls > TARGETS.cls) misses.push(`${r.name}: CLS ${r.cls.toFixed(3)} > ${TARGETS.cls}`);
    for (const [label, value] of [["accessibility", r.accessibility], ["best practices", r.bestPractices], ["SEO", r.seo]]) {
      if (value < TARGETS.scores) misses.push(`${r.name}: ${label} ${value} < 100`);
    }
    if (r.name === "article" && r.totalKb > TARGETS.articleKb) misses.push(`article: ${Math.round(r.totalKb)} KB > ${TARGETS.articleKb} KB`);
    for (const audit of r.failing) misses.push(`${r.name}: failing audit ${audit}`);
  }
  console.log(misses.length === 0 ? "\n✔ every target met" : `\n✖ below target:\n  ${misses.join("\n  ")}`);
  if (misses.length > 0 && process.env.LIGHTHOUSE_STRICT === "1") throw new Error("Lighthouse targets missed");
}

export default async function lighthouseBench({ databaseUrl }) {
  if (process.env.LIGHTHOUSE_URL) {
    const origin = process.env.LIGHTHOUSE_URL.replace(/\/$/, "");
    const article = process.env.LIGHTHOUSE_ARTICLE ?? (await articlePath(databaseUrl));
    report(await measure(origin, pagesFor(article)));
    return;
  }
  const url = await freshDatabase(databaseUrl, DATABASE);
  const storage = mkdtempSync(path.join(os.tmpdir(), "pbgdpl-lighthouse-"));
  const env = { ...process.env, DATABASE_URL: url, STORAGE_DIR: storage, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production" };
  let server = null;
  try {
    console.log(`database ${DATABASE}: migrations and the demo data`);
    await run("node", ["scripts/migrate.mjs", "deploy"], env, { quiet: true });
    await run("npx", ["tsx", "prisma/seed.ts"], env, { quiet: true });
    await ensureBuild(env);
    const started = await startProductionServer(env, path.join(storage, "server.log"));
    server = started.child;
    report(await measure(started.origin, pagesFor(await articlePath(url))));
  } finally {
    await stopChild(server);
    rmSync(storage, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: withDatabaseName(databaseUrl, "postgres") });
    await admin.connect().then(() => admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`)).catch(() => {}).finally(() => admin.end().catch(() => {}));
  }
}

function pagesFor(article) {
  return [
    { name: "home", path: "/" },
    { name: "article", path: article },
    { name: "search", path: `/tim-kiem?q=${encodeURIComponent("phổ biến pháp luật")}` },
  ];
}
