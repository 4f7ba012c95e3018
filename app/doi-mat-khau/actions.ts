"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { getActor } from "@/lib/auth/session";
import { renewSessionToken } from "@/lib/auth/session-cookie";
import { changeOwnPassword, signOutEverywhere } from "@/lib/users/change-own-password";

export type ChangePasswordState = ActionResult | null;

export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  const result = await changeOwnPassword(actor.id, Object.fromEntries(form));
  if (!result.ok) return result;
  // Every other session has ended; this one goes on with a token of the new version.
  await renewSessionToken(actor.id, result.value.sessionVersion);
  redirect("/quan-ly?da-doi-mat-khau");
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getActor();
  if (!actor) redirect("/dang-nhap");
  await signOutEverywhere(actor.id);
  redirect("/dang-nhap");
}
