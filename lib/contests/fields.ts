import { z } from "zod";
import type { FieldErrors } from "@/lib/action-result";
import { parseVietnamDayAndTime } from "@/lib/vietnamese";

// Form fields shared by the contest and round forms.

/**
 * Times typed in the workspace's date-time field (components/ui/date-input.tsx): for each name, a day
 * `${name}Date` (dd/mm/yyyy, "05/12" is 5 December) and a 24-hour time `${name}Time`, in Vietnam time
 * whatever the browser's language. A day that does not exist or an AM/PM time is refused with
 * lib/vietnamese.ts's message under the box that is wrong.
 */
export function readVietnamTimes<K extends string>(raw: unknown, names: readonly K[]): { ok: true; value: Record<K, Date> } | { ok: false; fieldErrors: FieldErrors } {
  const input = (raw ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof input[key] === "string" ? (input[key] as string) : "");
  const value = {} as Record<K, Date>;
  const fieldErrors: FieldErrors = {};
  for (const name of names) {
    const typed = parseVietnamDayAndTime(text(`${name}Date`), text(`${name}Time`));
    if (typed.ok) value[name] = typed.value;
    else {
      if (typed.fieldErrors.date) fieldErrors[`${name}Date`] = typed.fieldErrors.date;
      if (typed.fieldErrors.time) fieldErrors[`${name}Time`] = typed.fieldErrors.time;
    }
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, value };
}

export const wholeNumberField = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} phải là số nguyên.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} phải từ ${min} đến ${max}.`)
    .max(max, `${label} phải từ ${min} đến ${max}.`);

export const checkbox = z.preprocess((value) => value === "on" || value === true || value === "true", z.boolean());

export const idField = z.coerce.number().int().positive();
