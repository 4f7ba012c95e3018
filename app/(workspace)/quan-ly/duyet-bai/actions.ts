"use server";

import { approveArticle } from "@/lib/articles/approve-article";
import { approveCorrection, returnCorrection } from "@/lib/articles/approve-correction";
import { featureArticle } from "@/lib/articles/feature-article";
import { returnArticle } from "@/lib/articles/return-article";
import { scheduleArticle } from "@/lib/articles/schedule-article";
import { takeDownArticle } from "@/lib/articles/take-down-article";
import { formAction, type Outcome, type UseCase } from "@/lib/workspace/action-kit";
import { withDoneNotice, withPublishedNotice, type DoneCode } from "@/lib/workspace/notices";

/** A review step: the refusal shows beside its button; a success lands on the queue with its notice. */
function reviewStep<R extends Outcome>(useCase: UseCase<R>, done: DoneCode) {
  return formAction(useCase, {
    input: (form) => {
      const input = Object.fromEntries(form);
      // Nổi bật's empty position means "off the home page".
      return { ...input, position: input.position === "" ? null : input.position };
    },
    then: () => withDoneNotice("/quan-ly/duyet-bai", done),
  });
}

/** Published: the notice links to the public page; endorsed in a two-level unit: it says where it went. */
export const approveAction = formAction(approveArticle, {
  then: (answer, form) =>
    answer.value.state === "PUBLISHED"
      ? withPublishedNotice("/quan-ly/duyet-bai", Number(form.get("articleId")))
      : withDoneNotice("/quan-ly/duyet-bai", answer.value.state === "ENDORSED" ? "da-chuyen-cap-tinh" : "da-duyet"),
});
/** Hẹn giờ xuất bản: the day (dd/mm/yyyy) and the 24-hour time are typed in two boxes. */
export const scheduleAction = reviewStep((actor, input) => scheduleArticle(actor, input), "da-hen-gio");
export const returnAction = reviewStep(returnArticle, "da-tra-lai");
export const takeDownAction = reviewStep(takeDownArticle, "da-go");
export const featureAction = reviewStep(featureArticle, "da-cap-nhat-noi-bat");
export const approveCorrectionAction = reviewStep(approveCorrection, "da-duyet-sua-doi");
export const returnCorrectionAction = reviewStep(returnCorrection, "da-tra-lai-sua-doi");
