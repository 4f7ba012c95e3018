import { describe, expect, it } from "vitest";
import { articleScopeWhere, unitsInScope } from "@/lib/articles/scope";
import { moderationScope } from "@/lib/comments/queries";
import { db } from "@/lib/db";
import { questionScopeWhere } from "@/lib/questions/scope";
import { can, type Action, type PolicyActor, type PortalRoleName, type UnitRoleName } from "@/lib/policy";

// A list shows exactly the rows whose own check passes: for every demo account (every role) and every
// article, comment and unit of the demo data, "in the list's scope" equals `can()`.

const ARTICLE_ACTIONS: Action[] = [
  "article.view",
  "article.editOwn",
  "article.editAny",
  "article.submit",
  "article.approve",
  "article.schedule",
  "article.return",
  "article.takeDown",
  "article.feature",
  "article.delete",
  "comment.moderate",
  "comment.reply",
  "comment.viewEmail",
];

/** The actor a session gives each demo account: memberships of active units only, as getActor does. */
async function demoActors(): Promise<(PolicyActor & { email: string })[]> {
  const users = await db.user.findMany({ where: { active: true }, include: { memberships: { include: { unit: { select: { status: true } } } } }, orderBy: { id: "asc" } });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    portalRoles: user.portalRoles as PortalRoleName[],
    memberships: user.memberships.filter((m) => m.unit.status === "ACTIVE").map((m) => ({ unitId: m.unitId, role: m.role as UnitRoleName })),
  }));
}

describe("the policy's scope equals can(), row for row, over the demo data", async () => {
  const actors = await demoActors();
  const articles = await db.article.findMany({ select: { id: true, unitId: true, writerId: true, state: true, unit: { select: { allowSelfApproval: true } } } });
  const roles = new Set(actors.flatMap((a) => [...a.portalRoles, ...a.memberships.map((m) => `unit:${m.role}`)]));

  it("covers every role of the portal and articles of several units and states", () => {
    expect([...roles].sort()).toEqual(["ADMINISTRATOR", "COMMENT_MODERATOR", "PROVINCIAL_EDITOR", "unit:APPROVER", "unit:AUTHOR", "unit:COMMENT_MODERATOR"]);
    expect(new Set(articles.map((a) => a.state)).size).toBeGreaterThanOrEqual(5);
  });

  for (const action of ARTICLE_ACTIONS) {
    it(`articles: ${action}`, async () => {
      for (const actor of actors) {
        const inScope = (await db.article.findMany({ where: articleScopeWhere(actor, action), select: { id: true } })).map((a) => a.id).sort((x, y) => x - y);
        const allowed = articles
          .filter((a) => can(actor, action, { unitId: a.unitId, writerId: a.writerId, state: a.state, allowSelfApproval: a.unit.allowSelfApproval }))
          .map((a) => a.id)
          .sort((x, y) => x - y);
        expect(inScope, `${actor.email} ${action}`).toEqual(allowed);
      }
    });
  }

  it("the comment queue shows exactly the comments each person may moderate", async () => {
    const comments = await db.comment.findMany({ select: { id: true, article: { select: { unitId: true } } } });
    expect(comments.length).toBeGreaterThan(0);
    for (const actor of actors) {
      const scope = moderationScope(actor);
      const inScope = scope ? (await db.comment.findMany({ where: scope, select: { id: true } })).map((c) => c.id).sort((x, y) => x - y) : [];
      const allowed = comments.filter((c) => can(actor, "comment.moderate", { unitId: c.article.unitId })).map((c) => c.id).sort((x, y) => x - y);
      expect(inScope, actor.email).toEqual(allowed);
    }
  });

  it("the Hỏi đáp queue shows exactly the questions each person may see, triage only to portal-wide roles", async () => {
    const questions = await db.question.findMany({ select: { id: true, unitId: true } });
    expect(questions.some((q) => q.unitId === null)).toBe(true);
    for (const actor of actors) {
      const inScope = (await db.question.findMany({ where: questionScopeWhere(actor), select: { id: true } })).map((q) => q.id).sort((x, y) => x - y);
      const allowed = questions.filter((q) => can(actor, "question.view", { unitId: q.unitId ?? undefined })).map((q) => q.id).sort((x, y) => x - y);
      expect(inScope, actor.email).toEqual(allowed);
    }
  });

  it("reports count exactly the units whose figures each person may see", async () => {
    const units = await db.unit.findMany({ select: { id: true } });
    for (const actor of actors) {
      const scope = unitsInScope(actor, "report.view");
      const inScope = scope === "all" ? units.map((u) => u.id) : scope;
      const allowed = units.filter((u) => can(actor, "report.view", { unitId: u.id })).map((u) => u.id);
      expect([...inScope].sort((x, y) => x - y), actor.email).toEqual(allowed.sort((x, y) => x - y));
    }
  });
});
