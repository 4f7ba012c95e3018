import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { deactivateUser } from "./deactivate-user";
import { setPortalRoles } from "./set-portal-roles";
import { makeActor, openIsolatedDatabase, userSnapshot } from "@/test-support/fixtures/people";
import { LAST_ADMINISTRATOR_DEACTIVATE, LAST_ADMINISTRATOR_DEMOTE } from "./user-fields";

// "The last active administrator" depends on every account in the database, so these tests run on a
// database of their own: the shared one holds the demo administrator and leftovers of other tests.
let isolated: { close(): Promise<void> };
beforeAll(async () => {
  isolated = await openIsolatedDatabase();
});
afterAll(async () => {
  await isolated?.close();
});

async function expectRefused(userId: number, call: () => Promise<unknown>, message: string) {
  const before = await userSnapshot(userId);
  const audit = await db.auditEntry.count();
  expect(await call()).toEqual({ ok: false, error: message });
  expect(await userSnapshot(userId)).toEqual(before);
  expect(await db.auditEntry.count()).toBe(audit);
}

describe("the portal keeps at least one active administrator", () => {
  let first: PolicyActor;
  let second: PolicyActor;

  it("lets one of two administrators remove the other's role", async () => {
    first = await makeActor(["ADMINISTRATOR"]);
    second = await makeActor(["ADMINISTRATOR", "PROVINCIAL_EDITOR"]);
    expect(await setPortalRoles(first, { userId: second.id, portalRoles: ["PROVINCIAL_EDITOR"] })).toEqual({ ok: true });
  });

  it("refuses to remove the ADMINISTRATOR role from the last active administrator", async () => {
    await expectRefused(first.id, () => setPortalRoles(first, { userId: first.id, portalRoles: ["PROVINCIAL_EDITOR"] }), LAST_ADMINISTRATOR_DEMOTE);
    // Other roles may still change, as long as Quản trị stays.
    expect(await setPortalRoles(first, { userId: first.id, portalRoles: ["ADMINISTRATOR", "COMMENT_MODERATOR"] })).toEqual({ ok: true });
  });

  it("refuses to deactivate the last active administrator", async () => {
    // Only reachable with an actor whose session predates a change (their own row no longer an
    // active administrator); the rule holds in the use case whatever the actor claims.
    const stale = await makeActor([]);
    await expectRefused(first.id, () => deactivateUser({ ...stale, portalRoles: ["ADMINISTRATOR"] }, { userId: first.id }), LAST_ADMINISTRATOR_DEACTIVATE);
  });

  it("counts only active administrators", async () => {
    const dormant = await makeActor(["ADMINISTRATOR"]);
    expect(await deactivateUser(first, { userId: dormant.id })).toEqual({ ok: true });
    await expectRefused(first.id, () => setPortalRoles(first, { userId: first.id, portalRoles: [] }), LAST_ADMINISTRATOR_DEMOTE);
    // An inactive administrator's role can be removed: it leaves the active ones as they were.
    expect(await setPortalRoles(first, { userId: dormant.id, portalRoles: [] })).toEqual({ ok: true });
  });

  it("does not let two administrators remove each other at the same time", async () => {
    const third = await makeActor(["ADMINISTRATOR"]);
    const results = await Promise.all([
      setPortalRoles(first, { userId: third.id, portalRoles: [] }),
      setPortalRoles(third, { userId: first.id, portalRoles: [] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { active: true, portalRoles: { has: "ADMINISTRATOR" } } })).toBe(1);
  });
});
