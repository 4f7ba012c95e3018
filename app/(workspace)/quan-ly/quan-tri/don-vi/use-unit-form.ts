"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { errorsOf, type UnitFormState } from "./form-state";

/**
 * useActionState for a unit form, submitted from onSubmit rather than by the form's own action: React
 * resets a form after its action runs, and a reset puts every <select> back on its first option
 * instead of what the person chose. Without JavaScript the form still posts to the same action.
 */
export function useUnitForm(action: (previous: UnitFormState, form: FormData) => Promise<UnitFormState>) {
  const [state, formAction, pending] = useActionState<UnitFormState, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, onSubmit, pending, errors: errorsOf(state), saved: state?.ok === true };
}
