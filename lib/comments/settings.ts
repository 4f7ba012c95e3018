import { z } from "zod";

// The defences against spam in readers' comments, kept in the `comments` setting (one JSON value) with
// these defaults in code: a missing or damaged setting never turns a defence off.

export const COMMENT_SETTING_KEY = "comments";

export type WordAction = "hold" | "refuse";

export type CommentSettings = {
  /** Refuse forms whose hidden field a person never sees was filled in (bots fill every field). */
  honeypot: boolean;
  /** Refuse forms sent sooner than this after they were shown; 0 turns the check off. */
  minFillSeconds: number;
  /** At most `addressLimit` comments per reader address in `addressWindowMinutes`. */
  addressLimit: number;
  addressWindowMinutes: number;
  /** At most `emailLimit` comments per email in `emailWindowHours`. */
  emailLimit: number;
  emailWindowHours: number;
  /** At most this many links (http://…, www.…, example.com) in one comment. */
  maxLinks: number;
  /**
   * The same text (compared without case, diacritics, punctuation or spacing) is refused on the same
   * article at any time, and on any article within this many hours; 0 keeps only the first rule.
   */
  duplicateWindowHours: number;
  /** Words and phrases (whole words, case-insensitive) that hold a comment for review or refuse it. */
  words: string[];
  wordAction: WordAction;
  /** Comments close this many days after publication; 0 keeps them open. */
  closeAfterDays: number;
};

export const DEFAULT_COMMENT_SETTINGS: CommentSettings = {
  honeypot: true,
  minFillSeconds: 3,
  addressLimit: 5,
  addressWindowMinutes: 10,
  emailLimit: 10,
  emailWindowHours: 24,
  maxLinks: 2,
  duplicateWindowHours: 24,
  words: ["casino", "cá độ", "lô đề", "tài xỉu", "vay tiền nhanh", "tín dụng đen"],
  wordAction: "hold",
  closeAfterDays: 30,
};

const count = (max: number) => z.coerce.number().int().min(0).max(max);

/** One field per defence; each falls back to its default on its own when the stored value is bad. */
export const storedSettingsSchema = z.object({
  honeypot: z.boolean().catch(DEFAULT_COMMENT_SETTINGS.honeypot),
  minFillSeconds: count(600).catch(DEFAULT_COMMENT_SETTINGS.minFillSeconds),
  addressLimit: count(10_000).catch(DEFAULT_COMMENT_SETTINGS.addressLimit),
  addressWindowMinutes: count(7 * 24 * 60).catch(DEFAULT_COMMENT_SETTINGS.addressWindowMinutes),
  emailLimit: count(10_000).catch(DEFAULT_COMMENT_SETTINGS.emailLimit),
  emailWindowHours: count(24 * 30).catch(DEFAULT_COMMENT_SETTINGS.emailWindowHours),
  maxLinks: count(100).catch(DEFAULT_COMMENT_SETTINGS.maxLinks),
  duplicateWindowHours: count(24 * 365).catch(DEFAULT_COMMENT_SETTINGS.duplicateWindowHours),
  words: z.array(z.string().max(100)).max(1000).catch(DEFAULT_COMMENT_SETTINGS.words),
  wordAction: z.enum(["hold", "refuse"]).catch(DEFAULT_COMMENT_SETTINGS.wordAction),
  closeAfterDays: count(3650).catch(DEFAULT_COMMENT_SETTINGS.closeAfterDays),
});

/** The settings in force: the stored value over the defaults, field by field. */
export function commentSettingsFrom(stored: unknown): CommentSettings {
  const value = stored && typeof stored === "object" && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const withDefaults = { ...DEFAULT_COMMENT_SETTINGS, ...value };
  return storedSettingsSchema.parse(withDefaults);
}
