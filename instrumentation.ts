// Next calls register() once when a server process starts: the portal's scheduler starts with it.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startScheduler } = await import("./lib/jobs/scheduler");
  startScheduler();
}
