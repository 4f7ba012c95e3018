"use server";

import { addHoliday, removeHoliday } from "@/lib/questions/holidays";
import { addLegalField, setLegalFieldHidden } from "@/lib/questions/legal-fields";
import { addRoutingRule, removeRoutingRule } from "@/lib/questions/routing-rules";
import { updateQuestionSettings } from "@/lib/questions/update-question-settings";
import { formAction } from "@/lib/workspace/action-kit";
import { withDoneNotice } from "@/lib/workspace/notices";

const PAGE = "/quan-ly/quan-tri/hoi-dap";
const done = () => withDoneNotice(PAGE, "da-luu-cai-dat-hoi-dap");

export const addRuleAction = formAction(addRoutingRule, { then: done });
export const removeRuleAction = formAction(removeRoutingRule, { then: done });
export const settingsAction = formAction(updateQuestionSettings, { then: done });
export const addHolidayAction = formAction(addHoliday, { then: done });
export const removeHolidayAction = formAction(removeHoliday, { then: done });
export const addFieldAction = formAction(addLegalField, { then: done });
export const fieldHiddenAction = formAction(setLegalFieldHidden, { then: done });
