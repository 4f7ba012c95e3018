import { z } from "zod";
import { fieldErrorsFrom, INVALID_FORM, refused, type ActionResult } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { check, type PolicyActor } from "@/lib/policy";
import { slugify } from "@/lib/vietnamese";

// Lĩnh vực, kept by the administrator: the list askers choose from in Gửi câu hỏi (and routing rules
// name). A field is never deleted — questions, documents and contest questions are filed under it —
// only hidden: no longer offered for new questions and rules, while what was filed under it keeps it.

const addInput = z.object({
  name: z.string({ message: "Vui lòng nhập tên lĩnh vực." }).trim().min(2, "Tên lĩnh vực cần ít nhất 2 ký tự.").max(80, "Tên lĩnh vực dài tối đa 80 ký tự."),
});

export async function addLegalField(actor: PolicyActor | null, raw: unknown): Promise<ActionResult<{ id: number }>> {
  const allowed = check(actor, "admin.legalFields");
  if (!allowed.ok) return allowed;
  const parsed = addInput.safeParse(raw);
  if (!parsed.success) return refused(INVALID_FORM, fieldErrorsFrom(parsed.error.issues));
  const name = parsed.data.name.replace(/\s+/g, " ");
  const slug = slugify(name);
  if (!slug) return refused(INVALID_FORM, { name: "Tên lĩnh vực cần có chữ hoặc số." });
  const duplicate = refused(INVALID_FORM, { name: "Lĩnh vực này đã có trong danh sách (có thể đang ẩn)." });
  return db
    .$transaction(async (tx): Promise<ActionResult<{ id: number }>> => {
      // The same name however it is typed (case, diacritics) is the same field: its slug says so.
      if (await tx.legalField.findFirst({ where: { OR: [{ slug }, { name }] }, select: { id: true } })) return duplicate;
      const last = await tx.legalField.aggregate({ _max: { sortOrder: true } });
      const created = await tx.legalField.create({ data: { name, slug, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true } });
      await writeAudit(tx, { actorId: actor!.id, action: "question.field.add", targetType: "LegalField", targetId: created.id, change: { name } });
      return { ok: true, value: created };
    })
    .catch((error: unknown) => {
      // Two administrators adding the same name at once: the unique index refuses the second.
      if ((error as { code?: unknown })?.code === "P2002") return duplicate;
      throw error;
    });
}

const hideInput = z.object({ fieldId: z.coerce.number().int().positive(), hidden: z.enum(["1", "0"]) });

/** Hides a field from new questions and rules (hidden "1"), or offers it again ("0"). */
export async function setLegalFieldHidden(actor: PolicyActor | null, raw: unknown): Promise<ActionResult> {
  const allowed = check(actor, "admin.legalFields");
  if (!allowed.ok) return allowed;
  const parsed = hideInput.safeParse(raw);
  if (!parsed.success) return refused("Không tìm thấy lĩnh vực.");
  const hidden = parsed.data.hidden === "1";
  return db.$transaction(async (tx): Promise<ActionResult> => {
    const changed = await tx.legalField.updateMany({ where: { id: parsed.data.fieldId, hidden: !hidden }, data: { hidden } });
    if (changed.count === 0) return refused(hidden ? "Không tìm thấy lĩnh vực, hoặc lĩnh vực đã được ẩn." : "Không tìm thấy lĩnh vực, hoặc lĩnh vực đang hiển thị.");
    await writeAudit(tx, { actorId: actor!.id, action: hidden ? "question.field.hide" : "question.field.show", targetType: "LegalField", targetId: parsed.data.fieldId });
    return { ok: true };
  });
}

/** Every field, hidden ones too, in the order the form shows them. */
export async function listLegalFields(): Promise<{ id: number; name: string; hidden: boolean; questions: number }[]> {
  const rows = await db.legalField.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, hidden: true, _count: { select: { questions: true } } } });
  return rows.map((r) => ({ id: r.id, name: r.name, hidden: r.hidden, questions: r._count.questions }));
}
