// Báo cáo thống kê on real PostgreSQL, over fixtures whose every figure is known. The period is March
// 2019 in Vietnam time: [2019-02-28 17:00 UTC, 2019-03-31 17:00 UTC). Nothing else in the test
// database happened then (the demo data and other tests are dated around today).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PolicyActor } from "@/lib/policy";
import { parsePeriod, type ReportPeriod } from "./period";
import { REPORT_REFUSAL, SIGN_IN_REFUSAL } from "./scope";
import { reportFixtures } from "@/test-support/fixtures/reports";
import { getUnitReport, type ReportRow, type UnitReport } from "./unit-report";

const HOUR = 3600;
const f = reportFixtures("bao-cao");
const ids = {} as Record<"agency" | "district" | "c0" | "c1" | "c2" | "c3" | "idle" | "archived", number>;
const names = {} as Record<keyof typeof ids, string>;
const actors = {} as Record<"editor" | "admin" | "districtApprover" | "communeApprover" | "wideApprover" | "author" | "moderator" | "mergedApprover", PolicyActor>;

function period(params: Record<string, string>): ReportPeriod {
  const result = parsePeriod(params);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
const MARCH = () => period({ ky: "thang", nam: "2019", thang: "3" });

async function report(actor: PolicyActor | null, options: { separateMerged?: boolean; period?: ReportPeriod } = {}): Promise<UnitReport> {
  const result = await getUnitReport(actor, { period: options.period ?? MARCH(), separateMerged: options.separateMerged });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function rowOf(r: UnitReport, unitId: number): ReportRow {
  const row = r.rows.find((x) => x.unitId === unitId);
  if (!row) throw new Error(`No row for unit ${unitId}`);
  return row;
}

beforeAll(async () => {
  const agency = await f.unit("PROVINCIAL_AGENCY", "Sở Thử nghiệm");
  const district = await f.unit("DISTRICT", "Huyện Thử nghiệm");
  const c3 = await f.unit("COMMUNE", "Xã Tiếp Nhận");
  const c2 = await f.unit("COMMUNE", "Xã Giữa", { status: "MERGED", successorId: c3.id });
  const c1 = await f.unit("COMMUNE", "Xã Đầu", { status: "MERGED", successorId: c2.id });
  const c0 = await f.unit("COMMUNE", "Xã Không Bài", { status: "MERGED", successorId: c3.id });
  const idle = await f.unit("COMMUNE", "Xã Im Lặng");
  const archived = await f.unit("COMMUNE", "Xã Lưu Trữ", { status: "ARCHIVED" });
  for (const [key, unit] of Object.entries({ agency, district, c0, c1, c2, c3, idle, archived })) {
    ids[key as keyof typeof ids] = unit.id;
    names[key as keyof typeof ids] = unit.name;
  }

  actors.editor = (await f.person(["PROVINCIAL_EDITOR"])).actor;
  actors.admin = (await f.person(["ADMINISTRATOR"])).actor;
  actors.districtApprover = (await f.person([], [{ unitId: district.id, role: "APPROVER" }])).actor;
  actors.communeApprover = (await f.person([], [{ unitId: c3.id, role: "APPROVER" }])).actor;
  actors.wideApprover = (
    await f.person([], [agency, district, c3, idle].map((u) => ({ unitId: u.id, role: "APPROVER" as const })))
  ).actor;
  actors.author = (await f.person([], [{ unitId: district.id, role: "AUTHOR" }])).actor;
  actors.moderator = (await f.person(["COMMENT_MODERATOR"], [{ unitId: district.id, role: "COMMENT_MODERATOR" }])).actor;
  actors.mergedApprover = (await f.person([], [{ unitId: c2.id, role: "APPROVER" }])).actor;
  const writer = actors.author.id;

  // Sở Thử nghiệm: five publications in March taking 1, 2, 3, 4 and 10 hours from the last submission.
  const a1 = await f.article(writer, {
    writtenBy: agency.id,
    publishedAt: "2019-03-02 09:00",
    viewCount: 100,
    files: [5, 2],
    events: [["CREATE", "2019-03-01 00:00"], ["SUBMIT", "2019-03-02 08:00"], ["APPROVE", "2019-03-02 09:00"]],
    comments: [
      ["PENDING", "2019-03-10 10:00"],
      ["APPROVED", "2019-03-11 10:00"],
      ["SPAM", "2019-03-12 10:00"],
      ["REJECTED", "2019-03-13 10:00"],
      ["APPROVED", "2019-03-31 23:59"],
      ["APPROVED", "2019-04-01 00:00"],
    ],
  });
  await f.article(writer, {
    writtenBy: agency.id,
    publishedAt: "2019-03-04 10:00",
    viewCount: 50,
    events: [
      ["CREATE", "2019-02-28 23:59"],
      ["SUBMIT", "2019-03-03 08:00"],
      ["RETURN", "2019-03-03 10:00"],
      ["SUBMIT", "2019-03-04 08:00", "RETURNED", "SUBMITTED"],
      ["APPROVE", "2019-03-04 10:00"],
    ],
  });
  await f.article(writer, {
    writtenBy: agency.id,
    publishedAt: "2019-03-05 12:00",
    events: [["CREATE", "2019-03-05 08:00"], ["SUBMIT", "2019-03-05 09:00"], ["SCHEDULE", "2019-03-05 10:00"], ["PUBLISH_SCHEDULED", "2019-03-05 12:00"]],
  });
  // Published, corrected twice (one correction approved, one returned), then taken down: the
  // corrections are neither publications nor returns. It shares a1's first file (counted once).
  await f.article(writer, {
    writtenBy: agency.id,
    state: "TAKEN_DOWN",
    publishedAt: "2019-03-06 12:00",
    viewCount: 7,
    sharedFileIds: [a1.fileIds[0]],
    events: [
      ["SUBMIT", "2019-03-06 08:00"],
      ["APPROVE", "2019-03-06 12:00"],
      ["SUBMIT_CORRECTION", "2019-03-10 08:00"],
      ["APPROVE_CORRECTION", "2019-03-11 08:00"],
      ["SUBMIT_CORRECTION", "2019-03-12 08:00"],
      ["RETURN", "2019-03-13 08:00", "PUBLISHED", "PUBLISHED"],
      ["TAKE_DOWN", "2019-03-20 08:00"],
    ],
  });
  // Approved at 23:59 on the last day: inside the period.
  await f.article(writer, {
    writtenBy: agency.id,
    publishedAt: "2019-03-31 23:59",
    viewCount: 3,
    events: [["SUBMIT", "2019-03-31 13:59"], ["APPROVE", "2019-03-31 23:59"]],
  });
  // Approved at 00:00 the day after: April's, though it was submitted in March.
  await f.article(writer, {
    writtenBy: agency.id,
    publishedAt: "2019-04-01 00:00",
    viewCount: 1000,
    files: [100],
    events: [["SUBMIT", "2019-03-31 20:00"], ["APPROVE", "2019-04-01 00:00"]],
  });

  // Huyện Thử nghiệm: busy but published nothing (returned, resubmitted, endorsed and waiting).
  await f.article(writer, {
    writtenBy: district.id,
    state: "ENDORSED",
    events: [
      ["CREATE", "2019-03-07 08:00"],
      ["SUBMIT", "2019-03-07 09:00"],
      ["RETURN", "2019-03-07 10:00"],
      ["SUBMIT", "2019-03-08 09:00", "RETURNED", "SUBMITTED"],
      ["ENDORSE", "2019-03-08 10:00"],
    ],
  });

  // Xã Đầu → Xã Giữa → Xã Tiếp Nhận: each wrote one article (6 h, 24 h, 2 h), all owned by Xã Tiếp Nhận now.
  await f.article(writer, {
    writtenBy: c1.id,
    ownedBy: c3.id,
    publishedAt: "2019-03-10 14:00",
    viewCount: 10,
    files: [4],
    events: [["SUBMIT", "2019-03-10 08:00"], ["APPROVE", "2019-03-10 14:00"]],
    comments: [["APPROVED", "2019-03-11 08:00"]],
  });
  await f.article(writer, {
    writtenBy: c2.id,
    ownedBy: c3.id,
    publishedAt: "2019-03-12 08:00",
    viewCount: 20,
    events: [["CREATE", "2019-03-11 07:00"], ["SUBMIT", "2019-03-11 08:00"], ["APPROVE", "2019-03-12 08:00"]],
  });
  await f.article(writer, {
    writtenBy: c3.id,
    publishedAt: "2019-02-15 10:00",
    viewCount: 30,
    // Published in February: its views do not belong to March, its March comment does.
    events: [["SUBMIT", "2019-02-15 08:00"], ["APPROVE", "2019-02-15 10:00"]],
    comments: [["PENDING", "2019-03-20 08:00"]],
  });
  await f.article(writer, {
    writtenBy: c3.id,
    publishedAt: "2019-03-15 10:00",
    viewCount: 5,
    events: [["SUBMIT", "2019-03-15 08:00"], ["APPROVE", "2019-03-15 10:00"]],
  });
});

afterAll(async () => {
  await f.cleanUp();
});

describe("Báo cáo thống kê for March 2019", () => {
  it("counts every figure of a unit, with period edges at midnight Vietnam time", async () => {
    const row = rowOf(await report(actors.editor), ids.agency);
    expect(row.figures).toEqual({
      created: 2, // 01/03 00:00 counts, 28/02 23:59 does not
      submitted: 7, // a resubmission counts again; the one at 31/03 20:00 too
      published: 5, // APPROVE ×4 (23:59 on 31/03 included, 00:00 on 01/04 not) + PUBLISH_SCHEDULED
      returned: 1, // the returned correction is not counted
      takenDown: 1,
      medianSeconds: 3 * HOUR, // of 1, 2, 3, 4, 10 hours
      p90Seconds: 27_360, // 4 + 0.6 × (10 − 4)
      timedPublications: 5,
      commentsReceived: 4, // spam and the one at 01/04 00:00 left out
      commentsApproved: 2,
      views: 160, // 100 + 50 + 0 + 7 + 3; the article published on 01/04 is April's
      downloads: 7, // 5 + 2; the shared file once
    });
    expect(row.publishedNothing).toBe(false);
    expect(row.publishedByMonth).toEqual([5]);
  });

  it("counts from the last submission before the publication, and until a scheduled article went out", async () => {
    const april = await report(actors.editor, { period: period({ ky: "tuy-chon", tu: "2019-04-01", den: "2019-04-01" }) });
    const row = rowOf(april, ids.agency);
    expect(row.figures).toMatchObject({ published: 1, submitted: 0, medianSeconds: 4 * HOUR, p90Seconds: 4 * HOUR, views: 1000, downloads: 100 });
  });

  it("marks units that published nothing, and leaves out merged or archived units with nothing in the period", async () => {
    const r = await report(actors.editor);
    expect(rowOf(r, ids.district)).toMatchObject({ publishedNothing: true });
    expect(rowOf(r, ids.district).figures).toMatchObject({ created: 1, submitted: 2, returned: 1, published: 0, medianSeconds: null, p90Seconds: null });
    expect(rowOf(r, ids.idle)).toMatchObject({ publishedNothing: true, figures: expect.objectContaining({ created: 0, views: 0 }) });
    expect(r.rows.some((row) => row.unitId === ids.archived)).toBe(false);
  });

  it("rolls merged units into their successor, following a chain of mergers", async () => {
    const r = await report(actors.editor);
    const row = rowOf(r, ids.c3);
    expect(row.figures).toEqual({
      created: 1,
      submitted: 3,
      published: 3,
      returned: 0,
      takenDown: 0,
      medianSeconds: 6 * HOUR, // of 2, 6, 24 hours
      p90Seconds: 73_440, // 6 + 0.8 × (24 − 6)
      timedPublications: 3,
      commentsReceived: 2,
      commentsApproved: 1,
      views: 35, // 10 + 20 + 5; the February article's 30 not
      downloads: 4,
    });
    expect(row.includesMerged).toEqual([names.c0, names.c1, names.c2].sort(new Intl.Collator("vi").compare));
    for (const merged of [ids.c0, ids.c1, ids.c2]) expect(r.rows.some((x) => x.unitId === merged)).toBe(false);
  });

  it("shows merged units on their own with Hiện riêng đơn vị đã sáp nhập", async () => {
    const r = await report(actors.editor, { separateMerged: true });
    expect(rowOf(r, ids.c1)).toMatchObject({ status: "MERGED", mergedInto: names.c3, includesMerged: [] });
    expect(rowOf(r, ids.c1).figures).toMatchObject({ published: 1, submitted: 1, medianSeconds: 6 * HOUR, views: 10, downloads: 4, commentsReceived: 1, commentsApproved: 1 });
    expect(rowOf(r, ids.c2).figures).toMatchObject({ published: 1, created: 1, medianSeconds: 24 * HOUR, p90Seconds: 24 * HOUR, views: 20 });
    expect(rowOf(r, ids.c3).figures).toMatchObject({ published: 1, medianSeconds: 2 * HOUR, views: 5, commentsReceived: 1, commentsApproved: 0 });
    // Xã Không Bài did nothing in March: no row of its own.
    expect(r.rows.some((x) => x.unitId === ids.c0)).toBe(false);
  });
});

describe("totals per unit type", () => {
  it("sum the counts and take the percentiles over all of the type's publications", async () => {
    const r = await report(actors.wideApprover);
    expect(r.rows.map((row) => row.unitId).sort()).toEqual([ids.agency, ids.district, ids.c3, ids.idle].sort());
    const byType = Object.fromEntries(r.typeTotals.map((t) => [t.type, t]));
    expect(Object.keys(byType)).toEqual(["PROVINCIAL_AGENCY", "DISTRICT", "COMMUNE"]);
    expect(byType.COMMUNE).toMatchObject({ units: 2, idleUnits: 1, label: "Xã/phường/thị trấn" });
    expect(byType.COMMUNE.figures).toMatchObject({ published: 3, medianSeconds: 6 * HOUR, p90Seconds: 73_440, views: 35 });
    expect(byType.DISTRICT).toMatchObject({ units: 1, idleUnits: 1 });
    expect(r.total).toMatchObject({ units: 4, idleUnits: 2, publishedByMonth: [8] });
    // All eight publications: 1, 2, 2, 3, 4, 6, 10, 24 hours.
    expect(r.total.figures).toMatchObject({
      created: 4,
      submitted: 12,
      published: 8,
      returned: 2,
      takenDown: 1,
      medianSeconds: 12_600,
      p90Seconds: 51_120, // position 6.3: 10 + 0.3 × (24 − 10)
      timedPublications: 8,
      commentsReceived: 6,
      commentsApproved: 3,
      views: 195,
      downloads: 11,
    });
  });

  it("give publications per month across a quarter", async () => {
    const r = await report(actors.wideApprover, { period: period({ ky: "quy", nam: "2019", quy: "1" }) });
    expect(r.period.months.map((m) => m.key)).toEqual(["2019-01", "2019-02", "2019-03"]);
    expect(rowOf(r, ids.c3).publishedByMonth).toEqual([0, 1, 3]);
    expect(rowOf(r, ids.agency).publishedByMonth).toEqual([0, 0, 5]);
  });
});

describe("who sees what", () => {
  it("shows a unit approver only their own units", async () => {
    const r = await report(actors.districtApprover);
    expect(r.portalWide).toBe(false);
    expect(r.rows.map((row) => row.unitId)).toEqual([ids.district]);
    expect(r.total.figures.published).toBe(0);
  });

  it("shows the approver of a successor the history of the units merged into it", async () => {
    const rolled = await report(actors.communeApprover);
    expect(rolled.rows.map((row) => row.unitId)).toEqual([ids.c3]);
    expect(rolled.rows[0].figures.published).toBe(3);
    const separate = await report(actors.communeApprover, { separateMerged: true });
    expect(separate.rows.map((row) => row.unitId).sort()).toEqual([ids.c1, ids.c2, ids.c3].sort());
  });

  it("shows provincial editors and administrators every unit", async () => {
    for (const actor of [actors.editor, actors.admin]) {
      const r = await report(actor);
      expect(r.portalWide).toBe(true);
      for (const id of [ids.agency, ids.district, ids.c3, ids.idle]) expect(r.rows.some((row) => row.unitId === id)).toBe(true);
    }
  });

  it("refuses authors, comment moderators, approvers of a merged unit and nobody", async () => {
    for (const actor of [actors.author, actors.moderator, actors.mergedApprover]) {
      expect(await getUnitReport(actor, { period: MARCH() })).toEqual({ ok: false, error: REPORT_REFUSAL });
    }
    expect(await getUnitReport(null, { period: MARCH() })).toEqual({ ok: false, error: SIGN_IN_REFUSAL });
  });
});
