import { describe, expect, it } from "vitest";
import { ARTICLE_STATES, nextState, type ArticleStateName, type WorkflowStep } from "./state-machine";

// Every state × step × approval level, against the table PRODUCT.md describes. Anything not listed
// here must be refused.
const ALLOWED: Record<string, ArticleStateName> = {
  "DRAFT submit 1": "SUBMITTED",
  "DRAFT submit 2": "SUBMITTED",
  "RETURNED submit 1": "SUBMITTED",
  "RETURNED submit 2": "SUBMITTED",
  "SUBMITTED endorse 2": "ENDORSED",
  "SUBMITTED publish 1": "PUBLISHED",
  "ENDORSED publish 2": "PUBLISHED",
  "SUBMITTED schedule 1": "SCHEDULED",
  "ENDORSED schedule 2": "SCHEDULED",
  "SCHEDULED publishScheduled 1": "PUBLISHED",
  "SCHEDULED publishScheduled 2": "PUBLISHED",
  "SUBMITTED return 1": "RETURNED",
  "SUBMITTED return 2": "RETURNED",
  "ENDORSED return 1": "RETURNED",
  "ENDORSED return 2": "RETURNED",
  "SCHEDULED return 1": "RETURNED",
  "SCHEDULED return 2": "RETURNED",
  "PUBLISHED takeDown 1": "TAKEN_DOWN",
  "PUBLISHED takeDown 2": "TAKEN_DOWN",
};

const STEPS: WorkflowStep[] = ["submit", "endorse", "publish", "schedule", "publishScheduled", "return", "takeDown"];

describe("the article state machine", () => {
  for (const state of ARTICLE_STATES) {
    for (const step of STEPS) {
      for (const levels of [1, 2] as const) {
        const key = `${state} ${step} ${levels}`;
        it(`${key} → ${ALLOWED[key] ?? "refused"}`, () => {
          expect(nextState(state, step, levels)).toBe(ALLOWED[key] ?? null);
        });
      }
    }
  }
});
