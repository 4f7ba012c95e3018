// Who may do what: the one table of permissions (shared/PRODUCT.md, "People and what each one does").
// Every server action and route handler asks `can` or `check`; no page decides permissions itself.
// Pure: imports nothing but types, so it is table-tested without a server.

export type PortalRoleName = "ADMINISTRATOR" | "PROVINCIAL_EDITOR" | "COMMENT_MODERATOR";
export type UnitRoleName = "AUTHOR" | "APPROVER" | "COMMENT_MODERATOR";

export type PolicyActor = {
  id: number;
  portalRoles: readonly PortalRoleName[];
  memberships: readonly { unitId: number; role: UnitRoleName }[];
};

/** What an action is about. Unit-scoped actions need `unitId`; article actions also `writerId`. */
export type PolicyTarget = {
  unitId?: number;
  /** The person who wrote the article. */
  writerId?: number;
  /** The unit's setting for one-person units: its members may approve their own articles. */
  allowSelfApproval?: boolean;
  /** The article's state: some grants reach only published articles. */
  state?: string;
};

export const ACTIONS = [
  "workspace.enter",
  "article.view", // see an article in the workspace (an author: their own, and what the unit published)
  "article.create",
  "article.editOwn", // own draft or returned article
  "article.editAny", // any submitted article of the unit
  "article.submit",
  "article.approve", // publish now (or endorse, in a two-level unit)
  "article.schedule",
  "article.return",
  "article.takeDown",
  "article.feature",
  "article.delete", // to the bin, with restore
  "file.upload",
  "comment.moderate", // approve, reject, spam — one or in bulk
  "comment.reply",
  "comment.viewEmail",
  "report.view",
  "admin.units",
  "admin.users",
  "admin.categories",
  "admin.settings",
  "admin.audit",
  // Văn bản pháp luật (issue 19): entered by a unit's staff, approved like articles.
  "document.view", // see a document in the workspace (the unit's staff: all of the unit's documents)
  "document.create",
  "document.edit", // own draft or returned document; an approver: any of the unit's
  "document.submit",
  "document.approve",
  "document.return",
  "document.setEffect", // mark a document no longer (or partly) in force
  "document.import", // a sheet of documents, which wait for approval
  // Thi tìm hiểu pháp luật (issue 20): run by the provincial office for the whole province.
  "contest.manage", // contests, rounds, groups, the question bank and its import, prizes
  "contest.results", // leaderboards, statistics and the Excel export
  // Hỏi đáp pháp luật (issue 18).
  "question.view", // a question with its asker's contact and its record, in the workspace
  "question.route", // triage at the Sở Tư pháp: send a question to a unit, or forward it with a note
  "question.answer", // draft the unit's answer and send it for approval
  "question.approve", // publish the answer (endorse it, in a two-level unit)
  "question.decline", // decline with a reason the asker sees
  "question.rules", // routing rules and the default deadline
  "admin.holidays", // the public holidays that deadlines skip
  "admin.legalFields", // the list of lĩnh vực askers choose from: add, hide, show again
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * A grant says who holds an action: a portal-wide role anywhere, or a unit role inside that unit.
 * `writerOnly` limits it to the article's writer; `notOwnUnlessAllowed` applies the rule that nobody
 * approves their own article unless the unit allows self-approval; `publishedOnly` limits it to
 * published articles; `notEndorsed` stops it at what the unit has endorsed (state ENDORSED, two-level
 * units), which only the province publishes.
 */
type Grant = {
  portal?: PortalRoleName[];
  unit?: UnitRoleName[];
  writerOnly?: boolean;
  notOwnUnlessAllowed?: boolean;
  publishedOnly?: boolean;
  notEndorsed?: boolean;
};

const STAFF: UnitRoleName[] = ["AUTHOR", "APPROVER"];

const TABLE: Record<Action, Grant[]> = {
  "workspace.enter": [{ portal: ["ADMINISTRATOR", "PROVINCIAL_EDITOR", "COMMENT_MODERATOR"] }, { unit: ["AUTHOR", "APPROVER", "COMMENT_MODERATOR"] }],
  // An author sees their own articles and what the unit has published, not colleagues' drafts.
  "article.view": [{ portal: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] }, { unit: ["APPROVER"] }, { unit: ["AUTHOR"], writerOnly: true }, { unit: ["AUTHOR"], publishedOnly: true }],
  "article.create": [{ unit: STAFF }],
  "article.editOwn": [{ unit: STAFF, writerOnly: true }],
  "article.editAny": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: ["APPROVER"] }],
  "article.submit": [{ unit: ["AUTHOR"], writerOnly: true }, { unit: ["APPROVER"] }],
  "article.approve": [{ portal: ["PROVINCIAL_EDITOR"], notOwnUnlessAllowed: true }, { unit: ["APPROVER"], notOwnUnlessAllowed: true }],
  "article.schedule": [{ portal: ["PROVINCIAL_EDITOR"], notOwnUnlessAllowed: true }, { unit: ["APPROVER"], notOwnUnlessAllowed: true }],
  "article.return": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: ["APPROVER"] }],
  "article.takeDown": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: ["APPROVER"] }],
  "article.feature": [{ portal: ["PROVINCIAL_EDITOR"] }],
  "article.delete": [{ unit: ["AUTHOR"], writerOnly: true }, { unit: ["APPROVER"] }],
  "file.upload": [{ unit: STAFF }],
  "comment.moderate": [{ portal: ["COMMENT_MODERATOR"] }, { unit: ["COMMENT_MODERATOR"] }],
  "comment.reply": [{ portal: ["COMMENT_MODERATOR"] }, { unit: ["COMMENT_MODERATOR"] }],
  "comment.viewEmail": [{ portal: ["COMMENT_MODERATOR"] }, { unit: ["COMMENT_MODERATOR"] }],
  "report.view": [{ portal: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] }, { unit: ["APPROVER"] }],
  "admin.units": [{ portal: ["ADMINISTRATOR"] }],
  "admin.users": [{ portal: ["ADMINISTRATOR"] }],
  "admin.categories": [{ portal: ["ADMINISTRATOR"] }],
  "admin.settings": [{ portal: ["ADMINISTRATOR"] }],
  "admin.audit": [{ portal: ["ADMINISTRATOR"] }],
  "document.view": [{ portal: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] }, { unit: STAFF }],
  "document.create": [{ unit: STAFF }],
  "document.edit": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: ["APPROVER"] }, { unit: ["AUTHOR"], writerOnly: true }],
  "document.submit": [{ unit: ["AUTHOR"], writerOnly: true }, { unit: ["APPROVER"] }],
  // Publish, or endorse in a two-level unit (as articles): the unit approver decides on what waits for
  // the unit; what the unit endorsed (Chờ duyệt cấp tỉnh) waits for a provincial editor.
  "document.approve": [{ portal: ["PROVINCIAL_EDITOR"], notOwnUnlessAllowed: true }, { unit: ["APPROVER"], notOwnUnlessAllowed: true, notEndorsed: true }],
  "document.return": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: ["APPROVER"] }],
  "document.setEffect": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: ["APPROVER"] }],
  "document.import": [{ unit: ["APPROVER"] }],
  "contest.manage": [{ portal: ["PROVINCIAL_EDITOR"] }],
  "contest.results": [{ portal: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] }],
  // A question waiting in triage has no unit yet: only the portal-wide grants reach it.
  "question.view": [{ portal: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] }, { unit: STAFF }],
  "question.route": [{ portal: ["PROVINCIAL_EDITOR"] }],
  "question.answer": [{ unit: STAFF }],
  // The unit's article approval; `writerId` is the answer's writer.
  "question.approve": [{ portal: ["PROVINCIAL_EDITOR"], notOwnUnlessAllowed: true }, { unit: ["APPROVER"], notOwnUnlessAllowed: true }],
  "question.decline": [{ portal: ["PROVINCIAL_EDITOR"] }, { unit: STAFF }],
  "question.rules": [{ portal: ["PROVINCIAL_EDITOR", "ADMINISTRATOR"] }],
  "admin.holidays": [{ portal: ["ADMINISTRATOR"] }],
  "admin.legalFields": [{ portal: ["ADMINISTRATOR"] }],
};

/** Actions whose unit grants need no target unit: holding the role in any unit is enough. */
const ANY_UNIT: ReadonlySet<Action> = new Set<Action>(["workspace.enter"]);

function grantAllows(actor: PolicyActor, action: Action, grant: Grant, target: PolicyTarget): boolean {
  if (grant.writerOnly && target.writerId !== actor.id) return false;
  if (grant.notOwnUnlessAllowed && target.writerId === actor.id && !target.allowSelfApproval) return false;
  if (grant.publishedOnly && target.state !== "PUBLISHED") return false;
  if (grant.notEndorsed && target.state === "ENDORSED") return false;
  if (grant.portal?.some((role) => actor.portalRoles.includes(role))) return true;
  if (!grant.unit) return false;
  return actor.memberships.some(
    (m) => grant.unit!.includes(m.role) && (ANY_UNIT.has(action) || (target.unitId !== undefined && m.unitId === target.unitId)),
  );
}

export function can(actor: PolicyActor | null, action: Action, target: PolicyTarget = {}): boolean {
  if (!actor) return false;
  return TABLE[action].some((grant) => grantAllows(actor, action, grant, target));
}

export type Refusal = { ok: false; error: string };

/** `can`, with the Vietnamese message a refused person sees. */
export function check(actor: PolicyActor | null, action: Action, target: PolicyTarget = {}): { ok: true } | Refusal {
  if (!actor) return { ok: false, error: "Bạn cần đăng nhập để thực hiện thao tác này." };
  if (can(actor, action, target)) return { ok: true };
  const ownApproval =
    (action === "article.approve" || action === "article.schedule" || action === "question.approve" || action === "document.approve") &&
    target.writerId === actor.id &&
    !target.allowSelfApproval &&
    can(actor, action, { ...target, allowSelfApproval: true });
  return {
    ok: false,
    error: ownApproval
      ? `Bạn không thể tự duyệt ${action === "document.approve" ? "văn bản" : "bài viết"} của mình; đơn vị chưa cho phép tự duyệt.`
      : "Bạn không có quyền thực hiện thao tác này.",
  };
}

/**
 * One way a row can be in an action's scope: every condition given holds (an absent one holds for all
 * rows). `notOwnUnlessSelfApproval`: not the actor's own article unless its unit allows self-approval;
 * `notEndorsed`: not a row the unit has endorsed (it waits for the province).
 */
export type ScopeClause = { unitIds?: number[]; writerId?: number; published?: true; notOwnUnlessSelfApproval?: true; notEndorsed?: true };

/** The rows an action reaches: every row, or those matching any clause (none when there is none). */
export type Scope = "all" | ScopeClause[];

/**
 * `can` for a whole list: which rows this person may take `action` on, derived from the same grants,
 * so a list shows exactly the rows whose own check would pass (lib/policy-scope.int.test.ts proves it
 * over the demo data). Lists turn it into their query's condition (lib/articles/scope.ts).
 */
export function scopeOf(actor: PolicyActor | null, action: Action): Scope {
  if (!actor) return [];
  const clauses: ScopeClause[] = [];
  for (const grant of TABLE[action]) {
    const clause: ScopeClause = {};
    if (grant.writerOnly) clause.writerId = actor.id;
    if (grant.publishedOnly) clause.published = true;
    if (grant.notOwnUnlessAllowed) clause.notOwnUnlessSelfApproval = true;
    if (grant.notEndorsed) clause.notEndorsed = true;
    if (grant.portal?.some((role) => actor.portalRoles.includes(role))) {
      if (Object.keys(clause).length === 0) return "all";
      clauses.push(clause);
    } else if (grant.unit) {
      const unitIds = unitsWithRole(actor, grant.unit);
      if (unitIds.length > 0) clauses.push({ ...clause, unitIds });
    }
  }
  return clauses;
}

/** The units in which the actor holds one of `roles` (for filtering lists by scope). */
export function unitsWithRole(actor: PolicyActor, roles: readonly UnitRoleName[]): number[] {
  return [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.unitId))];
}

/** True when the action is granted portal-wide to one of the actor's portal roles (no unit filter needed). */
export function holdsPortalWide(actor: PolicyActor, action: Action): boolean {
  return TABLE[action].some((grant) => !grant.writerOnly && grant.portal?.some((role) => actor.portalRoles.includes(role)));
}

/** Whether the actor may do `action` anywhere at all: decides which workspace links they see. */
export function canSomewhere(actor: PolicyActor, action: Action): boolean {
  if (can(actor, action, {})) return true;
  return actor.memberships.some((m) => can(actor, action, { unitId: m.unitId, writerId: actor.id, allowSelfApproval: true }));
}
