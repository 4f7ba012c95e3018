import { INVALID_FORM, refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { dayToDate, readDay } from "./days";
import { effectOf } from "./effect";
import { lockDocumentForChange } from "./locked-document";
import { notifyCitingUnits } from "./notify-citing-units";
import { EFFECT_LABELS, EFFECTS, type EffectName } from "./types";

// Tình trạng hiệu lực set by an approver (Hết hiệu lực, Hết hiệu lực một phần…, or back to "by the
// dates"). When a document stops being in force, the articles citing it are listed in Bài cần rà soát
// and the people who look after them (their writers and their units' approvers) get a notification.

export type SetEffectResult = { ok: true; value: { articlesToReview: number }; changes?: Changes } | { ok: false; error: string; fieldErrors?: Record<string, string> };

export async function setDocumentEffect(actor: PolicyActor, raw: unknown): Promise<SetEffectResult> {
  const input = (raw ?? {}) as { id?: unknown; effect?: unknown; expiresOn?: unknown };
  const effectText = String(input.effect ?? "");
  const effect = effectText === "" ? null : EFFECTS.includes(effectText as EffectName) ? (effectText as EffectName) : undefined;
  if (effect === undefined) return refused(INVALID_FORM, { effect: "Tình trạng hiệu lực không hợp lệ." });
  const expiresText = String(input.expiresOn ?? "").trim();
  const typed = expiresText ? readDay(expiresText) : null;
  // The page shows only a refusal's words (it is reached by a redirect), so they name the field.
  if (typed && !typed.ok) return refused(`Ngày hết hiệu lực: ${typed.error}`, { expiresOn: `Ngày hết hiệu lực: ${typed.error}` });
  const expiresOn = typed?.ok ? typed.iso : null;

  return db.$transaction(async (tx) => {
    const locked = await lockDocumentForChange(tx, actor, Number(input.id), "document.setEffect");
    if (!locked.ok) return locked;
    const id = locked.document.id;
    const before = await tx.legalDocument.findUniqueOrThrow({ where: { id }, select: { effectSet: true, effectiveFrom: true, expiresOn: true, number: true, state: true } });
    const after = { effectSet: effect, effectiveFrom: before.effectiveFrom, expiresOn: expiresOn ? dayToDate(expiresOn) : before.expiresOn };
    // effectSeen: what was acted on here, so the scheduler (notice-effect-changes.ts) does not notify again.
    await tx.legalDocument.update({ where: { id }, data: { effectSet: after.effectSet, expiresOn: after.expiresOn, effectSeen: effectOf(after) } });
    const wasOut = effectOf(before) === "EXPIRED";
    const isOut = effectOf(after) === "EXPIRED";
    const articlesToReview = isOut && !wasOut ? await notifyCitingUnits(tx, id, before.number) : 0;
    await writeAudit(tx, { actorId: actor.id, action: "document.setEffect", targetType: "LegalDocument", targetId: id, change: { effect: effect ? EFFECT_LABELS[effect] : "theo ngày", expiresOn } });
    return { ok: true as const, value: { articlesToReview }, changes: before.state === "PUBLISHED" ? { documents: true as const } : undefined };
  });
}
