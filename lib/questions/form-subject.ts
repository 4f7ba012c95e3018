import { issueFormToken } from "@/lib/comments/form-token";

// The question form uses the comment form's signed, single-use tokens (lib/comments/form-token.ts),
// which name the article they were issued for. 0 names the question form: no article has id 0, so a
// question token can never post a comment, and an article's token never a question.
export const QUESTION_FORM_SUBJECT = 0;

export function issueQuestionToken(now?: number): string {
  return issueFormToken(QUESTION_FORM_SUBJECT, now);
}
