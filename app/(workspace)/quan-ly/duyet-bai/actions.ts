"use server";

import { redirect } from "next/navigation";
import { approveArticle } from "@/lib/articles/approve-article";
import { approveCorrection, returnCorrection } from "@/lib/articles/approve-correction";
import { featureArticle } from "@/lib/articles/feature-article";
import { returnArticle } from "@/lib/articles/return-article";
import { scheduleArticle } from "@/lib/articles/schedule-article";
import { takeDownArticle } from "@/lib/articles/take-down-article";
import { getWorkingActor } from "@/lib/auth/session";
import type { PolicyActor } from "@/lib/policy";
import type { Changes } from "@/lib/changes";
import { applyChanges } from "@/lib/site/revalidate";
import { withDoneNotice, type DoneCode } from "@/lib/workspace/notices";

export type ReviewActionState = { ok: false; error: string; fieldErrors?: Record<string, string> } | null;

type UseCase = (actor: PolicyActor | null, input: unknown) => Promise<{ ok: true; changes?: Changes } | { ok: false; error: string; fieldErrors?: Record<string, string> }>;

const DONE = {
  approve: "da-duyet",
  schedule: "da-hen-gio",
  return: "da-tra-lai",
  takeDown: "da-go",
  feature: "da-cap-nhat-noi-bat",
  approveCorrection: "da-duyet-sua-doi",
  returnCorrection: "da-tra-lai-sua-doi",
} satisfies Record<string, DoneCode>;

/** Runs one review step for the signed-in person; after a change readers can see, expires the public pages. */
async function decide(step: keyof typeof DONE, runStep: UseCase, form: FormData): Promise<ReviewActionState> {
  const actor = await getWorkingActor();
  if (!actor) return { ok: false, error: "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại." };
  const input = Object.fromEntries(form);
  const result = await runStep(actor, { ...input, position: input.position === "" ? null : input.position });
  if (!result.ok) return result;
  applyChanges(result.changes);
  redirect(withDoneNotice("/quan-ly/duyet-bai", DONE[step]));
}

export async function approveAction(_: ReviewActionState, form: FormData) {
  return decide("approve", approveArticle, form);
}
export async function scheduleAction(_: ReviewActionState, form: FormData) {
  return decide("schedule", (actor, input) => scheduleArticle(actor, input), form);
}
export async function returnAction(_: ReviewActionState, form: FormData) {
  return decide("return", returnArticle, form);
}
export async function takeDownAction(_: ReviewActionState, form: FormData) {
  return decide("takeDown", takeDownArticle, form);
}
export async function featureAction(_: ReviewActionState, form: FormData) {
  return decide("feature", featureArticle, form);
}
export async function approveCorrectionAction(_: ReviewActionState, form: FormData) {
  return decide("approveCorrection", approveCorrection, form);
}
export async function returnCorrectionAction(_: ReviewActionState, form: FormData) {
  return decide("returnCorrection", returnCorrection, form);
}
