import type { Prisma } from "@/generated/prisma/client";
import type { UnitSnapshot } from "./check-plan";

type Reader = Pick<Prisma.TransactionClient, "unit">;

/** Every unit, former ones included, as the plan checker sees them. */
export async function loadUnitSnapshot(db: Reader): Promise<UnitSnapshot[]> {
  return db.unit.findMany({
    select: { id: true, name: true, slug: true, type: true, status: true, parentId: true, approvalLevels: true, allowSelfApproval: true },
    orderBy: { id: "asc" },
  });
}
