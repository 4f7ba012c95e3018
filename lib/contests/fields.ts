import { z } from "zod";
import { parseVietnamDateTime } from "@/lib/vietnamese";

// Form fields shared by the contest and round forms. Times are typed as Vietnam time (datetime-local).

export const vietnamDateTimeField = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .transform((value, ctx) => {
      const date = parseVietnamDateTime(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: `${label[0].toUpperCase()}${label.slice(1)} không hợp lệ (ngày và giờ, giờ Việt Nam).` });
        return z.NEVER;
      }
      return date;
    });

export const wholeNumberField = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} phải là số nguyên.` })
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} phải từ ${min} đến ${max}.`)
    .max(max, `${label} phải từ ${min} đến ${max}.`);

export const checkbox = z.preprocess((value) => value === "on" || value === true || value === "true", z.boolean());

export const idField = z.coerce.number().int().positive();

/** "2026-12-05T08:30" in Vietnam time, for a datetime-local input. */
export function toVietnamInput(date: Date): string {
  return new Date(date.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 16);
}
