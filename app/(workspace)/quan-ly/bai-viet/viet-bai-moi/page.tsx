import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { UnitChoice } from "@/components/editor/unit-choice";
import { getWorkingActor } from "@/lib/auth/session";
import { NEWS_TEMPLATES } from "@/lib/articles/templates";
import { canSomewhere } from "@/lib/policy";
import { errorNotice } from "@/lib/workspace/notices";
import { createDraftAction } from "../actions";
import { writableUnits } from "../writable-units";

export const metadata: Metadata = { title: "Viết bài mới" };

const CHOICE = "flex min-h-11 cursor-pointer items-start gap-3 rounded border border-gray-300 bg-white p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";

/** Viết bài mới with a Mẫu tin: the unit, then an empty article or one of the taught structures. */
export default async function NewArticlePage({ searchParams }: { searchParams: Promise<{ loi?: string; ky?: string }> }) {
  const actor = await getWorkingActor();
  if (!actor) redirect("/dang-nhap");
  const units = writableUnits(actor);
  const refusal = errorNotice(await searchParams);
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <p className="text-sm"><Link href="/quan-ly/bai-viet" className="underline">Bài viết</Link> / Viết bài mới</p>
      <h1 className="text-2xl font-bold">Viết bài mới</h1>
      {refusal && <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">{refusal}</p>}
      {canSomewhere(actor, "article.create") && units.length > 0 ? (
        <form action={createDraftAction} className="space-y-4">
          <UnitChoice units={units} id="don-vi-bai-moi" />
          <fieldset className="space-y-2">
            <legend className="mb-1 font-semibold">Mẫu tin</legend>
            <label className={CHOICE}>
              <input type="radio" name="template" value="" defaultChecked className="mt-1 h-5 w-5" />
              <span><span className="block font-semibold">Bài trống</span><span className="text-sm text-muted">Tự viết từ đầu.</span></span>
            </label>
            {NEWS_TEMPLATES.map((template) => (
              <label key={template.key} className={CHOICE}>
                <input type="radio" name="template" value={template.key} className="mt-1 h-5 w-5" />
                <span>
                  <span className="block font-semibold">{template.name}</span>
                  <span className="text-sm text-muted">{template.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">Bắt đầu viết</button>
        </form>
      ) : (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">Bạn không có quyền viết bài cho đơn vị nào.</p>
      )}
      <p className="text-sm">Đã soạn sẵn trong Word? <Link href="/quan-ly/bai-viet/nhap-tu-word" className="underline">Nhập từ Word</Link>.</p>
    </div>
  );
}
