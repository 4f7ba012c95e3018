"use server";

import { createCategory } from "@/lib/categories/create-category";
import { renameCategory } from "@/lib/categories/rename-category";
import { reorderCategory } from "@/lib/categories/reorder-category";
import { setCategoryVisibility } from "@/lib/categories/set-category-visibility";
import { formAction } from "@/lib/workspace/action-kit";

export const createCategoryAction = formAction(createCategory, { keepValues: true });
export const renameCategoryAction = formAction(renameCategory, { keepValues: true });
export const reorderCategoryAction = formAction(reorderCategory, { keepValues: true });
export const setCategoryVisibilityAction = formAction(setCategoryVisibility, { keepValues: true });
