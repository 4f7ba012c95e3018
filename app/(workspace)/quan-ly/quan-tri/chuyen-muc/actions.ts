"use server";

import type { ActionResult } from "@/lib/action-result";
import { createCategory } from "@/lib/categories/create-category";
import { renameCategory } from "@/lib/categories/rename-category";
import { reorderCategory } from "@/lib/categories/reorder-category";
import { setCategoryVisibility } from "@/lib/categories/set-category-visibility";
import { applyChanges } from "@/lib/site/revalidate";
import { actingPerson } from "../nguoi-dung/_shared/access";
import { withValues, type AdminFormState } from "../nguoi-dung/_shared/form-state";

async function run<T>(result: Promise<ActionResult<T>>, form: FormData): Promise<AdminFormState<T>> {
  const done = await result;
  if (done.ok) applyChanges(done.changes);
  return withValues(done, form);
}

type Created = { categoryId: number; slug: string };

export async function createCategoryAction(_previous: AdminFormState<Created>, form: FormData): Promise<AdminFormState<Created>> {
  return run(createCategory(await actingPerson(), Object.fromEntries(form)), form);
}

export async function renameCategoryAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return run(renameCategory(await actingPerson(), Object.fromEntries(form)), form);
}

export async function reorderCategoryAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return run(reorderCategory(await actingPerson(), Object.fromEntries(form)), form);
}

export async function setCategoryVisibilityAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  return run(setCategoryVisibility(await actingPerson(), Object.fromEntries(form)), form);
}
