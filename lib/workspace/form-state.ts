import type { ActionResult, FieldErrors } from "@/lib/action-result";

/** What was typed: one string per field, or every value of a field sent several times (checkboxes). */
export type FormValues = Record<string, string | string[]>;

/**
 * What a workspace form's server action hands to useActionState. A refusal carries what was
 * typed, so the form (which React resets after every action) shows it again beside the messages.
 */
export type AdminFormState<T = undefined> = (ActionResult<T> & { values?: FormValues }) | null;

/** Any AdminFormState, whatever its success value: what the helpers below read. */
type StateLike = { ok: boolean; fieldErrors?: FieldErrors; values?: FormValues } | null;

export function typedValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$")) continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length === 1 ? all[0] : all;
  }
  return values;
}

/** A refusal with what was typed; a success as it is. */
export function withValues<T>(result: ActionResult<T>, form: FormData): AdminFormState<T> {
  return result.ok ? (result as AdminFormState<T>) : { ...result, values: typedValues(form) };
}

/** The text to show in a field: what was typed before a refusal, else the stored value. */
export function shown(state: StateLike, name: string, stored: string | number | null | undefined = ""): string {
  const typed = state && !state.ok ? state.values?.[name] : undefined;
  if (typed !== undefined) return Array.isArray(typed) ? (typed[0] ?? "") : typed;
  return stored === null || stored === undefined ? "" : String(stored);
}

/** The ticked values of a checkbox group: as sent before a refusal (none sent: none ticked), else stored. */
export function shownList(state: StateLike, name: string, stored: readonly string[]): string[] {
  if (state && !state.ok && state.values) {
    const typed = state.values[name];
    return typed === undefined ? [] : Array.isArray(typed) ? typed : [typed];
  }
  return [...stored];
}

/** A checkbox after a refusal: ticked when it was sent ticked; otherwise the stored value. */
export function shownChecked(state: StateLike, name: string, stored: boolean): boolean {
  if (state && !state.ok && state.values) return state.values[name] === "on";
  return stored;
}

export function errorsOf(state: StateLike): FieldErrors {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}

/** The message for a field or for anything inside it ("memberships" covers "memberships.0.unitId"). */
export function errorFor(errors: FieldErrors, field: string): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  return key ? errors[key] : undefined;
}
