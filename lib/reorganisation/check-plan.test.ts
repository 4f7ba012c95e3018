import { describe, expect, it } from "vitest";
import { checkPlan, type UnitSnapshot } from "./check-plan";
import { rowsFromTable, SHEET_MESSAGES, type PlanRow } from "./plan-rows";

const unit = (id: number, name: string, slug: string, type: UnitSnapshot["type"], parentId: number | null = null, extra: Partial<UnitSnapshot> = {}): UnitSnapshot => ({
  id,
  name,
  slug,
  type,
  status: "ACTIVE",
  parentId,
  approvalLevels: 1,
  allowSelfApproval: false,
  ...extra,
});

// A district with three communes, another district with one, an agency and the Department of Justice.
const UNITS: UnitSnapshot[] = [
  unit(1, "Sở Tư pháp", "so-tu-phap", "PROVINCIAL_JUSTICE"),
  unit(2, "Sở Y tế", "so-y-te", "PROVINCIAL_AGENCY"),
  unit(10, "Huyện Đông", "huyen-dong", "DISTRICT", null, { approvalLevels: 2 }),
  unit(11, "Xã Một", "xa-mot", "COMMUNE", 10, { allowSelfApproval: true }),
  unit(12, "Xã Hai", "xa-hai", "COMMUNE", 10),
  unit(13, "Xã Ba", "xa-ba", "COMMUNE", 10),
  unit(20, "Huyện Tây", "huyen-tay", "DISTRICT"),
  unit(21, "Xã Bốn", "xa-bon", "COMMUNE", 20),
  unit(30, "Xã Cũ", "xa-cu", "COMMUNE", 20, { status: "MERGED" }),
  unit(40, "Xã Trùng", "xa-trung-1", "COMMUNE", 10),
  unit(41, "Xã Trùng", "xa-trung-2", "COMMUNE", 20),
];

let line = 1;
const row = (from: string, to: string, type = "", parent = ""): PlanRow => ({ line: ++line, from, to, type, parent });
const check = (...rows: PlanRow[]) => {
  line = 1;
  return checkPlan(rows, UNITS);
};

describe("checkPlan: what applying will do", () => {
  it("merges communes into a new commune under the province and abolishes their district", () => {
    line = 1;
    const { problems, plan } = checkPlan(
      [row("Xã Một", "Xã Đông Hòa"), row("xa-hai", "Xã Đông Hòa"), row("Huyện Đông", "Xã Đông Hòa"), row("Xã Ba", "Xã Ba"), row("Xã Trùng", "Xã Trùng")].map((r, i) =>
        i === 4 ? { ...r, from: "xa-trung-1", to: "xa-trung-1" } : r,
      ),
      UNITS,
    );
    expect(problems).toEqual([]);
    expect(plan.newUnits).toEqual([{ key: "1", name: "Xã Đông Hòa", type: "COMMUNE", parent: null, approvalLevels: 2, allowSelfApproval: false }]);
    expect(plan.merges).toEqual([
      { unitId: 11, into: { newKey: "1" } },
      { unitId: 12, into: { newKey: "1" } },
      { unitId: 10, into: { newKey: "1" } },
    ]);
    // Xã Ba and Xã Trùng stay and leave the district for the province.
    expect(plan.moves).toEqual([
      { unitId: 13, parent: null },
      { unitId: 40, parent: null },
    ]);
    expect(plan.renames).toEqual([]);
  });

  it("renames a unit given a new name of its own kind, keeping it, and follows chains of mergers", () => {
    const { problems, plan } = check(row("Xã Bốn", "Xã Bốn Mới", "", "Huyện Tây"), row("Xã Một", "Xã Hai", "", "Huyện Đông"), row("Xã Hai", "Xã Ba", "", "Huyện Đông"));
    expect(problems).toEqual([]);
    expect(plan.renames).toEqual([{ unitId: 21, name: "Xã Bốn Mới" }]);
    expect(plan.merges).toEqual([
      { unitId: 11, into: { id: 13 } },
      { unitId: 12, into: { id: 13 } },
    ]);
    expect(plan.newUnits).toEqual([]);
    expect(plan.moves).toEqual([]);
  });

  it("moves a commune under another district", () => {
    const { problems, plan } = check(row("Xã Bốn", "Xã Bốn", "", "Huyện Đông"));
    expect(problems).toEqual([]);
    expect(plan.moves).toEqual([{ unitId: 21, parent: { id: 10 } }]);
  });

  it("splits a district: a line without an old unit founds the new one, and the communes listed under it move there", () => {
    const { problems, plan } = check(row("", "Huyện Nam", "Huyện"), row("Xã Ba", "Xã Ba", "", "Huyện Nam"), row("xa-trung-1", "xa-trung-1", "", "huyen nam"));
    expect(problems).toEqual([]);
    expect(plan.newUnits).toEqual([{ key: "1", name: "Huyện Nam", type: "DISTRICT", parent: null, approvalLevels: 1, allowSelfApproval: false }]);
    expect(plan.moves).toEqual([
      { unitId: 13, parent: { newKey: "1" } },
      { unitId: 40, parent: { newKey: "1" } },
    ]);
    expect(plan.merges).toEqual([]);
    expect(plan.renames).toEqual([]);
  });

  it("splits a commune: its history goes to one new commune, the other is founded beside it", () => {
    const { problems, plan } = check(row("Xã Một", "Xã Một Đông", "", "Huyện Đông"), row("", "Xã Một Tây", "Xã", "Huyện Đông"));
    expect(problems).toEqual([]);
    // "Xã Một Đông" alone from Xã Một is a rename: the commune keeps its address, articles and people.
    expect(plan.renames).toEqual([{ unitId: 11, name: "Xã Một Đông" }]);
    expect(plan.newUnits).toEqual([{ key: "2", name: "Xã Một Tây", type: "COMMUNE", parent: { id: 10 }, approvalLevels: 1, allowSelfApproval: false }]);
    expect(plan.merges).toEqual([]);
  });

  it("merges a district into another: its communes follow it", () => {
    const { problems, plan } = check(row("Huyện Tây", "Huyện Đông", "Huyện"));
    expect(problems).toEqual([]);
    expect(plan.merges).toEqual([{ unitId: 20, into: { id: 10 } }]);
    expect(plan.moves).toEqual([
      { unitId: 21, parent: { id: 10 } },
      { unitId: 41, parent: { id: 10 } },
    ]);
  });
});

describe("checkPlan: problems, each in Vietnamese with its line", () => {
  it("finds unknown units, former units, units named twice and ambiguous names", () => {
    expect(check(row("Xã Không Có", "Xã Ba"), row("Xã Cũ", "Xã Ba"), row("Xã Một", "Xã Ba"), row("xa-mot", "Xã Hai"), row("Xã Trùng", "Xã Ba")).problems).toEqual([
      "Dòng 2: không tìm thấy đơn vị “Xã Không Có”.",
      "Dòng 3: đơn vị “Xã Cũ” đã sáp nhập hoặc lưu trữ, không thể sắp xếp lại.",
      "Dòng 5: đơn vị “Xã Một” có trong kế hoạch hai lần (dòng 4 và dòng 5).",
      "Dòng 6: có 2 đơn vị tên “Xã Trùng”; hãy ghi địa chỉ trang của đơn vị (xa-trung-1, xa-trung-2).",
    ]);
  });

  it("finds cycles", () => {
    expect(check(row("Xã Một", "Xã Hai"), row("Xã Hai", "Xã Ba"), row("Xã Ba", "Xã Một")).problems).toEqual([
      "Dòng 2: vòng lặp sáp nhập “Xã Một” → “Xã Hai” → “Xã Ba” → “Xã Một”.",
    ]);
  });

  it("finds units left without a successor when their district is merged into a commune", () => {
    const { problems } = check(row("Huyện Tây", "Xã Bốn"), row("Xã Bốn", "Xã Bốn"));
    expect(problems).toEqual([
      "Đơn vị “Xã Trùng” thuộc “Huyện Tây” (được sáp nhập) chưa có trong kế hoạch: hãy ghi đơn vị mới của xã/phường/thị trấn này.",
    ]);
  });

  it("refuses kinds that cannot merge, the Department of Justice, bad parents and blank cells", () => {
    expect(
      check(row("Xã Một", "Sở Y tế"), row("Sở Tư pháp", "Sở Y tế"), row("Xã Hai", "Xã Hai", "", "Sở Y tế"), row("Xã Ba", ""), row("Xã Bốn", "Xã Năm", "Thôn")).problems,
    ).toEqual([
      "Dòng 5: chưa ghi đơn vị mới của “Xã Ba”.",
      "Dòng 6: loại đơn vị “Thôn” không hợp lệ (ghi: Xã, Phường, Huyện hoặc Sở/ban/ngành).",
      "Dòng 2: “Xã Một” → “Sở Y tế”: Xã/phường/thị trấn chỉ sáp nhập được vào xã/phường/thị trấn.",
      "Dòng 3: “Sở Tư pháp” → “Sở Y tế”: Không thể sáp nhập Sở Tư pháp: đây là cơ quan quản lý cổng thông tin.",
      "Dòng 4: “Xã Hai”: Xã/phường/thị trấn trực thuộc tỉnh hoặc một huyện/thị xã/thành phố, không thuộc đơn vị khác.",
    ]);
  });

  it("refuses a founding line without a kind, with a name already taken, or written twice", () => {
    expect(check(row("", "Xã Mới"), row("", "Xã Ba", "Xã"), row("", "Huyện Bắc", "Huyện"), row("", "huyện bắc", "Huyện"), row("", "Xã Khác", "Thôn")).problems).toEqual([
      "Dòng 2: dòng không có đơn vị cũ thành lập đơn vị mới “Xã Mới”: hãy ghi loại đơn vị mới.",
      "Dòng 3: đã có đơn vị tên “Xã Ba”; để thành lập đơn vị mới, hãy ghi một tên khác.",
      "Dòng 5: đơn vị mới “huyện bắc” được thành lập hai lần (dòng 4 và dòng 5).",
      "Dòng 6: loại đơn vị “Thôn” không hợp lệ (ghi: Xã, Phường, Huyện hoặc Sở/ban/ngành).",
    ]);
    expect(check(row("", "Xã Mới", "Xã", "Sở Y tế")).problems).toEqual([
      "Dòng 2: “Xã Mới”: Xã/phường/thị trấn trực thuộc tỉnh hoặc một huyện/thị xã/thành phố, không thuộc đơn vị khác.",
    ]);
  });

  it("refuses a parent the plan merges away, and an empty plan", () => {
    expect(check(row("Huyện Tây", "Huyện Đông", "Huyện"), row("Xã Bốn", "Xã Bốn", "", "Huyện Tây")).problems).toEqual([
      "Dòng 3: đơn vị cấp trên “Huyện Tây” sẽ không còn sau khi sắp xếp; hãy ghi đơn vị tiếp nhận.",
    ]);
    expect(check().problems).toEqual(["Kế hoạch chưa có dòng nào."]);
  });
});

describe("rowsFromTable", () => {
  it("reads the columns by their names in any order and keeps the sheet's line numbers", () => {
    const read = rowsFromTable([["Đơn vị mới", "Don vi cu", "Đơn vị cấp trên mới"], ["Xã Ba", "Xã Một", ""], ["", "", ""], ["Xã Ba", " Xã  Hai ", ""]]);
    expect(read).toEqual({
      ok: true,
      rows: [
        { line: 2, from: "Xã Một", to: "Xã Ba", type: "", parent: "" },
        { line: 4, from: "Xã Hai", to: "Xã Ba", type: "", parent: "" },
      ],
    });
  });

  it("refuses a sheet without the header or without rows", () => {
    expect(rowsFromTable([["a", "b"], ["c", "d"]])).toEqual({ ok: false, error: SHEET_MESSAGES.NO_HEADER });
    expect(rowsFromTable([["Đơn vị cũ", "Đơn vị mới"]])).toEqual({ ok: false, error: SHEET_MESSAGES.EMPTY });
  });
});
