"use server";

import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import type { PolicyActor } from "@/lib/policy";
import { archiveUnit } from "@/lib/units/archive-unit";
import { createUnit } from "@/lib/units/create-unit";
import { mergeUnit } from "@/lib/units/merge-unit";
import { moveUnit } from "@/lib/units/move-unit";
import { renameUnit } from "@/lib/units/rename-unit";
import { restoreUnit } from "@/lib/units/restore-unit";
import { setUnitApproval } from "@/lib/units/set-unit-approval";
import { applyChanges } from "@/lib/site/revalidate";
import type { Changes } from "@/lib/changes";
import { typedValues, type UnitFormState } from "./form-state";

type UseCase = (actor: PolicyActor | null, input: unknown) => Promise<{ ok: true; changes?: Changes } | { ok: false; error: string; fieldErrors?: Record<string, string> }>;

/** The acting person; someone still holding a temporary password acts as nobody until they change it. */
async function actingPerson(): Promise<PolicyActor | null> {
  const actor = await getActor();
  return actor && !actor.mustChangePassword ? actor : null;
}

async function run(change: UseCase, form: FormData): Promise<UnitFormState> {
  const result = await change(await actingPerson(), Object.fromEntries(form));
  if (!result.ok) return { ...result, values: typedValues(form) };
  applyChanges(result.changes);
  return { ok: true };
}

export async function createUnitAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  const result = await createUnit(await actingPerson(), Object.fromEntries(form));
  if (!result.ok) return { ...result, values: typedValues(form) };
  applyChanges(result.changes);
  redirect(`/quan-ly/quan-tri/don-vi/${result.value.id}?da-them`);
}

export async function renameUnitAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  return run(renameUnit, form);
}

export async function moveUnitAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  return run(moveUnit, form);
}

export async function setUnitApprovalAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  return run(setUnitApproval, form);
}

export async function mergeUnitAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  return run(mergeUnit, form);
}

export async function archiveUnitAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  return run(archiveUnit, form);
}

export async function restoreUnitAction(_previous: UnitFormState, form: FormData): Promise<UnitFormState> {
  return run(restoreUnit, form);
}
