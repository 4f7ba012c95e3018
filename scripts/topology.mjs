// `npm run topology`: the production topology on this machine — two portal instances sharing Next's
// cache in Redis (REDIS_URL, the machine's 127.0.0.1:6379 by default) behind Varnish — until Ctrl-C.
// Needs a production build (`npm run build`; NEXT_DIST_DIR for another folder) and Debian's varnish
// and varnish-modules. INSTANCES (2), VARNISH_PORT (6081), FIRST_INSTANCE_PORT (3001).
import { startTopology, varnishInstalled } from "./lib/topology.mjs";

if (!varnishInstalled()) {
  console.error("varnishd not found: apt-get install -y varnish varnish-modules");
  process.exit(2);
}
process.env.NEXTAUTH_SECRET ??= "topology-secret-not-for-production";
const count = Number(process.env.INSTANCES ?? 2);
const firstPort = Number(process.env.FIRST_INSTANCE_PORT ?? 3001);
const topology = await startTopology({
  instances: count,
  varnishPort: Number(process.env.VARNISH_PORT ?? 6081),
  instancePorts: Array.from({ length: count }, (_, index) => firstPort + index),
  log: (line) => console.log(`[topology] ${line}`),
});
console.log(`[topology] open ${topology.varnishUrl} (logs in ${topology.workDir}); Ctrl-C stops everything`);
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await topology.stop();
    process.exit(0);
  });
}
