import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unitFixtures } from "@/test-support/fixtures/units";
import { markUnitRedirectsStale, mergedUnitRedirect } from "./redirect-gate";

const fx = unitFixtures("chuyen-tiep");
afterAll(() => fx.cleanUp());

describe("mergedUnitRedirect (what proxy.ts answers 301 with)", () => {
  it("leads a merged unit's address to its final successor, following mergers of mergers, once told units changed", async () => {
    const today = await fx.unit("COMMUNE");
    const middle = await fx.unit("COMMUNE");
    const first = await fx.unit("COMMUNE");
    expect(await mergedUnitRedirect(first.slug)).toBeNull();

    await db.unit.update({ where: { id: middle.id }, data: { status: "MERGED", successorId: today.id } });
    await db.unit.update({ where: { id: first.id }, data: { status: "MERGED", successorId: middle.id } });
    markUnitRedirectsStale();
    expect(await mergedUnitRedirect(first.slug)).toBe(today.slug);
    expect(await mergedUnitRedirect(middle.slug)).toBe(today.slug);
    expect(await mergedUnitRedirect(today.slug)).toBeNull();
    expect(await mergedUnitRedirect("khong-co-don-vi-nay")).toBeNull();
  });
});
