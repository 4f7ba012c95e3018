import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { generateTemporaryPassword } from "./temporary-password";
import {
  allUnitsActive,
  distinctMemberships,
  distinctPortalRoles,
  emailField,
  INACTIVE_UNIT,
  membershipsField,
  nameField,
  portalRolesField,
} from "./user-fields";

export const DUPLICATE_EMAIL = "Email này đã được dùng cho một tài khoản khác.";

const createUserSchema = z.object({
  email: emailField,
  name: nameField,
  portalRoles: portalRolesField.default([]),
  memberships: membershipsField.default([]),
});

export type CreatedUser = { userId: number; email: string; temporaryPassword: string };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * The administrator opens an account. The person gets a temporary password, returned here once and
 * never stored in clear, and must replace it at first sign-in.
 */
export async function createUser(actor: PolicyActor | null, input: unknown): Promise<ActionResult<CreatedUser>> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { email, name } = parsed.data;
  const portalRoles = distinctPortalRoles(parsed.data.portalRoles);
  const memberships = distinctMemberships(parsed.data.memberships);

  const temporaryPassword = generateTemporaryPassword(email);
  const passwordHash = await hashPassword(temporaryPassword);

  try {
    return await db.$transaction(async (tx): Promise<ActionResult<CreatedUser>> => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
        return refused(INVALID_FORM, { email: DUPLICATE_EMAIL });
      }
      if (!(await allUnitsActive(tx, memberships.map((m) => m.unitId)))) {
        return refused(INVALID_FORM, { memberships: INACTIVE_UNIT });
      }
      const user = await tx.user.create({
        data: { email, name, passwordHash, mustChangePassword: true, portalRoles, memberships: { create: memberships } },
      });
      await writeAudit(tx, {
        actorId: actor!.id,
        action: "user.create",
        targetType: "User",
        targetId: user.id,
        change: { before: null, after: { email, name, active: true, mustChangePassword: true, portalRoles, memberships } },
      });
      return { ok: true, value: { userId: user.id, email, temporaryPassword } };
    });
  } catch (error) {
    // Two administrators creating the same email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return refused(INVALID_FORM, { email: DUPLICATE_EMAIL });
    throw error;
  }
}
