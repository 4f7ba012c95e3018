import { db } from "@/lib/db";
import { can, holdsPortalWide, type PolicyActor } from "@/lib/policy";
import { extractPlainText } from "@/lib/richtext/plain-text";
import { runChecklist, type ChecklistInput } from "./checklist";
import { checklistInput, checklistInputFromFields } from "./checklist-input";
import { correctionFields } from "./correction";
import { nextState, type ArticleStateName } from "./state-machine";
import { diffWords, type DiffPart } from "./text-diff";

const asText = (r: { title: string; sapo: string; body: unknown }) => [r.title, r.sapo, extractPlainText(r.body)].join("\n\n");

/**
 * What a reviewer needs beside the article itself: the checklist on what is stored, what changed
 * since the version last published (or last sent for review), the timeline, and which decisions
 * this person may take now.
 */
export async function loadReviewDetails(actor: PolicyActor, articleId: number) {
  const article = await db.article.findFirst({
    where: { id: articleId, deletedAt: null },
    include: {
      unit: { select: { name: true, approvalLevels: true, allowSelfApproval: true } },
      writer: { select: { name: true } },
      events: { orderBy: { id: "desc" }, include: { actor: { select: { name: true } } } },
    },
  });
  if (!article) return null;
  const target = { unitId: article.unitId, writerId: article.writerId, allowSelfApproval: article.unit.allowSelfApproval, state: article.state };
  if (!can(actor, "article.view", target)) return null;

  const state = article.state as ArticleStateName;
  const levels = article.unit.approvalLevels as 1 | 2;
  const endorsing = levels === 2 && state === "SUBMITTED";
  const provincialOnly = state === "ENDORSED" && !holdsPortalWide(actor, "article.approve");
  // A correction of a published article waits for the same decision as a new article.
  const correction = state === "PUBLISHED" && article.correctionSubmittedAt !== null && article.correctionRevisionId !== null;
  const correctionApprover = levels === 1 || holdsPortalWide(actor, "article.approve");
  const allowed = {
    approveCorrection: correction && correctionApprover && can(actor, "article.approve", target),
    returnCorrection: correction && can(actor, "article.return", target),
    approve: !provincialOnly && can(actor, "article.approve", target) && nextState(state, endorsing ? "endorse" : "publish", levels) !== null,
    endorsing,
    schedule: !provincialOnly && can(actor, "article.schedule", target) && nextState(state, "schedule", levels) !== null,
    return: can(actor, "article.return", target) && nextState(state, "return", levels) !== null,
    takeDown: can(actor, "article.takeDown", target) && state === "PUBLISHED",
    feature: can(actor, "article.feature", target) && state === "PUBLISHED",
  };

  const correctionText = correction
    ? await db.articleRevision.findUniqueOrThrow({ where: { id: article.correctionRevisionId! } })
    : null;
  const [checklist, previous] = await Promise.all([
    (correction ? correctionChecklistInput(article.correctionRevisionId!) : checklistInput(db, articleId)).then(runChecklist),
    // Published before (a correction or a re-review) or else the previous round sent for review.
    db.articleRevision.findFirst({ where: { articleId, kind: "PUBLISHED" }, orderBy: { id: "desc" } }).then(
      async (published) => published ?? (await db.articleRevision.findMany({ where: { articleId, kind: "SUBMITTED" }, orderBy: { id: "desc" }, take: 2 }))[1] ?? null,
    ),
  ]);
  const changes: { against: "published" | "previousRound"; parts: DiffPart[] } | null = correctionText
    ? { against: "published", parts: diffWords(asText(article), asText(correctionText)) }
    : previous
      ? { against: previous.kind === "PUBLISHED" ? "published" : "previousRound", parts: diffWords(asText(previous), asText(article)) }
      : null;
  return { article, state, allowed, checklist, changes, correction, events: article.events };
}

/** The checklist's view of a waiting correction. */
async function correctionChecklistInput(revisionId: number): Promise<ChecklistInput> {
  const correction = await correctionFields(db, revisionId);
  if (!correction) return { title: "", sapo: "", body: null, categoryId: null, cover: { fileId: null, caption: "", alt: "" }, attachments: [] };
  return checklistInputFromFields(db, correction.fields);
}
