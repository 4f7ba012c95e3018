import { db } from "@/lib/db";
import type { Prisma } from "@/generated/prisma/client";
import { COMMENT_SETTING_KEY, commentSettingsFrom, type CommentSettings } from "./settings";

/** The comment defences in force: the stored `comments` setting over the defaults in code. */
export async function readCommentSettings(client: Prisma.TransactionClient = db): Promise<CommentSettings> {
  const row = await client.setting.findUnique({ where: { key: COMMENT_SETTING_KEY }, select: { value: true } });
  return commentSettingsFrom(row?.value);
}
