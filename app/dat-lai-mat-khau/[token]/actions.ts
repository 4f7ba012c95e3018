"use server";

import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { resetPasswordWithLink } from "@/lib/auth/reset-password-with-link";

export type ResetPasswordState = ActionResult | null;

export async function resetPasswordWithLinkAction(_previous: ResetPasswordState, form: FormData): Promise<ResetPasswordState> {
  const result = await resetPasswordWithLink(Object.fromEntries(form));
  if (result.ok) redirect("/dang-nhap?da-dat-lai-mat-khau");
  return result;
}
