import type { Prisma } from "@/generated/prisma/client";
import { refused, type ActionResult } from "@/lib/action-result";
import type { Changes } from "@/lib/changes";
import { writeAudit } from "@/lib/audit";
import { lockUnitTree } from "@/lib/units/tree";
import { slugify } from "@/lib/vietnamese";
import { checkPlan, type UnitRef } from "./check-plan";
import { PLAN_MESSAGES, problemsMessage } from "./messages";
import type { PlanRow } from "./plan-rows";
import { describePlan, recordLabel } from "./preview-plan";
import { quoteIdent, unitReferences } from "./unit-references";
import { loadUnitSnapshot } from "./units-snapshot";

type Tx = Prisma.TransactionClient;

/** Tables whose public pages are cached under their own tag (not the units tag) and show a unit. */
const CACHED_BY_PART: Record<string, "documents" | "contests" | "questions"> = {
  '"LegalDocument"': "documents",
  '"ContestEntrant"': "contests",
  '"Question"': "questions",
};

export type ApplyResult = {
  units: { created: number; renamed: number; merged: number; moved: number };
  moved: { articles: number; memberships: number; records: { label: string; count: number }[] };
  receivers: { id: number; name: string; slug: string; sources: { id: number; name: string; slug: string }[]; articles: number; members: number }[];
  /** Units founded without predecessors (a split); absent from plans applied before splits could be written. */
  founded?: { id: number; name: string; slug: string }[];
};

/**
 * Applies a plan inside the caller's transaction, under the unit-tree lock: checks it again against
 * the units as they are now, and either changes nothing (its problems are the answer) or does all of
 * it — set-based statements, so a province's hundreds of units and tens of thousands of articles move
 * in seconds. Articles keep the unit that wrote them (originalUnitId); everything else that pointed
 * at an old unit points at its successor; memberships are merged; old addresses redirect through
 * successorId, which always names the final unit (mergers of earlier mergers are repointed).
 */
export async function applyPlanLocked(tx: Tx, planId: number, actorId: number | null, effectiveAt: Date): Promise<ActionResult<ApplyResult>> {
  await lockUnitTree(tx);
  // One statement moves every article of a province (tens of thousands of rows and their search
  // index entries): more than the portal's usual per-statement limit allows on a busy server.
  await tx.$executeRaw`SET LOCAL statement_timeout = '60s'`;
  const [record] = await tx.$queryRaw<{ id: number; status: string; rows: PlanRow[]; title: string }[]>`
    SELECT id, status::text AS status, rows, title FROM "ReorganisationPlan" WHERE id = ${planId} FOR UPDATE`;
  if (!record) return refused(PLAN_MESSAGES.NOT_FOUND);
  if (record.status === "APPLIED") return refused(PLAN_MESSAGES.ALREADY_APPLIED);

  const units = await loadUnitSnapshot(tx);
  const { problems, plan } = checkPlan(record.rows, units);
  if (problems.length > 0) return refused(problemsMessage(problems));
  const described = await describePlan(tx, plan, units);

  // 1. New units, with addresses no unit has had.
  const slugs = new Set(units.map((unit) => unit.slug));
  const newData = plan.newUnits.map((unit) => {
    const base = slugify(unit.name) || "don-vi";
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    return { name: unit.name, slug, type: unit.type, approvalLevels: unit.approvalLevels, allowSelfApproval: unit.allowSelfApproval };
  });
  const created = newData.length > 0 ? await tx.unit.createManyAndReturn({ data: newData, select: { id: true, slug: true } }) : [];
  const idOfNew = new Map(plan.newUnits.map((unit, index) => [unit.key, created[index].id]));
  const idOf = (ref: UnitRef | null): number | null => (ref === null ? null : "id" in ref ? ref.id : idOfNew.get(ref.newKey)!);

  // 2. Places and names.
  const placed = [
    ...plan.newUnits.filter((unit) => unit.parent !== null).map((unit) => ({ id: idOfNew.get(unit.key)!, parentId: idOf(unit.parent) })),
    ...plan.moves.map((move) => ({ id: move.unitId, parentId: idOf(move.parent) })),
  ];
  if (placed.length > 0) {
    await tx.$executeRaw`
      UPDATE "Unit" u SET "parentId" = m.p, "updatedAt" = now()
      FROM unnest(${placed.map((p) => p.id)}::int[], ${placed.map((p) => p.parentId)}::int[]) AS m(id, p)
      WHERE u.id = m.id`;
  }
  if (plan.renames.length > 0) {
    await tx.$executeRaw`
      UPDATE "Unit" u SET name = m.name, "updatedAt" = now()
      FROM unnest(${plan.renames.map((r) => r.unitId)}::int[], ${plan.renames.map((r) => r.name)}::text[]) AS m(id, name)
      WHERE u.id = m.id`;
  }

  // 3. Everything the merged units had passes to their successor.
  const olds = plan.merges.map((merge) => merge.unitId);
  const news = plan.merges.map((merge) => idOf(merge.into)!);
  let articles = 0;
  let memberships = 0;
  const records: ApplyResult["moved"]["records"] = [];
  const changes: Changes = { units: true };
  if (olds.length > 0) {
    articles = await tx.$executeRaw`
      UPDATE "Article" a SET "unitId" = m.n FROM unnest(${olds}::int[], ${news}::int[]) AS m(o, n) WHERE a."unitId" = m.o`;
    memberships = await tx.$executeRaw`
      INSERT INTO "Membership" ("userId", "unitId", role, "createdAt")
      SELECT ms."userId", m.n, ms.role, now() FROM "Membership" ms JOIN unnest(${olds}::int[], ${news}::int[]) AS m(o, n) ON ms."unitId" = m.o
      ON CONFLICT ("userId", "unitId", role) DO NOTHING`;
    await tx.$executeRaw`DELETE FROM "Membership" WHERE "unitId" = ANY(${olds}::int[])`;
    for (const reference of await unitReferences(tx)) {
      const column = quoteIdent(reference.column);
      // A row the successor already has its own of (a unique rule per unit) stays with the old unit.
      const guard = reference.unique ? `AND NOT EXISTS (SELECT 1 FROM ${reference.table} x WHERE x.${column} = m.n)` : "";
      const count = await tx.$executeRawUnsafe(
        `UPDATE ${reference.table} t SET ${column} = m.n FROM unnest($1::int[], $2::int[]) AS m(o, n) WHERE t.${column} = m.o ${guard}`,
        olds,
        news,
      );
      if (count > 0) {
        records.push({ label: recordLabel(reference), count });
        // Pages cached under another part's tag show the unit's name: they expire too.
        const part = CACHED_BY_PART[reference.table];
        if (part) changes[part] = true;
      }
    }
    // Earlier mergers point straight at the final unit, so every old address redirects in one step.
    await tx.$executeRaw`
      UPDATE "Unit" u SET "successorId" = m.n, "updatedAt" = now() FROM unnest(${olds}::int[], ${news}::int[]) AS m(o, n) WHERE u."successorId" = m.o`;
    await tx.$executeRaw`
      UPDATE "Unit" u SET status = 'MERGED', "successorId" = m.n, "mergedAt" = ${effectiveAt}, "updatedAt" = now()
      FROM unnest(${olds}::int[], ${news}::int[]) AS m(o, n) WHERE u.id = m.o`;
  }

  // 4. The record: one entry per unit changed, one for the plan, and the plan keeps what it did.
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const entries: Prisma.AuditEntryCreateManyInput[] = [
    ...created.map((unit, index) => ({ action: "unit.create", targetId: String(unit.id), change: { plan: planId, name: newData[index].name, slug: unit.slug } })),
    ...plan.renames.map((rename) => ({ action: "unit.rename", targetId: String(rename.unitId), change: { plan: planId, before: { name: byId.get(rename.unitId)!.name }, after: { name: rename.name } } })),
    ...placed.map((place) => ({ action: "unit.move", targetId: String(place.id), change: { plan: planId, before: { parentId: byId.get(place.id)?.parentId ?? null }, after: { parentId: place.parentId } } })),
    ...plan.merges.map((merge, index) => ({ action: "unit.merge", targetId: String(merge.unitId), change: { plan: planId, after: { status: "MERGED", successorId: news[index], mergedAt: effectiveAt.toISOString() } } })),
  ].map((entry) => ({ ...entry, actorId, targetType: "Unit", createdAt: new Date() }));
  if (entries.length > 0) await tx.auditEntry.createMany({ data: entries });

  const result: ApplyResult = {
    units: { created: created.length, renamed: plan.renames.length, merged: olds.length, moved: plan.moves.length },
    moved: { articles, memberships, records },
    receivers: described.receivers.map((receiver) => {
      const id = receiver.id ?? idOfNew.get(receiver.newKey!)!;
      return {
        id,
        name: receiver.name,
        slug: receiver.slug ?? created.find((unit) => unit.id === id)!.slug,
        sources: receiver.sources.map(({ id: sourceId, name, slug }) => ({ id: sourceId, name, slug })),
        articles: receiver.articles.published + receiver.articles.inProgress + receiver.articles.pending + receiver.articles.other,
        members: new Set(receiver.members.map((member) => member.userId)).size,
      };
    }),
    founded: described.founded.map((unit) => {
      const id = idOfNew.get(unit.newKey)!;
      return { id, name: unit.name, slug: created.find((made) => made.id === id)!.slug };
    }),
  };
  await tx.reorganisationPlan.update({
    where: { id: planId },
    data: { status: "APPLIED", appliedAt: new Date(), appliedById: actorId, effectiveAt, result },
  });
  await writeAudit(tx, {
    actorId,
    action: "reorganisation.apply",
    targetType: "ReorganisationPlan",
    targetId: planId,
    change: { title: record.title, effectiveAt: effectiveAt.toISOString(), units: result.units, moved: result.moved },
  });
  return { ok: true, changes, value: result };
}
