import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import type { PolicyActor } from "@/lib/policy";
import { isOverdue, OPEN_STATES, type QuestionStateName } from "./labels";
import { questionScopeWhere } from "./scope";

// The workspace's Hỏi đáp queue and a question's page, limited by the policy's scope.

export type QueueFilter = "open" | "triage" | "waiting" | "overdue" | "answered" | "declined" | "all";

export const QUEUE_FILTERS: { value: QueueFilter; label: string }[] = [
  { value: "open", label: "Đang mở" },
  { value: "triage", label: "Chờ phân công" },
  { value: "waiting", label: "Chờ duyệt" },
  { value: "overdue", label: "Quá hạn" },
  { value: "answered", label: "Đã trả lời" },
  { value: "declined", label: "Từ chối" },
  { value: "all", label: "Tất cả" },
];

export type QueueRow = {
  id: number;
  code: string;
  title: string;
  state: QuestionStateName;
  fieldName: string;
  communeName: string;
  unitName: string | null;
  createdAt: Date;
  dueAt: Date;
  overdue: boolean;
};

function filterWhere(filter: QueueFilter, now: Date): Prisma.QuestionWhereInput {
  switch (filter) {
    case "open":
      return { state: { in: [...OPEN_STATES] } };
    case "triage":
      return { state: "NEW" };
    case "waiting":
      return { state: { in: ["SUBMITTED", "ENDORSED"] } };
    case "overdue":
      return { state: { in: [...OPEN_STATES] }, dueAt: { lt: now } };
    case "answered":
      return { state: "ANSWERED" };
    case "declined":
      return { state: "DECLINED" };
    default:
      return {};
  }
}

export async function questionQueue(actor: PolicyActor, filter: QueueFilter, page = 1, now = new Date()): Promise<{ rows: QueueRow[]; total: number; pageCount: number }> {
  const perPage = 25;
  const where: Prisma.QuestionWhereInput = { AND: [questionScopeWhere(actor), filterWhere(filter, now)] };
  const [total, rows] = await Promise.all([
    db.question.count({ where }),
    db.question.findMany({
      where,
      // Open questions by deadline (the most urgent first), closed ones newest first.
      orderBy: filter === "answered" || filter === "declined" || filter === "all" ? [{ createdAt: "desc" }] : [{ dueAt: "asc" }, { id: "asc" }],
      skip: (Math.max(1, page) - 1) * perPage,
      take: perPage,
      select: {
        id: true,
        code: true,
        title: true,
        state: true,
        createdAt: true,
        dueAt: true,
        field: { select: { name: true } },
        commune: { select: { name: true } },
        unit: { select: { name: true } },
      },
    }),
  ]);
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / perPage)),
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      title: r.title,
      state: r.state,
      fieldName: r.field.name,
      communeName: r.commune.name,
      unitName: r.unit?.name ?? null,
      createdAt: r.createdAt,
      dueAt: r.dueAt,
      overdue: isOverdue(r, now),
    })),
  };
}

/** How many questions wait on this person: shown beside Hỏi đáp in the menu. */
export async function openQuestionCount(actor: PolicyActor): Promise<number> {
  return db.question.count({ where: { AND: [questionScopeWhere(actor), { state: { in: [...OPEN_STATES] } }] } });
}

export async function questionForWorkspace(actor: PolicyActor, id: number) {
  if (!Number.isInteger(id) || id <= 0) return null;
  return db.question.findFirst({
    where: { AND: [questionScopeWhere(actor), { id }] },
    include: {
      field: { select: { name: true } },
      commune: { select: { name: true } },
      unit: { select: { id: true, name: true, approvalLevels: true, allowSelfApproval: true } },
      answerWriter: { select: { name: true } },
      attachment: { select: { storageKey: true, originalName: true, mimeType: true, size: true } },
      events: { orderBy: { createdAt: "asc" }, include: { actor: { select: { name: true } } } },
    },
  });
}

/** Units a question may be sent to: every active unit, the Sở Tư pháp first. */
export async function routableUnits(): Promise<{ id: number; name: string }[]> {
  const units = await db.unit.findMany({ where: { status: "ACTIVE" }, select: { id: true, name: true, type: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
  const order = { PROVINCIAL_JUSTICE: 0, PROVINCIAL_AGENCY: 1, DISTRICT: 2, COMMUNE: 3 } as Record<string, number>;
  return units.sort((a, b) => (order[a.type] ?? 9) - (order[b.type] ?? 9) || a.name.localeCompare(b.name, "vi")).map(({ id, name }) => ({ id, name }));
}
