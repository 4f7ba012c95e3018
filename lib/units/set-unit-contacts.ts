import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { unitAddressField, unitEmailField, unitPhoneField } from "./contacts";
import { unitIdField } from "./fields";
import { UNIT_MESSAGES } from "./rules";

export const setUnitContactsSchema = z.object({
  unitId: unitIdField,
  address: unitAddressField,
  phone: unitPhoneField,
  email: unitEmailField,
});

/** Liên hệ: the address, phone and email the public directory shows; an empty field clears it. */
export async function setUnitContacts(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.units");
  if (!allowed.ok) return allowed;
  const parsed = setUnitContactsSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { unitId, address, phone, email } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit) return refused(UNIT_MESSAGES.NOT_FOUND);
    if (unit.status === "MERGED") return refused(UNIT_MESSAGES.MERGED_READ_ONLY);
    if (unit.address === address && unit.phone === phone && unit.email === email) return { ok: true };

    await tx.unit.update({ where: { id: unit.id }, data: { address, phone, email } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "unit.setContacts",
      targetType: "Unit",
      targetId: unit.id,
      change: { before: { address: unit.address, phone: unit.phone, email: unit.email }, after: { address, phone, email } },
    });
    return { ok: true, changes: { units: true } };
  });
}
