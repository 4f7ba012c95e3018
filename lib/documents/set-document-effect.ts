import { INVALID_FORM, refused } from "@/lib/action-result";
import { writeAudit } from "@/lib/audit";
import type { Changes } from "@/lib/changes";
import { db } from "@/lib/db";
import type { PolicyActor } from "@/lib/policy";
import { dayToDate, readDay } from "./days";
import { effectOf } from "./effect";
import { lockDocumentForChange } from "./locked-document";
import { notifyUsers } from "./notify-approvers";
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
    await tx.legalDocument.update({ where: { id }, data: { effectSet: after.effectSet, expiresOn: after.expiresOn } });
    const wasOut = effectOf(before) === "EXPIRED";
    const isOut = effectOf(after) === "EXPIRED";
    let articlesToReview = 0;
    if (isOut && !wasOut) {
      const citing = await tx.articleCitation.findMany({
        where: { documentId: id, article: { deletedAt: null } },
        select: { article: { select: { id: true, title: true, unitId: true, writerId: true } } },
      });
      articlesToReview = citing.length;
      for (const { article } of citing) {
        const approvers = await tx.user.findMany({ where: { active: true, memberships: { some: { unitId: article.unitId, role: "APPROVER" } } }, select: { id: true } });
        await notifyUsers(
          tx,
          [article.writerId, ...approvers.map((u) => u.id)],
          "document.expired",
          `Bài cần rà soát: “${article.title}” trích dẫn văn bản ${before.number} nay đã hết hiệu lực.`,
          "/quan-ly/van-ban/ra-soat",
        );
      }
    }
    await writeAudit(tx, { actorId: actor.id, action: "document.setEffect", targetType: "LegalDocument", targetId: id, change: { effect: effect ? EFFECT_LABELS[effect] : "theo ngày", expiresOn } });
    return { ok: true as const, value: { articlesToReview }, changes: before.state === "PUBLISHED" ? { documents: true as const } : undefined };
  });
}
