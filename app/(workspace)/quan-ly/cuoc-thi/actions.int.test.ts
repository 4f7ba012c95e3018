import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextCacheMock, nextHeadersMock, runAction, signInAs } from "@/test-support/next-request";

// The organisers' server actions as Next calls them, with a real session per role: only the
// provincial editor sets up contests; a refusal creates nothing.
vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => nextCacheMock());

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { saveContestAction } = await import("./actions");

const fx = unitFixtures("cuoc-thi");
const people: Record<string, { id: number; sessionVersion: number }> = {};
const NAME = `Cuộc thi vai trò ${Date.now()}`;

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const fields = { name: NAME, opensAt: "2026-12-10T08:00", closesAt: "2026-12-31T17:00", groups: "Học sinh\nNgười lao động", showResults: "on" };

beforeAll(async () => {
  const unitId = (await fx.unit("COMMUNE")).id;
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
    const outcome = await runAction(() => saveContestAction(null, form({ ...fields, closesAt: "2026-12-01T08:00" })));
    expect(outcome).toMatchObject({ result: { ok: false, fieldErrors: { closesAt: "Thời gian đóng phải sau thời gian mở." }, values: { name: NAME } } });
    expect(await db.contest.count({ where: { name: NAME } })).toBe(0);
  });

  it("lets the provincial editor create one, read in Vietnam time, with its groups", async () => {
    await signInAs(people.provincialEditor);
    const outcome = await runAction(() => saveContestAction(null, form(fields)));
    expect(outcome).toMatchObject({ redirectedTo: expect.stringMatching(/^\/quan-ly\/cuoc-thi\/\d+\?da-luu=cuoc-thi$/) });
    const contest = await db.contest.findFirstOrThrow({ where: { name: NAME }, include: { groups: { orderBy: { sortOrder: "asc" } } } });
    expect(contest.opensAt.toISOString()).toBe("2026-12-10T01:00:00.000Z");
    expect(contest.groups.map((g) => g.name)).toEqual(["Học sinh", "Người lao động"]);
  });
});
