import { useActionState } from "react";
import type { FieldErrors } from "@/lib/action-result";
import { errorsOf, type FormValues } from "./form-state";

type StateLike = { ok: boolean; fieldErrors?: FieldErrors; values?: FormValues } | null;

/** useActionState for one administration form, with its field errors and whether it just saved. */
export function useAdminForm<S extends StateLike>(action: (previous: Awaited<S>, form: FormData) => Promise<S>) {
  const [state, formAction, pending] = useActionState<S, FormData>(action, null as Awaited<S>);
  return { state, formAction, pending, errors: errorsOf(state), saved: state?.ok === true };
}
