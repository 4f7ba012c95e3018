import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CommentSettingsForm } from "@/components/workspace/comment-settings-form";
import { getWorkingActor } from "@/lib/auth/session";
import { readCommentSettings } from "@/lib/comments/read-settings";
import { can } from "@/lib/policy";
import { updateCommentSettingsAction } from "../actions";

export const metadata: Metadata = { title: "Cài đặt bình luận" };

export default async function CommentSettingsPage() {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  if (!can(actor, "admin.settings")) redirect("/quan-ly?khong-co-quyen");
  const stored = await readCommentSettings();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Cài đặt bình luận</h1>
      <section aria-labelledby="chong-spam" className="max-w-3xl rounded border border-gray-200 bg-white p-4">
        <h2 id="chong-spam" className="mb-1 text-lg font-bold">Chống spam</h2>
        <p className="mb-4 text-sm text-muted">Mọi ý kiến mới đều chờ kiểm duyệt; các quy tắc dưới đây từ chối ý kiến trước khi lưu.</p>
        <CommentSettingsForm stored={stored} action={updateCommentSettingsAction} />
      </section>
    </div>
  );
}
