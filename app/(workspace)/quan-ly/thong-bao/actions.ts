"use server";

import { revalidatePath } from "next/cache";
import { getWorkingActor } from "@/lib/auth/session";
import { markRead } from "@/lib/notifications/queries";

export async function markAllReadAction(): Promise<void> {
  const actor = await getWorkingActor();
  if (!actor) return;
  await markRead(actor.id);
  revalidatePath("/quan-ly", "layout");
}

export async function markOneReadAction(form: FormData): Promise<void> {
  const actor = await getWorkingActor();
  const id = Number(form.get("id"));
  if (!actor || !Number.isInteger(id)) return;
  await markRead(actor.id, id);
  revalidatePath("/quan-ly", "layout");
}
