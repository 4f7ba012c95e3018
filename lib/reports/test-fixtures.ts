// Fixtures for the report's integration tests: units, people, articles with workflow events, comments
// and attached files at chosen Vietnam times, all named with a random tag and removed by cleanUp.
// The figures they give in March 2019 (Vietnam time) are listed in unit-report.int.test.ts.
import { randomBytes } from "node:crypto";
import type { ArticleState, CommentState, UnitStatus, UnitType, WorkflowAction } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { PolicyActor, PortalRoleName, UnitRoleName } from "@/lib/policy";
import { parseVietnamDateTime } from "@/lib/vietnamese";

if (!process.env.DATABASE_URL) {
  throw new Error("The lib/reports integration tests need DATABASE_URL (a migrated database they may add rows to), or run `npm test`.");
}

/** "2019-03-31 23:59" read as Vietnam time. */
export function vn(text: string): Date {
  const date = parseVietnamDateTime(text.replace(" ", "T"));
  if (!date) throw new Error(`Bad test time ${text}`);
  return date;
}

/** The states an event moves between, as the use cases record them. */
const STATES: Record<string, [ArticleState | null, ArticleState]> = {
  CREATE: [null, "DRAFT"],
  SUBMIT: ["DRAFT", "SUBMITTED"],
  ENDORSE: ["SUBMITTED", "ENDORSED"],
  APPROVE: ["SUBMITTED", "PUBLISHED"],
  SCHEDULE: ["SUBMITTED", "SCHEDULED"],
  PUBLISH_SCHEDULED: ["SCHEDULED", "PUBLISHED"],
  RETURN: ["SUBMITTED", "RETURNED"],
  TAKE_DOWN: ["PUBLISHED", "TAKEN_DOWN"],
  SUBMIT_CORRECTION: ["PUBLISHED", "PUBLISHED"],
  APPROVE_CORRECTION: ["PUBLISHED", "PUBLISHED"],
};

export type EventSpec = [WorkflowAction, string] | [WorkflowAction, string, ArticleState | null, ArticleState];

export type ArticleSpec = {
  /** The unit that wrote it (originalUnitId); the owner is that unit's successor when it was merged. */
  writtenBy: number;
  ownedBy?: number;
  events: EventSpec[];
  state?: ArticleState;
  publishedAt?: string;
  viewCount?: number;
  /** Download counts of new files attached to it. */
  files?: number[];
  /** Files already attached to another article, attached to this one too. */
  sharedFileIds?: number[];
  comments?: [CommentState, string][];
};

export function reportFixtures(label: string) {
  const tag = `${label}-${randomBytes(4).toString("hex")}`;
  const unitIds: number[] = [];
  const userIds: number[] = [];
  const fileIds: number[] = [];
  let counter = 0;
  const next = () => `${tag}-${++counter}`;

  return {
    tag,
    async unit(type: UnitType, name: string, extra: { status?: UnitStatus; successorId?: number } = {}) {
      const created = await db.unit.create({
        data: { name: `${name} ${tag}`, slug: next(), type, status: extra.status ?? "ACTIVE", successorId: extra.successorId ?? null },
      });
      unitIds.push(created.id);
      return created;
    },
    /** A person with these roles; the PolicyActor a session would give them and the user row. */
    async person(portalRoles: PortalRoleName[], memberships: { unitId: number; role: UnitRoleName }[] = []) {
      const user = await db.user.create({
        data: { email: `${next()}@bao-cao.test`, name: `Người thử ${tag}`, passwordHash: "x", portalRoles, memberships: { create: memberships } },
      });
      userIds.push(user.id);
      const actor: PolicyActor = { id: user.id, portalRoles, memberships };
      return { user, actor };
    },
    async article(writerId: number, spec: ArticleSpec) {
      const n = next();
      const article = await db.article.create({
        data: {
          slug: n,
          title: `Bài thử ${n}`,
          sapo: "Sapo thử.",
          body: { type: "doc", content: [] },
          unitId: spec.ownedBy ?? spec.writtenBy,
          originalUnitId: spec.writtenBy,
          writerId,
          state: spec.state ?? "PUBLISHED",
          publishedAt: spec.publishedAt ? vn(spec.publishedAt) : null,
          viewCount: spec.viewCount ?? 0,
        },
      });
      await db.workflowEvent.createMany({
        data: spec.events.map(([action, at, from, to]) => ({
          articleId: article.id,
          action,
          fromState: from === undefined ? STATES[action][0] : from,
          toState: to ?? STATES[action][1],
          createdAt: vn(at),
        })),
      });
      const attached: number[] = [...(spec.sharedFileIds ?? [])];
      for (const downloads of spec.files ?? []) {
        const hash = randomBytes(32).toString("hex");
        const file = await db.storedFile.create({
          data: { storageKey: `${hash.slice(0, 2)}/${hash}.pdf`, originalName: "ke-hoach.pdf", mimeType: "application/pdf", size: 1000, sha256: hash, downloadCount: downloads },
        });
        fileIds.push(file.id);
        attached.push(file.id);
      }
      if (attached.length > 0) await db.articleAttachment.createMany({ data: attached.map((fileId, i) => ({ articleId: article.id, fileId, sortOrder: i })) });
      if (spec.comments?.length) {
        await db.comment.createMany({
          data: spec.comments.map(([state, at], i) => ({
            articleId: article.id,
            state,
            authorName: "Bạn đọc",
            authorEmail: `ban-doc-${i}@bao-cao.test`,
            content: `Ý kiến ${i}`,
            addressHash: "x",
            contentHash: `${n}-${i}`,
            createdAt: vn(at),
          })),
        });
      }
      return { article, fileIds: attached };
    },
    async cleanUp() {
      await db.$transaction(async (tx) => {
        await tx.article.deleteMany({ where: { OR: [{ unitId: { in: unitIds } }, { originalUnitId: { in: unitIds } }] } });
        await tx.storedFile.deleteMany({ where: { id: { in: fileIds } } });
        await tx.membership.deleteMany({ where: { OR: [{ unitId: { in: unitIds } }, { userId: { in: userIds } }] } });
        await tx.unit.updateMany({ where: { id: { in: unitIds } }, data: { successorId: null } });
        await tx.unit.deleteMany({ where: { id: { in: unitIds } } });
        await tx.user.deleteMany({ where: { id: { in: userIds }, auditEntries: { none: {} } } });
        await tx.user.updateMany({ where: { id: { in: userIds } }, data: { active: false } });
      });
    },
  };
}
