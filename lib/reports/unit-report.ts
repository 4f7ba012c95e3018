// Báo cáo thống kê: how every unit did in a period. The use case decides scope (reportScope) and how
// merged units are counted, then lets figures.ts count; the page and both exports read its result.
import { refused, type ActionResult } from "@/lib/action-result";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitStatusName, type UnitTypeName } from "@/lib/units/labels";
import { countFigures, EMPTY_FIGURES, type Figures, type UnitMapping } from "./figures";
import type { ReportPeriod } from "./period";
import { REPORT_REFUSAL, reportScope } from "./scope";

export type ReportRow = {
  unitId: number;
  name: string;
  type: UnitTypeName;
  status: UnitStatusName;
  /** Shown separately (status MERGED): the unit its history is otherwise counted under. */
  mergedInto: string | null;
  /** Rolled up: the merged units whose history this row includes, by name. */
  includesMerged: string[];
  figures: Figures;
  /** Publications per month of the period, in the order of period.months. */
  publishedByMonth: number[];
  /** Marked "Chưa có bài xuất bản". */
  publishedNothing: boolean;
  /** Position in the unit tree's order (type, sort order, name): the default order of the table. */
  order: number;
};

export type ReportTotal = { units: number; idleUnits: number; figures: Figures; publishedByMonth: number[] };

export type UnitReport = {
  period: ReportPeriod;
  separateMerged: boolean;
  portalWide: boolean;
  generatedAt: Date;
  rows: ReportRow[];
  typeTotals: (ReportTotal & { type: UnitTypeName; label: string })[];
  total: ReportTotal;
};

export type ReportOptions = {
  period: ReportPeriod;
  /** "Hiện riêng đơn vị đã sáp nhập": a merged unit gets its own row instead of counting under its successor. */
  separateMerged?: boolean;
  now?: Date;
};

/** A successor chain longer than this is treated as broken rather than followed forever. */
const MAX_MERGE_HOPS = 20;

type UnitRecord = { id: number; name: string; type: UnitTypeName; status: UnitStatusName; successorId: number | null; sortOrder: number };

/** The unit a merged unit lives on in today, following mergers of mergers. */
function finalUnit(unit: UnitRecord, byId: Map<number, UnitRecord>): UnitRecord {
  let current = unit;
  const seen = new Set([unit.id]);
  for (let hop = 0; current.status === "MERGED" && current.successorId !== null && hop < MAX_MERGE_HOPS; hop++) {
    const next = byId.get(current.successorId);
    if (!next || seen.has(next.id)) break;
    seen.add(next.id);
    current = next;
  }
  return current;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

export async function getUnitReport(actor: PolicyActor | null, options: ReportOptions): Promise<ActionResult<UnitReport>> {
  const scope = reportScope(actor);
  if (!scope.ok) return refused(scope.error);
  const { period } = options;
  const separateMerged = options.separateMerged ?? false;

  const units = (await db.unit.findMany({
    select: { id: true, name: true, type: true, status: true, successorId: true, sortOrder: true },
  })) as UnitRecord[];
  const byId = new Map(units.map((u) => [u.id, u]));
  const finalOf = new Map(units.map((u) => [u.id, finalUnit(u, byId)]));

  // An approver sees their units and every unit merged into them; a membership in a merged unit gives
  // no rights (the session drops it too), so it does not open the successor's figures.
  const allowed = scope.value.portalWide ? null : new Set(scope.value.unitIds.filter((id) => byId.get(id) && byId.get(id)!.status !== "MERGED"));
  if (allowed && allowed.size === 0) return refused(REPORT_REFUSAL);
  const inScope = units.filter((u) => allowed === null || allowed.has(finalOf.get(u.id)!.id));
  const reportUnitOf = (u: UnitRecord) => (separateMerged ? u : finalOf.get(u.id)!);
  const mapping: UnitMapping[] = inScope.map((u) => ({ unitId: u.id, reportUnitId: reportUnitOf(u).id, reportUnitType: reportUnitOf(u).type }));

  const figures = await countFigures(mapping, period.from, period.to);

  const reportUnits = [...new Map(inScope.map((u) => [reportUnitOf(u).id, reportUnitOf(u)])).values()];
  const typeRank = (type: UnitTypeName) => UNIT_TYPES.indexOf(type);
  reportUnits.sort((a, b) => typeRank(a.type) - typeRank(b.type) || a.sortOrder - b.sortOrder || collator.compare(a.name, b.name) || a.id - b.id);

  const rows: ReportRow[] = [];
  for (const unit of reportUnits) {
    const unitFigures = figures.byUnit.get(unit.id) ?? { ...EMPTY_FIGURES };
    const active = hasActivity(unitFigures);
    // Active units are always listed, so the ones that published nothing stand out; merged and
    // archived units only when something of theirs happened in the period.
    if (unit.status !== "ACTIVE" && !active) continue;
    const months = figures.publishedByMonth.get(unit.id);
    rows.push({
      unitId: unit.id,
      name: unit.name,
      type: unit.type,
      status: unit.status,
      mergedInto: unit.status === "MERGED" ? finalOf.get(unit.id)!.name : null,
      includesMerged: separateMerged
        ? []
        : inScope.filter((u) => u.id !== unit.id && finalOf.get(u.id)!.id === unit.id).map((u) => u.name).sort(collator.compare),
      figures: unitFigures,
      publishedByMonth: period.months.map((m) => months?.get(m.key) ?? 0),
      publishedNothing: unitFigures.published === 0,
      order: rows.length,
    });
  }

  const summarize = (list: ReportRow[], summed: Figures): ReportTotal => ({
    units: list.length,
    idleUnits: list.filter((r) => r.publishedNothing).length,
    figures: summed,
    publishedByMonth: period.months.map((_, i) => list.reduce((n, r) => n + r.publishedByMonth[i], 0)),
  });
  const typeTotals = UNIT_TYPES.flatMap((type) => {
    const list = rows.filter((r) => r.type === type);
    if (list.length === 0) return [];
    return [{ type, label: UNIT_TYPE_LABELS[type], ...summarize(list, figures.byType.get(type) ?? { ...EMPTY_FIGURES }) }];
  });

  return {
    ok: true,
    value: {
      period,
      separateMerged,
      portalWide: scope.value.portalWide,
      generatedAt: options.now ?? new Date(),
      rows,
      typeTotals,
      total: summarize(rows, figures.total),
    },
  };
}

function hasActivity(f: Figures): boolean {
  return f.created + f.submitted + f.published + f.returned + f.takenDown + f.commentsReceived + f.commentsApproved + f.views + f.downloads > 0;
}
