"use client";

import { useActionState, type ReactNode } from "react";

/** What a step's action answers: a refusal to show beside its form (a success redirects). */
export type StepState = { ok: boolean; error?: string; fieldErrors?: Record<string, string> } | null;
/** A method, so each step's own answer type fits (the page passes the server actions). */
export type StepAction = { action(state: StepState, form: FormData): Promise<StepState> }["action"];

/** One step on a question (route, approve, return, decline): a small form with its own refusal message. */
export function StepForm({ action, questionId, children, label }: { action: StepAction; questionId?: number; children?: (errors: Record<string, string>) => ReactNode; label: string }) {
  const [state, run, pending] = useActionState<StepState, FormData>(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={run} aria-label={label} className="space-y-2 rounded border border-gray-200 bg-white p-4">
      {questionId !== undefined && <input type="hidden" name="questionId" value={questionId} />}
      {children?.(errors)}
      {state && !state.ok && (
        <p role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-50">
        {label}
      </button>
    </form>
  );
}

export function FieldError({ errors, name }: { errors: Record<string, string>; name: string }) {
  return errors[name] ? <p className="text-sm text-red-700">{errors[name]}</p> : null;
}
