// What every use case and server action returns: refusals and bad input are results the form shows
// in Vietnamese, never exceptions.

import type { Changes } from "./changes";

export type FieldErrors = Record<string, string>;

/**
 * A success carries what changed for readers (`changes`), which the action kit applies and never
 * hands to the browser.
 */
export type ActionResult<T = undefined> =
  | ({ ok: true; changes?: Changes } & (T extends undefined ? { value?: undefined } : { value: T }))
  | { ok: false; error: string; fieldErrors?: FieldErrors };

export function refused(error: string, fieldErrors?: FieldErrors): { ok: false; error: string; fieldErrors?: FieldErrors } {
  return fieldErrors ? { ok: false, error, fieldErrors } : { ok: false, error };
}

/** Turns zod issues into one Vietnamese message per field (the schemas carry Vietnamese messages). */
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join(".") || "_form";
    errors[field] ??= issue.message;
  }
  return errors;
}

export const INVALID_FORM = "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.";
