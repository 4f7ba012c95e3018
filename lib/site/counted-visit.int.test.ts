import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashAddress } from "@/lib/auth/throttle";
import { unitFixtures } from "@/test-support/fixtures/units";
import { COUNT_WINDOW_MINUTES, pruneCountedVisits, shouldCount } from "./counted-visit";

// Downloads and views count once per reader's address and subject in 30 minutes, on PostgreSQL.
// The file route (GET /tep/<key>?tai-ve) asks shouldCount("download", …) before adding a download.

const fx = unitFixtures("dem-luot");
const MINUTE = 60_000;
let fileId: number;
let articleId: number;

beforeAll(async () => {
  const unit = await fx.unit("DISTRICT");
  articleId = (await fx.article(unit.id, (await fx.user()).id, new Date())).id;
  const hash = randomBytes(32).toString("hex");
  fileId = (await db.storedFile.create({ data: { storageKey: `thu/${hash}.pdf`, originalName: "Tài liệu hỏi đáp.pdf", mimeType: "application/pdf", size: 1234, sha256: hash } })).id;
});

afterAll(async () => {
  await db.countedVisit.deleteMany({ where: { OR: [{ kind: "download", subjectId: fileId }, { kind: "view", subjectId: articleId }] } });
  await db.storedFile.delete({ where: { id: fileId } });
  await fx.cleanUp();
});

const reader = () => `198.51.100.${Math.floor(Math.random() * 250)}-${randomBytes(4).toString("hex")}`;

async function moveBack(kind: string, subjectId: number, address: string, minutes: number) {
  await db.countedVisit.update({
    where: { kind_subjectId_addressHash: { kind, subjectId, addressHash: hashAddress(address) } },
    data: { countedAt: new Date(Date.now() - minutes * MINUTE) },
  });
}

describe("shouldCount", () => {
  it("counts a download once per address in 30 minutes, another address at once, the same again after", async () => {
    const [first, second] = [reader(), reader()];
    expect(await shouldCount("download", fileId, first)).toBe(true);
    expect(await shouldCount("download", fileId, first)).toBe(false);
    expect(await shouldCount("download", fileId, second)).toBe(true);
    await moveBack("download", fileId, first, COUNT_WINDOW_MINUTES - 1);
    expect(await shouldCount("download", fileId, first)).toBe(false);
    await moveBack("download", fileId, first, COUNT_WINDOW_MINUTES + 1);
    expect(await shouldCount("download", fileId, first)).toBe(true);
    expect(await shouldCount("download", fileId, first)).toBe(false);
  });

  it("counts one of many downloads asked for at the same moment", async () => {
    const address = reader();
    const answers = await Promise.all(Array.from({ length: 20 }, () => shouldCount("download", fileId, address)));
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it("keeps views and downloads apart, and counts nothing for what does not exist", async () => {
    const address = reader();
    expect(await shouldCount("view", articleId, address)).toBe(true);
    expect(await shouldCount("download", fileId, address)).toBe(true);
    expect(await shouldCount("download", 2_000_000_000, address)).toBe(false);
    expect(await shouldCount("view", 0, address)).toBe(false);
    expect(await shouldCount("view", 2 ** 40, address)).toBe(false);
    expect(await db.countedVisit.count({ where: { subjectId: 2_000_000_000 } })).toBe(0);
  });

  it("stores the address only as its keyed hash", async () => {
    const address = `192.0.2.77-${randomBytes(4).toString("hex")}`;
    await shouldCount("download", fileId, address);
    const row = await db.countedVisit.findUniqueOrThrow({ where: { kind_subjectId_addressHash: { kind: "download", subjectId: fileId, addressHash: hashAddress(address) } } });
    expect(row.addressHash).not.toContain("192.0.2.77");
  });
});

describe("pruneCountedVisits", () => {
  it("forgets visits older than the window and keeps the others", async () => {
    const [old, recent] = [reader(), reader()];
    await shouldCount("download", fileId, old);
    await shouldCount("download", fileId, recent);
    await moveBack("download", fileId, old, COUNT_WINDOW_MINUTES + 5);
    await moveBack("download", fileId, recent, COUNT_WINDOW_MINUTES - 5);
    expect(await pruneCountedVisits()).toBeGreaterThanOrEqual(1);
    const left = await db.countedVisit.findMany({ where: { kind: "download", subjectId: fileId, addressHash: { in: [hashAddress(old), hashAddress(recent)] } } });
    expect(left.map((row) => row.addressHash)).toEqual([hashAddress(recent)]);
  });
});
