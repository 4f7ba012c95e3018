import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

// The rules of Hỏi đáp pháp luật kept in the `questions` setting over these defaults (a damaged value
// falls back field by field, like the comment settings). The honeypot and the minimum fill time are the
// comment defences' own settings: one switch for both forms.

export const QUESTION_SETTING_KEY = "questions";

export type QuestionSettings = {
  /** Deadline in working days, counted from receipt. */
  dueDays: number;
  /** Remind the unit this many working days before the deadline. */
  remindDaysBefore: number;
  /** At most `addressLimit` questions per address in `addressWindowMinutes` (0: no limit). */
  addressLimit: number;
  addressWindowMinutes: number;
  /** At most `emailLimit` questions per email or phone in `emailWindowHours` (0: no limit). */
  emailLimit: number;
  emailWindowHours: number;
};

export const DEFAULT_QUESTION_SETTINGS: QuestionSettings = {
  dueDays: 15,
  remindDaysBefore: 3,
  addressLimit: 3,
  addressWindowMinutes: 60,
  emailLimit: 5,
  emailWindowHours: 24,
};

const count = (max: number) => z.coerce.number().int().min(0).max(max);
const d = DEFAULT_QUESTION_SETTINGS;
const storedSchema = z.object({
  dueDays: z.coerce.number().int().min(1).max(90).catch(d.dueDays),
  remindDaysBefore: count(30).catch(d.remindDaysBefore),
  addressLimit: count(10_000).catch(d.addressLimit),
  addressWindowMinutes: count(7 * 24 * 60).catch(d.addressWindowMinutes),
  emailLimit: count(10_000).catch(d.emailLimit),
  emailWindowHours: count(24 * 30).catch(d.emailWindowHours),
});

export function questionSettingsFrom(stored: unknown): QuestionSettings {
  const value = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return storedSchema.parse({ ...DEFAULT_QUESTION_SETTINGS, ...value });
}

export async function readQuestionSettings(client: Prisma.TransactionClient = db): Promise<QuestionSettings> {
  const row = await client.setting.findUnique({ where: { key: QUESTION_SETTING_KEY }, select: { value: true } });
  return questionSettingsFrom(row?.value);
}
