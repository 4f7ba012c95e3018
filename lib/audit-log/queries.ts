import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { parseVietnamDateTime, parseVietnamDay } from "@/lib/vietnamese";
import { AUDIT_ACTION_LABELS, AUDIT_TARGET_LABELS } from "./labels";
import { describeAuditChange, mentionedIds, type AuditNames } from "./sentences";

export const AUDIT_ENTRIES_PER_PAGE = 50;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AuditFilters = {
  /** Part of the actor's name or email; case and Vietnamese diacritics are ignored. */
  actor?: string;
  actorId?: number;
  /** A recorded action, e.g. "user.deactivate". */
  action?: string;
  /** First day included, "yyyy-mm-dd", a calendar day in Vietnam (Asia/Ho_Chi_Minh). */
  from?: string;
  /** Last day included, "yyyy-mm-dd", a calendar day in Vietnam. */
  to?: string;
  page?: number;
};

export type AuditRow = {
  id: string;
  createdAt: Date;
  actor: { id: number; name: string; email: string } | null;
  action: string;
  targetType: string;
  targetId: string;
  /** "Người dùng Nguyễn Văn A (a@b.vn)" when the target still exists, else "Người dùng #12". */
  targetLabel: string;
  change: Prisma.JsonValue;
  /** The change told in plain Vietnamese (sentences.ts). */
  sentences: string[];
};

export type AuditPage = { entries: AuditRow[]; total: number; page: number; pageCount: number };

/**
 * The start of a Vietnamese calendar day, typed "28/11/2026" in the filter or "2026-11-28" in an older
 * link (→ 2026-11-27T17:00Z), or null if no such day.
 */
export function startOfVietnamDay(day: string): Date | null {
  const parsed = parseVietnamDay(day);
  return parsed.ok ? parseVietnamDateTime(`${parsed.iso}T00:00`) : null;
}

async function actorIdsMatching(text: string): Promise<number[]> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT id FROM "User"
    WHERE lower(public.immutable_unaccent(name)) LIKE lower(public.immutable_unaccent(${pattern}))
       OR email LIKE lower(${pattern})`;
  return rows.map((row) => row.id);
}

async function whereFor(filters: AuditFilters): Promise<Prisma.AuditEntryWhereInput> {
  const and: Prisma.AuditEntryWhereInput[] = [];
  if (filters.actorId !== undefined) and.push({ actorId: filters.actorId });
  const actorText = filters.actor?.normalize("NFC").trim();
  if (actorText) and.push({ actorId: { in: await actorIdsMatching(actorText) } });
  if (filters.action) and.push({ action: filters.action });
  const from = filters.from ? startOfVietnamDay(filters.from) : null;
  if (from) and.push({ createdAt: { gte: from } });
  const to = filters.to ? startOfVietnamDay(filters.to) : null;
  if (to) and.push({ createdAt: { lt: new Date(to.getTime() + DAY_MS) } });
  return { AND: and };
}

/** Names for the targets on one page, looked up in one query per kind. */
async function targetLabels(entries: { targetType: string; targetId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(entries.filter((e) => e.targetType === type).map((e) => Number(e.targetId)).filter(Number.isInteger))];
  const [users, units, categories] = await Promise.all([
    db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, name: true, email: true } }),
    db.unit.findMany({ where: { id: { in: idsOf("Unit") } }, select: { id: true, name: true } }),
    db.category.findMany({ where: { id: { in: idsOf("Category") } }, select: { id: true, name: true } }),
  ]);
  const labels = new Map<string, string>();
  for (const u of users) labels.set(`User:${u.id}`, `${u.name} (${u.email})`);
  for (const u of units) labels.set(`Unit:${u.id}`, u.name);
  for (const c of categories) labels.set(`Category:${c.id}`, c.name);
  return labels;
}

/** Names of the units and titles of the articles the changes on one page mention. */
async function mentionedNames(changes: Prisma.JsonValue[]): Promise<AuditNames> {
  const mentioned = changes.map(mentionedIds);
  const [units, articles] = await Promise.all([
    db.unit.findMany({ where: { id: { in: [...new Set(mentioned.flatMap((m) => m.units))] } }, select: { id: true, name: true } }),
    db.article.findMany({ where: { id: { in: [...new Set(mentioned.flatMap((m) => m.articles))] } }, select: { id: true, title: true } }),
  ]);
  const unitNames = new Map(units.map((u) => [u.id, u.name]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return { unit: (id) => unitNames.get(id), article: (id) => titles.get(id) || undefined };
}

/** The audit log, newest first, 50 to a page, filtered by actor, action and Vietnamese calendar days. */
export async function listAuditEntries(filters: AuditFilters = {}): Promise<AuditPage> {
  const where = await whereFor(filters);
  const total = await db.auditEntry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_ENTRIES_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1) || 1), pageCount);
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_ENTRIES_PER_PAGE,
    take: AUDIT_ENTRIES_PER_PAGE,
    include: { actor: { select: { id: true, name: true, email: true } } },
  });
  const [labels, names] = await Promise.all([targetLabels(entries), mentionedNames(entries.map((e) => e.change))]);
  return {
    entries: entries.map((e) => {
      const kind = AUDIT_TARGET_LABELS[e.targetType] ?? e.targetType;
      const name = labels.get(`${e.targetType}:${e.targetId}`);
      return {
        id: e.id.toString(),
        createdAt: e.createdAt,
        actor: e.actor,
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        targetLabel: name ? `${kind} ${name}` : e.targetType === "Setting" ? `${kind} “${e.targetId}”` : `${kind} #${e.targetId}`,
        change: e.change,
        sentences: describeAuditChange(e.action, e.change, names),
      };
    }),
    total,
    page,
    pageCount,
  };
}

/** Every action the filter can offer: the known ones and any other recorded so far, by label. */
export async function auditActionOptions(): Promise<{ value: string; label: string }[]> {
  const recorded = await db.$queryRaw<{ action: string }[]>`SELECT DISTINCT action FROM "AuditEntry"`;
  const actions = new Set([...Object.keys(AUDIT_ACTION_LABELS), ...recorded.map((r) => r.action)]);
  return [...actions]
    .map((value) => ({ value, label: AUDIT_ACTION_LABELS[value] ?? value }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"));
}
