// The report's SQL. The use case builds a map of unit → "reporting unit" (a merged unit maps to its
// successor, or to itself when shown separately), so scope and merges are decided in one place; the
// database only counts, and the figures are added up per reporting unit here.
//
// Definitions (the labels in columns.ts say the same to the reader):
// - Articles are attributed to the unit that wrote them (Article.originalUnitId), never to the unit
//   that owns them after a merge (Article.unitId).
// - Bài tạo mới, Gửi duyệt, Bị trả lại, Đã gỡ: WorkflowEvents CREATE, SUBMIT, RETURN (to RETURNED
//   only: a returned correction leaves the article published and is not counted), TAKE_DOWN whose
//   time lies in the period.
// - Đã xuất bản: events APPROVE and PUBLISH_SCHEDULED in the period. APPROVE_CORRECTION is not a
//   publication (the article was already published; only its text changed) and SUBMIT_CORRECTION
//   is not a submission.
// - Thời gian duyệt: for each publication event in the period, its time minus the time of the latest
//   SUBMIT of the same article at or before it (so a returned and resubmitted article counts from its
//   last submission; a scheduled article counts until it actually went out). Publications with no
//   SUBMIT before them (imported data) are left out. Median and 90th percentile are PostgreSQL's
//   percentile_cont (linear interpolation), per unit, per unit type and overall.
// - Bình luận nhận: comments posted in the period on the unit's articles, spam excluded; Bình luận
//   duyệt: those of them approved now.
// - Lượt xem / Lượt tải: Article.viewCount and StoredFile.downloadCount are running totals, not
//   per-period counts. The report shows, for the articles published in the period, their views to
//   date and the downloads to date of their attached files (each file once per reporting unit).
// Timestamps are stored as UTC in `timestamp` columns; the bounds are passed as instants and
// converted to UTC wall time, and months are cut in Asia/Ho_Chi_Minh.
import { db } from "@/lib/db";
import type { UnitTypeName } from "@/lib/units/labels";

export type UnitMapping = { unitId: number; reportUnitId: number; reportUnitType: UnitTypeName };

export type Figures = {
  created: number;
  submitted: number;
  published: number;
  returned: number;
  takenDown: number;
  /** Seconds from the last submission to publication; null when nothing was published with a submission. */
  medianSeconds: number | null;
  p90Seconds: number | null;
  /** How many publications the two durations are computed from. */
  timedPublications: number;
  commentsReceived: number;
  commentsApproved: number;
  views: number;
  downloads: number;
};

export const EMPTY_FIGURES: Figures = {
  created: 0,
  submitted: 0,
  published: 0,
  returned: 0,
  takenDown: 0,
  medianSeconds: null,
  p90Seconds: null,
  timedPublications: 0,
  commentsReceived: 0,
  commentsApproved: 0,
  views: 0,
  downloads: 0,
};

type CountRow = { unitId: number; action: string; month: string | null; count: number };
type DurationRow = { level: number; unitType: string | null; reportUnitId: number | null; medianSeconds: number | null; p90Seconds: number | null; timed: number };

export type FigureSet = {
  byUnit: Map<number, Figures>;
  byType: Map<UnitTypeName, Figures>;
  total: Figures;
  /** Publications per reporting unit per Vietnamese month ("2026-03"). */
  publishedByMonth: Map<number, Map<string, number>>;
};

const COUNTED: Record<string, "created" | "submitted" | "published" | "returned" | "takenDown"> = {
  CREATE: "created",
  SUBMIT: "submitted",
  APPROVE: "published",
  PUBLISH_SCHEDULED: "published",
  RETURN: "returned",
  TAKE_DOWN: "takenDown",
};

/**
 * Counts every figure for the units in `mapping` during [from, to). Sums are counted per writing unit
 * and added up here; only the percentiles (which do not add up) need the mapping inside SQL. Only the
 * reach query joins through the mapping as well, so a file shared by two merged units counts once.
 */
export async function countFigures(mapping: readonly UnitMapping[], from: Date, to: Date): Promise<FigureSet> {
  const unitIds = mapping.map((m) => m.unitId);
  const reportIds = mapping.map((m) => m.reportUnitId);
  const types = mapping.map((m) => m.reportUnitType);
  const start = from.toISOString();
  const end = to.toISOString();

  const [counts, durations, comments, reach] = await Promise.all([
    db.$queryRaw<CountRow[]>`
      SELECT a."originalUnitId" AS "unitId", e.action::text AS action,
        CASE WHEN e.action IN ('APPROVE', 'PUBLISH_SCHEDULED')
          THEN to_char((e."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') END AS month,
        count(*)::int AS count
      FROM "WorkflowEvent" e
      JOIN "Article" a ON a.id = e."articleId"
      WHERE e."createdAt" >= (${start}::timestamptz AT TIME ZONE 'UTC')
        AND e."createdAt" < (${end}::timestamptz AT TIME ZONE 'UTC')
        AND e.action IN ('CREATE', 'SUBMIT', 'APPROVE', 'PUBLISH_SCHEDULED', 'RETURN', 'TAKE_DOWN')
        AND (e.action <> 'RETURN' OR e."toState" = 'RETURNED')
        AND a."originalUnitId" = ANY(${unitIds}::int[])
      GROUP BY 1, 2, 3`,
    db.$queryRaw<DurationRow[]>`
      WITH map AS (
        SELECT * FROM unnest(${unitIds}::int[], ${reportIds}::int[], ${types}::text[]) AS m(unit_id, report_unit_id, unit_type)
      ), published AS (
        SELECT e.id, m.report_unit_id, m.unit_type, e."articleId", e."createdAt"
        FROM "WorkflowEvent" e
        JOIN "Article" a ON a.id = e."articleId"
        JOIN map m ON m.unit_id = a."originalUnitId"
        WHERE e.action IN ('APPROVE', 'PUBLISH_SCHEDULED')
          AND e."createdAt" >= (${start}::timestamptz AT TIME ZONE 'UTC')
          AND e."createdAt" < (${end}::timestamptz AT TIME ZONE 'UTC')
      ), timed AS (
        -- A join rather than a lookup per publication: PostgreSQL hashes the submissions once.
        SELECT p.report_unit_id, p.unit_type, extract(epoch FROM p."createdAt" - max(s."createdAt"))::float8 AS waited
        FROM published p
        JOIN "WorkflowEvent" s ON s."articleId" = p."articleId" AND s.action = 'SUBMIT' AND s."createdAt" <= p."createdAt"
        GROUP BY p.id, p.report_unit_id, p.unit_type, p."createdAt"
      )
      SELECT grouping(unit_type, report_unit_id)::int AS level,
        unit_type AS "unitType",
        report_unit_id AS "reportUnitId",
        percentile_cont(0.5) WITHIN GROUP (ORDER BY waited) AS "medianSeconds",
        percentile_cont(0.9) WITHIN GROUP (ORDER BY waited) AS "p90Seconds",
        count(*)::int AS timed
      FROM timed
      GROUP BY GROUPING SETS ((unit_type, report_unit_id), (unit_type), ())`,
    db.$queryRaw<{ unitId: number; received: number; approved: number }[]>`
      SELECT a."originalUnitId" AS "unitId",
        count(*) FILTER (WHERE c.state <> 'SPAM')::int AS received,
        count(*) FILTER (WHERE c.state = 'APPROVED')::int AS approved
      FROM "Comment" c
      JOIN "Article" a ON a.id = c."articleId"
      WHERE c."createdAt" >= (${start}::timestamptz AT TIME ZONE 'UTC')
        AND c."createdAt" < (${end}::timestamptz AT TIME ZONE 'UTC')
        AND a."originalUnitId" = ANY(${unitIds}::int[])
      GROUP BY 1`,
    db.$queryRaw<{ reportUnitId: number; views: number; downloads: number }[]>`
      WITH map AS (
        SELECT * FROM unnest(${unitIds}::int[], ${reportIds}::int[]) AS m(unit_id, report_unit_id)
      ), published AS (
        SELECT DISTINCT e."articleId" FROM "WorkflowEvent" e
        WHERE e.action IN ('APPROVE', 'PUBLISH_SCHEDULED')
          AND e."createdAt" >= (${start}::timestamptz AT TIME ZONE 'UTC')
          AND e."createdAt" < (${end}::timestamptz AT TIME ZONE 'UTC')
      ), articles AS (
        SELECT m.report_unit_id, a.id, a."viewCount"
        FROM published p
        JOIN "Article" a ON a.id = p."articleId"
        JOIN map m ON m.unit_id = a."originalUnitId"
      ), views AS (
        SELECT report_unit_id, sum("viewCount")::float8 AS views FROM articles GROUP BY report_unit_id
      ), downloads AS (
        SELECT f.report_unit_id, sum(s."downloadCount")::float8 AS downloads
        FROM (SELECT DISTINCT x.report_unit_id, aa."fileId" FROM articles x JOIN "ArticleAttachment" aa ON aa."articleId" = x.id) f
        JOIN "StoredFile" s ON s.id = f."fileId"
        GROUP BY f.report_unit_id
      )
      SELECT report_unit_id AS "reportUnitId", coalesce(views.views, 0) AS views, coalesce(downloads.downloads, 0) AS downloads
      FROM views FULL JOIN downloads USING (report_unit_id)`,
  ]);

  const reportOf = new Map(mapping.map((m) => [m.unitId, m]));
  const byUnit = new Map<number, Figures>();
  const byType = new Map<UnitTypeName, Figures>();
  const total: Figures = { ...EMPTY_FIGURES };
  const publishedByMonth = new Map<number, Map<string, number>>();
  const unitFigures = (id: number) => {
    let figures = byUnit.get(id);
    if (!figures) byUnit.set(id, (figures = { ...EMPTY_FIGURES }));
    return figures;
  };
  const typeFigures = (type: UnitTypeName) => {
    let figures = byType.get(type);
    if (!figures) byType.set(type, (figures = { ...EMPTY_FIGURES }));
    return figures;
  };
  type Additive = "created" | "submitted" | "published" | "returned" | "takenDown" | "commentsReceived" | "commentsApproved" | "views" | "downloads";
  /** Adds to a reporting unit, its unit type and the grand total. */
  const add = (reportUnitId: number, type: UnitTypeName, key: Additive, value: number) => {
    if (!value) return;
    unitFigures(reportUnitId)[key] += value;
    typeFigures(type)[key] += value;
    total[key] += value;
  };

  for (const row of counts) {
    const target = reportOf.get(row.unitId);
    if (!target) continue;
    add(target.reportUnitId, target.reportUnitType, COUNTED[row.action], row.count);
    if (row.month !== null) {
      const months = publishedByMonth.get(target.reportUnitId) ?? new Map<string, number>();
      months.set(row.month, (months.get(row.month) ?? 0) + row.count);
      publishedByMonth.set(target.reportUnitId, months);
    }
  }
  for (const row of comments) {
    const target = reportOf.get(row.unitId);
    if (!target) continue;
    add(target.reportUnitId, target.reportUnitType, "commentsReceived", row.received);
    add(target.reportUnitId, target.reportUnitType, "commentsApproved", row.approved);
  }
  const typeOfReportUnit = new Map(mapping.map((m) => [m.reportUnitId, m.reportUnitType]));
  for (const row of reach) {
    const type = typeOfReportUnit.get(row.reportUnitId);
    if (!type) continue;
    add(row.reportUnitId, type, "views", Number(row.views));
    add(row.reportUnitId, type, "downloads", Number(row.downloads));
  }
  for (const row of durations) {
    // grouping(): 0 = one reporting unit, 1 = one unit type, 3 = everything.
    const target = row.level === 0 ? unitFigures(row.reportUnitId!) : row.level === 1 ? typeFigures(row.unitType as UnitTypeName) : total;
    // Whole seconds: enough for a duration counted in hours, and free of floating-point noise.
    target.medianSeconds = row.medianSeconds === null ? null : Math.round(row.medianSeconds);
    target.p90Seconds = row.p90Seconds === null ? null : Math.round(row.p90Seconds);
    target.timedPublications = row.timed;
  }
  return { byUnit, byType, total, publishedByMonth };
}
