import type { Prisma } from "@/generated/prisma/client";
import { addWorkingDays } from "./working-days";

/** The public holidays the administrator keeps, as Vietnam calendar days "YYYY-MM-DD". */
export async function loadHolidays(tx: Prisma.TransactionClient, from: Date): Promise<Set<string>> {
  // A deadline is at most a few months away; a year either side covers any question in the queue.
  const rows = await tx.publicHoliday.findMany({
    where: { date: { gte: new Date(from.getTime() - 366 * 86_400_000), lte: new Date(from.getTime() + 366 * 86_400_000) } },
    select: { date: true },
  });
  return new Set(rows.map((row) => row.date.toISOString().slice(0, 10)));
}

export async function deadlineFor(tx: Prisma.TransactionClient, receivedAt: Date, dueDays: number): Promise<Date> {
  return addWorkingDays(receivedAt, dueDays, await loadHolidays(tx, receivedAt));
}
