"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import type { ActionResult } from "@/lib/action-result";
import { requestPasswordReset, sendPasswordResetEmail } from "@/lib/auth/request-password-reset";
import { clientAddress } from "@/lib/auth/throttle";

export type ForgotPasswordState = ActionResult<{ message: string }> | null;

// Every answer takes at least this long, and the email goes out after it, so how long the answer
// takes does not tell whether a link was made.
const ANSWER_FLOOR_MS = 400;

export async function requestPasswordResetAction(_previous: ForgotPasswordState, form: FormData): Promise<ForgotPasswordState> {
  const started = Date.now();
  const result = await requestPasswordReset(Object.fromEntries(form), clientAddress(await headers()), (mail) =>
    after(() => sendPasswordResetEmail(mail)),
  );
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, started + ANSWER_FLOOR_MS - Date.now())));
  return result;
}
