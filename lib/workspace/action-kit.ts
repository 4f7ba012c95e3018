import { redirect } from "next/navigation";
import { refused, type FieldErrors } from "@/lib/action-result";
import { getWorkingActor } from "@/lib/auth/session";
import type { Changes } from "@/lib/changes";
import type { PolicyActor } from "@/lib/policy";
import { applyChanges } from "@/lib/site/revalidate";
import { typedValues, type FormValues } from "./form-state";
import { withErrorNotice } from "./notices";

// The workspace's one way from a server action to a use case (server code only: it reads the session
// and expires the public cache). An action names its use case and how its form becomes input; the kit
// finds the working actor, calls the use case, applies the changes it reported and answers with the
// one result shape, or sends the person on with a notice.

export const SIGNED_OUT = "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.";

type Refusal = { ok: false; error: string; fieldErrors?: FieldErrors };
export type Outcome = { ok: true; changes?: Changes } | Refusal;
export type UseCase<R extends Outcome> = (actor: PolicyActor, input: unknown) => Promise<R>;
/** What the browser receives: the use case's answer without its report of changes. */
export type Answer<R extends Outcome> = Omit<Extract<R, { ok: true }>, "changes"> | Extract<R, { ok: false }> | Refusal;

type Options = {
  /** Said after the signed-out message, e.g. that what was typed is still on the page. */
  signedOutNote?: string;
};

/** Runs a use case for the working actor and applies what it changed. */
export async function runUseCase<R extends Outcome>(perform: UseCase<R>, input: unknown, options: Options = {}): Promise<Answer<R>> {
  const actor = await getWorkingActor();
  if (!actor) return refused(options.signedOutNote ? `${SIGNED_OUT} ${options.signedOutNote}` : SIGNED_OUT);
  const result = await perform(actor, input);
  if (!result.ok) return result as Refusal;
  applyChanges(result.changes);
  const answer: { changes?: Changes } = { ...result };
  delete answer.changes;
  return answer as Answer<R>;
}

/** The state a form's action hands to useActionState: a refusal may carry what was typed. */
export type FormAnswer<R extends Outcome> = (Answer<R> & { values?: FormValues }) | null;

type FormOptions<R extends Outcome> = Options & {
  /** The use case's raw input (default: every field as a string). */
  input?: (form: FormData) => unknown;
  /** Where to go after a success (with its ?xong= code); without it the form shows the success. */
  then?: (answer: Extract<Answer<R>, { ok: true }>, form: FormData) => string;
  /** A refusal carries what was typed, for forms that React resets after every action. */
  keepValues?: boolean;
};

/** A server action for useActionState: (previous state, form) → the answer. */
export function formAction<R extends Outcome>(useCase: UseCase<R>, options: FormOptions<R> = {}) {
  return async (_previous: FormAnswer<R>, form: FormData): Promise<FormAnswer<R>> => {
    const answer = await runUseCase(useCase, options.input ? options.input(form) : Object.fromEntries(form), options);
    if (!answer.ok) return options.keepValues ? { ...answer, values: typedValues(form) } : answer;
    if (options.then) redirect(options.then(answer as Extract<Answer<R>, { ok: true }>, form));
    return answer;
  };
}

/** A server action for a plain form: after it, the person lands on a page that says what happened. */
export function redirectAction<R extends Outcome>(
  useCase: UseCase<R>,
  options: { input?: (form: FormData) => unknown; then: (answer: Extract<Answer<R>, { ok: true }>) => string; refusedAt: string },
) {
  return async (form: FormData): Promise<void> => {
    const answer = await runUseCase(useCase, options.input ? options.input(form) : Object.fromEntries(form));
    redirect(answer.ok ? options.then(answer as Extract<Answer<R>, { ok: true }>) : withErrorNotice(options.refusedAt, (answer as Refusal).error));
  };
}
