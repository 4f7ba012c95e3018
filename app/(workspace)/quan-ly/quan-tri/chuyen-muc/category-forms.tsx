"use client";

import { FormField } from "@/components/ui/form-field";
import { FormMessage } from "@/components/ui/form-message";
import type { CategoryRow } from "@/lib/categories/queries";
import { SavedMessage, SubmitButton } from "@/components/ui/form-controls";
import { errorsOf, shown, type AdminFormState } from "@/lib/workspace/form-state";
import { useAdminForm } from "@/components/workspace/use-admin-form";
import { createCategoryAction, renameCategoryAction, reorderCategoryAction, setCategoryVisibilityAction } from "./actions";

export function CreateCategoryForm() {
  const { state, formAction, onSubmit, formRef, pending, errors } = useAdminForm<AdminFormState<{ categoryId: number; slug: string }>>(createCategoryAction, {
    resetOnSuccess: true,
  });
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormMessage result={state} />
      <SavedMessage show={state?.ok === true}>{state?.ok ? `Đã tạo chuyên mục (đường dẫn: ${state.value.slug}).` : null}</SavedMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="chuyen-muc-moi-ten" label="Tên chuyên mục" name="name" maxLength={100} defaultValue={shown(state, "name")} error={errors.name} />
        <FormField
          id="chuyen-muc-moi-duong-dan"
          label="Đường dẫn"
          name="slug"
          maxLength={60}
          defaultValue={shown(state, "slug")}
          hint="Không bắt buộc. Để trống để tạo từ tên, ví dụ “Hỏi đáp pháp luật” → hoi-dap-phap-luat."
          error={errors.slug}
        />
      </div>
      <SubmitButton pending={pending}>Tạo chuyên mục</SubmitButton>
    </form>
  );
}

/** The forms of one category: rename, move up/down or to a position, hide/show. */
export function CategoryForms({ category, position, count }: { category: CategoryRow; position: number; count: number }) {
  const rename = useAdminForm<AdminFormState>(renameCategoryAction);
  const move = useAdminForm<AdminFormState>(reorderCategoryAction);
  const visibility = useAdminForm<AdminFormState>(setCategoryVisibilityAction);
  const moveErrors = errorsOf(move.state);
  return (
    <div className="grid gap-4 md:grid-cols-[2fr_1fr_auto]">
      <form action={rename.formAction} onSubmit={rename.onSubmit} className="space-y-2" noValidate>
        <FormMessage result={rename.state} />
        <SavedMessage show={rename.saved} />
        <input type="hidden" name="categoryId" value={category.id} />
        <FormField id={`ten-${category.id}`} label="Tên chuyên mục" name="name" maxLength={100} defaultValue={shown(rename.state, "name", category.name)} error={rename.errors.name} />
        <SubmitButton pending={rename.pending} tone="plain">Lưu</SubmitButton>
      </form>

      <div className="space-y-2">
        <FormMessage result={move.state} />
        <form action={move.formAction} onSubmit={move.onSubmit} className="flex items-end gap-2" noValidate>
          <input type="hidden" name="categoryId" value={category.id} />
          <FormField
            id={`vi-tri-${category.id}`}
            label="Vị trí"
            name="position"
            type="number"
            min={1}
            max={count}
            className="w-24"
            defaultValue={shown(move.state, "position", position)}
            error={moveErrors.position}
          />
          <SubmitButton pending={move.pending} tone="plain">Chuyển</SubmitButton>
        </form>
        <div className="flex gap-2">
          <form action={move.formAction} onSubmit={move.onSubmit}>
            <input type="hidden" name="categoryId" value={category.id} />
            <input type="hidden" name="direction" value="up" />
            <button type="submit" disabled={move.pending || position === 1} className="rounded border border-gray-400 bg-white px-3 py-1 text-sm hover:bg-gray-100 disabled:opacity-50">
              Lên
            </button>
          </form>
          <form action={move.formAction} onSubmit={move.onSubmit}>
            <input type="hidden" name="categoryId" value={category.id} />
            <input type="hidden" name="direction" value="down" />
            <button type="submit" disabled={move.pending || position === count} className="rounded border border-gray-400 bg-white px-3 py-1 text-sm hover:bg-gray-100 disabled:opacity-50">
              Xuống
            </button>
          </form>
        </div>
      </div>

      <form action={visibility.formAction} onSubmit={visibility.onSubmit} className="space-y-2">
        <FormMessage result={visibility.state} />
        <input type="hidden" name="categoryId" value={category.id} />
        <input type="hidden" name="hidden" value={category.hidden ? "false" : "true"} />
        <SubmitButton pending={visibility.pending} tone="plain">{category.hidden ? "Hiện" : "Ẩn"}</SubmitButton>
      </form>
    </div>
  );
}
