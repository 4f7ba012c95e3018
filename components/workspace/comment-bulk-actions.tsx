"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { DECISIONS } from "@/lib/comments/labels";

type State = { ok: false; error: string } | null;

type Props = {
  /** The form's id: each comment's checkbox joins it with form={formId}. */
  formId: string;
  /** The queue's address as it is now, to come back to after the action. */
  back: string;
  action: (previous: State, form: FormData) => Promise<State>;
};

const button = "rounded border px-3 py-2 text-sm font-semibold disabled:opacity-50";
const styles: Record<string, string> = {
  APPROVED: `${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-800`,
  REJECTED: `${button} border-gray-400 bg-white hover:bg-gray-100`,
  SPAM: `${button} border-gray-400 bg-white hover:bg-gray-100`,
};

/** Duyệt, Từ chối, Spam for every ticked comment, and a box that ticks them all. */
export function CommentBulkActions({ formId, back, action }: Props) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, null);
  const boxes = () => document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][form="${formId}"][name="ids"]`);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  return (
    <form id={formId} onSubmit={onSubmit} className="sticky top-0 z-10 flex flex-wrap items-center gap-2 border-b border-gray-200 bg-gray-50 py-2">
      <input type="hidden" name="back" value={back} />
      <label className="mr-2 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="h-4 w-4"
          onChange={(event) => boxes().forEach((box) => (box.checked = event.currentTarget.checked))}
        />
        Chọn tất cả
      </label>
      <span className="text-sm text-muted">Với các bình luận đã chọn:</span>
      {DECISIONS.map((decision) => (
        <button key={decision.state} type="submit" name="decision" value={decision.state} disabled={pending} className={styles[decision.state]}>
          {decision.label}
        </button>
      ))}
      {state && !state.ok && (
        <p role="alert" className="w-full text-sm text-red-800">
          {state.error}
        </p>
      )}
    </form>
  );
}
