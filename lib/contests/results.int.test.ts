import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeActor } from "@/test-support/fixtures/people";
import { contestResultsWorkbook } from "./export-results";
import { markPrize } from "./mark-prize";
import { contestStatistics, roundLeaderboard } from "./results";

// Kết quả for the organising board, on real PostgreSQL: the ranking (score, then time, then the
// tie-break guess, each entrant's best attempt once), the counts by group and commune, prizes marked
// only by the provincial editor, and the Excel workbook they download.

const MINUTE = 60_000;
let contestId: number;
let roundId: number;
let students: number;
let officials: number;
let communes: { id: number; name: string }[];
const attempts: Record<string, number> = {};
let editor: Awaited<ReturnType<typeof makeActor>>;

/** One entrant with submitted attempts of [correct answers, seconds taken, tie-break guess]. */
async function entrant(name: string, groupId: number, communeId: number, tries: [number, number, number | null][]) {
  const e = await db.contestEntrant.create({
    data: { contestId, groupId, communeId, fullName: name, birthDate: new Date("2001-06-05"), phone: `0977${String(Object.keys(attempts).length).padStart(6, "0")}`, tokenHash: `ket-qua-${contestId}-${name}` },
  });
  const start = new Date(Date.now() - 30 * MINUTE);
  for (const [i, [correct, seconds, guess]] of tries.entries()) {
    const a = await db.contestAttempt.create({
      data: { entrantId: e.id, roundId, number: i + 1, questionIds: [1, 2, 3, 4, 5], startedAt: start, deadline: new Date(start.getTime() + 10 * MINUTE), submittedAt: new Date(start.getTime() + seconds * 1000), correctCount: correct, durationMs: seconds * 1000, tieBreakGuess: guess },
    });
    attempts[`${name} ${i + 1}`] = a.id;
  }
}

beforeAll(async () => {
  editor = await makeActor(["PROVINCIAL_EDITOR"]);
  communes = await db.unit.findMany({ where: { type: "COMMUNE", status: "ACTIVE" }, orderBy: { id: "asc" }, take: 2, select: { id: true, name: true } });
  const now = Date.now();
  const contest = await db.contest.create({
    data: {
      slug: `ket-qua-${now}`,
      name: "Cuộc thi kết quả",
      rules: {},
      opensAt: new Date(now - 60 * MINUTE),
      closesAt: new Date(now + 60 * MINUTE),
      tieBreakQuestion: "Bao nhiêu người?",
      groups: { create: [{ name: "Học sinh" }, { name: "Cán bộ" }] },
      rounds: { create: [{ number: 1, name: "Vòng 1", opensAt: new Date(now - 60 * MINUTE), closesAt: new Date(now + 60 * MINUTE), questionCount: 5, timeLimitSeconds: 600, attemptsAllowed: 2 }] },
    },
    include: { groups: true, rounds: true },
  });
  contestId = contest.id;
  roundId = contest.rounds[0].id;
  students = contest.groups.find((g) => g.name === "Học sinh")!.id;
  officials = contest.groups.find((g) => g.name === "Cán bộ")!.id;
  // Five people take part. Ties on score and time are broken by the guess closest to 5.
  await entrant("Xa Đoán", students, communes[0].id, [[5, 100, 50]]);
  await entrant("Gần Đoán", students, communes[0].id, [[5, 100, 6]]);
  await entrant("Không Đoán", officials, communes[1].id, [[5, 100, null]]);
  await entrant("Nhanh Hơn", officials, communes[1].id, [[5, 90, null]]);
  // Two attempts: only the better one ranks, once.
  await entrant("Hai Lượt", students, communes[1].id, [[2, 60, 5], [4, 200, 5]]);
  // An attempt not yet submitted (its deadline ahead) ranks nowhere and cannot be given a prize.
  const pending = await db.contestEntrant.create({
    data: { contestId, groupId: students, communeId: communes[0].id, fullName: "Đang Làm", birthDate: new Date("2001-06-05"), phone: "0966000001", tokenHash: `ket-qua-${contestId}-dang-lam` },
  });
  attempts.pending = (await db.contestAttempt.create({
    data: { entrantId: pending.id, roundId, number: 1, questionIds: [1, 2, 3, 4, 5], startedAt: new Date(), deadline: new Date(now + 10 * MINUTE) },
  })).id;
});

afterAll(async () => {
  await db.contest.delete({ where: { id: contestId } });
});

describe("the leaderboard", () => {
  it("ranks each entrant's best attempt once: score, then time, then the guess closest to the number taking part", async () => {
    const board = await roundLeaderboard(roundId);
    expect(board.participants).toBe(5);
    expect(board.entries.map((e) => [e.rank, e.fullName, e.correctCount])).toEqual([
      [1, "Nhanh Hơn", 5],
      [2, "Gần Đoán", 5],
      [3, "Xa Đoán", 5],
      [4, "Không Đoán", 5],
      [5, "Hai Lượt", 4],
    ]);
    expect(board.entries.map((e) => e.tieBreakGap)).toEqual([null, 1, 45, null, 0]);
  });

  it("counts people, attempts and average score per round, by group and by commune", async () => {
    const [round] = await contestStatistics(contestId);
    expect(round).toMatchObject({ roundId, attempts: 6, participants: 5 });
    expect(round.byGroup).toEqual([
      { name: "Học sinh", entrants: 3, averageScore: 4 },
      { name: "Cán bộ", entrants: 2, averageScore: 5 },
    ]);
    const byCommune = Object.fromEntries(round.byCommune.map((row) => [row.name, row.entrants]));
    expect(byCommune).toEqual({ [communes[0].name]: 2, [communes[1].name]: 3 });
  });
});

describe("prizes", () => {
  it("are marked by the provincial editor and shown on the leaderboard; an empty name removes one", async () => {
    expect(await markPrize(editor, { attemptId: attempts["Nhanh Hơn 1"], prize: " Giải Nhất " })).toMatchObject({ ok: true, value: { contestId } });
    expect(await markPrize(editor, { attemptId: attempts["Gần Đoán 1"], prize: "Giải Nhì" })).toMatchObject({ ok: true });
    expect(await markPrize(editor, { attemptId: attempts["Gần Đoán 1"], prize: "" })).toMatchObject({ ok: true });
    const board = await roundLeaderboard(roundId);
    expect(board.entries.map((e) => e.prize)).toEqual(["Giải Nhất", null, null, null, null]);
    expect(await db.auditEntry.count({ where: { action: "contest.prize", targetType: "ContestAttempt", targetId: String(attempts["Gần Đoán 1"]) } })).toBe(2);
  });

  it("refuses an administrator, a name over 60 characters and an attempt not submitted, changing nothing", async () => {
    const admin = await makeActor(["ADMINISTRATOR"]);
    const target = attempts["Xa Đoán 1"];
    expect(await markPrize(admin, { attemptId: target, prize: "Giải Ba" })).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await markPrize(editor, { attemptId: target, prize: "G".repeat(61) })).toEqual({ ok: false, error: "Tên giải dài tối đa 60 ký tự." });
    expect(await markPrize(editor, { attemptId: attempts.pending, prize: "Giải Ba" })).toEqual({ ok: false, error: "Không tìm thấy bài thi đã nộp." });
    expect(await markPrize(editor, { attemptId: "abc", prize: "Giải Ba" })).toMatchObject({ ok: false });
    const rows = await db.contestAttempt.findMany({ where: { id: { in: [target, attempts.pending] } }, select: { prize: true } });
    expect(rows.map((r) => r.prize)).toEqual([null, null]);
  });
});

describe("the organising board's Excel workbook", () => {
  it("has the ranked round with contacts and prizes, and the statistics by group and commune", async () => {
    const contest = await db.contest.findUniqueOrThrow({ where: { id: contestId }, include: { rounds: true } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await contestResultsWorkbook(contest)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Vòng 1", "Thống kê"]);
    const sheet = workbook.getWorksheet("Vòng 1")!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(["Cuộc thi kết quả — Vòng 1: 5 người dự thi"]);
    expect(values(2)).toEqual(["Hạng", "Họ và tên", "Ngày sinh", "Số điện thoại", "Đối tượng", "Xã/phường", "Số câu đúng", "Số câu", "Thời gian làm bài", "Thời gian (giây)", "Dự đoán", "Chênh lệch dự đoán", "Giải"]);
    expect(sheet.rowCount).toBe(2 + 5);
    const first = values(3);
    expect(first.slice(0, 8)).toEqual([1, "Nhanh Hơn", "05/06/2001", first[3], "Cán bộ", communes[1].name, 5, 5]);
    expect(String(first[3])).toMatch(/^0977\d{6}$/);
    expect(first[9]).toBe(90);
    expect(first[12]).toBe("Giải Nhất");
    expect(values(7).slice(0, 2)).toEqual([5, "Hai Lượt"]);
    const stats = workbook.getWorksheet("Thống kê")!;
    const lines = stats.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(lines).toContainEqual(["Lượt thi", 6, "Người dự thi", 5, "Điểm trung bình", 4.33]);
    expect(lines).toContainEqual(["Học sinh", 3, 4]);
    expect(lines).toContainEqual(["Cán bộ", 2, 5]);
    expect(lines).toContainEqual([communes[1].name, 3, expect.any(Number)]);
  });
});
