"use server";

import { headers } from "next/headers";
import type { QuestionFormState } from "@/components/site/questions/question-form";
import { clientAddress } from "@/lib/auth/throttle";
import { issueQuestionToken } from "@/lib/questions/form-subject";
import { submitQuestion } from "@/lib/questions/submit-question";

// Gửi câu hỏi's two server actions: a signed form token when the form appears (the minimum fill time
// and one question per token), and the submission with the reader's address for the limits. Nothing
// public changes: a question is shown only once it is answered.

export async function issueQuestionTokenAction(): Promise<string> {
  return issueQuestionToken();
}

export async function submitQuestionAction(_previous: QuestionFormState, form: FormData): Promise<QuestionFormState> {
  const input = Object.fromEntries([...form].filter(([, value]) => typeof value === "string"));
  // A file input with nothing chosen still sends an empty, nameless File.
  const file = form.get("attachment");
  const attachment = file instanceof File && (file.size > 0 || file.name !== "") ? { fileName: file.name, claimedType: file.type, body: new Uint8Array(await file.arrayBuffer()) } : null;
  const result = await submitQuestion(input, { address: clientAddress(await headers()), attachment });
  if (result.ok) return { ok: true, code: result.value.code };
  return { ok: false, error: result.error, ...(result.fieldErrors && { fieldErrors: result.fieldErrors }) };
}
