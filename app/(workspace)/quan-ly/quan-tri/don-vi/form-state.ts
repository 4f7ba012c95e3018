import type { FieldErrors } from "@/lib/action-result";

/**
 * What a unit form's server action hands back to useActionState. A refusal carries what was typed,
 * so the form (which React resets after every action) shows it again beside the messages.
 */
export type UnitFormState = { ok: true } | { ok: false; error: string; fieldErrors?: FieldErrors; values: Record<string, string> } | null;

/** The text fields of a submitted form (files are never part of a unit form). */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/** The value to show in a field: what was typed before a refusal, else the stored value. */
export function shown(state: UnitFormState, name: string, stored: string | number | null | undefined): string {
  if (state && !state.ok && name in state.values) return state.values[name];
  return stored === null || stored === undefined ? "" : String(stored);
}

/** A checkbox after a refusal: ticked when it was sent ticked; otherwise the stored value. */
export function shownChecked(state: UnitFormState, name: string, stored: boolean): boolean {
  if (state && !state.ok) return state.values[name] === "on";
  return stored;
}

export function errorsOf(state: UnitFormState): FieldErrors {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}
