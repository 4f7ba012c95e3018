"use server";

import { applyChanges } from "@/lib/site/revalidate";
import { updateSiteSettings } from "@/lib/settings/update-site-settings";
import { actingPerson } from "../nguoi-dung/_shared/access";
import { withValues, type AdminFormState } from "../nguoi-dung/_shared/form-state";

export async function updateSiteSettingsAction(_previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const result = await updateSiteSettings(await actingPerson(), Object.fromEntries(form));
  if (result.ok) applyChanges(result.changes);
  return withValues(result, form);
}
