"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { FieldErrors } from "@/lib/action-result";
import { errorsOf, type FormValues } from "@/lib/workspace/form-state";

type StateLike = { ok: boolean; fieldErrors?: FieldErrors; values?: FormValues } | null;

type Options = {
  /** Empty the form once the action succeeds (forms that add something new). */
  resetOnSuccess?: boolean;
  /** Asked with window.confirm before anything is sent. */
  confirm?: string;
};

/**
 * useActionState for one administration form, submitted from onSubmit rather than by the form's own
 * action: React resets a form after its action runs, which would put every <select> back on its first
 * option and lose what was chosen before a refusal. Without JavaScript the form still posts to the
 * same server action through `formAction`.
 */
export function useAdminForm<S extends StateLike>(action: (previous: Awaited<S>, form: FormData) => Promise<S>, options: Options = {}) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, null as Awaited<S>);
  const formRef = useRef<HTMLFormElement>(null);
  const { resetOnSuccess, confirm } = options;
  useEffect(() => {
    if (resetOnSuccess && state?.ok) formRef.current?.reset();
  }, [state, resetOnSuccess]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm && !window.confirm(confirm)) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
  return { state, formAction, onSubmit, formRef, pending, errors: errorsOf(state), saved: state?.ok === true };
}
