import { describe, expect, it } from "vitest";
import type { UnitStatusName, UnitTypeName } from "./labels";
import { placementProblem, successorKindProblem, UNIT_MESSAGES } from "./rules";

const unit = (type: UnitTypeName, status: UnitStatusName = "ACTIVE") => ({ type, status });

describe("placementProblem", () => {
  it.each([
    ["PROVINCIAL_JUSTICE", null, null],
    ["PROVINCIAL_AGENCY", null, null],
    ["DISTRICT", null, null],
    ["COMMUNE", unit("DISTRICT"), null],
    ["COMMUNE", null, null],
    ["COMMUNE", unit("PROVINCIAL_AGENCY"), UNIT_MESSAGES.COMMUNE_PARENT],
    ["COMMUNE", unit("COMMUNE"), UNIT_MESSAGES.COMMUNE_PARENT],
    ["COMMUNE", unit("DISTRICT", "ARCHIVED"), UNIT_MESSAGES.PARENT_INACTIVE],
    ["COMMUNE", unit("DISTRICT", "MERGED"), UNIT_MESSAGES.PARENT_INACTIVE],
    ["DISTRICT", unit("PROVINCIAL_JUSTICE"), UNIT_MESSAGES.ROOT_ONLY],
    ["PROVINCIAL_AGENCY", unit("PROVINCIAL_JUSTICE"), UNIT_MESSAGES.ROOT_ONLY],
    ["PROVINCIAL_JUSTICE", unit("DISTRICT"), UNIT_MESSAGES.ROOT_ONLY],
  ] as const)("%s under %o → %s", (type, parent, expected) => {
    expect(placementProblem(type, parent)).toBe(expected);
  });
});

describe("successorKindProblem", () => {
  it("lets a unit merge into an active unit of its kind, and an agency into the Department of Justice", () => {
    expect(successorKindProblem(unit("COMMUNE"), unit("COMMUNE"))).toBeNull();
    expect(successorKindProblem(unit("DISTRICT"), unit("DISTRICT"))).toBeNull();
    expect(successorKindProblem(unit("PROVINCIAL_AGENCY"), unit("PROVINCIAL_AGENCY"))).toBeNull();
    expect(successorKindProblem(unit("PROVINCIAL_AGENCY"), unit("PROVINCIAL_JUSTICE"))).toBeNull();
    expect(successorKindProblem(unit("DISTRICT"), unit("COMMUNE"))).toBeNull();
  });

  it("refuses other kinds, inactive successors and the Department of Justice itself", () => {
    expect(successorKindProblem(unit("COMMUNE"), unit("DISTRICT"))).toBe("Xã/phường/thị trấn chỉ sáp nhập được vào xã/phường/thị trấn.");
    expect(successorKindProblem(unit("DISTRICT"), unit("PROVINCIAL_AGENCY"))).toMatch(/^Huyện\/thị xã\/thành phố chỉ sáp nhập/);
    expect(successorKindProblem(unit("COMMUNE"), unit("COMMUNE", "MERGED"))).toBe(UNIT_MESSAGES.SUCCESSOR_INACTIVE);
    expect(successorKindProblem(unit("COMMUNE"), unit("COMMUNE", "ARCHIVED"))).toBe(UNIT_MESSAGES.SUCCESSOR_INACTIVE);
    expect(successorKindProblem(unit("PROVINCIAL_JUSTICE"), unit("PROVINCIAL_AGENCY"))).toBe(UNIT_MESSAGES.MERGE_JUSTICE);
  });
});
