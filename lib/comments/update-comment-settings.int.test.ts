import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { auditEntriesAfter, lastAuditId, makeActor } from "@/test-support/fixtures/people";
import { readCommentSettings } from "./read-settings";
import { COMMENT_SETTING_KEY, DEFAULT_COMMENT_SETTINGS } from "./settings";
import { updateCommentSettings } from "./update-comment-settings";

let admin: PolicyActor;
let moderator: PolicyActor;
let saved: unknown;

const form = (change: Record<string, unknown> = {}) => ({
  honeypot: "on",
  minFillSeconds: "5",
  addressLimit: "3",
  addressWindowMinutes: "15",
  emailLimit: "8",
  emailWindowHours: "12",
  maxLinks: "1",
  duplicateWindowHours: "48",
  words: "Cá  độ\nlô đề, casino\n\nCASINO",
  wordAction: "refuse",
  closeAfterDays: "45",
  ...change,
});

const stored = async () => (await db.setting.findUnique({ where: { key: COMMENT_SETTING_KEY } }))?.value ?? null;

beforeAll(async () => {
  admin = await makeActor(["ADMINISTRATOR"]);
  moderator = await makeActor(["COMMENT_MODERATOR"]);
  saved = await stored();
});

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: COMMENT_SETTING_KEY } });
});

afterAll(async () => {
  if (saved !== null) await db.setting.create({ data: { key: COMMENT_SETTING_KEY, value: saved as object } });
});

describe("updateCommentSettings", () => {
  it("stores what the defences then apply, and records before and after", async () => {
    const audit = await lastAuditId();
    expect(await updateCommentSettings(admin, form())).toMatchObject({ ok: true });
    const after = {
      honeypot: true,
      minFillSeconds: 5,
      addressLimit: 3,
      addressWindowMinutes: 15,
      emailLimit: 8,
      emailWindowHours: 12,
      maxLinks: 1,
      duplicateWindowHours: 48,
      words: ["cá độ", "lô đề", "casino"],
      wordAction: "refuse",
      closeAfterDays: 45,
    };
    expect(await readCommentSettings()).toEqual(after);
    expect(await auditEntriesAfter(audit)).toMatchObject([
      { actorId: admin.id, action: "settings.comments", targetId: COMMENT_SETTING_KEY, change: { before: DEFAULT_COMMENT_SETTINGS, after } },
    ]);
  });

  it("turns the honeypot off when its box is not ticked", async () => {
    const rest: Record<string, unknown> = form();
    delete rest.honeypot;
    expect(await updateCommentSettings(admin, rest)).toMatchObject({ ok: true });
    expect((await readCommentSettings()).honeypot).toBe(false);
  });

  it("refuses bad numbers beside their fields, and non-administrators, storing nothing", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ minFillSeconds: "-1" }, "minFillSeconds", "Thời gian điền tối thiểu phải là số nguyên không âm."],
      [{ maxLinks: "" }, "maxLinks", "Vui lòng nhập số liên kết tối đa."],
      [{ addressWindowMinutes: "0" }, "addressWindowMinutes", "Khoảng thời gian tính theo địa chỉ phải lớn hơn 0."],
      [{ closeAfterDays: "5000" }, "closeAfterDays", "Số ngày nhận ý kiến tối đa là 3.650."],
      [{ wordAction: "delete" }, "wordAction", "Vui lòng chọn cách xử lý từ trong danh sách."],
      [{ words: "x".repeat(101) }, "words", "Mỗi từ trong danh sách dài tối đa 100 ký tự."],
    ];
    for (const [change, field, message] of cases) {
      const audit = await lastAuditId();
      expect(await updateCommentSettings(admin, form(change))).toMatchObject({ ok: false, fieldErrors: { [field]: message } });
      expect(await stored()).toBeNull();
      expect(await auditEntriesAfter(audit)).toEqual([]);
    }
    expect(await updateCommentSettings(moderator, form())).toEqual({ ok: false, error: "Bạn không có quyền thực hiện thao tác này." });
    expect(await stored()).toBeNull();
  });
});
