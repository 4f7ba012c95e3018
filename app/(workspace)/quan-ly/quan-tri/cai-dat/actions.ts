"use server";

import { revalidatePath } from "next/cache";
import { updateSiteSettings } from "@/lib/settings/update-site-settings";
import { actingPerson } from "../nguoi-dung/_shared/access";
import { withValues, type AdminFormState } from "../nguoi-dung/_shared/form-state";

export async function updateSiteSettingsAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await updateSiteSettings(await actingPerson(), Object.fromEntries(form));
  // The portal's name, logo and footer are on every public page.
  if (result.ok) revalidatePath("/", "layout");
  return withValues(result, form);
}
