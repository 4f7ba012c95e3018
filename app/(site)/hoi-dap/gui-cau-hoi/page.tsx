import type { Metadata } from "next";
import { Breadcrumb } from "@/components/site/breadcrumb";
import { QuestionForm } from "@/components/site/questions/question-form";
import { getQuestionFormOptions } from "@/lib/questions/public-queries";
import { issueQuestionTokenAction, submitQuestionAction } from "./actions";

// The lists of communes and fields come from the database on each request: a merger or a new field
// shows at once, and nothing personal is in the page (the token comes by its own request).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Gửi câu hỏi – Hỏi đáp pháp luật", alternates: { canonical: "/hoi-dap/gui-cau-hoi" } };

export default async function AskPage() {
  const options = await getQuestionFormOptions();
  return (
    <div className="mx-auto max-w-3xl">
      <Breadcrumb items={[{ label: "Trang chủ", href: "/" }, { label: "Hỏi đáp pháp luật", href: "/hoi-dap" }, { label: "Gửi câu hỏi" }]} />
      <h1 className="border-b-2 border-brand-600 pb-1 text-2xl font-bold text-brand-800">Gửi câu hỏi</h1>
      <p className="mt-3 text-sm">
        Câu hỏi được chuyển đến cơ quan, đơn vị có thẩm quyền trả lời trong thời hạn 15 ngày làm việc. Bạn nhận được một{" "}
        <strong>mã tra cứu</strong> để theo dõi tình trạng câu hỏi mà không cần tài khoản.
      </p>
      <QuestionForm communes={options.communes} fields={options.fields} submit={submitQuestionAction} issueToken={issueQuestionTokenAction} />
    </div>
  );
}
