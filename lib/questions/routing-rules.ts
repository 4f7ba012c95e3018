import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";

// Quy tắc phân công, kept by the provincial editor: lĩnh vực and/or xã/phường → the unit that answers.
// One rule per pair (the form says which rule is already there); questions already routed stay put.

const optionalId = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.coerce.number().int().positive().nullable());
const addInput = z.object({
  fieldId: optionalId,
  communeId: optionalId,
  unitId: z.coerce.number({ message: "Vui lòng chọn đơn vị trả lời." }).int().positive("Vui lòng chọn đơn vị trả lời."),
});

export async function addRoutingRule(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ id: number }>> {
  const allowed = check(actor, "question.rules");
  if (!allowed.ok) return allowed;
  const parsed = addInput.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { fieldId, communeId, unitId } = parsed.data;
  if (fieldId === null && communeId === null) return refused(INVALID_FORM, { fieldId: "Vui lòng chọn lĩnh vực, xã/phường hoặc cả hai." });
  return db.$transaction(async (tx): Promise<ActionResult<{ id: number }>> => {
    // One rule per pair: concurrent additions of the same pair wait for each other here.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`q-rule:${fieldId}:${communeId}`}, 18))`;
    const [unit, field, commune, existing] = await Promise.all([
      tx.unit.findFirst({ where: { id: unitId, status: "ACTIVE" }, select: { id: true } }),
      fieldId ? tx.legalField.findUnique({ where: { id: fieldId }, select: { id: true } }) : Promise.resolve({ id: 0 }),
      communeId ? tx.unit.findFirst({ where: { id: communeId, type: "COMMUNE", status: "ACTIVE" }, select: { id: true } }) : Promise.resolve({ id: 0 }),
      tx.questionRoutingRule.findFirst({ where: { fieldId, communeId }, select: { unit: { select: { name: true } } } }),
    ]);
    if (!unit) return refused(INVALID_FORM, { unitId: "Vui lòng chọn một đơn vị đang hoạt động." });
    if (!field) return refused(INVALID_FORM, { fieldId: "Lĩnh vực không tồn tại." });
    if (!commune) return refused(INVALID_FORM, { communeId: "Xã/phường không tồn tại hoặc không còn hoạt động." });
    if (existing) return refused(`Đã có quy tắc cho lựa chọn này (chuyển đến ${existing.unit.name}). Xoá quy tắc cũ trước khi thêm quy tắc mới.`);
    const rule = await tx.questionRoutingRule.create({ data: { fieldId, communeId, unitId }, select: { id: true } });
    await writeAudit(tx, { actorId: actor!.id, action: "question.rule.add", targetType: "QuestionRoutingRule", targetId: rule.id, change: { fieldId, communeId, unitId } });
    return { ok: true, value: { id: rule.id } };
  });
}

export async function removeRoutingRule(actor: PolicyActor | null, raw: unknown): Promise<ActionResult> {
  const allowed = check(actor, "question.rules");
  if (!allowed.ok) return allowed;
  const id = Number((raw as { ruleId?: unknown } | null)?.ruleId);
  if (!Number.isInteger(id) || id <= 0) return refused("Không tìm thấy quy tắc.");
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const removed = await tx.questionRoutingRule.deleteMany({ where: { id } });
    if (removed.count === 0) return refused("Không tìm thấy quy tắc (có thể đã được xoá).");
    await writeAudit(tx, { actorId: actor!.id, action: "question.rule.remove", targetType: "QuestionRoutingRule", targetId: id });
    return { ok: true };
  });
}

export async function listRoutingRules() {
  return db.questionRoutingRule.findMany({
    orderBy: { id: "asc" },
    select: { id: true, field: { select: { name: true } }, commune: { select: { name: true } }, unit: { select: { name: true, status: true } } },
  });
}
