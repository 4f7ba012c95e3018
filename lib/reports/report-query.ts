// The report's address: /quan-ly/bao-cao?ky=thang&nam=2026&thang=3&rieng=1&sap_xep=-xuat-ban. The page,
// the sort links and both export routes read and write it through these two functions. Pure.
import { parseSort, sortParam, type SortState } from "./columns";
import { parsePeriod, periodQuery, type PeriodParams, type ReportPeriod } from "./period";

export type SearchParams = Record<string, string | string[] | undefined>;

export type ReportQuery = { period: ReportPeriod; separateMerged: boolean; sort: SortState };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseReportQuery(
  params: SearchParams,
  now: Date = new Date(),
): { ok: true; value: ReportQuery } | { ok: false; error: string; fieldErrors: Record<string, string>; fields: ReportPeriod["fields"]; separateMerged: boolean; sort: SortState } {
  const periodParams: PeriodParams = {};
  for (const key of ["ky", "nam", "thang", "quy", "tu", "den"] as const) periodParams[key] = first(params[key]);
  const separateMerged = ["1", "true", "on"].includes(first(params.rieng) ?? "");
  const sort = parseSort(first(params.sap_xep));
  const period = parsePeriod(periodParams, now);
  if (!period.ok) return { ...period, separateMerged, sort };
  return { ok: true, value: { period: period.value, separateMerged, sort } };
}

/** "?ky=thang&nam=2026&thang=3&rieng=1&sap_xep=-xuat-ban", with `changes` applied. */
export function reportQueryString(query: ReportQuery, changes: Partial<Pick<ReportQuery, "sort" | "separateMerged">> = {}): string {
  const sort = changes.sort ?? query.sort;
  const separate = changes.separateMerged ?? query.separateMerged;
  const params = new URLSearchParams(periodQuery(query.period));
  if (separate) params.set("rieng", "1");
  if (sortParam(sort)) params.set("sap_xep", sortParam(sort));
  return `?${params.toString()}`;
}
