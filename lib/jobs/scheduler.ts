import { randomBytes } from "node:crypto";
import { publishDueArticles } from "@/lib/articles/publish-due-articles";
import type { Changes } from "@/lib/changes";
import { noticeEffectChanges } from "@/lib/documents/notice-effect-changes";
import { sendPendingEmails } from "@/lib/notifications/email";
import { applyDuePlans } from "@/lib/reorganisation/apply-due-plans";
import { sendAskerEmails } from "@/lib/questions/asker-emails";
import { remindDueQuestions } from "@/lib/questions/remind-due-questions";
import { pruneExpiredRecords } from "./prune-records";

// The portal's clock: every SCHEDULER_INTERVAL_MS (30 s by default) it publishes scheduled articles
// that are due and sends pending notification emails. Each server instance runs one; the work itself
// is claimed with row locks, so two instances never publish or send the same thing twice.

let running = false;
let lastPrunedAt = 0;
const PRUNE_EVERY_MS = 3600_000;

/**
 * Public pages are cached by Next inside a request; this tick runs outside one, so it asks the
 * portal's own revalidation route with what the use case reported, and the secret this process
 * shares with the route.
 */
async function applyChangesThroughRoute(changes: Changes): Promise<void> {
  const port = process.env.PORT ?? "3000";
  await fetch(`http://127.0.0.1:${port}/api/noi-bo/lam-moi`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-revalidate-secret": process.env.REVALIDATE_SECRET ?? "" },
    body: JSON.stringify({ changes }),
  }).catch((error) => console.error("[scheduler] could not expire the public cache", error));
}

export async function runScheduledWork(now = new Date()): Promise<{ published: number[]; emailed: number }> {
  const changed = await publishDueArticles(now);
  const published = changed.map((change) => change.after!.id);
  if (published.length > 0) {
    console.log(`[scheduler] published ${published.length} scheduled article(s): ${published.join(", ")}`);
    await applyChangesThroughRoute({ articles: changed });
  }
  // Hỏi đáp pháp luật: reminders before a question's deadline (notifications, emailed below), then
  // the askers' emails about answered or declined questions. A failure there is logged and tried on
  // the next tick; it never stops the rest of the work.
  await remindDueQuestions(now).catch((error) => console.error("[scheduler] question reminders", error));
  const reorganised = await applyDuePlans(now);
  if (reorganised.applied.length > 0) {
    console.log(`[scheduler] applied reorganisation plan(s): ${reorganised.applied.join(", ")}`);
    await applyChangesThroughRoute(reorganised.changes);
  }
  // Văn bản pháp luật whose dates alone changed their effect: readers see it, citing units hear of an expiry.
  const documents = await noticeEffectChanges(now).catch((error) => {
    console.error("[scheduler] documents' effect", error);
    return [];
  });
  if (documents.length > 0) {
    console.log(`[scheduler] document(s) whose effect changed by date: ${documents.join(", ")}`);
    await applyChangesThroughRoute({ documents: true });
  }
  const emailed = await sendPendingEmails();
  await sendAskerEmails().catch((error) => console.error("[scheduler] askers' emails", error));
  if (now.getTime() - lastPrunedAt >= PRUNE_EVERY_MS) {
    lastPrunedAt = now.getTime();
    await pruneExpiredRecords(now);
  }
  return { published, emailed };
}

export function startScheduler(): void {
  if (process.env.SCHEDULER_DISABLED === "1") return;
  // The revalidation route needs a secret; a process without one configured makes its own.
  process.env.REVALIDATE_SECRET ??= randomBytes(24).toString("base64url");
  const interval = Number(process.env.SCHEDULER_INTERVAL_MS ?? 30_000);
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduledWork()
      .catch((error) => console.error("[scheduler]", error))
      .finally(() => {
        running = false;
      });
  }, interval);
  timer.unref();
}
