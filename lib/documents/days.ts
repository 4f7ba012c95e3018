// Calendar days of documents (ngày ban hành, ngày có hiệu lực): entered as dd/mm/yyyy or yyyy-mm-dd
// (the date input), read from Excel as dates; stored as a DATE column (midnight UTC).

/** "YYYY-MM-DD" of a real calendar day, or null. */
export function parseDay(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const text = value.trim();
  const iso8601 = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!iso8601 && !vietnamese) return null;
  const [year, month, day] = iso8601 ? [iso8601[1], iso8601[2], iso8601[3]] : [vietnamese![3], vietnamese![2], vietnamese![1]];
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  if (Number(year) < 1945 || Number(year) > 2100) return null;
  return iso;
}

export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** dd/mm/yyyy of a stored day. */
export function formatDay(value: Date | string | null): string {
  if (!value) return "";
  const iso = typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
