"use server";

import { headers } from "next/headers";
import type { CommentFormState } from "@/components/site/comment-form";
import { clientAddress } from "@/lib/auth/throttle";
import { issueFormToken } from "@/lib/comments/form-token";
import { submitComment } from "@/lib/comments/submit-comment";

// The comment form's two server actions. They work on the cached article page: the page's HTML is the
// same for everyone, and what is personal (the moment the form was shown, the reader's address) comes
// with these requests. Nothing here expires the page: a new comment waits for moderation.

export async function issueCommentTokenAction(articleId: number): Promise<string | null> {
  return Number.isInteger(articleId) && articleId > 0 ? issueFormToken(articleId) : null;
}

export async function submitCommentAction(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const input = Object.fromEntries([...form].filter(([, value]) => typeof value === "string"));
  const result = await submitComment(input, { address: clientAddress(await headers()) });
  if (result.ok) return { ok: true };
  // Only the message and the fields to fix go back, never anything stored.
  return { ok: false, error: result.error, ...(result.fieldErrors && { fieldErrors: result.fieldErrors }) };
}
