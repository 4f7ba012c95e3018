import type { ArticleState, WorkflowAction } from "../../generated/prisma/client";
import type { ArticleSeed } from "./types";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Who acted on an article, resolved from the unit's memberships. */
export interface ArticleActors {
  writerId: number;
  /** First-level reviewer: returns, endorses (two levels) or approves (one level). */
  unitApproverId: number;
  /** Whoever publishes: the unit approver, or a provincial editor for two-level units. */
  publisherId: number;
  provincialEditorId: number;
  twoLevels: boolean;
}

export interface EventDraft {
  action: WorkflowAction;
  fromState: ArticleState | null;
  toState: ArticleState;
  actorId: number | null;
  note: string | null;
  createdAt: Date;
}

export interface Timeline {
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  deletedAt: Date | null;
  events: EventDraft[];
}

/**
 * The dates and workflow events of one article, consistent with its state and all relative to `now`,
 * so the demo always looks fresh: the history an article would have had going through the real use cases.
 */
export function buildTimeline(article: ArticleSeed, index: number, now: Date, actors: ArticleActors): Timeline {
  const at = (time: number) => new Date(Math.min(time, now.getTime() - MINUTE));
  // The last step happened `daysAgo` days ago, during the working day, spread so no two collide.
  const last = now.getTime() - article.daysAgo * DAY - HOUR - ((index * 47) % 300) * MINUTE;
  const events: EventDraft[] = [];
  const add = (action: WorkflowAction, fromState: ArticleState | null, toState: ArticleState, actorId: number | null, time: number, note: string | null = null) =>
    events.push({ action, fromState, toState, actorId, note, createdAt: at(time) });

  const state = article.state;
  let submittedAt: number | null = null;
  let publishedAt: number | null = null;
  let scheduledAt: number | null = null;

  if (state === "DRAFT") {
    add("CREATE", null, "DRAFT", actors.writerId, last - 2 * HOUR);
  } else {
    // Every other state went through submission. A published article with `scheduledInDays` was
    // scheduled that many days before it went out by itself.
    const viaSchedule = state === "PUBLISHED" && article.scheduledInDays !== undefined;
    const scheduleLead = viaSchedule ? article.scheduledInDays! * DAY : 0;
    submittedAt =
      state === "SUBMITTED" ? last : last - scheduleLead - (4 + (index % 5)) * HOUR - (actors.twoLevels ? 16 * HOUR : 0);
    add("CREATE", null, "DRAFT", actors.writerId, submittedAt - DAY - (index % 3) * HOUR);
    add("SUBMIT", "DRAFT", "SUBMITTED", actors.writerId, submittedAt);

    if (state === "RETURNED") {
      add("RETURN", "SUBMITTED", "RETURNED", actors.unitApproverId, last, article.reason ?? null);
    } else if (state !== "SUBMITTED") {
      let current: ArticleState = "SUBMITTED";
      if (actors.twoLevels) {
        const endorsedAt = state === "ENDORSED" ? last : submittedAt + 3 * HOUR;
        add("ENDORSE", "SUBMITTED", "ENDORSED", actors.unitApproverId, endorsedAt);
        current = "ENDORSED";
      }
      if (state === "SCHEDULED") {
        scheduledAt = ceilToHour(now.getTime()) + (article.scheduledInDays ?? 1) * DAY;
        add("SCHEDULE", current, "SCHEDULED", actors.publisherId, last);
      } else if (state === "PUBLISHED" || state === "TAKEN_DOWN") {
        publishedAt = last;
        if (viaSchedule) {
          scheduledAt = last;
          add("SCHEDULE", current, "SCHEDULED", actors.publisherId, last - scheduleLead);
          add("PUBLISH_SCHEDULED", "SCHEDULED", "PUBLISHED", null, last);
        } else {
          add("APPROVE", current, "PUBLISHED", actors.publisherId, last);
        }
        if (article.featured !== undefined) add("FEATURE", "PUBLISHED", "PUBLISHED", actors.provincialEditorId, last + 2 * HOUR);
        if (state === "TAKEN_DOWN") {
          const takenDownAt = last + (article.takenDownAfterDays ?? 1) * DAY;
          add("TAKE_DOWN", "PUBLISHED", "TAKEN_DOWN", actors.publisherId, takenDownAt, article.reason ?? null);
        }
      }
    }
  }

  let deletedAt: Date | null = null;
  if (article.deleted) {
    deletedAt = at(last + DAY);
    add("DELETE", state, state, actors.writerId, deletedAt.getTime());
  }

  const times = events.map((event) => event.createdAt.getTime());
  return {
    createdAt: new Date(Math.min(...times)),
    updatedAt: new Date(Math.max(...times, at(last).getTime())),
    submittedAt: submittedAt === null ? null : at(submittedAt),
    publishedAt: publishedAt === null ? null : at(publishedAt),
    scheduledAt: scheduledAt === null ? null : new Date(scheduledAt),
    deletedAt,
    events,
  };
}

function ceilToHour(time: number): number {
  return Math.ceil(time / HOUR) * HOUR;
}
