import { describe, expect, it } from "vitest";
import { WorkflowAction } from "@/generated/prisma/enums";
import { AUDIT_ACTION_LABELS } from "./labels";

describe("audit log labels", () => {
  it("name every article step in Vietnamese, as lib/articles/record-step writes them", () => {
    const unlabelled = Object.values(WorkflowAction)
      .map((action) => `article.${action.toLowerCase()}`)
      .filter((action) => !AUDIT_ACTION_LABELS[action]);
    expect(unlabelled).toEqual([]);
  });
});
