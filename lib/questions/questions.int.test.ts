import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import ExcelJS from "exceljs";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Hỏi đáp pháp luật on a real PostgreSQL: routing rules, working-day deadlines with the holidays
// table, the whole answering loop through the unit's approval, the policy's scope, every refusal of
// the public form (nothing stored, the token still usable), the asker's view by code, reminders and
// the asker's email when the mail server fails.
vi.mock("next/cache", () => ({ unstable_cache: (fn: () => unknown) => fn, revalidateTag: () => {}, revalidatePath: () => {} }));
process.env.NEXTAUTH_SECRET ??= "test-secret-for-questions";

const { db } = await import("@/lib/db");
const { unitFixtures } = await import("@/test-support/fixtures/units");
const { issueQuestionToken } = await import("./form-subject");
const { QUESTION_REFUSALS, submitQuestion } = await import("./submit-question");
const { routeQuestion } = await import("./route-question");
const { saveAnswer } = await import("./save-answer");
const { approveAnswer } = await import("./approve-answer");
const { returnAnswer } = await import("./return-answer");
const { declineQuestion } = await import("./decline-question");
const { findQuestionStatus, getAnsweredQuestions } = await import("./public-queries");
const { questionQueue } = await import("./workspace-queries");
const { remindDueQuestions } = await import("./remind-due-questions");
const { sendAskerEmails } = await import("./asker-emails");
const { QUESTION_SETTING_KEY, DEFAULT_QUESTION_SETTINGS } = await import("./settings");
const { vietnamDayOf } = await import("./working-days");
const { addQuestionSheet, getQuestionReport, questionReportCsv } = await import("@/lib/reports/questions");
const { formTokenHash } = await import("@/lib/comments/form-token");

const fx = unitFixtures("hoi-dap");
const unique = () => randomBytes(5).toString("hex");
let commune: { id: number };
let otherCommune: { id: number };
let unitA: { id: number };
let unitB: { id: number };
let twoLevel: { id: number };
let fieldId: number;
let otherFieldId: number;
let editor: Awaited<ReturnType<typeof fx.admin>>;
const holidays: string[] = [];

const questionIds = async () => (await db.question.findMany({ where: { communeId: { in: [commune.id, otherCommune.id] } }, select: { id: true } })).map((q) => q.id);

beforeAll(async () => {
  commune = await fx.unit("COMMUNE");
  otherCommune = await fx.unit("COMMUNE");
  unitA = await fx.unit("PROVINCIAL_AGENCY");
  unitB = await fx.unit("PROVINCIAL_AGENCY");
  twoLevel = await fx.unit("COMMUNE");
  await db.unit.update({ where: { id: twoLevel.id }, data: { approvalLevels: 2 } });
  // Fields no demo routing rule names, so only this file's rules route its questions.
  const fields = await db.legalField.findMany({ where: { questionRules: { none: {} } }, take: 2, orderBy: { id: "asc" } });
  [fieldId, otherFieldId] = [fields[0]!.id, fields[1]!.id];
  const user = await fx.user(["PROVINCIAL_EDITOR"]);
  editor = { id: user.id, portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] };
  await db.setting.deleteMany({ where: { key: QUESTION_SETTING_KEY } });
});

afterAll(async () => {
  await db.question.deleteMany({ where: { OR: [{ communeId: { in: [commune.id, otherCommune.id, twoLevel.id] } }, { unitId: { in: [unitA.id, unitB.id, twoLevel.id] } }] } });
  await db.questionRoutingRule.deleteMany({ where: { OR: [{ unitId: { in: [unitA.id, unitB.id, twoLevel.id] } }, { communeId: { in: [commune.id, otherCommune.id] } }] } });
  await db.publicHoliday.deleteMany({ where: { date: { in: holidays.map((d) => new Date(`${d}T00:00:00Z`)) } } });
  await db.setting.deleteMany({ where: { key: QUESTION_SETTING_KEY } });
  await fx.cleanUp();
});

/** A form as a citizen fills it in, 5 s after it was shown, from a new address and contact. */
function form(change: Record<string, unknown> = {}) {
  const id = unique();
  return {
    input: {
      name: "Nguyễn Văn An",
      email: `an.${id}@example.vn`,
      phone: "",
      communeId: String(commune.id),
      fieldId: String(fieldId),
      title: `Hỏi về thủ tục đăng ký ${id}`,
      content: `Tôi muốn hỏi thủ tục đăng ký kết hôn với người nước ngoài cần những giấy tờ gì, mã ${id}.`,
      consent: "on",
      showName: "",
      website: "",
      token: issueQuestionToken(Date.now() - 5000),
      ...change,
    },
    address: `10.0.${id}`,
  };
}

async function ask(change: Record<string, unknown> = {}, now?: Date) {
  const f = form({ ...(now && { token: issueQuestionToken(now.getTime() - 5000) }), ...change });
  const result = await submitQuestion(f.input, { address: f.address, now });
  if (!result.ok) throw new Error(`refused: ${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return db.question.findUniqueOrThrow({ where: { id: result.value.id } });
}

const doc = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const ANSWER = "Theo Luật Hộ tịch năm 2014, hồ sơ gồm tờ khai đăng ký kết hôn và giấy xác nhận tình trạng hôn nhân.";

describe("routing rules", () => {
  it("sends a question to the most specific rule's unit, else to triage", async () => {
    expect((await ask()).state).toBe("NEW");
    const byCommune = await db.questionRoutingRule.create({ data: { communeId: commune.id, unitId: unitB.id } });
    expect((await ask()).unitId).toBe(unitB.id);
    await db.questionRoutingRule.create({ data: { fieldId, unitId: unitA.id } });
    const byField = await ask();
    expect([byField.state, byField.unitId]).toEqual(["ROUTED", unitA.id]);
    await db.questionRoutingRule.create({ data: { fieldId, communeId: commune.id, unitId: unitB.id } });
    expect((await ask()).unitId).toBe(unitB.id);
    // Another field from the same commune: only the commune's rule matches.
    expect((await ask({ fieldId: String(otherFieldId) })).unitId).toBe(unitB.id);
    // A rule whose unit was merged is skipped.
    await db.unit.update({ where: { id: unitB.id }, data: { status: "MERGED" } });
    expect((await ask()).unitId).toBe(unitA.id);
    await db.unit.update({ where: { id: unitB.id }, data: { status: "ACTIVE" } });
    await db.questionRoutingRule.deleteMany({ where: { OR: [{ communeId: commune.id }, { id: byCommune.id }, { fieldId, communeId: null }] } });
  });
});

describe("deadlines in working days", () => {
  it("skips weekends and the holidays the administrator lists", async () => {
    // Wednesday 3 September 2031, 10:00 in Vietnam; Thursday 4 and Friday 5 listed as holidays.
    const received = new Date("2031-09-03T03:00:00Z");
    const plain = await ask({}, received);
    expect(vietnamDayOf(plain.dueAt)).toBe("2031-09-24");
    holidays.push("2031-09-04", "2031-09-05");
    await db.publicHoliday.createMany({ data: holidays.map((d) => ({ date: new Date(`${d}T00:00:00Z`), name: "Nghỉ thử" })) });
    const withHolidays = await ask({}, received);
    expect(vietnamDayOf(withHolidays.dueAt)).toBe("2031-09-26");
    expect(withHolidays.dueDays).toBe(15);
  });

  it("takes the configured number of days", async () => {
    await db.setting.create({ data: { key: QUESTION_SETTING_KEY, value: { ...DEFAULT_QUESTION_SETTINGS, dueDays: 5 } } });
    const q = await ask({}, new Date("2031-10-06T03:00:00Z")); // Monday
    expect([q.dueDays, vietnamDayOf(q.dueAt)]).toEqual([5, "2031-10-13"]);
    await db.setting.deleteMany({ where: { key: QUESTION_SETTING_KEY } });
  });
});

describe("every refusal of the public form stores nothing", () => {
  async function expectRefused(change: Record<string, unknown>, message: string, field?: string, address?: string) {
    const f = form(change);
    const before = { questions: await db.question.count(), events: await db.questionEvent.count() };
    const result = await submitQuestion(f.input, { address: address ?? f.address });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(field ? result.fieldErrors?.[field] : result.error).toBe(message);
    expect({ questions: await db.question.count(), events: await db.questionEvent.count() }).toEqual(before);
    return f;
  }

  it("asks for a contact, the consent, a commune and a field from the lists", async () => {
    await expectRefused({ email: "", phone: "" }, "Vui lòng nhập email hoặc số điện thoại để nhận phản hồi.", "email");
    await expectRefused({ consent: "" }, "Vui lòng đồng ý với thông báo xử lý dữ liệu cá nhân để gửi câu hỏi.", "consent");
    await expectRefused({ phone: "12345" }, "Số điện thoại không hợp lệ. Ví dụ đúng: 0912 345 678", "phone");
    await expectRefused({ communeId: String(unitA.id) }, "Vui lòng chọn xã/phường trong danh sách.", "communeId");
    await expectRefused({ title: "Ngắn" }, "Tiêu đề cần ít nhất 10 ký tự.", "title");
  });

  it("refuses the honeypot, a form sent too fast, a forged token, and leaves a refused token usable", async () => {
    await expectRefused({ website: "http://spam.example" }, QUESTION_REFUSALS.honeypot);
    await expectRefused({ token: issueQuestionToken(Date.now() - 500) }, QUESTION_REFUSALS["too-fast"]);
    await expectRefused({ token: "v2.0.123.abc.def" }, QUESTION_REFUSALS.token);
    const refused = await expectRefused({ email: "", phone: "" }, "Vui lòng nhập email hoặc số điện thoại để nhận phản hồi.", "email");
    expect(await db.usedFormToken.count({ where: { tokenHash: formTokenHash(refused.input.token) } })).toBe(0);
  });

  it("lets one token send one question, even when posted twice at once", async () => {
    const f = form();
    const [a, b] = await Promise.all([submitQuestion(f.input, { address: f.address }), submitQuestion({ ...f.input }, { address: f.address })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const refusal = [a, b].find((r) => !r.ok);
    expect(refusal && !refusal.ok && refusal.error).toBe(QUESTION_REFUSALS["token-used"]);
    expect(await db.question.count({ where: { title: f.input.title } })).toBe(1);
  });

  it("limits questions per address and refuses the same question twice", async () => {
    const address = `10.9.${unique()}`;
    for (let i = 0; i < DEFAULT_QUESTION_SETTINGS.addressLimit; i++) {
      const f = form();
      expect((await submitQuestion(f.input, { address })).ok).toBe(true);
    }
    await expectRefused({}, QUESTION_REFUSALS["rate-address"], undefined, address);
    const first = form();
    expect((await submitQuestion(first.input, { address: first.address })).ok).toBe(true);
    await expectRefused({ title: first.input.title, content: first.input.content }, QUESTION_REFUSALS.duplicate);
  });
});

describe("the answering loop", () => {
  it("goes from triage to a unit, through the unit's approval, to the public page", async () => {
    const author = await fx.member(unitA.id, "AUTHOR");
    const approver = await fx.member(unitA.id, "APPROVER");
    const outsider = await fx.member(unitB.id, "APPROVER");
    const q = await ask({ communeId: String(otherCommune.id), fieldId: String(otherFieldId) });
    expect(q.state).toBe("NEW");

    // Unit staff cannot see or route a question in triage; the editor routes it.
    expect((await routeQuestion(author, { questionId: q.id, unitId: unitA.id })).ok).toBe(false);
    expect((await questionQueue(author, "all")).rows.map((r) => r.id)).not.toContain(q.id);
    expect(await routeQuestion(editor, { questionId: q.id, unitId: unitA.id, note: "Thuộc thẩm quyền của Sở" })).toEqual({ ok: true, value: { unitId: unitA.id } });
    expect((await questionQueue(author, "open")).rows.map((r) => r.id)).toContain(q.id);
    expect((await questionQueue(outsider, "all")).rows.map((r) => r.id)).not.toContain(q.id);

    // Another unit's staff cannot answer; the author submits; nobody approves their own answer.
    expect(await saveAnswer(outsider, { questionId: q.id, body: doc(ANSWER), submit: "1" })).toEqual({ ok: false, error: "Không tìm thấy câu hỏi." });
    const short = await saveAnswer(author, { questionId: q.id, body: doc("Ngắn."), submit: "1" });
    expect(short.ok).toBe(false);
    expect(await saveAnswer(author, { questionId: q.id, body: doc(ANSWER), submit: "1" })).toEqual({ ok: true, value: { state: "SUBMITTED" } });
    expect((await approveAnswer(author, { questionId: q.id })).ok).toBe(false);
    const before = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect((await approveAnswer(outsider, { questionId: q.id })).ok).toBe(false);
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).state).toBe(before.state);

    // Returned with a note, rewritten, approved.
    expect((await returnAnswer(approver, { questionId: q.id, note: "" })).ok).toBe(false);
    expect((await returnAnswer(approver, { questionId: q.id, note: "Bổ sung căn cứ pháp lý" })).ok).toBe(true);
    expect(await saveAnswer(author, { questionId: q.id, body: doc(`${ANSWER} Bổ sung.`), submit: "1" })).toEqual({ ok: true, value: { state: "SUBMITTED" } });
    const published = await approveAnswer(approver, { questionId: q.id });
    expect(published).toEqual({ ok: true, value: { state: "ANSWERED" }, changes: { questions: true } });

    const status = await findQuestionStatus(q.code);
    expect(status).toMatchObject({ state: "ANSWERED", stateLabel: "Đã trả lời", slug: q.slug });
    expect(JSON.stringify(status)).not.toContain(q.askerEmail!);
    const found = await getAnsweredQuestions({ query: "LUAT HO TICH nam 2014" });
    const listed = found.items.find((item) => item.slug === q.slug);
    expect(listed?.asker).toBe("N.V.A.");
    expect(JSON.stringify(found)).not.toContain(q.askerEmail!);
  });

  it("lets the writer approve in a unit that allows self-approval", async () => {
    await db.unit.update({ where: { id: unitB.id }, data: { allowSelfApproval: true } });
    const solo = await fx.member(unitB.id, "APPROVER");
    const q = await ask();
    await routeQuestion(editor, { questionId: q.id, unitId: unitB.id });
    await saveAnswer(solo, { questionId: q.id, body: doc(ANSWER), submit: "1" });
    expect((await approveAnswer(solo, { questionId: q.id })).ok).toBe(true);
  });

  it("needs the provincial editor after the unit in a two-level unit", async () => {
    const author = await fx.member(twoLevel.id, "AUTHOR");
    const approver = await fx.member(twoLevel.id, "APPROVER");
    const q = await ask();
    await routeQuestion(editor, { questionId: q.id, unitId: twoLevel.id });
    await saveAnswer(author, { questionId: q.id, body: doc(ANSWER), submit: "1" });
    expect(await approveAnswer(approver, { questionId: q.id })).toEqual({ ok: true, value: { state: "ENDORSED" } });
    expect(await approveAnswer(approver, { questionId: q.id })).toEqual({ ok: false, error: "Câu trả lời đã được đơn vị duyệt và đang chờ biên tập cấp tỉnh xuất bản." });
    expect((await approveAnswer(editor, { questionId: q.id })).ok).toBe(true);
  });

  it("declines with a reason the asker sees, and refuses a decline without one", async () => {
    const q = await ask();
    expect((await declineQuestion(editor, { questionId: q.id, reason: "other", explanation: "" })).ok).toBe(false);
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).state).toBe("NEW");
    expect((await declineQuestion(editor, { questionId: q.id, reason: "out-of-scope", explanation: "Đây là câu hỏi về giá cả." })).ok).toBe(true);
    const status = await findQuestionStatus(q.code);
    expect(status?.declineReason).toBe("Câu hỏi không thuộc phạm vi hỏi đáp pháp luật: Đây là câu hỏi về giá cả.");
    expect((await routeQuestion(editor, { questionId: q.id, unitId: unitA.id })).ok).toBe(false);
  });

  it("lets the editor forward a routed question to another unit with a note, which starts afresh", async () => {
    const authorA = await fx.member(unitA.id, "AUTHOR");
    const authorB = await fx.member(unitB.id, "AUTHOR");
    const q = await ask({ communeId: String(otherCommune.id), fieldId: String(otherFieldId) });
    await routeQuestion(editor, { questionId: q.id, unitId: unitA.id });
    expect(await saveAnswer(authorA, { questionId: q.id, body: doc(ANSWER) })).toEqual({ ok: true, value: { state: "ROUTED" } });

    // The unit's staff cannot send it on themselves; nothing changes.
    expect((await routeQuestion(authorA, { questionId: q.id, unitId: unitB.id })).ok).toBe(false);
    expect((await db.question.findUniqueOrThrow({ where: { id: q.id } })).unitId).toBe(unitA.id);

    expect(await routeQuestion(editor, { questionId: q.id, unitId: unitB.id, note: "Thuộc thẩm quyền của đơn vị khác" })).toEqual({ ok: true, value: { unitId: unitB.id } });
    const moved = await db.question.findUniqueOrThrow({ where: { id: q.id } });
    expect([moved.state, moved.unitId, moved.answerText, moved.answerWriterId]).toEqual(["ROUTED", unitB.id, "", null]);
    expect((await questionQueue(authorA, "all")).rows.map((r) => r.id)).not.toContain(q.id);
    expect((await questionQueue(authorB, "open")).rows.map((r) => r.id)).toContain(q.id);
    expect(await db.questionEvent.findFirst({ where: { questionId: q.id, action: "forward" }, select: { unitId: true, note: true, toState: true } })).toEqual({
      unitId: unitB.id,
      note: "Thuộc thẩm quyền của đơn vị khác",
      toState: "ROUTED",
    });
    // The asker still sees it with a unit, never which staff member drafted.
    expect(await findQuestionStatus(q.code)).toMatchObject({ state: "ROUTED", stateLabel: "Đang xử lý" });
  });
});

describe("reminders and the asker's email", () => {
  it("reminds the unit once when the deadline is near", async () => {
    const author = await fx.member(unitA.id, "AUTHOR");
    const q = await ask();
    await routeQuestion(editor, { questionId: q.id, unitId: unitA.id });
    await db.question.update({ where: { id: q.id }, data: { dueAt: new Date(Date.now() + 3_600_000) } });
    const first = await remindDueQuestions();
    expect(first).toContain(q.id);
    expect(await remindDueQuestions()).not.toContain(q.id);
    expect(await db.notification.count({ where: { userId: author.id, kind: "question.due" } })).toBe(1);
  });

  it("keeps answered questions answered when the mail server fails, emails the askers once it is back, and one refused address holds back no one", async () => {
    const saved = process.env.SMTP_URL;
    const inbox: { to: string; text: string }[] = [];
    // A real SMTP server on 127.0.0.1 that refuses any address with "bounce" in it, as a provider refuses an unknown mailbox.
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      onRcptTo(address, _session, callback) {
        callback(address.address.includes("bounce") ? Object.assign(new Error("550 No such user"), { responseCode: 550 }) : undefined);
      },
      onData(stream, session, callback) {
        simpleParser(stream).then((mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(","), text: mail.text ?? "" });
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const approver = await fx.member(unitA.id, "APPROVER");
    const author = await fx.member(unitA.id, "AUTHOR");
    const answer = async (change: Record<string, unknown> = {}) => {
      const q = await ask(change);
      await routeQuestion(editor, { questionId: q.id, unitId: unitA.id });
      await saveAnswer(author, { questionId: q.id, body: doc(ANSWER), submit: "1" });
      expect((await approveAnswer(approver, { questionId: q.id })).ok).toBe(true);
      return q;
    };
    const emailed = async (id: number) => (await db.question.findUniqueOrThrow({ where: { id }, select: { state: true, askerEmailedAt: true } }));
    try {
      process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens there
      const bounced = await answer({ email: `bounce.${unique()}@example.vn` });
      const answered = await answer();
      const declined = await ask();
      expect((await declineQuestion(editor, { questionId: declined.id, reason: "out-of-scope", explanation: "Đây là câu hỏi về giá cả." })).ok).toBe(true);
      expect(await sendAskerEmails(5)).toBe(0);
      expect(await emailed(answered.id)).toEqual({ state: "ANSWERED", askerEmailedAt: null });

      // The server is back: each asker hears once, with the link and the code; the refused address stays to be tried again.
      process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}?ignoreTLS=true`;
      await sendAskerEmails(100);
      const to = (address: string) => inbox.filter((mail) => mail.to === address);
      expect(to(answered.askerEmail!)).toHaveLength(1);
      expect(to(answered.askerEmail!)[0]!.text).toContain(`/hoi-dap/cau-hoi/${answered.slug}`);
      expect(to(answered.askerEmail!)[0]!.text).toContain(`Mã tra cứu: ${answered.code}`);
      expect(to(declined.askerEmail!)).toHaveLength(1);
      expect(to(declined.askerEmail!)[0]!.text).toContain("Lý do: Câu hỏi không thuộc phạm vi hỏi đáp pháp luật: Đây là câu hỏi về giá cả.");
      expect(to(bounced.askerEmail!)).toHaveLength(0);
      expect((await emailed(answered.id)).askerEmailedAt).not.toBeNull();
      expect(await emailed(bounced.id)).toEqual({ state: "ANSWERED", askerEmailedAt: null });

      // The next tick sends nobody a second email.
      await sendAskerEmails(100);
      expect(to(answered.askerEmail!)).toHaveLength(1);
      expect(to(declined.askerEmail!)).toHaveLength(1);
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("report figures", () => {
  it("counts received, answered, declined, overdue and the median days per unit", async () => {
    const unit = await fx.unit("PROVINCIAL_AGENCY");
    const day = (d: number) => new Date(Date.UTC(2032, 0, d, 3));
    const base = { askerName: "Thử", consentAt: day(1), communeId: commune.id, fieldId, content: "Nội dung", addressHash: "x", unitId: unit.id, dueDays: 15 };
    const make = (n: number, data: Record<string, unknown>) =>
      db.question.create({ data: { ...base, code: `T-${unique()}`, slug: `t-${unique()}`, title: `Báo cáo ${n}`, contentHash: unique(), ...data } as never });
    await make(1, { state: "ANSWERED", createdAt: day(2), dueAt: day(20), answeredAt: day(4) }); // 2 days
    await make(2, { state: "ANSWERED", createdAt: day(3), dueAt: day(5), answeredAt: day(9) }); // 6 days, late
    await make(3, { state: "ANSWERED", createdAt: day(5), dueAt: day(25), answeredAt: day(15) }); // 10 days
    await make(4, { state: "DECLINED", createdAt: day(6), dueAt: day(25), declinedAt: day(7) });
    await make(5, { state: "ROUTED", createdAt: day(8), dueAt: day(10) }); // open, past due on 31/1
    await make(6, { state: "ROUTED", createdAt: day(9), dueAt: day(40) });
    await make(7, { state: "ROUTED", createdAt: new Date(Date.UTC(2032, 1, 3)), dueAt: day(60) }); // next month
    const report = await getQuestionReport({ portalWide: false, unitIds: [unit.id] }, { from: new Date(Date.UTC(2031, 11, 31, 17)), to: new Date(Date.UTC(2032, 0, 31, 17)) }, new Date(Date.UTC(2032, 0, 31)));
    expect(report.rows).toEqual([{ unitId: unit.id, name: expect.any(String), received: 6, answered: 3, declined: 1, overdue: 2, medianDays: 6 }]);
    expect(report.total).toEqual({ received: 6, answered: 3, declined: 1, overdue: 2, medianDays: 6 });

    // The same figures in the exports of Báo cáo thống kê: the CSV's section and the workbook's sheet.
    const name = report.rows[0]!.name;
    const csvLines = questionReportCsv(report).split("\r\n");
    const title = csvLines.indexOf("Hỏi đáp pháp luật");
    expect(csvLines.slice(title + 1, title + 4)).toEqual([
      "Đơn vị trả lời,Câu hỏi nhận,Đã trả lời,Từ chối,Quá hạn,Số ngày trả lời thường gặp",
      `${name},6,3,1,2,6`,
      "Tổng cộng,6,3,1,2,6",
    ]);
    const workbook = new ExcelJS.Workbook();
    addQuestionSheet(workbook, report, "Tháng 01/2032");
    const sheet = workbook.getWorksheet("Hỏi đáp pháp luật")!;
    const values = (row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);
    expect(values(1)).toEqual(["Hỏi đáp pháp luật — Tháng 01/2032"]);
    expect(values(3)).toEqual(["Đơn vị trả lời", "Câu hỏi nhận", "Đã trả lời", "Từ chối", "Quá hạn", "Số ngày trả lời thường gặp"]);
    expect(values(4)).toEqual([name, 6, 3, 1, 2, 6]);
    expect(values(5)).toEqual(["Tổng cộng", 6, 3, 1, 2, 6]);
    await db.question.deleteMany({ where: { unitId: unit.id } });
  });
});

// Keep the helper used (the ids of this file's questions) for debugging failed runs.
void questionIds;
