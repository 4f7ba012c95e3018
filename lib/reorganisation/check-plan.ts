import type { UnitStatusName, UnitTypeName } from "@/lib/units/labels";
import { UNIT_TYPE_LABELS } from "@/lib/units/labels";
import { placementProblem, successorKindProblem } from "@/lib/units/rules";
import { foldKey, parseUnitType, type PlanRow } from "./plan-rows";

// Checks a plan against the units as they are and turns it into what applying does: units to create,
// rename, merge and move. Pure (the units are handed in), so every problem is table-tested and the
// same check runs for the preview and again inside the transaction that applies the plan.

export type UnitSnapshot = {
  id: number;
  name: string;
  slug: string;
  type: UnitTypeName;
  status: UnitStatusName;
  parentId: number | null;
  approvalLevels: number;
  allowSelfApproval: boolean;
};

/** A unit the plan speaks of: one that exists, or one it creates (by its key in `newUnits`). */
export type UnitRef = { id: number } | { newKey: string };

export type NewUnit = {
  key: string;
  name: string;
  type: UnitTypeName;
  parent: UnitRef | null;
  /** The strictest setting of the units merged into it: 2 levels if any had 2; self-approval only if all allowed it. */
  approvalLevels: number;
  allowSelfApproval: boolean;
};

export type ResolvedPlan = {
  newUnits: NewUnit[];
  renames: { unitId: number; name: string }[];
  /** Old unit → the unit that receives everything it had (chains already followed). */
  merges: { unitId: number; into: UnitRef }[];
  /** Units that stay but change place: named in the plan, or the children of a unit merged away. */
  moves: { unitId: number; parent: UnitRef | null }[];
};

export type PlanCheck = { problems: string[]; plan: ResolvedPlan };

const quote = (text: string) => `“${text}”`;

type Target = { kind: "existing"; unit: UnitSnapshot } | { kind: "new"; key: string; name: string };

class Lookup {
  private bySlug = new Map<string, UnitSnapshot>();
  private byName = new Map<string, UnitSnapshot[]>();
  constructor(units: readonly UnitSnapshot[]) {
    for (const unit of units) {
      this.bySlug.set(unit.slug, unit);
      const key = foldKey(unit.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), unit]);
    }
  }
  /** The unit a cell names: its address first, then its name (active units before former ones). */
  find(text: string): { unit: UnitSnapshot } | { ambiguous: UnitSnapshot[] } | null {
    const bySlug = this.bySlug.get(text.trim().toLowerCase());
    if (bySlug) return { unit: bySlug };
    const named = this.byName.get(foldKey(text)) ?? [];
    // Names are compared without diacritics only to find candidates: "Xã An Phú" is not "Xã Ân Phủ".
    const exact = named.filter((unit) => unit.name.normalize("NFC").toLowerCase() === text.normalize("NFC").trim().toLowerCase());
    const candidates = exact.length > 0 ? exact : [];
    const active = candidates.filter((unit) => unit.status === "ACTIVE");
    const pool = active.length > 0 ? active : candidates;
    if (pool.length === 1) return { unit: pool[0] };
    if (pool.length > 1) return { ambiguous: pool };
    return null;
  }
}

/**
 * The kind of the unit a group of lines becomes: as written, otherwise a commune when communes or a
 * district are merged (the level districts were is gone), otherwise the kind of the old unit.
 */
function newUnitType(group: readonly { type: UnitTypeName | undefined; source: { type: UnitTypeName } }[]): UnitTypeName {
  const written = group.find((line) => line.type !== undefined)?.type;
  if (written) return written;
  const sourceTypes = group.map((line) => line.source.type);
  return sourceTypes.includes("COMMUNE") || sourceTypes.includes("DISTRICT") ? "COMMUNE" : sourceTypes[0];
}

function refKey(ref: UnitRef | null): string {
  if (ref === null) return "root";
  return "id" in ref ? `u${ref.id}` : `n${ref.newKey}`;
}

/** Checks `rows` against `units` (every unit, former ones included). */
export function checkPlan(rows: readonly PlanRow[], units: readonly UnitSnapshot[]): PlanCheck {
  const problems: string[] = [];
  const empty: ResolvedPlan = { newUnits: [], renames: [], merges: [], moves: [] };
  if (rows.length === 0) return { problems: ["Kế hoạch chưa có dòng nào."], plan: empty };

  const lookup = new Lookup(units);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const at = (row: PlanRow) => `Dòng ${row.line}`;
  const named = (text: string, row: PlanRow, what: string): UnitSnapshot | null => {
    const found = lookup.find(text);
    if (!found) {
      problems.push(`${at(row)}: không tìm thấy ${what} ${quote(text)}.`);
      return null;
    }
    if ("ambiguous" in found) {
      problems.push(
        `${at(row)}: có ${found.ambiguous.length} đơn vị tên ${quote(text)}; hãy ghi địa chỉ trang của đơn vị (${found.ambiguous.map((u) => u.slug).join(", ")}).`,
      );
      return null;
    }
    return found.unit;
  };

  const unknownType = (row: PlanRow) => problems.push(`${at(row)}: loại đơn vị ${quote(row.type)} không hợp lệ (ghi: Xã, Phường, Huyện hoặc Sở/ban/ngành).`);

  // 1. Who each line speaks of.
  type Line = { row: PlanRow; source: UnitSnapshot; target: Target; type: UnitTypeName | undefined };
  const lines: Line[] = [];
  const seen = new Map<number, PlanRow>();
  const newByName = new Map<string, { key: string; name: string }>();
  const newKeyOf = (name: string) => {
    const known = newByName.get(foldKey(name)) ?? { key: String(newByName.size + 1), name };
    newByName.set(foldKey(name), known);
    return known;
  };
  // A line without an old unit founds a new one (a split: the communes that go to it name it as
  // their parent, or it takes part of a commune whose history stays with another successor).
  const founded = new Map<string, { row: PlanRow; type: UnitTypeName }>();
  for (const row of rows) {
    if (!row.from && row.to) {
      const type = parseUnitType(row.type);
      const existing = lookup.find(row.to);
      if (existing) {
        problems.push(`${at(row)}: đã có đơn vị tên ${quote(row.to)}; để thành lập đơn vị mới, hãy ghi một tên khác.`);
      } else if (type === null) {
        unknownType(row);
      } else if (type === undefined) {
        problems.push(`${at(row)}: dòng không có đơn vị cũ thành lập đơn vị mới ${quote(row.to)}: hãy ghi loại đơn vị mới.`);
      } else {
        const { key } = newKeyOf(row.to);
        const earlier = founded.get(key);
        if (earlier) problems.push(`${at(row)}: đơn vị mới ${quote(row.to)} được thành lập hai lần (dòng ${earlier.row.line} và dòng ${row.line}).`);
        else founded.set(key, { row, type });
      }
      continue;
    }
    if (!row.from) {
      problems.push(`${at(row)}: chưa ghi đơn vị cũ.`);
      continue;
    }
    if (!row.to) {
      problems.push(`${at(row)}: chưa ghi đơn vị mới của ${quote(row.from)}.`);
      continue;
    }
    const type = parseUnitType(row.type);
    if (type === null) {
      unknownType(row);
      continue;
    }
    const source = named(row.from, row, "đơn vị");
    if (!source) continue;
    if (source.status !== "ACTIVE") {
      problems.push(`${at(row)}: đơn vị ${quote(source.name)} đã sáp nhập hoặc lưu trữ, không thể sắp xếp lại.`);
      continue;
    }
    const earlier = seen.get(source.id);
    if (earlier) {
      problems.push(`${at(row)}: đơn vị ${quote(source.name)} có trong kế hoạch hai lần (dòng ${earlier.line} và dòng ${row.line}).`);
      continue;
    }
    seen.set(source.id, row);
    const existing = lookup.find(row.to);
    let target: Target;
    if (existing && "ambiguous" in existing) {
      named(row.to, row, "đơn vị");
      continue;
    } else if (existing) {
      target = { kind: "existing", unit: existing.unit };
    } else {
      const known = newKeyOf(row.to);
      target = { kind: "new", key: known.key, name: known.name };
    }
    lines.push({ row, source, target, type });
  }

  // 2. A new name given to a single unit of its own kind is a rename (the unit keeps its address and
  //    history); a new name given to several units, or of another kind, is a new unit they merge into.
  const sourcesOfNew = new Map<string, Line[]>();
  for (const line of lines) if (line.target.kind === "new") sourcesOfNew.set(line.target.key, [...(sourcesOfNew.get(line.target.key) ?? []), line]);
  const renamedTo = new Map<string, UnitSnapshot>();
  for (const [key, group] of sourcesOfNew) {
    if (group.length === 1 && !founded.has(key) && newUnitType(group) === group[0].source.type) renamedTo.set(key, group[0].source);
  }

  // 3. Where each old unit goes: itself (kept or renamed) or another unit (merged).
  const mergedInto = new Map<number, { ref: UnitRef; line: Line }>();
  for (const line of lines) {
    const { source, target } = line;
    if (target.kind === "existing") {
      if (target.unit.id !== source.id) mergedInto.set(source.id, { ref: { id: target.unit.id }, line });
    } else if (!renamedTo.has(target.key)) {
      mergedInto.set(source.id, { ref: { newKey: target.key }, line });
    }
  }

  // 4. Chains (A into B, B into C) end at C; a chain that comes back is a cycle.
  const finalOf = (unitId: number): UnitRef | "cycle" => {
    const path = [unitId];
    let ref: UnitRef = mergedInto.get(unitId)!.ref;
    while ("id" in ref && mergedInto.has(ref.id)) {
      if (path.includes(ref.id)) return "cycle";
      path.push(ref.id);
      ref = mergedInto.get(ref.id)!.ref;
    }
    return ref;
  };
  const merges: ResolvedPlan["merges"] = [];
  const reported = new Set<number>();
  for (const [unitId, { line }] of mergedInto) {
    const final = finalOf(unitId);
    if (final === "cycle") {
      if (!reported.has(unitId)) {
        const cycle: string[] = [byId.get(unitId)!.name];
        let next = mergedInto.get(unitId)!.ref as { id: number };
        while (next.id !== unitId && cycle.length <= mergedInto.size) {
          reported.add(next.id);
          cycle.push(byId.get(next.id)!.name);
          next = mergedInto.get(next.id)!.ref as { id: number };
        }
        reported.add(unitId);
        problems.push(`${at(line.row)}: vòng lặp sáp nhập ${[...cycle, cycle[0]].map(quote).join(" → ")}.`);
      }
      continue;
    }
    merges.push({ unitId, into: final });
  }

  // 5. The units that remain, and the kind of the new ones.
  const newUnits: NewUnit[] = [];
  for (const { key, name } of newByName.values()) {
    if (renamedTo.has(key)) continue;
    const group = sourcesOfNew.get(key) ?? [];
    const founding = founded.get(key);
    if (group.length === 0 && !founding) continue;
    const written = [...group.map((line) => ({ type: line.type, row: line.row })), ...(founding ? [founding] : [])].filter((line) => line.type !== undefined);
    const conflicting = written.find((line) => line.type !== written[0].type);
    if (conflicting) problems.push(`${at(conflicting.row)}: đơn vị mới ${quote(name)} được ghi hai loại khác nhau.`);
    const sources = group.map((line) => line.source);
    newUnits.push({
      key,
      name,
      type: founding?.type ?? newUnitType(group),
      parent: null,
      // A unit founded without predecessors starts with the portal's defaults.
      approvalLevels: sources.length > 0 ? Math.max(...sources.map((unit) => unit.approvalLevels)) : 1,
      allowSelfApproval: sources.length > 0 && sources.every((unit) => unit.allowSelfApproval),
    });
  }
  const newByKey = new Map(newUnits.map((unit) => [unit.key, unit]));
  const remains = (unitId: number) => byId.get(unitId)!.status === "ACTIVE" && !mergedInto.has(unitId);
  const like = (ref: UnitRef): { type: UnitTypeName; status: UnitStatusName; name: string } =>
    "id" in ref ? byId.get(ref.id)! : { ...newByKey.get(ref.newKey)!, status: "ACTIVE" };

  for (const merge of merges) {
    const source = byId.get(merge.unitId)!;
    const kind = successorKindProblem(source, like(merge.into));
    if (kind) problems.push(`${at(mergedInto.get(merge.unitId)!.line.row)}: ${quote(source.name)} → ${quote(like(merge.into).name)}: ${kind}`);
    if ("id" in merge.into && !remains(merge.into.id)) {
      problems.push(`${at(mergedInto.get(merge.unitId)!.line.row)}: đơn vị nhận ${quote(like(merge.into).name)} đã sáp nhập hoặc lưu trữ.`);
    }
  }

  // 6. Where the units the plan names will sit: the parent column describes the unit each line becomes.
  const placeOf = new Map<string, { parent: UnitRef | null; row: PlanRow }>();
  const placing: { row: PlanRow; becomes: UnitRef }[] = [
    ...lines.map((line) => ({
      row: line.row,
      becomes:
        line.target.kind === "existing"
          ? { id: line.target.unit.id }
          : renamedTo.has(line.target.key)
            ? { id: renamedTo.get(line.target.key)!.id }
            : { newKey: line.target.key },
    })),
    ...[...founded].filter(([key]) => newByKey.has(key)).map(([key, { row }]) => ({ row, becomes: { newKey: key } })),
  ].sort((a, b) => a.row.line - b.row.line);
  for (const { row, becomes } of placing) {
    if ("id" in becomes && mergedInto.has(becomes.id)) continue;
    let parent: UnitRef | null = null;
    if (row.parent) {
      const newParent = newByName.get(foldKey(row.parent));
      if (newParent && newByKey.has(newParent.key)) parent = { newKey: newParent.key };
      else if (newParent && renamedTo.has(newParent.key)) parent = { id: renamedTo.get(newParent.key)!.id };
      else {
        const unit = named(row.parent, row, "đơn vị cấp trên");
        if (!unit) continue;
        if (!remains(unit.id)) {
          problems.push(`${at(row)}: đơn vị cấp trên ${quote(unit.name)} sẽ không còn sau khi sắp xếp; hãy ghi đơn vị tiếp nhận.`);
          continue;
        }
        parent = { id: unit.id };
      }
    }
    const key = refKey(becomes);
    const earlier = placeOf.get(key);
    if (earlier && refKey(earlier.parent) !== refKey(parent)) {
      problems.push(`${at(row)}: ${quote(like(becomes).name)} được ghi hai đơn vị cấp trên khác nhau (dòng ${earlier.row.line} và dòng ${row.line}).`);
      continue;
    }
    placeOf.set(key, { parent, row });
  }

  const moves: ResolvedPlan["moves"] = [];
  for (const [key, { parent, row }] of placeOf) {
    const unit: UnitRef = key.startsWith("u") ? { id: Number(key.slice(1)) } : { newKey: key.slice(1) };
    if (parent && refKey(parent) === key) {
      problems.push(`${at(row)}: ${quote(like(unit).name)} không thể là đơn vị cấp trên của chính nó.`);
      continue;
    }
    const placement = placementProblem(like(unit).type, parent ? like(parent) : null);
    if (placement) {
      problems.push(`${at(row)}: ${quote(like(unit).name)}: ${placement}`);
      continue;
    }
    if ("newKey" in unit) newByKey.get(unit.newKey)!.parent = parent;
    else if (refKey(byId.get(unit.id)!.parentId === null ? null : { id: byId.get(unit.id)!.parentId! }) !== refKey(parent)) {
      moves.push({ unitId: unit.id, parent });
    }
  }

  // 7. Units the plan does not name whose parent is merged away follow it, where they may sit there;
  //    otherwise they would be left without a successor.
  for (const unit of units) {
    if (unit.status !== "ACTIVE" || seen.has(unit.id) || unit.parentId === null) continue;
    const parentMerge = merges.find((merge) => merge.unitId === unit.parentId);
    if (!parentMerge) continue;
    const placement = placementProblem(unit.type, like(parentMerge.into));
    if (placement) {
      problems.push(
        `Đơn vị ${quote(unit.name)} thuộc ${quote(byId.get(unit.parentId)!.name)} (được sáp nhập) chưa có trong kế hoạch: hãy ghi đơn vị mới của ${UNIT_TYPE_LABELS[unit.type].toLowerCase()} này.`,
      );
    } else {
      moves.push({ unitId: unit.id, parent: parentMerge.into });
    }
  }

  const renames = [...renamedTo].map(([key, unit]) => ({ unitId: unit.id, name: sourcesOfNew.get(key)![0].row.to }));
  return { problems, plan: { newUnits, renames, merges, moves } };
}
