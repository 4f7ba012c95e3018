import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { sanitizeDocument } from "@/lib/richtext/sanitize";
import { slugify, uniqueSlug } from "@/lib/vietnamese";
import { checkbox, idField, readVietnamTimes } from "./fields";

const schema = z.object({
  id: idField.optional(),
  name: z.string().trim().min(5, "Tên cuộc thi cần ít nhất 5 ký tự.").max(200, "Tên cuộc thi dài tối đa 200 ký tự."),
  rules: z.string().optional().default(""),
  showResults: checkbox,
  resultsPublished: checkbox,
  tieBreakQuestion: z.string().trim().max(300, "Câu hỏi phụ dài tối đa 300 ký tự.").optional().default(""),
  groups: z.string().optional().default(""),
});

const EMPTY_RULES = { type: "doc", content: [{ type: "paragraph" }] };

/** Đối tượng dự thi, one per line, without repeats. */
function groupNames(text: string): string[] {
  const names = text.split(/\r?\n/).map((line) => line.trim().replace(/\s+/g, " ")).filter(Boolean);
  return [...new Map(names.map((name) => [name.toLocaleLowerCase("vi"), name])).values()];
}

export type SavedContest = { id: number; slug: string };

/** Tạo or sửa cuộc thi: name, rules, window, what entrants see and the groups of entrants. */
export async function saveContest(actor: PolicyActor | null, input: unknown): Promise<ActionResult<SavedContest>> {
  const allowed = check(actor, "contest.manage");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  // Thời gian mở and Thời gian đóng: typed day and 24-hour time boxes (opensAtDate, opensAtTime…).
  const times = readVietnamTimes(input, ["opensAt", "closesAt"] as const);
  if (!parsed.success || !times.ok) {
    return refused(INVALID_FORM, { ...(parsed.success ? {} : fieldErrorsFrom(parsed.error.issues)), ...(times.ok ? {} : times.fieldErrors) });
  }
  const { opensAt, closesAt } = times.value;
  if (closesAt <= opensAt) return refused(INVALID_FORM, { closesAtDate: "Thời gian đóng phải sau thời gian mở." });
  const { id, name, showResults, resultsPublished } = parsed.data;
  let rules: unknown = EMPTY_RULES;
  if (parsed.data.rules.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(parsed.data.rules);
    } catch {
      return refused(INVALID_FORM, { rules: "Thể lệ không đọc được; vui lòng soạn lại." });
    }
    const clean = sanitizeDocument(json);
    if (!clean.ok) return refused(INVALID_FORM, { rules: clean.error });
    rules = clean.doc;
  }
  const groups = groupNames(parsed.data.groups);
  if (groups.length === 0) return refused(INVALID_FORM, { groups: "Cần ít nhất một đối tượng dự thi (mỗi dòng một đối tượng)." });
  if (groups.some((g) => g.length > 100)) return refused(INVALID_FORM, { groups: "Tên mỗi đối tượng dài tối đa 100 ký tự." });
  const tieBreakQuestion = parsed.data.tieBreakQuestion || null;

  return db.$transaction(async (tx): Promise<ActionResult<SavedContest>> => {
    const data = { name, rules: rules as object, opensAt, closesAt, showResults, resultsPublished, tieBreakQuestion };
    let contest: { id: number; slug: string };
    if (id) {
      const before = await tx.contest.findUnique({ where: { id }, include: { groups: { include: { _count: { select: { entrants: true, questions: true } } } } } });
      if (!before) return refused("Không tìm thấy cuộc thi.");
      const kept = new Set(groups.map((g) => g.toLocaleLowerCase("vi")));
      const dropped = before.groups.filter((g) => !kept.has(g.name.toLocaleLowerCase("vi")));
      const inUse = dropped.find((g) => g._count.entrants + g._count.questions > 0);
      if (inUse) {
        return refused(INVALID_FORM, { groups: `Không thể bỏ đối tượng “${inUse.name}”: đã có người dự thi hoặc câu hỏi của đối tượng này.` });
      }
      await tx.contestGroup.deleteMany({ where: { id: { in: dropped.map((g) => g.id) } } });
      const existing = new Set(before.groups.map((g) => g.name.toLocaleLowerCase("vi")));
      contest = await tx.contest.update({ where: { id }, data, select: { id: true, slug: true } });
      await tx.contestGroup.createMany({
        data: groups.map((g, i) => ({ contestId: id, name: g, sortOrder: i })).filter((g) => !existing.has(g.name.toLocaleLowerCase("vi"))),
      });
      for (const [i, g] of groups.entries()) {
        await tx.contestGroup.updateMany({ where: { contestId: id, name: { equals: g, mode: "insensitive" } }, data: { sortOrder: i } });
      }
    } else {
      const slug = await uniqueSlug(slugify(name), async (candidate) => (await tx.contest.count({ where: { slug: candidate } })) > 0);
      contest = await tx.contest.create({
        data: { ...data, slug, createdById: actor!.id, groups: { create: groups.map((g, i) => ({ name: g, sortOrder: i })) } },
        select: { id: true, slug: true },
      });
    }
    await writeAudit(tx, {
      actorId: actor!.id,
      action: id ? "contest.update" : "contest.create",
      targetType: "Contest",
      targetId: contest.id,
      change: { name, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString(), showResults, resultsPublished, groups },
    });
    return { ok: true, value: contest, changes: { contests: true } };
  });
}
