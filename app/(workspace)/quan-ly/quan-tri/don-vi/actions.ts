"use server";

import { archiveUnit } from "@/lib/units/archive-unit";
import { createUnit } from "@/lib/units/create-unit";
import { mergeUnit } from "@/lib/units/merge-unit";
import { moveUnit } from "@/lib/units/move-unit";
import { renameUnit } from "@/lib/units/rename-unit";
import { restoreUnit } from "@/lib/units/restore-unit";
import { setUnitApproval } from "@/lib/units/set-unit-approval";
import { setUnitContacts } from "@/lib/units/set-unit-contacts";
import { formAction } from "@/lib/workspace/action-kit";

const keepValues = true;

export const createUnitAction = formAction(createUnit, { keepValues, then: (created) => `/quan-ly/quan-tri/don-vi/${created.value.id}?da-them` });
export const renameUnitAction = formAction(renameUnit, { keepValues });
export const moveUnitAction = formAction(moveUnit, { keepValues });
export const setUnitApprovalAction = formAction(setUnitApproval, { keepValues });
export const setUnitContactsAction = formAction(setUnitContacts, { keepValues });
export const mergeUnitAction = formAction(mergeUnit, { keepValues });
export const archiveUnitAction = formAction(archiveUnit, { keepValues });
export const restoreUnitAction = formAction(restoreUnit, { keepValues });
