// Deadlines of legal questions are counted in working days (Decree 42/2022 and the units' own rules):
// Saturdays, Sundays and the days the administrator lists as public holidays (Tết, 30/4, 1/5, 2/9 and
// their compensatory days, which change every year) do not count. Pure: the holidays come in as
// calendar days "YYYY-MM-DD" in Vietnam time, so it is table-tested without a database.

const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day in Vietnam (UTC+7, no daylight saving) as "YYYY-MM-DD". */
export function vietnamDayOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/**
 * The last moment of the `days`-th working day after the day of receipt (the day of receipt itself
 * does not count, as in administrative procedures), in Vietnam time.
 */
export function addWorkingDays(receivedAt: Date, days: number, holidays: ReadonlySet<string>): Date {
  let day = vietnamDayOf(receivedAt);
  let counted = 0;
  // A year of holidays in a row is not a calendar: stop rather than loop for ever on bad data.
  for (let guard = 0; counted < days && guard < 3660; guard++) {
    day = nextDay(day);
    if (isWorkingDay(day, holidays)) counted++;
  }
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS + DAY_MS - 1);
}

/** Working days from `from`'s day (exclusive) to `to`'s day (inclusive); 0 or less once `to` has passed. */
export function workingDaysBetween(from: Date, to: Date, holidays: ReadonlySet<string>): number {
  const start = vietnamDayOf(from);
  const end = vietnamDayOf(to);
  if (end <= start) return end === start ? 0 : -1;
  let count = 0;
  for (let day = nextDay(start), guard = 0; day <= end && guard < 3660; day = nextDay(day), guard++) {
    if (isWorkingDay(day, holidays)) count++;
  }
  return count;
}
