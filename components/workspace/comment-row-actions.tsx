"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { CheckIcon, CrossIcon, SpamIcon } from "@/components/ui/icons";
import { DECISIONS, type CommentStateName } from "@/lib/comments/labels";

type State = { ok: false; error: string } | null;

type Props = {
  commentId: number;
  /** Who wrote it: each button's accessible name says which comment it acts on. */
  authorName: string;
  /** The comment's state now: its own decision is not offered again. */
  state: CommentStateName;
  back: string;
  action: (previous: State, form: FormData) => Promise<State>;
};

const ICONS = { APPROVED: CheckIcon, REJECTED: CrossIcon, SPAM: SpamIcon } as const;
const button = "inline-flex min-h-10 items-center gap-1 rounded border px-3 py-1.5 text-sm font-semibold disabled:opacity-50";
const styles: Record<string, string> = {
  APPROVED: `${button} border-brand-700 bg-brand-700 text-white hover:bg-brand-800`,
  REJECTED: `${button} border-gray-400 bg-white hover:bg-gray-100`,
  SPAM: `${button} border-gray-400 bg-white hover:bg-gray-100`,
};

/** Duyệt, Từ chối, Spam for one comment, without ticking it and using the bulk bar. */
export function CommentRowActions({ commentId, authorName, state, back, action }: Props) {
  const [answer, formAction, pending] = useActionState<State, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(data));
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="ids" value={commentId} />
      <input type="hidden" name="back" value={back} />
      {DECISIONS.filter((decision) => decision.state !== state).map((decision) => {
        const Icon = ICONS[decision.state];
        return (
          <button
            key={decision.state}
            type="submit"
            name="decision"
            value={decision.state}
            disabled={pending}
            aria-label={`${decision.label} bình luận của ${authorName}`}
            className={styles[decision.state]}
          >
            <Icon />
            {decision.label}
          </button>
        );
      })}
      {answer && !answer.ok && (
        <p role="alert" className="w-full text-sm text-red-800">
          {answer.error}
        </p>
      )}
    </form>
  );
}
