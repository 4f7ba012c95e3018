"use server";

import { updateSiteSettings } from "@/lib/settings/update-site-settings";
import { formAction } from "@/lib/workspace/action-kit";

export const updateSiteSettingsAction = formAction(updateSiteSettings, { keepValues: true });
