"use server";

import { approveAnswer } from "@/lib/questions/approve-answer";
import { declineQuestion } from "@/lib/questions/decline-question";
import { returnAnswer } from "@/lib/questions/return-answer";
import { routeQuestion } from "@/lib/questions/route-question";
import { saveAnswer } from "@/lib/questions/save-answer";
import { formAction } from "@/lib/workspace/action-kit";
import { withDoneNotice } from "@/lib/workspace/notices";

// The question page's steps: each refusal shows beside its form; a success reloads the page with its notice.
const page = (form: FormData) => `/quan-ly/hoi-dap/${Number(form.get("questionId"))}`;

export const routeAction = formAction(routeQuestion, { then: (_a, form) => withDoneNotice(page(form), "da-phan-cong-cau-hoi") });
export const saveAnswerAction = formAction(saveAnswer, {
  signedOutNote: "Câu trả lời vẫn còn trên trang: hãy sao chép lại trước khi đăng nhập.",
  then: (answer, form) => withDoneNotice(page(form), answer.value.state === "SUBMITTED" ? "da-gui-duyet-cau-tra-loi" : "da-luu-cau-tra-loi"),
});
export const approveAnswerAction = formAction(approveAnswer, {
  then: (answer, form) => withDoneNotice(page(form), answer.value.state === "ANSWERED" ? "da-cong-bo-cau-tra-loi" : "da-chuyen-cap-tinh-cau-tra-loi"),
});
export const returnAnswerAction = formAction(returnAnswer, { then: (_a, form) => withDoneNotice(page(form), "da-tra-lai-cau-tra-loi") });
export const declineAction = formAction(declineQuestion, { then: (_a, form) => withDoneNotice(page(form), "da-tu-choi-cau-hoi") });
