import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { nameField, USER_NOT_FOUND, userIdField } from "./user-fields";

const schema = z.object({ userId: userIdField, name: nameField });

/** Corrects the name shown in the workspace and in the audit log (bylines are typed per article). */
export async function renameUser(actor: PolicyActor | null, input: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.users");
  if (!allowed.ok) return allowed;
  const parsed = schema.safeParse(input);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const { userId, name } = parsed.data;

  return db.$transaction(async (tx): Promise<ActionResult> => {
    const [user] = await tx.$queryRaw<{ name: string }[]>`SELECT name FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!user) return refused(USER_NOT_FOUND);
    if (user.name === name) return { ok: true };
    await tx.user.update({ where: { id: userId }, data: { name } });
    await writeAudit(tx, {
      actorId: actor!.id,
      action: "user.rename",
      targetType: "User",
      targetId: userId,
      change: { before: { name: user.name }, after: { name } },
    });
    return { ok: true };
  });
}
