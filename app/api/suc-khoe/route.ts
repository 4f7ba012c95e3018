import { sharedDatabaseProbe } from "@/scripts/lib/database-probe.mjs";

// GET /api/suc-khoe: the process is alive (answers without touching the database, so a supervisor
// never restarts a healthy process because PostgreSQL is slow).
// GET /api/suc-khoe?san-sang: ready to take readers — PostgreSQL answers within its probe timeout and
// every migration this build ships is applied; 503 otherwise, and while the server is shutting down
// (scripts/server.mjs answers that itself). Varnish's health probe and the rolling restart ask this.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  if (!new URL(request.url).searchParams.has("san-sang")) {
    return Response.json({ status: "alive" }, { headers: NO_STORE });
  }
  const probe = sharedDatabaseProbe();
  if (!probe) return Response.json({ status: "not-ready", database: "not configured" }, { status: 503, headers: NO_STORE });
  const readiness = await probe.readiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not-ready", database: readiness.database, pendingMigrations: readiness.pendingMigrations },
    { status: readiness.ready ? 200 : 503, headers: NO_STORE },
  );
}
