import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, runAction, signInAs } from "@/test-support/next-request";

// The organisers' server actions as Next calls them, with a real session per role: only the
// provincial editor sets up contests; a refusal creates nothing.
vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => nextCacheMock());

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { markPrizeAction, saveContestAction, saveRoundAction } = await import("./actions");

const fx = unitFixtures("cuoc-thi");
const people: Record<string, { id: number; sessionVersion: number }> = {};
const NAME = `Cuộc thi vai trò ${Date.now()}`;
let communeId: number;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

// As the workspace's date-time field sends them: a day typed dd/mm/yyyy and a 24-hour Vietnam time.
const fields = { name: NAME, opensAtDate: "05/12/2026", opensAtTime: "08:00", closesAtDate: "31/12/2026", closesAtTime: "17:00", groups: "Học sinh\nNgười lao động", showResults: "on" };

beforeAll(async () => {
  const unitId = (await fx.unit("COMMUNE")).id;
  communeId = unitId;
  people.admin = await fx.user(["ADMINISTRATOR"]);
  people.provincialEditor = await fx.user(["PROVINCIAL_EDITOR"]);
  people.approver = await fx.user();
  await db.membership.create({ data: { userId: people.approver.id, unitId, role: "APPROVER" } });
});

afterAll(async () => {
  await db.contest.deleteMany({ where: { name: NAME } });
  await fx.cleanUp();
});

describe("Cuộc thi: saveContestAction", () => {
  for (const role of ["admin", "approver"]) {
    it(`refuses the ${role} and creates nothing`, async () => {
      await signInAs(people[role]);
      const outcome = await runAction(() => saveContestAction(null, form(fields)));
      expect(outcome).toMatchObject({ result: { ok: false, error: "Bạn không có quyền thực hiện thao tác này." } });
      expect(await db.contest.count({ where: { name: NAME } })).toBe(0);
    });
  }

  it("refuses a closing time before the opening, keeping what was typed", async () => {
    await signInAs(people.provincialEditor);
    const outcome = await runAction(() => saveContestAction(null, form({ ...fields, closesAtDate: "01/12/2026" })));
    expect(outcome).toMatchObject({ result: { ok: false, fieldErrors: { closesAtDate: "Thời gian đóng phải sau thời gian mở." }, values: { name: NAME, closesAtDate: "01/12/2026" } } });
    expect(await db.contest.count({ where: { name: NAME } })).toBe(0);
  });

  it("refuses a day that does not exist and an AM/PM time, saying why under each box, creating nothing", async () => {
    await signInAs(people.provincialEditor);
    const outcome = await runAction(() => saveContestAction(null, form({ ...fields, opensAtDate: "31/02/2026", closesAtTime: "5:00 PM" })));
    expect(outcome).toMatchObject({
      result: {
        ok: false,
        fieldErrors: {
          opensAtDate: "Ngày 31/02/2026 không có: tháng 2 năm 2026 chỉ có 28 ngày.",
          closesAtTime: "Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều.",
        },
        values: { opensAtDate: "31/02/2026", closesAtTime: "5:00 PM" },
      },
    });
    expect(await db.contest.count({ where: { name: NAME } })).toBe(0);
  });

  it("lets the provincial editor create one, read in Vietnam time, with its groups", async () => {
    await signInAs(people.provincialEditor);
    const outcome = await runAction(() => saveContestAction(null, form(fields)));
    expect(outcome).toMatchObject({ redirectedTo: expect.stringMatching(/^\/quan-ly\/cuoc-thi\/\d+\?da-luu=cuoc-thi$/) });
    const contest = await db.contest.findFirstOrThrow({ where: { name: NAME }, include: { groups: { orderBy: { sortOrder: "asc" } } } });
    // 05/12 is 5 December, 08:00 in Vietnam is 01:00 UTC.
    expect(contest.opensAt.toISOString()).toBe("2026-12-05T01:00:00.000Z");
    expect(contest.closesAt.toISOString()).toBe("2026-12-31T10:00:00.000Z");
    expect(contest.groups.map((g) => g.name)).toEqual(["Học sinh", "Người lao động"]);
  });
});

describe("Vòng thi: saveRoundAction", () => {
  const round = { name: "Vòng 1", opensAtDate: "12/12/2026", opensAtTime: "8h", closesAtDate: "20/12/2026", closesAtTime: "20:30", questionCount: "10", timeLimitMinutes: "15", attemptsAllowed: "1" };

  it("refuses 31/02 and 8:00 AM, adding no round", async () => {
    await signInAs(people.provincialEditor);
    const contest = await db.contest.findFirstOrThrow({ where: { name: NAME } });
    const outcome = await runAction(() => saveRoundAction(null, form({ ...round, contestId: String(contest.id), opensAtDate: "31/02/2026", opensAtTime: "8:00 AM" })));
    expect(outcome).toMatchObject({
      result: {
        ok: false,
        fieldErrors: {
          opensAtDate: "Ngày 31/02/2026 không có: tháng 2 năm 2026 chỉ có 28 ngày.",
          opensAtTime: "Giờ tính theo 24 giờ, không dùng AM/PM: ví dụ 14:30 cho 2 giờ 30 chiều.",
        },
      },
    });
    expect(await db.contestRound.count({ where: { contestId: contest.id } })).toBe(0);
  });

  it("reads 6/12/26 day first, 8h and 20:30 in Vietnam time", async () => {
    await signInAs(people.provincialEditor);
    const contest = await db.contest.findFirstOrThrow({ where: { name: NAME } });
    const outcome = await runAction(() => saveRoundAction(null, form({ ...round, contestId: String(contest.id), opensAtDate: "6/12/26" })));
    expect(outcome).toMatchObject({ redirectedTo: `/quan-ly/cuoc-thi/${contest.id}?da-luu=vong-thi` });
    const saved = await db.contestRound.findFirstOrThrow({ where: { contestId: contest.id } });
    expect(saved.opensAt.toISOString()).toBe("2026-12-06T01:00:00.000Z");
    expect(saved.closesAt.toISOString()).toBe("2026-12-20T13:30:00.000Z");
  });
});

describe("Giải: markPrizeAction", () => {
  it("saves a prize and says so; a name over 60 characters comes back as its reason beside the entrant, changing nothing", async () => {
    await signInAs(people.provincialEditor);
    const contest = await db.contest.findFirstOrThrow({ where: { name: NAME }, include: { groups: true, rounds: true } });
    const round = contest.rounds[0];
    const entrant = await db.contestEntrant.create({
      data: { contestId: contest.id, groupId: contest.groups[0].id, communeId, fullName: "Người Được Giải", birthDate: new Date("2000-01-01"), phone: "0912000111", tokenHash: `giai-${contest.id}` },
    });
    const attempt = await db.contestAttempt.create({
      data: { entrantId: entrant.id, roundId: round.id, number: 1, questionIds: [], startedAt: new Date(), deadline: new Date(), submittedAt: new Date(), correctCount: 8, durationMs: 60_000 },
    });
    const prize = (name: string) => form({ contestId: String(contest.id), roundId: String(round.id), attemptId: String(attempt.id), prize: name });
    const back = `/quan-ly/cuoc-thi/${contest.id}/ket-qua?vong=${round.id}&bai=${attempt.id}`;

    expect(await runAction(() => markPrizeAction(prize("Giải Nhì")))).toMatchObject({ redirectedTo: `${back}&da-luu=giai#bai-${attempt.id}` });
    expect(await runAction(() => markPrizeAction(prize("G".repeat(61))))).toMatchObject({ redirectedTo: `${back}&loi-giai=qua-dai#bai-${attempt.id}` });
    expect((await db.contestAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).prize).toBe("Giải Nhì");

    await signInAs(people.admin);
    expect(await runAction(() => markPrizeAction(prize("Giải Nhất")))).toMatchObject({ redirectedTo: `${back}&loi-giai=khac#bai-${attempt.id}` });
    expect((await db.contestAttempt.findUniqueOrThrow({ where: { id: attempt.id } })).prize).toBe("Giải Nhì");
  });
});
