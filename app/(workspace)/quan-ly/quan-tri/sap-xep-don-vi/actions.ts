"use server";

import { applyPlan } from "@/lib/reorganisation/apply-plan";
import { createPlan } from "@/lib/reorganisation/create-plan";
import { addPlanLine, removePlanLine } from "@/lib/reorganisation/edit-plan-line";
import { cancelPlanSchedule, schedulePlan } from "@/lib/reorganisation/schedule-plan";
import { updatePlanRows } from "@/lib/reorganisation/update-plan-rows";
import { formAction } from "@/lib/workspace/action-kit";

const BASE = "/quan-ly/quan-tri/sap-xep-don-vi";
const keepValues = true;

export const createPlanAction = formAction(createPlan, { keepValues, then: (created) => `${BASE}/${created.value.id}` });
export const updatePlanAction = formAction(updatePlanRows, { keepValues });
export const schedulePlanAction = formAction(schedulePlan, { keepValues, then: (_answer, form) => `${BASE}/${form.get("planId")}` });
export const cancelScheduleAction = formAction(cancelPlanSchedule, { then: (_answer, form) => `${BASE}/${form.get("planId")}` });
export const applyPlanAction = formAction(applyPlan, { then: (_answer, form) => `${BASE}/${form.get("planId")}` });
// After a line is added or removed the page shows the plan's lines and their preview again.
export const addPlanLineAction = formAction(addPlanLine, { keepValues, then: (_answer, form) => `${BASE}/${form.get("planId")}` });
export const removePlanLineAction = formAction(removePlanLine, { then: (_answer, form) => `${BASE}/${form.get("planId")}` });
