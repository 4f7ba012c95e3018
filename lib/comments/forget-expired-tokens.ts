import { db } from "@/lib/db";
import { FORM_TOKEN_MAX_AGE_MS } from "./form-token";

/**
 * A token used longer ago than a token lives is refused as expired anyway; its row can go. Called
 * after a comment or a question is stored: a failure only costs space and is tried again next time.
 */
export async function forgetExpiredTokens(now: Date): Promise<void> {
  try {
    await db.usedFormToken.deleteMany({ where: { usedAt: { lt: new Date(now.getTime() - FORM_TOKEN_MAX_AGE_MS) } } });
  } catch (error) {
    console.error("Không xoá được mã biểu mẫu cũ:", error);
  }
}
