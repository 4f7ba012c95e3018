import { describe, expect, it } from "vitest";
import { ACTIONS, can, check, type Action, type PolicyActor } from "./policy";

// The permission matrix of PRODUCT.md, written out by hand from its people table — not derived from
// lib/policy.ts — and checked for every role × action × scope (own unit / other unit) × writer
// (the actor's own article or a colleague's) × the unit's self-approval setting.

const OWN_UNIT = 1;
const OTHER_UNIT = 2;
const ME = 100;
const COLLEAGUE = 200;

/** `endorsed`: waiting for the province after the unit's approver endorsed it (two-level units). */
type Scope = { unit: "own" | "other"; writer: "me" | "colleague"; selfApproval: boolean; published: boolean; endorsed?: boolean };
type Expectation = (scope: Scope) => boolean;

const always: Expectation = () => true;
const inOwnUnit: Expectation = (s) => s.unit === "own";
const ownArticleInOwnUnit: Expectation = (s) => s.unit === "own" && s.writer === "me";
/** An author sees their own articles and what the unit has published, not colleagues' drafts. */
const ownOrPublishedInOwnUnit: Expectation = (s) => s.unit === "own" && (s.writer === "me" || s.published);
const notSelfUnlessAllowed = (base: Expectation): Expectation => (s) => base(s) && (s.writer !== "me" || s.selfApproval);
/** A unit approver decides on documents waiting for the unit; what the unit endorsed waits for the province. */
const notEndorsed = (base: Expectation): Expectation => (s) => base(s) && !s.endorsed;

const ROLES: Record<string, { actor: Omit<PolicyActor, "id">; allowed: Partial<Record<Action, Expectation>> }> = {
  "bạn đọc (no role)": { actor: { portalRoles: [], memberships: [] }, allowed: {} },
  "người viết (author of the unit)": {
    actor: { portalRoles: [], memberships: [{ unitId: OWN_UNIT, role: "AUTHOR" }] },
    allowed: {
      "workspace.enter": always,
      "article.view": ownOrPublishedInOwnUnit,
      "article.create": inOwnUnit,
      "article.editOwn": ownArticleInOwnUnit,
      "article.submit": ownArticleInOwnUnit,
      "article.delete": ownArticleInOwnUnit,
      "file.upload": inOwnUnit,
      "document.view": inOwnUnit,
      "document.create": inOwnUnit,
      "document.edit": ownArticleInOwnUnit,
      "document.submit": ownArticleInOwnUnit,
      "question.view": inOwnUnit,
      "question.answer": inOwnUnit,
      "question.decline": inOwnUnit,
    },
  },
  "người duyệt (approver of the unit)": {
    actor: { portalRoles: [], memberships: [{ unitId: OWN_UNIT, role: "APPROVER" }] },
    allowed: {
      "workspace.enter": always,
      "article.view": inOwnUnit,
      "article.create": inOwnUnit,
      "article.editOwn": ownArticleInOwnUnit,
      "article.editAny": inOwnUnit,
      "article.submit": inOwnUnit,
      "article.approve": notSelfUnlessAllowed(inOwnUnit),
      "article.schedule": notSelfUnlessAllowed(inOwnUnit),
      "article.return": inOwnUnit,
      "article.takeDown": inOwnUnit,
      "article.delete": inOwnUnit,
      "file.upload": inOwnUnit,
      "report.view": inOwnUnit,
      "document.view": inOwnUnit,
      "document.create": inOwnUnit,
      "document.edit": inOwnUnit,
      "document.submit": inOwnUnit,
      "document.approve": notEndorsed(notSelfUnlessAllowed(inOwnUnit)),
      "document.return": inOwnUnit,
      "document.setEffect": inOwnUnit,
      "document.import": inOwnUnit,
      "question.view": inOwnUnit,
      "question.answer": inOwnUnit,
      "question.approve": notSelfUnlessAllowed(inOwnUnit),
      "question.decline": inOwnUnit,
    },
  },
  "kiểm duyệt bình luận of the unit": {
    actor: { portalRoles: [], memberships: [{ unitId: OWN_UNIT, role: "COMMENT_MODERATOR" }] },
    allowed: {
      "workspace.enter": always,
      "comment.moderate": inOwnUnit,
      "comment.reply": inOwnUnit,
      "comment.viewEmail": inOwnUnit,
    },
  },
  "biên tập cấp tỉnh (provincial editor)": {
    actor: { portalRoles: ["PROVINCIAL_EDITOR"], memberships: [] },
    allowed: {
      "workspace.enter": always,
      "article.view": always,
      "article.editAny": always,
      "article.approve": notSelfUnlessAllowed(always),
      "article.schedule": notSelfUnlessAllowed(always),
      "article.return": always,
      "article.takeDown": always,
      "article.feature": always,
      "report.view": always,
      "document.view": always,
      "document.edit": always,
      "document.approve": notSelfUnlessAllowed(always),
      "document.return": always,
      "document.setEffect": always,
      "contest.manage": always,
      "contest.results": always,
      "question.view": always,
      "question.route": always,
      "question.approve": notSelfUnlessAllowed(always),
      "question.decline": always,
      "question.rules": always,
    },
  },
  "kiểm duyệt bình luận, portal-wide": {
    actor: { portalRoles: ["COMMENT_MODERATOR"], memberships: [] },
    allowed: { "workspace.enter": always, "comment.moderate": always, "comment.reply": always, "comment.viewEmail": always },
  },
  "quản trị (administrator)": {
    actor: { portalRoles: ["ADMINISTRATOR"], memberships: [] },
    allowed: {
      "workspace.enter": always,
      "article.view": always,
      "report.view": always,
      "admin.units": always,
      "admin.users": always,
      "admin.categories": always,
      "admin.settings": always,
      "admin.audit": always,
      "document.view": always,
      "contest.results": always,
      "question.view": always,
      "question.rules": always,
      "admin.holidays": always,
      "admin.legalFields": always,
    },
  },
};

const SCOPES: Scope[] = (["own", "other"] as const).flatMap((unit) =>
  (["me", "colleague"] as const).flatMap((writer) =>
    [false, true].flatMap((selfApproval) => [
      ...[false, true].map((published) => ({ unit, writer, selfApproval, published })),
      { unit, writer, selfApproval, published: false, endorsed: true },
    ]),
  ),
);

describe("the permission matrix", () => {
  for (const [roleName, { actor, allowed }] of Object.entries(ROLES)) {
    describe(roleName, () => {
      for (const action of ACTIONS) {
        it(`${action}`, () => {
          for (const scope of SCOPES) {
            const target = {
              unitId: scope.unit === "own" ? OWN_UNIT : OTHER_UNIT,
              writerId: scope.writer === "me" ? ME : COLLEAGUE,
              allowSelfApproval: scope.selfApproval,
              state: scope.published ? "PUBLISHED" : scope.endorsed ? "ENDORSED" : "SUBMITTED",
            };
            const expected = allowed[action]?.(scope) ?? false;
            expect(can({ id: ME, ...actor }, action, target), `${roleName} ${action} ${JSON.stringify(scope)}`).toBe(expected);
          }
        });
      }
    });
  }
});

describe("check", () => {
  const approver: PolicyActor = { id: ME, portalRoles: [], memberships: [{ unitId: OWN_UNIT, role: "APPROVER" }] };

  it("asks a visitor without a session to sign in", () => {
    expect(check(null, "article.create", { unitId: OWN_UNIT })).toEqual({ ok: false, error: "Bạn cần đăng nhập để thực hiện thao tác này." });
  });

  it("names the self-approval rule when that is the only reason for a refusal", () => {
    expect(check(approver, "article.approve", { unitId: OWN_UNIT, writerId: ME, allowSelfApproval: false })).toEqual({
      ok: false,
      error: "Bạn không thể tự duyệt bài viết của mình; đơn vị chưa cho phép tự duyệt.",
    });
  });

  it("gives the general refusal for another unit", () => {
    expect(check(approver, "article.approve", { unitId: OTHER_UNIT, writerId: COLLEAGUE })).toEqual({
      ok: false,
      error: "Bạn không có quyền thực hiện thao tác này.",
    });
  });

  it("refuses a unit action when no unit is named", () => {
    expect(can(approver, "article.approve", {})).toBe(false);
  });

  it("lets a person who belongs to several units act in each of them", () => {
    const twoUnits: PolicyActor = { id: ME, portalRoles: [], memberships: [{ unitId: OWN_UNIT, role: "AUTHOR" }, { unitId: OTHER_UNIT, role: "APPROVER" }] };
    expect(can(twoUnits, "article.approve", { unitId: OTHER_UNIT, writerId: COLLEAGUE })).toBe(true);
    expect(can(twoUnits, "article.approve", { unitId: OWN_UNIT, writerId: COLLEAGUE })).toBe(false);
  });
});

describe("canSomewhere", () => {
  it("is true for a unit role held in any unit and false for what no role grants", async () => {
    const { canSomewhere } = await import("./policy");
    const author: PolicyActor = { id: ME, portalRoles: [], memberships: [{ unitId: OTHER_UNIT, role: "AUTHOR" }] };
    expect(canSomewhere(author, "article.create")).toBe(true);
    expect(canSomewhere(author, "article.approve")).toBe(false);
    expect(canSomewhere(author, "admin.users")).toBe(false);
    const admin: PolicyActor = { id: ME, portalRoles: ["ADMINISTRATOR"], memberships: [] };
    expect(canSomewhere(admin, "admin.users")).toBe(true);
    expect(canSomewhere(admin, "article.create")).toBe(false);
  });
});
