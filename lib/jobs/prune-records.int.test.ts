import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unitFixtures } from "@/test-support/fixtures/units";
import { pruneExpiredRecords } from "./prune-records";

const fx = unitFixtures("prune");
afterAll(() => fx.cleanUp());

describe("pruneExpiredRecords", () => {
  it("removes sign-in attempts no rule reads any more and long-expired reset links, and keeps the rest", async () => {
    const now = new Date();
    const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
    const user = await fx.user();
    const old = await db.signInAttempt.create({ data: { email: `prune-${fx.tag}@x.test`, addressHash: `prune-${fx.tag}`, succeeded: false, createdAt: hoursAgo(25) } });
    const recent = await db.signInAttempt.create({ data: { email: `prune-${fx.tag}@x.test`, addressHash: `prune-${fx.tag}`, succeeded: false, createdAt: hoursAgo(23) } });
    const staleLink = await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: `old-${fx.tag}`, expiresAt: hoursAgo(25) } });
    const liveLink = await db.passwordResetToken.create({ data: { userId: user.id, tokenHash: `new-${fx.tag}`, expiresAt: hoursAgo(-0.5) } });

    await pruneExpiredRecords(now);

    expect(await db.signInAttempt.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db.signInAttempt.findUnique({ where: { id: recent.id } })).not.toBeNull();
    expect(await db.passwordResetToken.findUnique({ where: { id: staleLink.id } })).toBeNull();
    expect(await db.passwordResetToken.findUnique({ where: { id: liveLink.id } })).not.toBeNull();
    await db.signInAttempt.delete({ where: { id: recent.id } });
  });
});
