"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { RegistrationState } from "@/components/site/contests/registration-form";
import { contestCookieName } from "@/lib/contests/entrant-token";
import { requestEntryCode } from "@/lib/contests/entry-code";
import { normalizePhone, registerEntrant } from "@/lib/contests/register-entrant";
import { startAttempt } from "@/lib/contests/start-attempt";
import { messageKey } from "@/lib/contests/labels";

// Registering and starting a round. The entrant's secret lives in an httpOnly cookie scoped to the
// contest pages; these pages read it per request and are never cached.

const COOKIE_DAYS = 120;

function fields(form: FormData): Record<string, string> {
  return Object.fromEntries([...form].filter(([, value]) => typeof value === "string")) as Record<string, string>;
}

export async function registerAction(_previous: RegistrationState, form: FormData): Promise<RegistrationState> {
  const input = fields(form);
  const result = await registerEntrant(input);
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values: input };
  (await cookies()).set(contestCookieName(Number(input.contestId)), result.value.token, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https:"),
    path: "/thi-tim-hieu",
    maxAge: COOKIE_DAYS * 24 * 60 * 60,
  });
  redirect(`/thi-tim-hieu/${encodeURIComponent(input.slug ?? "")}/du-thi`);
}

export async function requestCodeAction(_previous: RegistrationState, form: FormData): Promise<RegistrationState> {
  const input = fields(form);
  const result = await requestEntryCode({ contestId: input.contestId, phone: normalizePhone(input.phone ?? "") ?? input.phone, email: input.email });
  if (!result.ok) return { ok: false, error: result.error, fieldErrors: result.fieldErrors, values: input };
  return { ok: false, codeSent: true, values: input };
}

export async function startAttemptAction(form: FormData): Promise<void> {
  const slug = String(form.get("slug") ?? "");
  const contestId = Number(form.get("contestId"));
  const token = (await cookies()).get(contestCookieName(contestId))?.value;
  const result = await startAttempt({ token, roundId: form.get("roundId") });
  const here = `/thi-tim-hieu/${encodeURIComponent(slug)}`;
  redirect(result.ok ? `${here}/bai-thi/${result.value.attemptId}` : `${here}/du-thi?loi=${messageKey(result.error)}`);
}
