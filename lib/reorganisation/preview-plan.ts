import type { Prisma } from "@/generated/prisma/client";
import type { UnitTypeName } from "@/lib/units/labels";
import { checkPlan, type ResolvedPlan, type UnitRef, type UnitSnapshot } from "./check-plan";
import type { PlanRow } from "./plan-rows";
import { quoteIdent, unitReferences, type UnitReference } from "./unit-references";
import { loadUnitSnapshot } from "./units-snapshot";

// Xem trước: for each unit that receives others, what it receives — articles by where they stand,
// comments, people and their roles, other records that point at the old units — and the approval
// settings it will have. Read in a handful of grouped queries, whatever the size of the plan.

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "$queryRawUnsafe" | "unit">;

export type MemberPreview = { userId: number; name: string; email: string; role: string; from: string };

export type ReceiverPreview = {
  /** Null for a unit the plan creates. */
  id: number | null;
  /** The plan's key of a unit it creates. */
  newKey: string | null;
  name: string;
  slug: string | null;
  type: UnitTypeName;
  parentName: string | null;
  approvalLevels: number;
  allowSelfApproval: boolean;
  sources: { id: number; name: string; slug: string; type: UnitTypeName }[];
  articles: { published: number; inProgress: number; pending: number; other: number };
  comments: number;
  members: MemberPreview[];
  /** Other records by their Vietnamese name: "Tệp đã tải lên: 12". */
  records: { label: string; count: number }[];
};

export type PlanPreview = {
  problems: string[];
  plan: ResolvedPlan;
  receivers: ReceiverPreview[];
  renames: { id: number; from: string; to: string; slug: string }[];
  /** Units the plan founds that receive no other unit (a split): they start empty. */
  founded: { newKey: string; name: string; type: UnitTypeName; parentName: string | null }[];
  moves: { id: number; name: string; from: string | null; to: string | null }[];
};

const RECORD_LABELS: Record<string, string> = {
  '"StoredFile".unitId': "Tệp đã tải lên",
  '"Question".unitId': "Câu hỏi được phân công",
  '"Question".communeId': "Câu hỏi của người dân trong xã/phường",
  '"QuestionRoutingRule".unitId': "Quy tắc phân công câu hỏi",
  '"QuestionRoutingRule".communeId': "Quy tắc phân công câu hỏi theo xã/phường",
  '"LegalDocument".unitId': "Văn bản pháp luật",
  '"ContestEntrant".communeId': "Người dự thi trong xã/phường",
};

export function recordLabel(reference: Pick<UnitReference, "table" | "column">): string {
  return RECORD_LABELS[`${reference.table}.${reference.column}`] ?? `${reference.table.replace(/"/g, "")}.${reference.column}`;
}

const PUBLISHED = new Set(["PUBLISHED"]);
const IN_PROGRESS = new Set(["DRAFT", "RETURNED"]);
const PENDING = new Set(["SUBMITTED", "ENDORSED", "SCHEDULED"]);

export async function previewRows(tx: Tx, rows: readonly PlanRow[]): Promise<PlanPreview> {
  const units = await loadUnitSnapshot(tx);
  const { problems, plan } = checkPlan(rows, units);
  return { problems, plan, ...(await describePlan(tx, plan, units)) };
}

/** What each receiving unit gets, as counted now. */
export async function describePlan(tx: Tx, plan: ResolvedPlan, units: readonly UnitSnapshot[]): Promise<Omit<PlanPreview, "problems" | "plan">> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const newByKey = new Map(plan.newUnits.map((unit) => [unit.key, unit]));
  const nameOf = (ref: UnitRef | null): string | null => (ref === null ? null : "id" in ref ? byId.get(ref.id)!.name : newByKey.get(ref.newKey)!.name);
  const renamed = new Map(plan.renames.map((rename) => [rename.unitId, rename.name]));
  const currentName = (ref: UnitRef | null) => (ref && "id" in ref && renamed.get(ref.id)) || nameOf(ref);

  const sourceIds = plan.merges.map((merge) => merge.unitId);
  const [articleRows, commentRows, memberRows, references] = await Promise.all([
    tx.$queryRaw<{ unitId: number; state: string; count: number }[]>`
      SELECT "unitId", state::text AS state, count(*)::int AS count FROM "Article"
      WHERE "unitId" = ANY(${sourceIds}::int[]) AND "deletedAt" IS NULL GROUP BY 1, 2`,
    tx.$queryRaw<{ unitId: number; count: number }[]>`
      SELECT a."unitId", count(*)::int AS count FROM "Comment" c JOIN "Article" a ON a.id = c."articleId"
      WHERE a."unitId" = ANY(${sourceIds}::int[]) GROUP BY 1`,
    tx.$queryRaw<{ unitId: number; userId: number; name: string; email: string; role: string }[]>`
      SELECT m."unitId", m."userId", u.name, u.email, m.role::text AS role FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE m."unitId" = ANY(${sourceIds}::int[]) ORDER BY u.name, m.role`,
    unitReferences(tx),
  ]);
  const recordCounts: { label: string; unitId: number; count: number }[] = [];
  for (const reference of references) {
    const counted = await tx.$queryRawUnsafe<{ unitId: number; count: number }[]>(
      `SELECT ${quoteIdent(reference.column)} AS "unitId", count(*)::int AS count FROM ${reference.table} WHERE ${quoteIdent(reference.column)} = ANY($1::int[]) GROUP BY 1`,
      sourceIds,
    );
    for (const row of counted) recordCounts.push({ label: recordLabel(reference), ...row });
  }

  const receivers = new Map<string, ReceiverPreview>();
  for (const merge of plan.merges) {
    const key = "id" in merge.into ? `u${merge.into.id}` : `n${merge.into.newKey}`;
    let receiver = receivers.get(key);
    if (!receiver) {
      const existing = "id" in merge.into ? byId.get(merge.into.id)! : null;
      const created = "newKey" in merge.into ? newByKey.get(merge.into.newKey)! : null;
      const move = existing ? plan.moves.find((m) => m.unitId === existing.id) : undefined;
      receiver = {
        id: existing?.id ?? null,
        newKey: created?.key ?? null,
        name: existing ? (renamed.get(existing.id) ?? existing.name) : created!.name,
        slug: existing?.slug ?? null,
        type: existing?.type ?? created!.type,
        parentName: created ? currentName(created.parent) : move ? currentName(move.parent) : existing!.parentId === null ? null : byId.get(existing!.parentId)!.name,
        approvalLevels: existing?.approvalLevels ?? created!.approvalLevels,
        allowSelfApproval: existing?.allowSelfApproval ?? created!.allowSelfApproval,
        sources: [],
        articles: { published: 0, inProgress: 0, pending: 0, other: 0 },
        comments: 0,
        members: [],
        records: [],
      };
      receivers.set(key, receiver);
    }
    const source = byId.get(merge.unitId)!;
    receiver.sources.push({ id: source.id, name: source.name, slug: source.slug, type: source.type });
    for (const row of articleRows.filter((r) => r.unitId === source.id)) {
      const bucket = PUBLISHED.has(row.state) ? "published" : IN_PROGRESS.has(row.state) ? "inProgress" : PENDING.has(row.state) ? "pending" : "other";
      receiver.articles[bucket] += row.count;
    }
    receiver.comments += commentRows.find((r) => r.unitId === source.id)?.count ?? 0;
    for (const member of memberRows.filter((r) => r.unitId === source.id)) {
      receiver.members.push({ userId: member.userId, name: member.name, email: member.email, role: member.role, from: source.name });
    }
    for (const record of recordCounts.filter((r) => r.unitId === source.id)) {
      const known = receiver.records.find((r) => r.label === record.label);
      if (known) known.count += record.count;
      else receiver.records.push({ label: record.label, count: record.count });
    }
  }

  return {
    receivers: [...receivers.values()],
    founded: plan.newUnits
      .filter((unit) => !receivers.has(`n${unit.key}`))
      .map((unit) => ({ newKey: unit.key, name: unit.name, type: unit.type, parentName: currentName(unit.parent) })),
    renames: plan.renames.map((rename) => ({ id: rename.unitId, from: byId.get(rename.unitId)!.name, to: rename.name, slug: byId.get(rename.unitId)!.slug })),
    moves: plan.moves.map((move) => {
      const unit = byId.get(move.unitId)!;
      return { id: unit.id, name: renamed.get(unit.id) ?? unit.name, from: unit.parentId === null ? null : byId.get(unit.parentId)!.name, to: currentName(move.parent) };
    }),
  };
}
