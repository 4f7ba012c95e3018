// Times the faceted search and a 5,000-row import on the database scripts/bench/documents.mjs made.
import { performance } from "node:perf_hooks";
import { db } from "../../lib/db";
import { importDocuments } from "../../lib/documents/import-documents";
import { searchDocuments } from "../../lib/documents/public-search";
import { readDocumentSearch } from "../../lib/documents/search-params";

const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 300);
const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);

// What readers do on /van-ban: open it, type a number or words, click facets, page on.
const READER_SEARCHES: Record<string, string>[] = [
  {},
  { q: "nghi dinh 42" },
  { q: "42/2022/nd-cp" },
  { q: "luat dat dai" },
  { q: "xu phat giao thong" },
  { q: "hoa giai" },
  { loai: "nghi-dinh" },
  { loai: "thong-tu", nam: "2015" },
  { "hieu-luc": "het-hieu-luc" },
  { "hieu-luc": "con-hieu-luc", loai: "luat" },
  { "linh-vuc": "linh-vuc-2" },
  { "co-quan": "Bộ Tư pháp", nam: "2020" },
  { q: "ho tich", "hieu-luc": "con-hieu-luc" },
  { trang: "40" },
  { q: "pho bien giao duc phap luat", trang: "3" },
  { q: "ubnd", loai: "quyet-dinh", "linh-vuc": "linh-vuc-5" },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measureSearch() {
  for (const params of READER_SEARCHES) await searchDocuments(readDocumentSearch(params)); // warm the pool and the plans
  const times: number[] = [];
  // The ceiling, timed between the searches on the same busy machine: the least any search of the
  // library must do, PostgreSQL counting the published documents.
  const floor: number[] = [];
  const bySearch = new Map<string, number[]>();
  for (let i = 0; i < SEARCHES; i++) {
    const params = READER_SEARCHES[i % READER_SEARCHES.length];
    const started = performance.now();
    const result = await searchDocuments(readDocumentSearch(params));
    times.push(performance.now() - started);
    const countStarted = performance.now();
    await db.$queryRaw`SELECT count(*) FROM "LegalDocument" WHERE state = 'PUBLISHED'`;
    floor.push(performance.now() - countStarted);
    const key = `${JSON.stringify(params)} (${result.total})`;
    bySearch.set(key, [...(bySearch.get(key) ?? []), times[times.length - 1]]);
  }
  if (process.env.BENCH_VERBOSE) for (const [key, list] of bySearch) console.log(`  ${key}: p50 ${percentile(list, 50).toFixed(1)} ms, max ${Math.max(...list).toFixed(1)} ms`);
  const p95 = percentile(times, 95);
  console.log(`faceted search, ${SEARCHES} searches (list + count + 5 facets each): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms — aim p95 < 100 ms: ${p95 < 100 ? "met" : "NOT met"}`);
  console.log(`ceiling, count(*) of the published documents between the searches: p50 ${percentile(floor, 50).toFixed(1)} ms, p95 ${percentile(floor, 95).toFixed(1)} ms (search p95 = ${(p95 / percentile(floor, 95)).toFixed(1)} × the ceiling's)`);
}

async function measureImport() {
  const header = "Số/ký hiệu,Loại văn bản,Cơ quan ban hành,Người ký,Ngày ban hành,Ngày có hiệu lực,Ngày hết hiệu lực,Tình trạng hiệu lực,Lĩnh vực,Trích yếu,Tệp";
  const lines = Array.from({ length: IMPORT_ROWS }, (_, i) => `${i + 1}/2027/QĐ-NHAP,Quyết định,UBND tỉnh Thanh Nguyên,Người ký,${1 + (i % 28)}/${1 + (i % 12)}/2027,,,,Đất đai,Quyết định nhập thử số ${i + 1} về quản lý đất đai,`);
  const bytes = Buffer.from([header, ...lines].join("\n"));
  const actor = { id: 1, portalRoles: [], memberships: [{ unitId: 1, role: "APPROVER" as const }] };
  const started = performance.now();
  const result = await importDocuments(actor, { unitId: 1, sheet: { name: "bench.csv", bytes } });
  const seconds = (performance.now() - started) / 1000;
  if (!result.ok) throw new Error(`import refused: ${result.error} ${JSON.stringify(result.report?.slice(0, 3))}`);
  console.log(`import of ${IMPORT_ROWS} rows (${(bytes.length / 1024).toFixed(0)} KB CSV): ${seconds.toFixed(1)} s — aim < 30 s: ${seconds < 30 ? "met" : "NOT met"}`);
}

async function main() {
  console.log(`${await db.legalDocument.count()} documents in the database`);
  await measureSearch();
  if (IMPORT_ROWS > 0) await measureImport();
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
